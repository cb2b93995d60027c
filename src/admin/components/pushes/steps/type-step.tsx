import { RadioGroup } from "@medusajs/ui"
import type { PushType } from "../../../hooks/use-pushes"
import type { StepProps } from "./types"

const TYPES: { value: PushType; label: string; description: string }[] = [
  { value: "advertising", label: "Advertising", description: "To your followers: all of them, or those who followed in a date range. One advertising or compensation push per 7 days." },
  { value: "compensation", label: "Compensation", description: "To the customers of orders you upload or paste (a late delivery, a mistake). Shares the 7-day quota with advertising." },
  { value: "direct", label: "Direct", description: "To customers you pick, or a customer group. Capped per channel by the store's options." },
]

/** PUSH-3: the kind of push. Changing it clears the audience of the other kinds. */
export const TypeStep = ({ state, set }: StepProps) => (
  <RadioGroup
    value={state.type ?? ""}
    onValueChange={(v) => set({ type: v as PushType, send_at: null })}
    aria-label="Push type"
    className="grid gap-2 md:grid-cols-3"
  >
    {TYPES.map((t) => (
      <RadioGroup.ChoiceBox key={t.value} value={t.value} label={t.label} description={t.description} />
    ))}
  </RadioGroup>
)

import { XMark } from "@medusajs/icons"
import { Badge, Checkbox, Input, Label, RadioGroup, Text } from "@medusajs/ui"
import { useState } from "react"
import { useDebounced } from "../../../hooks/use-debounced"
import { useProductSearch, useProductsByIds } from "../../../hooks/use-pushes"
import { BEST_MAX, BEST_MIN } from "../wizard-state"
import type { StepProps } from "./types"

/** PUSH-5: the email's "best items": the top N sellers of the last 30 days, or up to 16 hand-picked products. */
export const BestItemsStep = ({ state, set }: StepProps) => {
  const [search, setSearch] = useState("")
  const q = useDebounced(search.trim())
  const results = useProductSearch(q)
  const chosen = useProductsByIds(state.product_ids)
  const picked = new Set(state.product_ids)
  const full = state.product_ids.length >= BEST_MAX
  const title = (id: string) => chosen.data?.find((p) => p.id === id)?.title ?? results.data?.products.find((p) => p.id === id)?.title ?? id

  return (
    <div className="flex flex-col gap-y-4">
      <RadioGroup value={state.best_mode} onValueChange={(v) => set({ best_mode: v as "auto" | "manual" })} aria-label="Best items" className="grid gap-2 md:grid-cols-2">
        <RadioGroup.ChoiceBox value="auto" label="Best sellers" description="The store's top products by units sold in the last 30 days, chosen at the send." />
        <RadioGroup.ChoiceBox value="manual" label="Hand-picked" description={`Up to ${BEST_MAX} products you choose.`} />
      </RadioGroup>
      {state.best_mode === "auto" && (
        <div className="flex flex-col gap-y-2">
          <Label size="small" weight="plus" htmlFor="push_best_count">
            How many products
          </Label>
          <Input
            id="push_best_count"
            type="number"
            min={BEST_MIN}
            max={BEST_MAX}
            size="small"
            className="w-32"
            value={state.best_count}
            onChange={(e) => set({ best_count: e.target.value })}
          />
          <Text size="xsmall" className="text-ui-fg-subtle">
            Between {BEST_MIN} and {BEST_MAX}.
          </Text>
        </div>
      )}
      {state.best_mode === "manual" && (
        <div className="flex flex-col gap-y-2">
          <Label size="small" weight="plus" htmlFor="push_product_search">
            Products ({state.product_ids.length} of at most {BEST_MAX})
          </Label>
          <Input id="push_product_search" type="search" size="small" placeholder="Search products" value={search} onChange={(e) => setSearch(e.target.value)} />
          <ul className="flex max-h-64 flex-col overflow-y-auto rounded-lg border" aria-label="Products">
            {(results.data?.products ?? []).map((p) => (
              <li key={p.id} className="flex items-center gap-x-2 px-3 py-1.5">
                <Checkbox
                  id={`push_product_${p.id}`}
                  checked={picked.has(p.id)}
                  disabled={!picked.has(p.id) && full}
                  onCheckedChange={(c) =>
                    set({ product_ids: c === true ? [...state.product_ids, p.id] : state.product_ids.filter((id) => id !== p.id) })
                  }
                />
                {p.thumbnail && <img src={p.thumbnail} alt="" className="h-6 w-6 rounded object-cover" />}
                <Label htmlFor={`push_product_${p.id}`} size="small" className="flex-1 cursor-pointer">
                  {p.title}
                </Label>
              </li>
            ))}
            {results.data && results.data.products.length === 0 && (
              <li className="px-3 py-2">
                <Text size="small" className="text-ui-fg-muted">
                  No product matches.
                </Text>
              </li>
            )}
          </ul>
          {full && (
            <Text size="xsmall" className="text-ui-fg-subtle">
              {BEST_MAX} products picked: remove one to pick another.
            </Text>
          )}
          {state.product_ids.length > 0 && (
            <div className="flex flex-wrap gap-1" role="list" aria-label="Picked products">
              {state.product_ids.map((id) => (
                <Badge key={id} size="small" role="listitem" className="gap-x-1">
                  {title(id)}
                  <button
                    type="button"
                    aria-label={`Remove ${title(id)}`}
                    className="text-ui-fg-muted hover:text-ui-fg-base"
                    onClick={() => set({ product_ids: state.product_ids.filter((x) => x !== id) })}
                  >
                    <XMark />
                  </button>
                </Badge>
              ))}
            </div>
          )}
        </div>
      )}
    </div>
  )
}

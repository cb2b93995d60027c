import { Alert, Button, Skeleton, Tabs, Text, clx } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { Link } from "react-router-dom"
import { usePushSlots } from "../../../hooks/use-pushes"
import { errorMessage } from "../../../lib/sdk"
import { TimesInZone } from "../push-display"
import type { StepProps } from "./types"

/**
 * PUSH-7, PUSH-8: the send slot, tomorrow to 3 days ahead, 10:00–22:00 every 30 minutes on the
 * store's clocks (GET /pushes/slots). Taken slots are greyed; the 7-day quota of advertising and
 * compensation pushes is explained when it blocks.
 */
export const SlotStep = ({ state, set }: StepProps) => {
  const slots = usePushSlots(state.type)
  const days = slots.data?.slots ?? []
  const chosenDay = days.find((d) => d.times.some((t) => t.send_at === state.send_at))?.date
  const [tab, setTab] = useState<string | undefined>(chosenDay)
  useEffect(() => {
    if (!tab && days.length) setTab(chosenDay ?? days[0].date)
  }, [days.length, chosenDay, tab])

  if (slots.isLoading) return <Skeleton className="h-40 w-full" />
  if (slots.isError)
    return (
      <div className="flex items-center gap-x-2" role="alert">
        <Text size="small" className="text-ui-fg-error">
          Could not load the send times: {errorMessage(slots.error)}
        </Text>
        <Button size="small" variant="secondary" onClick={() => slots.refetch()}>
          Try again
        </Button>
      </div>
    )

  const quota = slots.data!.quota
  const quotaApplies = state.type === "advertising" || state.type === "compensation"
  const chosenLabel = days.flatMap((d) => d.times.map((t) => ({ d, t }))).find(({ t }) => t.send_at === state.send_at)

  return (
    <div className="flex flex-col gap-y-4">
      {quotaApplies && quota.blocked_by && (
        <Alert variant="warning" data-testid="push-quota">
          <Text size="small" weight="plus">
            One advertising or compensation push per 7 days
          </Text>
          <Text size="small">
            The push of {quota.blocked_by.send_at_label} already uses this week's quota, so the times within 7 days of it are greyed out.{" "}
            {quota.next_free_label ? `The first free time is ${quota.next_free_label}.` : "No time in the next 3 days is free."} Cancelled pushes do not count.{" "}
            <Link to={`/coupon-marketing/pushes/${quota.blocked_by.id}`} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover underline">
              See that push
            </Link>
          </Text>
        </Alert>
      )}
      {state.type === "direct" && (
        <Text size="xsmall" className="text-ui-fg-subtle">
          Direct pushes do not use the 7-day quota of advertising and compensation pushes; each channel is capped by the store's options.
        </Text>
      )}
      <Tabs value={tab} onValueChange={setTab}>
        <Tabs.List aria-label="Send day">
          {days.map((d) => (
            <Tabs.Trigger key={d.date} value={d.date}>
              {d.date_label}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
        {days.map((d) => (
          <Tabs.Content key={d.date} value={d.date} className="pt-4">
            <div className="grid grid-cols-4 gap-2 sm:grid-cols-6 md:grid-cols-9" role="group" aria-label={`Times on ${d.date_label}`}>
              {d.times.map((t) => {
                const chosen = t.send_at === state.send_at
                return (
                  <Button
                    key={t.send_at}
                    type="button"
                    size="small"
                    variant={chosen ? "primary" : "secondary"}
                    disabled={!t.available}
                    aria-pressed={chosen}
                    aria-label={`${d.date_label} ${t.label}${t.available ? "" : " (not available)"}`}
                    className={clx("tabular-nums", !t.available && "line-through opacity-50")}
                    onClick={() => set({ send_at: t.send_at })}
                  >
                    {t.label}
                  </Button>
                )
              })}
            </div>
          </Tabs.Content>
        ))}
      </Tabs>
      <Text size="small" data-testid="push-chosen-slot">
        {chosenLabel ? `Sends ${chosenLabel.d.date_label}, ${chosenLabel.t.label}.` : "No time chosen yet."}
      </Text>
      <TimesInZone zone={slots.data!.timezone} />
    </div>
  )
}

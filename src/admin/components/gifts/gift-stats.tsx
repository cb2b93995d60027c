import { Button, Heading, Hint, Skeleton, Text } from "@medusajs/ui"
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import type { AdminMembershipGiftStats } from "../../hooks/use-gifts"
import { errorMessage } from "../../lib/sdk"
import { formatMoney } from "../../../modules/coupon-marketing/domain/coupons"
import { PRIZE_TYPE_LABELS } from "./gift-form-state"
import { GIFT_PRIZE_TYPES } from "../../../types/http/gifts"
import { statsAreEmpty, chartDays } from "./gift-stats-data"

const COLORS = { grants: "#3b82f6", coupon_uses: "#10b981" }

const Figure = ({ label, value, testId, children }: { label: string; value: string; testId: string; children?: React.ReactNode }) => (
  <div className="flex flex-col gap-y-1 rounded-lg border px-4 py-3" data-testid={testId}>
    <Text size="xsmall" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="xlarge" weight="plus" className="tabular-nums" data-testid={`${testId}-value`}>
      {value}
    </Text>
    {children}
  </div>
)

/**
 * GIFT-6: the gift's figures — new members in its window, gifts granted (and per prize), gift
 * coupons used and the revenue of the orders that used them — and a chart of grants and coupon
 * uses per day (store calendar).
 */
export const GiftStats = ({
  stats,
  isLoading,
  error,
  onRetry,
  live,
  range,
}: {
  /** The activity's days on the store's calendar (YYYY-MM-DD): the chart's axis. */
  range?: { from: string; to: string }
  stats: AdminMembershipGiftStats | undefined
  isLoading: boolean
  error: unknown
  onRetry: () => void
  live: boolean
}) => {
  return (
    <div className="flex flex-col gap-y-4 px-6 py-4">
      <div>
        <Heading level="h2">Results</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {live ? "Updates every few seconds while the gift can still grant." : "Final figures."} Days are on the store's calendar
          {stats ? ` (${stats.timezone})` : ""}.
        </Text>
      </div>
      {isLoading && <Skeleton className="h-40 w-full" />}
      {!isLoading && !stats && (
        <div className="flex items-center gap-x-2" role="alert">
          <Hint variant="error">Could not load the results: {errorMessage(error)}</Hint>
          <Button size="small" variant="secondary" onClick={onRetry}>
            Try again
          </Button>
        </div>
      )}
      {stats && <StatsBody stats={stats} range={range} />}
    </div>
  )
}

const n = (v: number) => v.toLocaleString("en-US")

const StatsBody = ({ stats, range }: { stats: AdminMembershipGiftStats; range?: { from: string; to: string } }) => {
  const revenue = Object.entries(stats.revenue).filter(([, v]) => v > 0)
  const perPrize = GIFT_PRIZE_TYPES.filter((t) => stats.grants_per_prize[t] !== undefined)
  const days = chartDays(stats.days, range)
  return (
    <>
      <div className="grid gap-3 md:grid-cols-4" role="region" aria-label="Gift figures">
        <Figure label="New members" value={n(stats.new_members)} testId="gift-stat-new-members" />
        <Figure label="Gifts granted" value={n(stats.grants)} testId="gift-stat-grants">
          {perPrize.length > 0 && (
            <Text size="xsmall" className="text-ui-fg-muted" data-testid="gift-stat-per-prize">
              {perPrize.map((t) => `${PRIZE_TYPE_LABELS[t]} ${n(stats.grants_per_prize[t])}`).join(" · ")}
            </Text>
          )}
        </Figure>
        <Figure label="Gift coupons used" value={n(stats.coupon_uses)} testId="gift-stat-coupon-uses" />
        <Figure label="Revenue from gift coupons" value={revenue.length ? formatMoney(revenue[0][1], revenue[0][0]) : "—"} testId="gift-stat-revenue">
          {revenue.length > 1 && (
            <Text size="xsmall" className="text-ui-fg-muted">
              {revenue
                .slice(1)
                .map(([c, v]) => formatMoney(v, c))
                .join(" · ")}
            </Text>
          )}
        </Figure>
      </div>
      {statsAreEmpty(stats) ? (
        <div className="bg-ui-bg-subtle flex flex-col items-center gap-y-1 rounded-lg border px-6 py-10 text-center" data-testid="gift-chart-empty">
          <Text size="small" weight="plus">
            Nothing to chart yet
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            Grants and gift coupon uses appear here day by day once new members sign up.
          </Text>
        </div>
      ) : (
        <div className="h-64 w-full" role="img" aria-label="Gifts granted and gift coupons used per day" data-testid="gift-chart">
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={days} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e4e4e7" />
              <XAxis dataKey="label" tick={{ fontSize: 12 }} tickLine={false} />
              <YAxis allowDecimals={false} tick={{ fontSize: 12 }} tickLine={false} axisLine={false} />
              <Tooltip cursor={{ fill: "rgba(0,0,0,0.04)" }} />
              <Legend wrapperStyle={{ fontSize: 12 }} />
              <Bar dataKey="grants" name="Gifts granted" fill={COLORS.grants} radius={[3, 3, 0, 0]} maxBarSize={32} />
              <Bar dataKey="coupon_uses" name="Gift coupons used" fill={COLORS.coupon_uses} radius={[3, 3, 0, 0]} maxBarSize={32} />
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
    </>
  )
}

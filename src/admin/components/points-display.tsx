import { Badge, StatusBadge, Text, Tooltip } from "@medusajs/ui"
import type { AdminExchangeOffer } from "../hooks/use-exchange-offers"
import { AdminPointsExchange, useAdminUser } from "../hooks/use-points"
import type { PointsEntryType } from "../../types/points"
import { useStoreTimezone } from "../hooks/use-coupon-settings"
import { formatStoreDateTime } from "../lib/dates"
import { formatMoney } from "../../modules/coupon-marketing/domain/coupons"

/** The points pages' words and small pieces, shared by the pages and the customer widget. */

// Times are on the store's clocks (lib/dates); the note and the formatter hook are shared by
// every page (components/store-dates), and exported here too for the pages and widgets that
// import them from this file.
export { StoreTimeZoneNote, useStoreDates } from "./store-dates"
export { formatStoreDateTime } from "../lib/dates"

export const POINTS_PATH = "/coupon-marketing/points"

export type PointsTab = "offers" | "budget" | "customers"

/** Coupon marketing → Points, on a tab; the Customers tab opened on one customer. */
export function pointsPath(tab: PointsTab = "offers", customerId?: string): string {
  const search = new URLSearchParams({ tab })
  if (customerId) search.set("customer_id", customerId)
  return `${POINTS_PATH}?${search.toString()}`
}

/** "1,234 points", "1 point". */
export function pointsText(n: number): string {
  return `${n.toLocaleString("en-US")} ${Math.abs(n) === 1 ? "point" : "points"}`
}

/** An exchanged coupon's value: "¥55 off over ¥299", or "¥100 off" without a minimum spend. */
export function exchangeValue(x: { face_value: number; threshold: number | null; currency_code: string }): string {
  const off = `${formatMoney(x.face_value, x.currency_code)} off`
  return x.threshold ? `${off} over ${formatMoney(x.threshold, x.currency_code)}` : off
}

/** "+40", "−5" (a real minus sign), "0". */
export function signedPoints(n: number): string {
  return n > 0 ? `+${n.toLocaleString("en-US")}` : n < 0 ? `−${Math.abs(n).toLocaleString("en-US")}` : "0"
}

/** A ledger figure: credits green, debits red. */
export const SignedPoints = ({ points, className = "" }: { points: number; className?: string }) => (
  <span
    className={`tabular-nums font-medium ${points > 0 ? "text-ui-tag-green-text" : points < 0 ? "text-ui-tag-red-text" : "text-ui-fg-subtle"} ${className}`}
  >
    {signedPoints(points)}
  </span>
)

/** POINTS-4: "¥55 off ¥299", or "¥55 off, no minimum spend". */
export function offerTermsText(offer: Pick<AdminExchangeOffer, "face_value" | "threshold" | "currency_code">): string {
  const face = formatMoney(offer.face_value, offer.currency_code)
  return offer.threshold > 0 ? `${face} off ${formatMoney(offer.threshold, offer.currency_code)}` : `${face} off, no minimum spend`
}

/** An offer's window: "Always", "From …", "Until …", "… – …". */
export function offerWindowText(offer: Pick<AdminExchangeOffer, "starts_at" | "ends_at">, timeZone?: string): string {
  const at = (v: string | null) => formatStoreDateTime(v, timeZone)
  if (!offer.starts_at && !offer.ends_at) return "Always open"
  if (!offer.ends_at) return `From ${at(offer.starts_at)}`
  if (!offer.starts_at) return `Until ${at(offer.ends_at)}`
  return `${at(offer.starts_at)} – ${at(offer.ends_at)}`
}

/** Whether shoppers can exchange for the offer now, by its window and stock (compliance apart). */
export function offerAvailability(offer: AdminExchangeOffer, now = Date.now()): { label: string; color: "green" | "blue" | "grey" | "orange" } {
  if (offer.starts_at && new Date(offer.starts_at).getTime() > now) return { label: "Scheduled", color: "blue" }
  if (offer.ends_at && new Date(offer.ends_at).getTime() <= now) return { label: "Ended", color: "grey" }
  if (offer.stock_left <= 0) return { label: "Sold out", color: "orange" }
  return { label: "Open", color: "green" }
}

/** POINTS-5's explanation (the API words it with currency signs); null without a reason. */
export function rivalText(offer: Pick<AdminExchangeOffer, "non_compliant_reason">): string | null {
  return offer.non_compliant_reason || null
}

export const HIDDEN_FROM_SHOPPERS = "Hidden from shoppers until it is fixed: edit the offer to make it deeper than the free coupon."

/** POINTS-5: compliant (green), or non-compliant (red) with the free coupon that beats it. */
export const ComplianceBadge = ({ offer }: { offer: Pick<AdminExchangeOffer, "compliance" | "non_compliant_reason" | "currency_code"> }) =>
  offer.compliance === "compliant" ? (
    <StatusBadge color="green">Compliant</StatusBadge>
  ) : (
    <Tooltip content={rivalText(offer) ?? HIDDEN_FROM_SHOPPERS} maxWidth={320}>
      <StatusBadge color="red">Non-compliant</StatusBadge>
    </Tooltip>
  )

export const ENTRY_TYPE_LABELS: Record<PointsEntryType, string> = {
  earn: "Earned",
  redeem: "Exchanged",
  refund: "Refund",
  expire: "Expired",
  adjust: "Adjustment",
  gift: "Gift",
}

const ENTRY_TYPE_COLORS: Record<PointsEntryType, "green" | "blue" | "orange" | "grey" | "purple" | "red"> = {
  earn: "green",
  redeem: "blue",
  refund: "orange",
  expire: "grey",
  adjust: "purple",
  gift: "green",
}

export const EntryTypeBadge = ({ type }: { type: PointsEntryType }) => (
  <Badge size="2xsmall" color={ENTRY_TYPE_COLORS[type] ?? "grey"}>
    {ENTRY_TYPE_LABELS[type] ?? type}
  </Badge>
)

/** An exchanged coupon's state: used, expired, or unused until its expiry. */
export function exchangeState(exchange: Pick<AdminPointsExchange, "used" | "expires_at">, timeZone?: string, now = Date.now()): {
  label: string
  color: "green" | "grey" | "orange"
  detail: string | null
} {
  if (exchange.used) return { label: "Used", color: "grey", detail: null }
  if (exchange.expires_at && new Date(exchange.expires_at).getTime() <= now) {
    return { label: "Expired", color: "orange", detail: `Expired ${formatStoreDateTime(exchange.expires_at, timeZone)}` }
  }
  return {
    label: "Unused",
    color: "green",
    detail: exchange.expires_at ? `Expires ${formatStoreDateTime(exchange.expires_at, timeZone)}` : null,
  }
}

export const ExchangeStateBadge = ({ exchange }: { exchange: Pick<AdminPointsExchange, "used" | "expires_at"> }) => {
  const state = exchangeState(exchange, useStoreTimezone())
  return (
    <div className="flex flex-col items-start gap-y-0.5">
      <StatusBadge color={state.color}>{state.label}</StatusBadge>
      {state.detail && (
        <Text size="xsmall" className="text-ui-fg-muted whitespace-nowrap">
          {state.detail}
        </Text>
      )}
    </div>
  )
}

/** Who made an adjustment: the admin's name or email once known, else their id. */
const Actor = ({ id }: { id: string }) => {
  const { data: user } = useAdminUser(id)
  const name = user ? [user.first_name, user.last_name].filter(Boolean).join(" ") || user.email : id
  return <span className="text-ui-fg-muted">by {name}</span>
}

/** A ledger entry's reason, with the admin who made an adjustment. */
export const LedgerReason = ({ reason, createdBy }: { reason: string; createdBy?: string | null }) => (
  <span className="block truncate" title={reason}>
    {reason}
    {createdBy && (
      <>
        {" "}
        <Actor id={createdBy} />
      </>
    )}
  </span>
)

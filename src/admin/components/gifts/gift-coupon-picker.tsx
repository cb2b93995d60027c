import { Button, Hint, Input, RadioGroup, Skeleton, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { useCoupon } from "../../hooks/use-coupons"
import { useDebounced } from "../../hooks/use-debounced"
import { useGiftCouponCandidates } from "../../hooks/use-gifts"
import { errorMessage } from "../../lib/sdk"
import { describeBenefit } from "../../../modules/coupon-marketing/domain/coupons"
import type { AdminCoupon } from "../../../types/http/coupons"
import { compliantCoupons, eligibilityText, giftCouponProblem } from "./gift-form-state"

/** How many matching coupons are shown at once (search to narrow). */
const SHOWN = 8

const couponWords = (c: AdminCoupon) =>
  [
    describeBenefit(c),
    c.valid_days ? `valid ${c.valid_days} ${c.valid_days === 1 ? "day" : "days"} after joining` : null,
    c.status === "active" ? "Active" : "Scheduled",
  ]
    .filter(Boolean)
    .join(" · ")

/**
 * GIFT-3: the coupon of a coupon or free-shipping prize, searched by name or code among the
 * scheduled and active coupons, and LIMITED to the compliant ones for the activity's window
 * (individual codes, relative validity, the right benefit, a window covering the activity's).
 * The empty state says what makes a coupon eligible.
 */
export const GiftCouponPicker = ({
  id,
  type,
  window,
  value,
  onChange,
  invalid,
  disabled,
}: {
  /** The DOM id (`prizes_0_coupon_id`): the search box's; `#<id>_label` labels it, `#<id>_error` describes it. */
  id: string
  type: "coupon" | "free_shipping"
  window: { starts_at: Date | null; ends_at: Date | null }
  value: string | null
  onChange: (couponId: string) => void
  invalid?: boolean
  disabled?: boolean
}) => {
  const [search, setSearch] = useState("")
  const q = useDebounced(search.trim(), 300)
  const candidates = useGiftCouponCandidates(q)
  const picked = useCoupon(value ?? undefined)
  const { eligible, leftOut } = compliantCoupons(candidates.data ?? [], type, window)
  const shown = eligible.slice(0, SHOWN)
  // The chosen coupon stays shown (and chosen) whatever the search, with what is wrong with it now.
  const pickedCoupon = picked.data && picked.data.id === value ? picked.data : undefined
  const pickedProblem = pickedCoupon ? giftCouponProblem(pickedCoupon, type, window) : null
  if (pickedCoupon && !shown.some((c) => c.id === pickedCoupon.id)) shown.unshift(pickedCoupon)

  return (
    <div className="flex flex-col gap-y-2">
      <Input
        id={id}
        type="search"
        size="small"
        placeholder={type === "free_shipping" ? "Search free-shipping coupons by name or code" : "Search coupons by name or code"}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        aria-labelledby={`${id}_label`}
        aria-describedby={`${id}_error`}
        aria-invalid={invalid}
        disabled={disabled}
      />
      {candidates.isLoading && <Skeleton className="h-16 w-full" />}
      {candidates.isError && (
        <div className="flex items-center gap-x-2" role="alert">
          <Hint variant="error">Could not load the coupons: {errorMessage(candidates.error)}</Hint>
          <Button type="button" size="small" variant="secondary" onClick={() => candidates.refetch()}>
            Try again
          </Button>
        </div>
      )}
      {candidates.data && shown.length === 0 && (
        <div className="bg-ui-bg-subtle flex flex-col gap-y-2 rounded-md border px-4 py-3" data-testid={`${id}_empty`}>
          <Text size="small" weight="plus">
            {q ? `No eligible coupon matches “${q}”.` : "No eligible coupon yet."}
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            {eligibilityText(type)}
          </Text>
          {leftOut > 0 && (
            <Text size="xsmall" className="text-ui-fg-muted">
              {leftOut} {leftOut === 1 ? "coupon was" : "coupons were"} left out for not meeting these rules.
            </Text>
          )}
          <Button type="button" size="small" variant="secondary" asChild className="self-start">
            <Link to="/coupon-marketing/coupons/create">Create a coupon</Link>
          </Button>
        </div>
      )}
      {shown.length > 0 && (
        <>
          <RadioGroup
            value={value ?? ""}
            onValueChange={onChange}
            aria-labelledby={`${id}_label`}
            disabled={disabled}
            className="grid gap-2 md:grid-cols-2"
          >
            {shown.map((c) => (
              <RadioGroup.ChoiceBox key={c.id} value={c.id} label={c.name} description={couponWords(c)} />
            ))}
          </RadioGroup>
          <Text size="xsmall" className="text-ui-fg-muted">
            {eligible.length > SHOWN
              ? `${SHOWN} of ${eligible.length} eligible coupons shown: search to find the others.`
              : `Only eligible coupons are offered${leftOut ? ` (${leftOut} left out)` : ""}: individual codes, valid a number of days after joining.`}
          </Text>
        </>
      )}
      {pickedProblem && (
        <Hint variant="error" data-testid={`${id}_picked_problem`}>
          “{pickedCoupon?.name}” can no longer be given: {pickedProblem}.
        </Hint>
      )}
    </div>
  )
}

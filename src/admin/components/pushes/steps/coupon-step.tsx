import { Button, RadioGroup, Skeleton, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { usePushCoupons } from "../../../hooks/use-pushes"
import { errorMessage } from "../../../lib/sdk"
import type { StepProps } from "./types"

/** PUSH-4: the coupon, from the scheduled or active plugin coupons (GET /pushes/coupons). */
export const CouponStep = ({ state, set }: StepProps) => {
  const coupons = usePushCoupons()
  if (coupons.isLoading) return <Skeleton className="h-16 w-full" />
  if (coupons.isError)
    return (
      <div className="flex items-center gap-x-2" role="alert">
        <Text size="small" className="text-ui-fg-error">
          Could not load the coupons: {errorMessage(coupons.error)}
        </Text>
        <Button size="small" variant="secondary" onClick={() => coupons.refetch()}>
          Try again
        </Button>
      </div>
    )
  const list = coupons.data ?? []
  if (!list.length)
    return (
      <div className="flex flex-col gap-y-2" data-testid="push-coupons-empty">
        <Text size="small">No coupon can be pushed: only scheduled or active coupons can.</Text>
        <Button size="small" variant="secondary" asChild className="self-start">
          <Link to="/coupon-marketing/coupons/create">Create a coupon</Link>
        </Button>
      </div>
    )
  return (
    <RadioGroup value={state.coupon_id ?? ""} onValueChange={(v) => set({ coupon_id: v })} aria-label="Coupon" className="grid gap-2 md:grid-cols-2">
      {list.map((c) => (
        <RadioGroup.ChoiceBox
          key={c.id}
          value={c.id}
          label={c.name}
          description={`${c.benefit_label} · ${c.status === "active" ? "Active" : "Scheduled"} · ${c.code_type === "individual" ? "each recipient gets their own code" : "one shared code"}`}
        />
      ))}
    </RadioGroup>
  )
}

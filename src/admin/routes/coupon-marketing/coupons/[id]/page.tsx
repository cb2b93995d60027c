import { Button, Container, Heading, Hint, Skeleton, Text } from "@medusajs/ui"
import { Link, useParams } from "react-router-dom"
import { COUPONS_PATH, CouponForm, CouponStatusBadge } from "../../../../components/coupon-form"
import { useCoupon } from "../../../../hooks/use-coupons"
import { errorMessage } from "../../../../lib/sdk"

/**
 * Coupon marketing → Coupons → a coupon. Scheduled and active coupons can be edited (name,
 * window, benefit, condition, categories, limits); an ended one opens read-only (COUPON-17).
 */
const EditCouponPage = () => {
  const { id } = useParams<{ id: string }>()
  const { data: coupon, isLoading, isError, error, refetch } = useCoupon(id)
  const ended = coupon?.status === "ended"

  return (
    <Container className="divide-y p-0">
      <div className="flex items-start justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading level="h1">{ended ? "Coupon" : "Edit coupon"}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {coupon
              ? `${coupon.uses.toLocaleString()} use${coupon.uses === 1 ? "" : "s"} so far${coupon.total_limit ? ` of ${coupon.total_limit.toLocaleString()}` : ""}.`
              : "Audience, code, validity type and currency are fixed after creation."}
          </Text>
        </div>
        {coupon && <CouponStatusBadge status={coupon.status} />}
      </div>
      {isLoading && (
        <div className="flex flex-col gap-y-3 px-6 py-6" aria-busy="true">
          <Skeleton className="h-8 w-1/2" />
          <Skeleton className="h-8 w-2/3" />
          <Skeleton className="h-32 w-full" />
        </div>
      )}
      {isError && (
        <div className="flex items-center justify-between gap-x-4 px-6 py-6">
          <Hint variant="error">Could not load the coupon: {errorMessage(error)}</Hint>
          <div className="flex gap-x-2">
            <Button variant="secondary" size="small" asChild>
              <Link to={COUPONS_PATH}>Back to coupons</Link>
            </Button>
            <Button variant="secondary" size="small" onClick={() => refetch()}>
              Try again
            </Button>
          </div>
        </div>
      )}
      {coupon && <CouponForm key={coupon.id} coupon={coupon} />}
    </Container>
  )
}

export default EditCouponPage

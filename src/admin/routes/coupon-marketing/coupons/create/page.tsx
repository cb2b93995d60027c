import { Container, Heading, Text } from "@medusajs/ui"
import { CouponForm } from "../../../../components/coupon-form"

/** Coupon marketing → Coupons → Create coupon (COUPON-4 … COUPON-13). */
const CreateCouponPage = () => {
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Create coupon</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          The plugin creates the Medusa promotion behind the coupon and keeps it in step with it.
        </Text>
      </div>
      <CouponForm />
    </Container>
  )
}

/** Medusa's breadcrumbs: “Coupon marketing › Coupons › Create coupon”. */
export const handle = {
  breadcrumb: () => "Create coupon",
}

export default CreateCouponPage

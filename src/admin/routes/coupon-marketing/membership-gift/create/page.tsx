import { Container, Heading, Text } from "@medusajs/ui"
import { GiftForm } from "../../../../components/gifts/gift-form"

/** Coupon marketing → Membership gift → Create (GIFT-1 to GIFT-3). */
const CreateGiftPage = () => (
  <Container className="divide-y p-0">
    <div className="px-6 py-4">
      <Heading level="h1">Create membership gift</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        Every visitor who signs up while it runs gets the package once.
      </Text>
    </div>
    <GiftForm />
  </Container>
)

/** Medusa's breadcrumbs: “Coupon marketing › Membership gift › Create”. */
export const handle = {
  breadcrumb: () => "Create",
}

export default CreateGiftPage

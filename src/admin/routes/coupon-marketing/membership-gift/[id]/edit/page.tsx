import { Container, Heading, Text } from "@medusajs/ui"
import { useParams } from "react-router-dom"
import { GiftForm } from "../../../../../components/gifts/gift-form"
import { PageError, PageLoading } from "../../../../../components/layout"
import { GIFTS_PATH, useGift } from "../../../../../hooks/use-gifts"

/** Coupon marketing → Membership gift → a gift → Edit: the whole activity again (GIFT-1 to GIFT-3). */
const EditGiftPage = () => {
  const { id } = useParams()
  const { data: gift, isLoading, isError, error, refetch } = useGift(id)
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Edit membership gift</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Changes apply to the members who sign up from now on; those who got the gift keep what they got.
        </Text>
      </div>
      {isLoading && <PageLoading label="Loading the gift" />}
      {(isError || (!isLoading && !gift)) && (
        <PageError what="the gift" error={error} onRetry={() => refetch()} back={{ to: GIFTS_PATH, label: "All gifts" }} />
      )}
      {gift && <GiftForm key={gift.updated_at} gift={gift} />}
    </Container>
  )
}

export const handle = {
  breadcrumb: () => "Edit",
}

export default EditGiftPage

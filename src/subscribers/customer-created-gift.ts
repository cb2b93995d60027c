import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { grantMembershipGiftWorkflow } from "../workflows/gifts/workflows/grant-membership-gift"

/**
 * GIFT-5: a new member (a customer created with an account; guests made at checkout are not
 * members) gets the active sign-up gift. Idempotent: the grant row is unique per activity and
 * customer, so a repeated or concurrent event grants nothing more.
 */
export default async function customerCreatedGiftHandler({ event: { data }, container }: SubscriberArgs<{ id: string }>) {
  if (!data?.id) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: customers } = await query.graph({ entity: "customer", fields: ["id", "has_account"], filters: { id: data.id } })
  const customer = customers[0] as { id: string; has_account: boolean } | undefined
  if (!customer?.has_account) return
  await grantMembershipGiftWorkflow(container).run({ input: { customer_id: customer.id } })
}

export const config: SubscriberConfig = { event: "customer.created" }

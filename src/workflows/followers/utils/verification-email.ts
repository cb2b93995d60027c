import type { EnqueueDeliveryInput } from "../../../modules/coupon-marketing/types/deliveries"
import { customerName, type FollowerCustomer } from "./customer"

/** The template the store's email provider (and the plugin's React Email renderer) receives. */
export const EMAIL_VERIFICATION_TEMPLATE = "email-verification"
export const EMAIL_VERIFICATION_PURPOSE = "email_verification"

/** PUSH-2: the verification email, through the delivery pipeline; key `email_verification:<customer>:<n>`. */
export function verificationDelivery(
  customer: FollowerCustomer,
  verification: { verification: { id: string; expires_at: Date }; verify_url: string; number: number }
): EnqueueDeliveryInput {
  const name = customerName(customer)
  return {
    key: `${EMAIL_VERIFICATION_PURPOSE}:${customer.id}:${verification.number}`,
    purpose: EMAIL_VERIFICATION_PURPOSE,
    channel: "email",
    customer_id: customer.id,
    to: customer.email!,
    template: EMAIL_VERIFICATION_TEMPLATE,
    data: { verify_url: verification.verify_url, customer_name: name, first_name: customer.first_name, expires_at: new Date(verification.verification.expires_at).toISOString() },
    content: { subject: "Please verify your email address", text: `Hello ${name}, please confirm your email address: ${verification.verify_url}` },
    resource_id: verification.verification.id,
    resource_type: "coupon_marketing_email_verification",
  }
}

import { Heading, Text } from "@react-email/components"
import { CouponBlock } from "../components/coupon-block"
import { EmailLayout, Paragraphs } from "../components/layout"
import type { ExchangeReminderDataType } from "../types"

export const EXCHANGE_REMINDER_SUBJECT = "Your coupon expires soon"
export const EXCHANGE_REMINDER_INTRO = "You exchanged points for this coupon. Use it at checkout before it expires."

/** POINTS-8: the reminder before an exchanged coupon expires. The expiry line is always there, whatever the intro. */
export function ExchangeReminderEmail({ data, intro }: { data: ExchangeReminderDataType; intro: string }) {
  const coupon = data.coupon ?? { name: `${data.amount} coupon`, benefit: `${data.amount} off`, validity: `Until ${data.expires_at}` }
  return (
    <EmailLayout
      storeName={data.store_name}
      storeUrl={data.store_url}
      preview={`Your ${data.amount} coupon expires on ${data.expires_at}`}
      unsubscribeUrl={data.unsubscribe_url}
      preferencesUrl={data.preferences_url}
      footerNote={`You receive this reminder because you hold an unused coupon of ${data.store_name}.`}
    >
      <Heading as="h2" style={{ fontSize: "20px", fontWeight: 600, margin: "0 0 16px" }}>
        {data.first_name ? `Hello ${data.first_name},` : "Hello,"}
      </Heading>
      <Text style={{ fontSize: "15px", lineHeight: "24px", fontWeight: 600, margin: "0 0 12px" }}>
        {`Your ${data.amount} coupon expires on ${data.expires_at}.`}
      </Text>
      <Paragraphs text={intro} />
      <CouponBlock coupon={coupon} code={data.code} />
    </EmailLayout>
  )
}

import { Button, Heading, Link, Text } from "@react-email/components"
import { EmailLayout, Paragraphs } from "../components/layout"
import { theme } from "../components/theme"
import type { EmailVerificationDataType } from "../types"

export const EMAIL_VERIFICATION_SUBJECT = "Confirm your email address"
export const EMAIL_VERIFICATION_INTRO = "Please confirm that this is your email address, so that {{store_name}} can send you coupons and offers."

/** PUSH-2 double opt-in: the verification link (signed, expiring, single use). */
export function EmailVerificationEmail({ data, intro }: { data: EmailVerificationDataType; intro: string }) {
  return (
    <EmailLayout
      storeName={data.store_name}
      storeUrl={data.store_url}
      preview="Confirm your email address to receive coupons"
      unsubscribeUrl={data.unsubscribe_url}
      preferencesUrl={data.preferences_url}
      footerNote={`You receive this email because this address was entered at ${data.store_name}. If it was not you, ignore this email: nothing will be sent to you.`}
    >
      <Heading as="h2" style={{ fontSize: "20px", fontWeight: 600, margin: "0 0 16px" }}>
        {data.first_name ? `Hello ${data.first_name},` : "Hello,"}
      </Heading>
      <Paragraphs text={intro} />
      <Button
        href={data.verify_url}
        style={{ backgroundColor: theme.text, color: "#ffffff", borderRadius: "8px", padding: "12px 20px", fontSize: "15px", fontWeight: 600, textDecoration: "none", margin: "8px 0 16px" }}
      >
        Verify my email
      </Button>
      <Text style={{ fontSize: "13px", lineHeight: "20px", color: theme.muted, margin: "0 0 8px" }}>
        Or open this link: <Link href={data.verify_url} style={{ color: theme.muted }}>{data.verify_url}</Link>
      </Text>
      {data.expires_at ? (
        <Text style={{ fontSize: "13px", lineHeight: "20px", color: theme.muted, margin: 0 }}>{`The link works once and expires on ${data.expires_at}.`}</Text>
      ) : (
        <Text style={{ fontSize: "13px", lineHeight: "20px", color: theme.muted, margin: 0 }}>The link works once.</Text>
      )}
    </EmailLayout>
  )
}

import { Heading, Section, Text } from "@react-email/components"
import { theme } from "../components/theme"
import { EmailLayout, Paragraphs } from "../components/layout"
import type { MembershipGiftDataType } from "../types"

export const MEMBERSHIP_GIFT_SUBJECT = "Welcome to {{store_name}}! Your sign-up gift is here"
export const MEMBERSHIP_GIFT_INTRO = "Thank you for joining. Here is what we gave you:"

/**
 * GIFT-5: the sign-up gift's welcome email — one line per prize (points, a coupon with the
 * member's own code and its validity, free shipping, store credit). Transactional: it answers
 * the customer's own sign-up, so it is sent without the marketing consent pushes need.
 */
export function MembershipGiftEmail({ data, intro }: { data: MembershipGiftDataType; intro: string }) {
  const line = { fontSize: "14px", lineHeight: "20px", margin: "0 0 4px", color: theme.text }
  return (
    <EmailLayout
      storeName={data.store_name}
      storeUrl={data.store_url}
      preview={`Your sign-up gift: ${data.prizes.map((p) => p.title).join(", ")}`}
      unsubscribeUrl={data.unsubscribe_url}
      preferencesUrl={data.preferences_url}
      footerNote={`You receive this email because you created an account at ${data.store_name}.`}
    >
      <Heading as="h2" style={{ fontSize: "20px", fontWeight: 600, margin: "0 0 16px" }}>
        {data.first_name ? `Hello ${data.first_name},` : "Hello,"}
      </Heading>
      <Paragraphs text={intro} />
      {data.prizes.map((prize, i) => (
        <Section
          key={i}
          style={{ border: `2px dashed ${theme.accent}`, backgroundColor: theme.accentSoft, borderRadius: "12px", padding: "16px 20px", margin: "12px 0", textAlign: "center" }}
        >
          <Text style={{ fontSize: "22px", lineHeight: "30px", fontWeight: 700, color: theme.accent, margin: "0 0 4px" }}>{prize.title}</Text>
          {prize.description ? <Text style={line}>{prize.description}</Text> : null}
          {prize.code ? (
            <Text style={{ ...line, margin: "10px 0 0" }}>
              Code:{" "}
              <span style={{ fontFamily: "SFMono-Regular, Menlo, Consolas, monospace", fontSize: "18px", fontWeight: 700, letterSpacing: "0.08em", backgroundColor: theme.card, border: `1px solid ${theme.border}`, borderRadius: "6px", padding: "4px 10px" }}>
                {prize.code}
              </span>
            </Text>
          ) : null}
        </Section>
      ))}
      {data.activity_name ? <Text style={{ fontSize: "13px", color: theme.muted, margin: "16px 0 0" }}>{`Sign-up gift: ${data.activity_name}`}</Text> : null}
    </EmailLayout>
  )
}

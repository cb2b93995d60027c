import { Section, Text } from "@react-email/components"
import type { EmailCouponType } from "../types"
import { theme } from "./theme"

/**
 * COUPON-36 `{{coupon}}` as a block: the coupon's name, its benefit in words (with the
 * currency), the condition, the validity and the code — the fixed code, or the recipient's
 * individual code (`{{indv_coupon_code}}`). The same lines as the text tag, laid out.
 */
export function CouponBlock({ coupon, code }: { coupon: EmailCouponType; code?: string | null }) {
  const shown = coupon.code?.trim() || code?.trim() || null
  const condition = coupon.condition && coupon.condition !== "None" ? coupon.condition : null
  const line = { fontSize: "14px", lineHeight: "20px", margin: "0 0 4px", color: theme.text }
  return (
    <Section
      style={{ border: `2px dashed ${theme.accent}`, backgroundColor: theme.accentSoft, borderRadius: "12px", padding: "20px", margin: "16px 0", textAlign: "center" }}
    >
      <Text style={{ ...line, fontSize: "13px", color: theme.muted, letterSpacing: "0.02em" }}>{`Coupon: ${coupon.name}`}</Text>
      <Text style={{ fontSize: "28px", lineHeight: "36px", fontWeight: 700, color: theme.accent, margin: "4px 0 8px" }}>{coupon.benefit}</Text>
      {condition ? <Text style={line}>{`Condition: ${condition}`}</Text> : null}
      {coupon.validity ? <Text style={line}>{`Valid: ${coupon.validity}`}</Text> : null}
      {shown ? (
        <Text style={{ ...line, margin: "12px 0 0" }}>
          Code:{" "}
          <span style={{ fontFamily: "SFMono-Regular, Menlo, Consolas, monospace", fontSize: "20px", fontWeight: 700, letterSpacing: "0.08em", backgroundColor: theme.card, border: `1px solid ${theme.border}`, borderRadius: "6px", padding: "4px 10px" }}>
            {shown}
          </span>
        </Text>
      ) : null}
    </Section>
  )
}

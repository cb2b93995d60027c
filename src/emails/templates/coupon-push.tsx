import { Button, Heading, Img, Link, Section } from "@react-email/components"
import { BestItems } from "../components/best-items"
import { CouponBlock } from "../components/coupon-block"
import { EmailLayout, Paragraphs } from "../components/layout"
import { theme } from "../components/theme"
import type { CouponPushDataType } from "../types"

/** PUSH-12: the subject SPEC gives the push email. */
export const COUPON_PUSH_SUBJECT = "A new shop coupon has been issued!"
export const COUPON_PUSH_INTRO = "{{store_name}} has issued a coupon for you. Use it at checkout while it is valid."

/** PUSH-12 the coupon push: intro, the coupon block, the best items (PUSH-5), the optional banner (PUSH-6). */
export function CouponPushEmail({ data, intro, code }: { data: CouponPushDataType; intro: string; code: string | null }) {
  const banner = data.banner ? (
    <Img src={data.banner.image_url} alt={data.banner.alt ?? data.store_name} width="100%" style={{ width: "100%", borderRadius: "8px", margin: "0 0 16px" }} />
  ) : null
  return (
    <EmailLayout
      storeName={data.store_name}
      storeUrl={data.store_url}
      preview={`${data.coupon.benefit}: ${data.coupon.name}`}
      unsubscribeUrl={data.unsubscribe_url}
      preferencesUrl={data.preferences_url}
      footerNote={`You receive this email because you follow ${data.store_name} and agreed to receive its coupon messages.`}
    >
      {banner ? data.banner?.link_url ? <Link href={data.banner.link_url}>{banner}</Link> : banner : null}
      <Heading as="h2" style={{ fontSize: "20px", fontWeight: 600, margin: "0 0 16px" }}>
        {data.first_name ? `Hello ${data.first_name},` : "Hello,"}
      </Heading>
      <Paragraphs text={intro} />
      <CouponBlock coupon={data.coupon} code={code} />
      {data.store_url ? (
        <Section style={{ textAlign: "center", margin: "8px 0 0" }}>
          <Button
            href={data.store_url}
            style={{ backgroundColor: theme.accent, color: "#ffffff", borderRadius: "8px", padding: "12px 24px", fontSize: "15px", fontWeight: 600, textDecoration: "none" }}
          >
            Shop now
          </Button>
        </Section>
      ) : null}
      {data.best_items?.length ? <BestItems items={data.best_items} /> : null}
    </EmailLayout>
  )
}

import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChevronRight, ReceiptPercent } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"

const sections = [
  {
    to: "/coupon-marketing/coupons",
    title: "Coupons",
    description: "Fixed and individual codes with their audience, benefit, condition and validity; status and live usage.",
  },
  {
    to: "/coupon-marketing/points",
    title: "Points",
    description: "Coupons shoppers get for points, the budget deposits that fund them, and customers' points accounts.",
  },
  {
    to: "/coupon-marketing/settings",
    title: "Coupon settings",
    description: "The cart's coupon code form, the shoppers' “My coupons” list and the points basis.",
  },
  {
    to: "/coupon-marketing/followers",
    title: "Followers",
    description: "Shoppers who follow the store, their verified email and coupon-message consent; CSV export.",
  },
  {
    to: "/coupon-marketing/pushes",
    title: "Pushes",
    description: "Send a coupon by email, in-app message and push to followers, the customers of chosen orders, or picked customers.",
  },
  {
    to: "/coupon-marketing/membership-gift",
    title: "Membership gift",
    description: "A welcome package for visitors who sign up: points, coupons, free shipping or store credit, granted once to every new member.",
  },
]

/** Coupon marketing: the plugin's home in the admin, linking to each of its pages. */
const CouponMarketingPage = () => {
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Coupon marketing</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Coupons for your store, and coupons your customers get for their loyalty points.
        </Text>
      </div>
      <ul>
        {sections.map((section) => (
          <li key={section.to}>
            <Link
              to={section.to}
              className="hover:bg-ui-bg-base-hover flex items-center justify-between gap-4 px-6 py-4 outline-none transition-colors focus-visible:bg-ui-bg-base-hover"
            >
              <div>
                <Text weight="plus" size="small">
                  {section.title}
                </Text>
                <Text size="small" className="text-ui-fg-subtle">
                  {section.description}
                </Text>
              </div>
              <ChevronRight className="text-ui-fg-muted" />
            </Link>
          </li>
        ))}
      </ul>
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Coupon marketing",
  icon: ReceiptPercent,
})

/**
 * Medusa's own breadcrumbs in the top bar (the dashboard nests the plugin's routes by path:
 * “Coupon marketing”).
 */
export const handle = {
  breadcrumb: () => "Coupon marketing",
}

export default CouponMarketingPage

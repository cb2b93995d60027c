import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Tabs, Text } from "@medusajs/ui"
import { useSearchParams } from "react-router-dom"
import { BudgetPanel } from "../../../components/points-budget"
import { CustomersPanel } from "../../../components/points-customers"
import { PointsTab } from "../../../components/points-display"
import { ExchangeOffersPanel } from "../../../components/points-offers"

const TABS: { value: PointsTab; label: string }[] = [
  { value: "offers", label: "Exchange offers" },
  { value: "budget", label: "Budget" },
  { value: "customers", label: "Customers" },
]

const isTab = (value: string | null): value is PointsTab => TABS.some((t) => t.value === value)

/**
 * Coupon marketing → Points (SPEC §3, §5): exchange offers, the budget that funds them, and the
 * customers' points accounts. The tab and the customer shown are in the address
 * (`?tab=customers&customer_id=…`), so the customer page's widget can link to an account.
 */
const PointsPage = () => {
  const [params, setParams] = useSearchParams()
  const tab: PointsTab = isTab(params.get("tab")) ? (params.get("tab") as PointsTab) : "offers"
  const customerId = params.get("customer_id")

  const setTab = (next: string) => {
    const search = new URLSearchParams(params)
    search.set("tab", next)
    setParams(search, { replace: true })
  }

  const selectCustomer = (id: string | null) => {
    const search = new URLSearchParams(params)
    search.set("tab", "customers")
    if (id) search.set("customer_id", id)
    else search.delete("customer_id")
    setParams(search)
  }

  return (
    <Container className="p-0">
      <Tabs value={tab} onValueChange={setTab}>
        <div className="flex flex-wrap items-end justify-between gap-4 border-b px-6 py-4">
          <div>
            <Heading level="h1">Points</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Coupons shoppers buy with their loyalty points, the budget that funds them, and customers' points.
            </Text>
          </div>
          <Tabs.List aria-label="Points sections">
            {TABS.map((t) => (
              <Tabs.Trigger key={t.value} value={t.value}>
                {t.label}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
        </div>
        <Tabs.Content value="offers">
          <ExchangeOffersPanel />
        </Tabs.Content>
        <Tabs.Content value="budget">
          <BudgetPanel />
        </Tabs.Content>
        <Tabs.Content value="customers">
          <CustomersPanel customerId={customerId} onSelect={selectCustomer} />
        </Tabs.Content>
      </Tabs>
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Points",
  // The sidebar's order under Coupon marketing: Coupons, Points, Settings.
  rank: 2,
})

/**
 * Medusa's own breadcrumbs in the top bar (the dashboard nests the plugin's routes by path:
 * “Coupon marketing › Points”).
 */
export const handle = {
  breadcrumb: () => "Points",
}

export default PointsPage

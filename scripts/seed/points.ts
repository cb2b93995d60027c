/**
 * Points demo (SPEC §3): the JPY exchange budget, the exchange offer, welcome points for the
 * first ten customers and one exchange (customer 1). Idempotent: the budget is found by
 * currency, the offer by name, the welcome points by their idempotency keys, and the exchange
 * is made only while customer 1 has none. The points the orders earn are written by the
 * orders' parts (./orders.ts, ./coupon-orders.ts).
 */
import { COUPON_MARKETING_MODULE } from "../../src/modules/coupon-marketing"
import type CouponMarketingModuleService from "../../src/modules/coupon-marketing/service"
import { createExchangeOfferWorkflow } from "../../src/workflows/points/workflows/create-exchange-offer"
import type { SeedContext, SeededCustomer } from "./context"

const BUDGET = { amount: 50_000, currency_code: "jpy", reason: "Demo budget for points exchanges" }
const OFFER = {
  name: "¥200 off ¥2,000 for 200 points",
  face_value: 200,
  threshold: 2000,
  currency_code: "jpy",
  points_cost: 200,
  stock: 500,
  per_customer_limit: 3,
  valid_days: 30,
}

type OfferRow = { id: string; points_cost: number }

export async function ensurePointsDemo(ctx: SeedContext, customers: SeededCustomer[]): Promise<void> {
  const service = ctx.container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  const done: string[] = []

  const budgets = await service.getBudgets()
  if (!budgets.some((b) => b.currency_code === BUDGET.currency_code)) {
    await service.depositBudget(BUDGET)
    done.push(`budget ¥${BUDGET.amount.toLocaleString("en-US")}`)
  }

  let [offer] = (await service.listExchangeOffers({ name: OFFER.name }, { take: 1 })) as unknown as OfferRow[]
  if (!offer) {
    const { result } = await createExchangeOfferWorkflow(ctx.container).run({ input: OFFER })
    offer = result as unknown as OfferRow
    done.push(`offer "${OFFER.name}"`)
  }

  let welcomed = 0
  for (const customer of customers.slice(0, 10)) {
    const { created } = await service.appendPoints({
      customer_id: customer.id,
      type: "adjust",
      points: 100 * (1 + (customer.n % 5)),
      reason: "Welcome points (demo)",
      idempotency_key: `demo-seed:welcome:${customer.id}`,
    })
    if (created) welcomed++
  }
  if (welcomed) done.push(`welcome points for ${welcomed} customer(s)`)

  const first = customers[0]
  if (first && offer) {
    const exchanges = await service.listPointsExchanges({ customer_id: first.id }, { take: 1 })
    const { balance } = await service.getPointsPage(first.id, 1, 0)
    if (!exchanges.length && balance >= offer.points_cost) {
      await service.exchangePoints({ customer_id: first.id, offer_id: offer.id })
      done.push(`one exchange (${first.email})`)
    }
  }

  if (done.length) ctx.progress.created("points", done.join("; "))
  else ctx.progress.alreadyPresent("points")
}

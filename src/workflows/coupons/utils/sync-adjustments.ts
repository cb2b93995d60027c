import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { fromMinor, toMinor } from "../../../modules/coupon-marketing/domain/coupons"
import { CART_FIELDS, amountOf, cartCouponState, loadCart } from "./cart-coupon"

const ADJUSTMENT_FIELDS = [...CART_FIELDS, "items.adjustments.id", "items.adjustments.amount", "items.adjustments.code"]

type Adjustment = { id: string; amount: unknown; code?: string | null }
type Item = { id: string; unit_price: unknown; quantity: unknown; adjustments?: Adjustment[] | null }

/**
 * Makes the cart's coupon discount exact (COUPON-8). Medusa's promotion engine spreads a
 * percentage or a fixed amount across items without rounding (10 % of ¥1,999 → ¥199.9); the
 * plugin's own arithmetic rounds down to the currency's smallest unit and allocates the
 * remainder by largest fraction. This writes those amounts onto the coupon's adjustments,
 * never taking an item below 0 after the store's other promotions (COUPON-9). Answers whether
 * anything changed.
 */
export async function syncCouponAdjustments(container: MedusaContainer, cartId: string): Promise<boolean> {
  const cart = (await loadCart(container, cartId, ADJUSTMENT_FIELDS)) as Awaited<ReturnType<typeof loadCart>> & { items?: Item[] }
  const state = await cartCouponState(container, cart)
  if (!state?.evaluation?.applicable) return false
  if (!["fixed_amount", "percent", "per_item_amount"].includes(state.coupon.benefit_type)) return false
  const code = (state.coupon as unknown as { promotion_code: string }).promotion_code
  const currency = state.coupon.currency_code
  const wanted = state.evaluation.item_discounts

  let changed = false
  const all: { id: string; amount: number }[] = []
  for (const item of cart.items ?? []) {
    const adjustments = item.adjustments ?? []
    const others = adjustments.filter((a) => a.code !== code).reduce((sum, a) => sum + toMinor(amountOf(a.amount), currency), 0)
    for (const adjustment of adjustments) {
      const current = amountOf(adjustment.amount)
      let amount = current
      if (adjustment.code === code) {
        const room = Math.max(0, toMinor(amountOf(item.unit_price) * Number(item.quantity), currency) - others)
        amount = fromMinor(Math.min(toMinor(wanted[item.id] ?? 0, currency), room), currency)
        if (amount !== current) changed = true
      }
      all.push({ id: adjustment.id, amount })
    }
  }
  if (changed) {
    await container.resolve(Modules.CART).setLineItemAdjustments(cartId, all as never)
  }
  return changed
}

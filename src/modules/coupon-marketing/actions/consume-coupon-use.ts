import type { Context } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import type CouponMarketingModuleService from "../service"
import { COUPON_NOT_VALID } from "../../../types/coupons"
import { lockCouponForUse } from "../repositories/coupons"
import { countLiveUses } from "../repositories/usage"
import { takeCodeUse } from "../repositories/codes"
import { transactionOf } from "../repositories/sql"
import type { ConsumeCouponUseInput } from "../types/coupons"

/**
 * Records one use of a coupon by a checkout (COUPON-13, COUPON-20), inside the caller's
 * transaction: the coupon row is locked, so concurrent checkouts are serialised and no limit is
 * ever overrun — the total limit, the per-customer limit and the individual code's own uses.
 * Refuses with NOT_ALLOWED. Idempotent per cart: a retried checkout answers the existing use.
 */
export async function consumeCouponUse(this: CouponMarketingModuleService, input: ConsumeCouponUseInput, sharedContext: Context) {
  const manager = transactionOf(sharedContext)
  const coupon = await lockCouponForUse(manager, input.coupon_id)
  if (!coupon) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, COUPON_NOT_VALID)
  }
  const [existing] = await this.listCouponUsages({ cart_id: input.cart_id }, { take: 1 }, sharedContext)
  if (existing) {
    return existing
  }
  const { total, mine } = await countLiveUses(manager, input.coupon_id, input.customer_id ?? null)
  if (coupon.total_limit != null && total >= coupon.total_limit) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${COUPON_NOT_VALID}: it has been used up`)
  }
  if (input.customer_id && coupon.per_customer_limit != null && mine >= coupon.per_customer_limit) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `${COUPON_NOT_VALID}: you have used it ${mine} time(s), the limit is ${coupon.per_customer_limit}`
    )
  }
  if (input.coupon_code_id && !(await takeCodeUse(manager, input.coupon_code_id))) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${COUPON_NOT_VALID}: it has been used`)
  }
  return await this.createCouponUsages(
    {
      coupon_id: input.coupon_id,
      cart_id: input.cart_id,
      code: input.code,
      coupon_code_id: input.coupon_code_id ?? null,
      customer_id: input.customer_id ?? null,
      email: input.email ?? null,
      currency_code: input.currency_code,
      eligible_total: input.eligible_total,
      discount_total: input.discount_total,
    },
    sharedContext
  )
}

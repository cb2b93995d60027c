import { generateEntityId } from "@medusajs/framework/utils"
import type { CartCouponInput, CartCouponRecord, ReplaceCartCouponResult } from "../types/coupons"
import type { SqlManager } from "./sql"

/**
 * COUPON-30: the cart's coupon becomes `next` (null clears it) in one statement: the delete and
 * the insert of one data-modifying query are atomic. Answers the replaced and the new record.
 */
export async function replaceCartCoupon(manager: SqlManager, cartId: string, next: CartCouponInput | null): Promise<ReplaceCartCouponResult> {
  type Row = CartCouponRecord & { which: "previous" | "current" }
  const rows = await manager.execute<Row[]>(
    `with previous as (
       delete from cm_cart_coupon where cart_id = ? returning id, cart_id, coupon_id, code, coupon_code_id, customer_id
     ), current as (
       insert into cm_cart_coupon (id, cart_id, coupon_id, code, coupon_code_id, customer_id, created_at, updated_at)
       select ?, ?, ?, ?, ?, ?, now(), now() where ?::boolean
       returning id, cart_id, coupon_id, code, coupon_code_id, customer_id
     )
     select 'previous' as which, * from previous union all select 'current' as which, * from current`,
    [cartId, generateEntityId(undefined, "cpcart"), cartId, next?.coupon_id ?? null, next?.code ?? null, next?.coupon_code_id ?? null, next?.customer_id ?? null, !!next]
  )
  const strip = (row: Row | undefined): CartCouponRecord | null => {
    if (!row) return null
    const { which: _which, ...rest } = row
    return rest
  }
  return { previous: strip(rows.find((r) => r.which === "previous")), current: strip(rows.find((r) => r.which === "current")) }
}

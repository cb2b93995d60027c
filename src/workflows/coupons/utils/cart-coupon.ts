import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { COUPON_MARKETING_MODULE } from "../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../modules/coupon-marketing/service"
import { evaluateCoupon } from "../../../modules/coupon-marketing/domain/coupons"
import type { CouponCartItem, CouponEvaluation } from "../../../types/coupons"
import { CouponRow, statusOf } from "./coupon-row"

/** The parts of a cart the coupon rules read (as Medusa's cart workflows fetch it). */
export interface CartForCoupon {
  id: string
  currency_code: string
  email?: string | null
  customer_id?: string | null
  customer?: { id: string; has_account?: boolean | null; groups?: { id: string }[] | null } | null
  items?: Array<{
    id: string
    product_id?: string | null
    variant_id?: string | null
    unit_price: number | string | { numeric?: number } | null
    quantity: number | string
    metadata?: Record<string, unknown> | null
    product?: { id?: string; categories?: { id: string }[] | null } | null
  }> | null
}

/** Why a coupon cannot be used on a cart. Shoppers only ever see `not_valid` or `login_required`. */
export type CouponRefusal = "not_valid" | "login_required" | "used_up" | "wrong_currency"

export interface CouponCheck {
  ok: boolean
  refusal?: CouponRefusal
}

/** Checkout's refusal of a cart whose plugin discount is not its coupon's (see hooks/complete-cart.ts). */
export const CART_COUPON_CHANGED = "The coupon on your cart changed. Please check your cart and place the order again."

/** A line item added by a coupon as its gift (COUPON-8) carries this metadata key. */
export const GIFT_METADATA_KEY = "coupon_marketing_gift"

/** A money value as Medusa answers it (number, numeric string or BigNumber-like). */
export function amountOf(value: unknown): number {
  if (value === null || value === undefined) return 0
  if (typeof value === "object") return Number((value as { numeric?: number }).numeric ?? 0)
  return Number(value)
}

/** A customer who signed in (guest checkouts create customers without an account). */
export function isMember(cart: CartForCoupon): boolean {
  return !!cart.customer_id && !!cart.customer?.has_account
}

/**
 * The rules of who may use a coupon on a cart (COUPON-4, -5, -13, -16, -31), without the
 * cart's contents. `code` is the individual code row, when the coupon uses them.
 */
export async function checkCouponForCart(
  container: MedusaContainer,
  coupon: CouponRow,
  cart: CartForCoupon,
  code: CodeForCheck | null,
  now: Date
): Promise<CouponCheck> {
  const service = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  if (statusOf(coupon, now) !== "active") return { ok: false, refusal: "not_valid" }
  if (coupon.currency_code !== cart.currency_code?.toLowerCase()) return { ok: false, refusal: "wrong_currency" }
  if (coupon.audience !== "anyone" && !isMember(cart)) return { ok: false, refusal: "login_required" }
  if (coupon.code_mode === "individual") {
    if (!code || code.customer_id !== cart.customer_id) return { ok: false, refusal: "not_valid" }
    if (code.expires_at && new Date(code.expires_at).getTime() <= now.getTime()) return { ok: false, refusal: "not_valid" }
    if (code.uses >= code.max_uses) return { ok: false, refusal: "used_up" }
  }
  if (coupon.audience === "segment") {
    const groups = (cart.customer?.groups ?? []).map((g) => g.id)
    if (!coupon.customer_group_id || !groups.includes(coupon.customer_group_id)) return { ok: false, refusal: "not_valid" }
  }
  if (coupon.total_limit != null) {
    const uses = (await service.countCouponUses([coupon.id]))[coupon.id] ?? 0
    if (uses >= coupon.total_limit) return { ok: false, refusal: "used_up" }
  }
  if (coupon.per_customer_limit != null && cart.customer_id && coupon.code_mode === "fixed") {
    const mine = (await service.countCustomerUses([coupon.id], cart.customer_id))[coupon.id]
    if (mine >= coupon.per_customer_limit) return { ok: false, refusal: "used_up" }
  }
  return { ok: true }
}

/**
 * The cart's items as the coupon arithmetic sees them: categories with their ancestors (so a
 * coupon on a parent category covers its descendants, COUPON-12), subscriptions and the
 * coupon's gift line marked.
 */
export async function couponItemsOf(container: MedusaContainer, cart: CartForCoupon, needCategories = true): Promise<CouponCartItem[]> {
  const items = cart.items ?? []
  // A coupon on all products never reads categories: no query for them.
  const categoryIds = needCategories ? [...new Set(items.flatMap((i) => (i.product?.categories ?? []).map((c) => c.id)))] : []
  const ancestors = new Map<string, string[]>()
  if (categoryIds.length) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "product_category", fields: ["id", "mpath"], filters: { id: categoryIds } })
    for (const c of data as { id: string; mpath?: string | null }[]) {
      ancestors.set(c.id, (c.mpath ?? c.id).split(".").filter(Boolean))
    }
  }
  return items.map((item) => {
    const metadata = item.metadata ?? {}
    const direct = (item.product?.categories ?? []).map((c) => c.id)
    return {
      id: item.id,
      product_id: item.product_id ?? item.product?.id ?? "",
      variant_id: item.variant_id ?? null,
      category_ids: [...new Set(direct.flatMap((id) => ancestors.get(id) ?? [id]))],
      unit_price: amountOf(item.unit_price),
      quantity: Number(item.quantity),
      is_subscription: metadata.is_subscription === true || metadata.subscription === true,
      is_gift: !!metadata[GIFT_METADATA_KEY],
    }
  })
}

/** The plugin's record of which coupon a cart holds. */
export interface CartCouponRecord {
  id: string
  code: string
  coupon_code_id: string | null
  coupon_id: string
}

/** What the plugin knows about the coupon on a cart, for the hook, the cart routes and checkout. */
export interface CartCouponState {
  cart_coupon: { id: string; code: string; coupon_code_id: string | null; coupon_id: string }
  coupon: CouponRow
  /** When the individual code expires (relative validity, COUPON-6); null for a fixed code. */
  code_expires_at: Date | string | null
  check: CouponCheck
  evaluation: CouponEvaluation | null
}

/** An individual code as the coupon rules read it. */
export type CodeForCheck = { customer_id: string; uses: number; max_uses: number; expires_at: Date | string | null }

/** What a caller has just read or written, so the state is not read again. */
export interface PreloadedCoupon {
  cartCoupon: CartCouponRecord | null
  coupon: CouponRow | null
  /** The individual code of the record, when it has one and the caller read it. */
  code?: CodeForCheck | null
}

/** The plugin coupon on a cart (COUPON-30: at most one) and whether it applies now. */
export async function cartCouponState(
  container: MedusaContainer,
  cart: CartForCoupon,
  now = new Date(),
  /** The cart's coupon record and coupon (and code), when the caller has just read them. */
  preloaded?: PreloadedCoupon
): Promise<CartCouponState | null> {
  const service = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  const cartCoupon = preloaded ? preloaded.cartCoupon : (await service.listCartCoupons({ cart_id: cart.id }, { take: 1 }))[0]
  if (!cartCoupon) return null
  const coupon = preloaded ? preloaded.coupon : ((await service.listCoupons({ id: cartCoupon.coupon_id }, { take: 1 })) as unknown as CouponRow[])[0]
  if (!coupon) return null
  const code = !cartCoupon.coupon_code_id
    ? null
    : preloaded?.code !== undefined
      ? preloaded.code
      : (((await service.listCouponCodes({ id: cartCoupon.coupon_code_id }, { take: 1 }))[0] ?? null) as CodeForCheck | null)
  const check = await checkCouponForCart(container, coupon, cart, code, now)
  const evaluation = check.ok
    ? evaluateCoupon(
        {
          benefit_type: coupon.benefit_type as never,
          benefit_value: coupon.benefit_value == null ? null : Number(coupon.benefit_value),
          condition_type: coupon.condition_type as never,
          condition_value: coupon.condition_value == null ? null : Number(coupon.condition_value),
          category_ids: coupon.category_ids ?? [],
          currency_code: coupon.currency_code,
        },
        await couponItemsOf(container, cart, (coupon.category_ids ?? []).length > 0)
      )
    : null
  return {
    cart_coupon: { id: cartCoupon.id, code: cartCoupon.code, coupon_code_id: cartCoupon.coupon_code_id, coupon_id: cartCoupon.coupon_id },
    coupon,
    code_expires_at: code?.expires_at ?? null,
    check,
    evaluation,
  }
}

/** What deciding whether a coupon may be applied needs (who, which currency): no items. */
export const CART_HOLDER_FIELDS = [
  "id",
  "currency_code",
  "email",
  "customer_id",
  "completed_at",
  "customer.id",
  "customer.has_account",
  "customer.groups.id",
]

/** The cart fields the coupon rules need: the holder, and the items as the arithmetic reads them. */
export const CART_FIELDS = [
  ...CART_HOLDER_FIELDS,
  "promotions.code",
  "items.id",
  "items.product_id",
  "items.variant_id",
  "items.unit_price",
  "items.quantity",
  "items.metadata",
  "items.product.id",
  "items.product.categories.id",
]

export type LoadedCart = CartForCoupon & { completed_at?: string | null; promotions?: { code: string | null }[] | null }

export async function loadCart(container: MedusaContainer, id: string, fields = CART_FIELDS): Promise<LoadedCart> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields, filters: { id } })
  const cart = data[0] as LoadedCart | undefined
  if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id: ${id} was not found`)
  return cart
}


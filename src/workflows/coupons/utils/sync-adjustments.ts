import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, QueryContext, getVariantAvailability } from "@medusajs/framework/utils"
import { fromMinor, toMinor } from "../../../modules/coupon-marketing/domain/coupons"
import { CART_FIELDS, CartCouponRecord, GIFT_METADATA_KEY, PreloadedCoupon, amountOf, cartCouponState, loadCart } from "./cart-coupon"
import type { CouponRow } from "./coupon-row"
import { COUPON_MARKETING_MODULE } from "../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../modules/coupon-marketing/service"
import { isPluginPromotionCode } from "./promotion-input"

/**
 * What the sync reads of a cart: the coupon rules' fields and the items' adjustments; the
 * items' categories only for a coupon limited to categories, the shipping methods for the
 * free-shipping benefit, and — after a coupon was replaced or cleared (`clearing`) — the shipping
 * methods (to drop a stray discount) and the payment collection.
 */
function syncFields(coupon: CouponRow | null, clearing: boolean): string[] {
  const categories = (coupon?.category_ids ?? []).length > 0
  return [
    ...CART_FIELDS.filter((f) => f !== "promotions.code" && (categories || !f.startsWith("items.product."))),
    "region_id",
    "sales_channel_id",
    "items.adjustments.id",
    "items.adjustments.amount",
    "items.adjustments.code",
    "items.adjustments.promotion_id",
    "items.adjustments.is_tax_inclusive",
    "items.is_tax_inclusive",
    ...(coupon?.benefit_type === "free_shipping" || clearing
      ? [
          "shipping_methods.id",
          "shipping_methods.amount",
          "shipping_methods.is_tax_inclusive",
          "shipping_methods.adjustments.is_tax_inclusive",
          "shipping_methods.adjustments.id",
          "shipping_methods.adjustments.amount",
          "shipping_methods.adjustments.code",
          "shipping_methods.adjustments.promotion_id",
        ]
      : []),
    ...(clearing ? ["payment_collection.id"] : []),
  ]
}

type Adjustment = { id?: string; amount: unknown; code?: string | null; promotion_id?: string | null; is_tax_inclusive?: boolean | null }
type Item = { id: string; unit_price: unknown; quantity: unknown; is_tax_inclusive?: boolean | null; metadata?: Record<string, unknown> | null; adjustments?: Adjustment[] | null }
type ShippingMethod = { id: string; amount: unknown; is_tax_inclusive?: boolean | null; adjustments?: Adjustment[] | null }
type SyncCart = Awaited<ReturnType<typeof loadCart>> & {
  region_id?: string | null
  sales_channel_id?: string | null
  items?: Item[]
  shipping_methods?: ShippingMethod[] | null
  promotions?: { code: string | null }[] | null
  payment_collection?: { id: string } | null
}

const same = (a: number, b: number) => Math.abs(a - b) < 1e-9

/** How a caller that has just read or written the cart's coupon saves the sync reading it again. */
export interface SyncOptions {
  /** The cart's coupon record and coupon (and individual code) as the caller has just written/read them. */
  preloaded?: PreloadedCoupon
  /**
   * The caller has just replaced or cleared the coupon: read the cart even when it holds no
   * coupon now (a cleared gift coupon leaves its gift line to remove), and answer whether the
   * cart has a payment collection to refresh.
   */
  clearing?: boolean
}

export interface SyncResult {
  changed: boolean
  state: Awaited<ReturnType<typeof cartCouponState>>
  /** Whether the cart has a payment collection (only known when `clearing`; otherwise false). */
  has_payment_collection: boolean
}

/**
 * Makes the cart's coupon adjustments exactly what the plugin's arithmetic says (COUPON-8):
 *
 * - Amounts: Medusa's promotion engine spreads a percentage or a fixed amount across items
 *   without rounding (10 % of ¥1,999 → ¥199.9); the plugin rounds down to the currency's
 *   smallest unit and allocates the remainder by largest fraction, never taking an item below 0
 *   after the store's other promotions (COUPON-9).
 * - Presence: Medusa drops a promotion code from a cart whenever it yields no adjustment, so a
 *   coupon held below its minimum (COUPON-33) would never come back once the shopper adds
 *   items. The plugin's own record of the cart's coupon is the truth: when the coupon applies
 *   and its adjustments are missing, they are written here and the cart is linked to the
 *   coupon's promotion again (as Medusa would have done).
 *
 * A cart that holds no plugin coupon costs one indexed read (every cart refresh of the store
 * comes through here). Answers whether anything changed.
 */
export async function syncCouponAdjustments(container: MedusaContainer, cartId: string): Promise<boolean> {
  return (await syncCouponAdjustmentsWithState(container, cartId)).changed
}

/** The same, also answering the coupon's state on the cart it left (the apply route answers it). */
export async function syncCouponAdjustmentsWithState(
  container: MedusaContainer,
  cartId: string,
  { preloaded, clearing = false }: SyncOptions = {}
): Promise<SyncResult> {
  const service = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  if (!preloaded) {
    const [held] = await service.listCartCoupons({ cart_id: cartId }, { take: 1 })
    const [policy] = held ? ((await service.listCoupons({ id: held.coupon_id }, { take: 1 })) as unknown as CouponRow[]) : []
    preloaded = { cartCoupon: (held as unknown as CartCouponRecord) ?? null, coupon: policy ?? null }
  }
  if (!preloaded.cartCoupon && !clearing) return { changed: false, state: null, has_payment_collection: false }
  const fields = syncFields(preloaded.coupon, clearing)
  let cart = (await loadCart(container, cartId, fields)) as SyncCart
  const has_payment_collection = !!cart.payment_collection?.id
  let state = await cartCouponState(container, cart, new Date(), preloaded)
  const giftChanged = await syncGiftLine(container, cart, state)
  if (giftChanged) {
    cart = (await loadCart(container, cartId, fields)) as SyncCart
    state = await cartCouponState(container, cart, new Date(), preloaded)
  }
  const evaluation = state?.check.ok ? state.evaluation : null
  const cartModule = container.resolve(Modules.CART)
  // Any plugin discount that is not the applying coupon's is left over (a coupon replaced or
  // cleared outside the plugin's routes): it goes, so no cart carries a discount without its coupon.
  const ownCode = evaluation?.applicable ? (state!.coupon as { promotion_code?: string }).promotion_code : undefined
  const strays = await dropStrayAdjustments(cartModule, cart, ownCode)
  if (!state || !evaluation?.applicable) return { changed: giftChanged || strays, state, has_payment_collection }
  const coupon = state.coupon as typeof state.coupon & { promotion_code: string; promotion_id: string }
  const code = coupon.promotion_code
  const currency = coupon.currency_code
  let changed = giftChanged || strays

  // Line items: the amount benefits' exact shares, or the gift line at its whole price.
  const wanted: Record<string, number> =
    coupon.benefit_type === "gift_product"
      ? Object.fromEntries(
          (cart.items ?? [])
            .filter((i) => (i.metadata ?? {})[GIFT_METADATA_KEY] === coupon.id)
            .map((i) => [i.id, amountOf(i.unit_price)]) // one unit free, whatever the quantity
        )
      : coupon.benefit_type === "free_shipping"
        ? {}
        : evaluation.item_discounts
  // Only the coupon's own adjustments are written: amounts changed in place, duplicates or
  // adjustments with nothing left to discount removed, missing ones added.
  // An adjustment is in the same basis as its line's price (the plugin's amounts are computed
  // from unit prices): tax included where the store prices tax-inclusive.
  const updates: { id: string; amount: number; is_tax_inclusive: boolean }[] = []
  const drops: string[] = []
  const creates: { item_id: string; code: string; amount: number; promotion_id: string; is_tax_inclusive: boolean }[] = []
  for (const item of cart.items ?? []) {
    const adjustments = item.adjustments ?? []
    const others = adjustments.filter((a) => a.code !== code).reduce((sum, a) => sum + toMinor(amountOf(a.amount), currency), 0)
    const room = Math.max(0, toMinor(amountOf(item.unit_price) * Number(item.quantity), currency) - others)
    const target = fromMinor(Math.min(toMinor(wanted[item.id] ?? 0, currency), room), currency)
    let placed = false
    for (const adjustment of adjustments) {
      if (adjustment.code !== code) continue
      if (placed || target <= 0) {
        drops.push(adjustment.id!) // a duplicate, or nothing to discount any more
        continue
      }
      placed = true
      const inclusive = !!item.is_tax_inclusive
      if (!same(amountOf(adjustment.amount), target) || !!adjustment.is_tax_inclusive !== inclusive) {
        updates.push({ id: adjustment.id!, amount: target, is_tax_inclusive: inclusive })
      }
    }
    if (!placed && target > 0) {
      creates.push({ item_id: item.id, code, amount: target, promotion_id: coupon.promotion_id, is_tax_inclusive: !!item.is_tax_inclusive })
    }
  }
  if (drops.length) await cartModule.softDeleteLineItemAdjustments(drops)
  if (updates.length) await cartModule.upsertLineItemAdjustments(updates as never)
  if (creates.length) await cartModule.addLineItemAdjustments(cartId, creates as never)
  if (drops.length || updates.length || creates.length) changed = true

  // Shipping: only the free-shipping benefit touches it, and only when every item is eligible.
  let shippingCreated = false
  if (coupon.benefit_type === "free_shipping" && evaluation.free_shipping) {
    const shippingUpdates: { id: string; amount: number; is_tax_inclusive: boolean }[] = []
    for (const m of cart.shipping_methods ?? []) {
      for (const a of m.adjustments ?? []) {
        if (a.code !== code) continue
        if (!same(amountOf(a.amount), amountOf(m.amount)) || !!a.is_tax_inclusive !== !!m.is_tax_inclusive) {
          shippingUpdates.push({ id: a.id!, amount: amountOf(m.amount), is_tax_inclusive: !!m.is_tax_inclusive })
        }
      }
    }
    if (shippingUpdates.length) {
      changed = true
      await cartModule.upsertShippingMethodAdjustments(shippingUpdates as never)
    }
    const missing = (cart.shipping_methods ?? []).filter(
      (m) => amountOf(m.amount) > 0 && !(m.adjustments ?? []).some((a) => a.code === code)
    )
    if (missing.length) {
      changed = true
      shippingCreated = true
      await cartModule.addShippingMethodAdjustments(
        cartId,
        missing.map((m) => ({ shipping_method_id: m.id, code, amount: amountOf(m.amount), promotion_id: coupon.promotion_id, is_tax_inclusive: !!m.is_tax_inclusive })) as never
      )
    }
  }

  // Adjustments written here for a coupon Medusa had dropped: the cart is linked to its
  // promotion again, as Medusa would have done (creating an existing link changes nothing).
  if (creates.length || shippingCreated) {
    await container.resolve(ContainerRegistrationKeys.LINK).create({
      [Modules.CART]: { cart_id: cartId },
      [Modules.PROMOTION]: { promotion_id: coupon.promotion_id },
    })
  }
  return { changed, state, has_payment_collection }
}

/** Removes the cart's plugin adjustments of any other promotion code than `keep`; answers whether any went. */
async function dropStrayAdjustments(
  cartModule: { softDeleteLineItemAdjustments: (ids: string[]) => Promise<unknown>; softDeleteShippingMethodAdjustments: (ids: string[]) => Promise<unknown> },
  cart: SyncCart,
  keep: string | undefined
): Promise<boolean> {
  const stray = (adjustments?: Adjustment[] | null) =>
    (adjustments ?? []).filter((a) => isPluginPromotionCode(a.code) && a.code !== keep && a.id).map((a) => a.id!)
  const items = ((cart.items ?? []) as Item[]).flatMap((i) => stray(i.adjustments))
  const shipping = (cart.shipping_methods ?? []).flatMap((m) => stray(m.adjustments))
  if (items.length) await cartModule.softDeleteLineItemAdjustments(items)
  if (shipping.length) await cartModule.softDeleteShippingMethodAdjustments(shipping)
  return items.length + shipping.length > 0
}

/**
 * The gift benefit (COUPON-8): while a gift coupon applies, its variant is on the cart once, as
 * a line marked with the coupon (discounted to 0 by the adjustments above), if it is in stock.
 * When the coupon is cleared, replaced or stops applying, the line goes. Answers whether the
 * cart's lines changed.
 */
async function syncGiftLine(
  container: MedusaContainer,
  cart: SyncCart,
  state: Awaited<ReturnType<typeof cartCouponState>>
): Promise<boolean> {
  const coupon = state?.coupon
  const wanted =
    !!coupon && coupon.benefit_type === "gift_product" && !!coupon.gift_variant_id && !!state?.check.ok && !!state.evaluation?.applicable
  const giftLines = (cart.items ?? []).filter((i) => (i.metadata ?? {})[GIFT_METADATA_KEY])
  const keep = giftLines.find(
    (i) => wanted && (i.metadata ?? {})[GIFT_METADATA_KEY] === coupon!.id && i.variant_id === coupon!.gift_variant_id
  )
  const stale = giftLines.filter((i) => i !== keep)
  const cartModule = container.resolve(Modules.CART)
  if (stale.length) {
    await cartModule.deleteLineItems(stale.map((i) => i.id))
  }
  if (!wanted || keep) return stale.length > 0

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const variantId = coupon!.gift_variant_id!
  if (cart.sales_channel_id) {
    const availability = await getVariantAvailability(query, { variant_ids: [variantId], sales_channel_id: cart.sales_channel_id })
    const left = availability[variantId]?.availability
    if (left !== null && left !== undefined && left < 1) return stale.length > 0 // out of stock: no gift
  }
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "title", "sku", "product.id", "product.title", "product.thumbnail", "calculated_price.calculated_amount"],
    filters: { id: variantId },
    context: { calculated_price: QueryContext({ currency_code: cart.currency_code, region_id: cart.region_id ?? undefined }) },
  })
  const variant = data[0] as
    | { id: string; title?: string; sku?: string; product?: { id: string; title?: string; thumbnail?: string | null }; calculated_price?: { calculated_amount?: number | null } }
    | undefined
  const price = variant?.calculated_price?.calculated_amount
  if (!variant || price === null || price === undefined) return stale.length > 0 // not sold in this currency
  await cartModule.addLineItems([
    {
      cart_id: cart.id,
      variant_id: variant.id,
      product_id: variant.product?.id,
      title: variant.product?.title ?? variant.title ?? "Gift",
      subtitle: variant.title,
      variant_title: variant.title,
      variant_sku: variant.sku,
      thumbnail: variant.product?.thumbnail ?? undefined,
      quantity: 1,
      unit_price: price,
      is_discountable: true,
      metadata: { [GIFT_METADATA_KEY]: coupon!.id },
    },
  ] as never)
  return true
}

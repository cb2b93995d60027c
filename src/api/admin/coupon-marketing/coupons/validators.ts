import { z } from "@medusajs/framework/zod"
import { orderedListParams } from "../../../utils/list-params"
import {
  BENEFIT_TYPES,
  CODE_MODES,
  CONDITION_TYPES,
  COUPON_AUDIENCES,
  COUPON_STATUSES,
  VALIDITY_TYPES,
} from "../../../../types/coupons"

const dateTime = z.union([z.string(), z.date()]).nullish()
const amount = z.number().nullish()
/** What an integer column holds (Postgres integer). */
const int = z.number().int().min(-2_147_483_647).max(2_147_483_647)

/**
 * POST /admin/coupon-marketing/coupons. The shape is checked here; the business rules of SPEC
 * §1 (ranges, combinations, windows) by the domain rules in the workflow, which name the field.
 */
export const AdminCreateCoupon = z
  .object({
    name: z.string(),
    audience: z.enum(COUPON_AUDIENCES),
    code_mode: z.enum(CODE_MODES),
    code: z.string().nullish(),
    customer_group_id: z.string().nullish(),
    validity_type: z.enum(VALIDITY_TYPES),
    starts_at: dateTime,
    ends_at: dateTime,
    valid_days: int.nullish(),
    benefit_type: z.enum(BENEFIT_TYPES),
    benefit_value: amount,
    gift_variant_id: z.string().nullish(),
    currency_code: z.string().min(3).max(3),
    condition_type: z.enum(CONDITION_TYPES).default("none"),
    condition_value: amount,
    category_ids: z.array(z.string()).default([]),
    per_customer_limit: int.nullish(),
    total_limit: int.nullish(),
  })
  .strict()
export type AdminCreateCouponType = z.infer<typeof AdminCreateCoupon>

/** POST /admin/coupon-marketing/coupons/:id: what may change (COUPON-17). */
export const AdminUpdateCoupon = AdminCreateCoupon.pick({
  name: true,
  starts_at: true,
  ends_at: true,
  benefit_type: true,
  benefit_value: true,
  gift_variant_id: true,
  condition_type: true,
  condition_value: true,
  category_ids: true,
  per_customer_limit: true,
  total_limit: true,
})
  .partial()
  .strict()
export type AdminUpdateCouponType = z.infer<typeof AdminUpdateCoupon>

/** GET /admin/coupon-marketing/coupons: `?limit&offset&order` (newest first by default), `q`, `status`, `promotion_id`. */
export const AdminListCoupons = orderedListParams(["created_at", "name", "starts_at", "ends_at"], "-created_at")
  .extend({
    q: z.string().max(200).optional(),
    status: z.enum(COUPON_STATUSES).optional(),
    /** The coupon that owns a Medusa promotion (the promotion page's widget). */
    promotion_id: z.string().min(1).optional(),
  })
  .strict()
export type AdminListCouponsType = z.infer<typeof AdminListCoupons>

/**
 * POST /admin/coupon-marketing/coupons/:id/codes: picked customers or a customer group; with
 * neither, the coupon's own audience (every customer, or its segment).
 */
export const AdminIssueCouponCodes = z
  .object({
    customer_ids: z.array(z.string().min(1)).min(1).max(100_000).optional(),
    customer_group_id: z.string().min(1).optional(),
  })
  .strict()
  .refine((b) => !(b.customer_ids && b.customer_group_id), {
    message: "Give customer_ids or customer_group_id, not both",
    path: ["customer_group_id"],
  })
export type AdminIssueCouponCodesType = z.infer<typeof AdminIssueCouponCodes>

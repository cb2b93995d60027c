import type { BenefitType, CodeMode, ConditionType, CouponAudience, ValidityType } from "../../../types/coupons"
import type { OfferCompliance, PointsEntryType } from "../../../types/points"
import type { CodeFormPosition, PointsBasis } from "../../../types/settings"
import type { DeliveryStatus } from "./deliveries"

/**
 * The rows the module's generated methods (`listCoupons`, `createExchangeOffers`, …) answer, one
 * per model, as `MedusaService<{ Coupon: { dto: CouponDTO }, … }>` is told (the way Medusa's
 * promotion module types its service). Money (`bigNumber`) reads back as a number.
 */
interface Timestamps {
  created_at: Date
  updated_at: Date
  deleted_at: Date | null
}

export interface CouponSettingsDTO extends Timestamps {
  id: string
  scope: string
  show_code_form: boolean
  code_form_position: CodeFormPosition
  guide_text: string
  show_my_coupons: boolean
  points_basis: PointsBasis
}

export interface CouponDTO extends Timestamps {
  id: string
  name: string
  audience: CouponAudience
  code_mode: CodeMode
  code: string | null
  customer_group_id: string | null
  validity_type: ValidityType
  starts_at: Date | null
  ends_at: Date | null
  valid_days: number | null
  benefit_type: BenefitType
  benefit_value: number | null
  gift_variant_id: string | null
  currency_code: string
  condition_type: ConditionType
  condition_value: number | null
  category_ids: string[]
  per_customer_limit: number | null
  total_limit: number | null
  promotion_id: string | null
  promotion_code: string | null
  codes_issued_at: Date | null
  last_code_expires_at: Date | null
  metadata: Record<string, unknown> | null
}

export interface CouponCodeDTO extends Timestamps {
  id: string
  code: string
  coupon_id: string
  customer_id: string
  max_uses: number
  uses: number
  expires_at: Date | null
  source: string
  source_id: string | null
}

export interface CouponUsageDTO extends Timestamps {
  id: string
  coupon_id: string
  code: string
  coupon_code_id: string | null
  customer_id: string | null
  email: string | null
  cart_id: string
  order_id: string | null
  currency_code: string
  eligible_total: number
  discount_total: number
  released_at: Date | null
  order_display_id: number | null
  ordered_at: Date | null
  orderer_name: string | null
}

export interface CartCouponDTO extends Timestamps {
  id: string
  cart_id: string
  coupon_id: string
  code: string
  coupon_code_id: string | null
  customer_id: string | null
}

export interface CouponArchiveDTO extends Timestamps {
  id: string
  coupon_id: string
  name: string
  audience: string
  code_mode: string
  benefit_type: string
  benefit_value: number | null
  currency_code: string
  starts_at: Date | null
  ended_at: Date | null
  codes_issued: number
  uses: number
  eligible_total: number
  discount_total: number
  purged_at: Date
}

export interface PointsAccountDTO extends Timestamps {
  id: string
  customer_id: string
  balance: number
}

export interface PointsEntryDTO extends Timestamps {
  id: string
  customer_id: string
  type: PointsEntryType
  points: number
  reason: string
  idempotency_key: string
  order_id: string | null
  exchange_id: string | null
  expires_at: Date | null
  remaining: number
  balance_after: number
  created_by: string | null
}

export interface ExchangeOfferDTO extends Timestamps {
  id: string
  name: string
  coupon_id: string
  face_value: number
  threshold: number
  currency_code: string
  points_cost: number
  stock: number
  exchanged_count: number
  per_customer_limit: number | null
  valid_days: number
  starts_at: Date | null
  ends_at: Date | null
  compliance: OfferCompliance
  non_compliant_reason: string | null
  rival_coupon_id: string | null
}

export interface PointsExchangeDTO extends Timestamps {
  id: string
  offer_id: string
  customer_id: string
  points: number
  face_value: number
  currency_code: string
  coupon_id: string
  coupon_code_id: string
  reminded_at: Date | null
}

export interface BudgetEntryDTO extends Timestamps {
  id: string
  type: "deposit" | "draw"
  amount: number
  currency_code: string
  reason: string | null
  deposit_number: string | null
  exchange_id: string | null
  idempotency_key: string
}

export interface BudgetAccountDTO extends Timestamps {
  id: string
  currency_code: string
  deposited: number
  drawn: number
  deposits: number
}

export interface DeliveryDTO extends Timestamps {
  id: string
  key: string
  purpose: string
  channel: string
  customer_id: string | null
  to: string
  template: string
  data: Record<string, unknown> | null
  content: Record<string, unknown> | null
  resource_id: string | null
  resource_type: string | null
  status: DeliveryStatus
  attempts: number
  next_attempt_at: Date
  last_error: string | null
  sent_at: Date | null
  notification_id: string | null
}

/** The DTO configuration handed to `MedusaService`. */
export type CouponMarketingModels = {
  CouponSettings: { dto: CouponSettingsDTO }
  Coupon: { dto: CouponDTO }
  CouponCode: { dto: CouponCodeDTO }
  CouponUsage: { dto: CouponUsageDTO }
  CartCoupon: { dto: CartCouponDTO }
  CouponArchive: { dto: CouponArchiveDTO }
  PointsAccount: { dto: PointsAccountDTO }
  PointsEntry: { dto: PointsEntryDTO }
  ExchangeOffer: { dto: ExchangeOfferDTO }
  PointsExchange: { dto: PointsExchangeDTO }
  BudgetEntry: { dto: BudgetEntryDTO }
  BudgetAccount: { dto: BudgetAccountDTO }
  Delivery: { dto: DeliveryDTO }
}

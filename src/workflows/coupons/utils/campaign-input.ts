import type { CreateCampaignDTO } from "@medusajs/framework/types"
import type { CouponInput } from "../../../types/coupons"

type CampaignSource = Pick<CouponInput, "name" | "validity_type" | "starts_at" | "ends_at">

/**
 * A coupon's window as its Medusa campaign carries it: the coupon's own dates for a window
 * coupon, none for relative validity (each code expires on its own). Medusa's Promotions list
 * reads "Scheduled" / "Expired" from these, and its promotion engine enforces them too, which
 * agrees with the coupon's window ([starts_at, ends_at)).
 */
export function campaignWindow(coupon: CampaignSource): { starts_at: Date | null; ends_at: Date | null } {
  if (coupon.validity_type !== "window") return { starts_at: null, ends_at: null }
  return {
    starts_at: coupon.starts_at ? new Date(coupon.starts_at) : null,
    ends_at: coupon.ends_at ? new Date(coupon.ends_at) : null,
  }
}

/** The campaign a new coupon owns: named as the coupon, identified by the coupon's id, no budget. */
export function campaignFor(couponId: string, coupon: CampaignSource): CreateCampaignDTO {
  return { name: coupon.name.trim(), campaign_identifier: couponId, ...campaignWindow(coupon) }
}

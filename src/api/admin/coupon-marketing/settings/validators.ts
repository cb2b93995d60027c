import { z } from "@medusajs/framework/zod"
import { CODE_FORM_POSITIONS, GUIDE_TEXT_MAX_LENGTH, POINTS_BASES } from "../../../../types/settings"
import { NoParams } from "../../../utils/list-params"

/** GET /admin/coupon-marketing/settings: no parameters. */
export const AdminGetCouponSettings = NoParams

/** POST /admin/coupon-marketing/settings: any subset of the settings; unknown fields are refused. */
export const AdminUpdateCouponSettings = z
  .object({
    show_code_form: z.boolean(),
    code_form_position: z.enum(CODE_FORM_POSITIONS),
    guide_text: z
      .string()
      .max(GUIDE_TEXT_MAX_LENGTH, { message: `must be at most ${GUIDE_TEXT_MAX_LENGTH} characters` }),
    show_my_coupons: z.boolean(),
    points_basis: z.enum(POINTS_BASES),
  })
  .partial()
  .strict()

export type AdminUpdateCouponSettingsType = z.infer<typeof AdminUpdateCouponSettings>

import {
  CouponSettingsValues,
  DEFAULT_COUPON_SETTINGS,
  StoreCouponSettings,
} from "../../../types/settings"

const SETTINGS_KEYS = Object.keys(DEFAULT_COUPON_SETTINGS) as (keyof CouponSettingsValues)[]

/**
 * Keeps only the settings fields of `source`. With `withDefaults`, a missing or null field
 * takes its default, so the answer is always a complete record.
 */
export function pickSettingsValues(source: Partial<CouponSettingsValues>, withDefaults: true): CouponSettingsValues
export function pickSettingsValues(source: Partial<CouponSettingsValues>, withDefaults?: false): Partial<CouponSettingsValues>
export function pickSettingsValues(
  source: Partial<CouponSettingsValues>,
  withDefaults = false
): Partial<CouponSettingsValues> {
  const out: Record<string, unknown> = {}
  for (const key of SETTINGS_KEYS) {
    const value = source[key]
    if (value !== undefined && value !== null) {
      out[key] = value
    } else if (withDefaults) {
      out[key] = DEFAULT_COUPON_SETTINGS[key]
    }
  }
  return out as Partial<CouponSettingsValues>
}

/** What a storefront sees of the settings (COUPON-1, COUPON-2): nothing internal. */
export function toStoreSettings(settings: CouponSettingsValues, timezone: string): StoreCouponSettings {
  return {
    show_code_form: settings.show_code_form,
    code_form_position: settings.code_form_position,
    // A hidden form has no guide text to show.
    guide_text: settings.show_code_form ? settings.guide_text : "",
    show_my_coupons: settings.show_my_coupons,
    timezone,
  }
}

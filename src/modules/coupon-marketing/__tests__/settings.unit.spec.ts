import { pickSettingsValues, toStoreSettings } from "../domain/settings"
import { DEFAULT_COUPON_SETTINGS, GUIDE_TEXT_MAX_LENGTH } from "../../../types/settings"

describe("settings values (COUPON-1, COUPON-2, COUPON-3)", () => {
  it("COUPON-1 the guide text limit is 5,000 characters", () => {
    expect(GUIDE_TEXT_MAX_LENGTH).toBe(5000)
  })

  it("COUPON-1/2/3 defaults: form shown above checkout, empty guide, my coupons on, points after discount", () => {
    expect(DEFAULT_COUPON_SETTINGS).toEqual({
      show_code_form: true,
      code_form_position: "above_checkout",
      guide_text: "",
      show_my_coupons: true,
      points_basis: "after_discount",
      // Issue 11 item 4: no message text of the merchant's: the plugin's own texts apply.
      email_verification_subject: "",
      email_verification_intro: "",
      coupon_push_subject: "",
      coupon_push_intro: "",
      exchange_reminder_subject: "",
      exchange_reminder_intro: "",
    })
  })

  it("keeps only settings fields, and fills defaults on request", () => {
    const row = { id: "cmset_1", scope: "store", guide_text: "Hi", show_code_form: false } as never
    expect(pickSettingsValues(row)).toEqual({ guide_text: "Hi", show_code_form: false })
    expect(pickSettingsValues(row, true)).toEqual({ ...DEFAULT_COUPON_SETTINGS, guide_text: "Hi", show_code_form: false })
  })

  it("keeps false and empty values (they are not missing)", () => {
    expect(pickSettingsValues({ show_my_coupons: false, guide_text: "" }, true)).toMatchObject({
      show_my_coupons: false,
      guide_text: "",
    })
  })

  it("COUPON-1 the storefront view carries the form settings and the time zone, not the points basis", () => {
    const view = toStoreSettings({ ...DEFAULT_COUPON_SETTINGS, guide_text: "Use one coupon" }, "Asia/Tokyo")
    expect(view).toEqual({
      show_code_form: true,
      code_form_position: "above_checkout",
      guide_text: "Use one coupon",
      show_my_coupons: true,
      timezone: "Asia/Tokyo",
    })
    expect(view).not.toHaveProperty("points_basis")
  })

  it("COUPON-1 a hidden code form has no guide text for the storefront", () => {
    const view = toStoreSettings({ ...DEFAULT_COUPON_SETTINGS, show_code_form: false, guide_text: "x" }, "UTC")
    expect(view.guide_text).toBe("")
  })
})

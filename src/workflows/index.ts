export * from "./settings/workflows/update-coupon-settings"
export * from "./settings/steps/save-coupon-settings"

export * from "./coupons"
export * from "./points"

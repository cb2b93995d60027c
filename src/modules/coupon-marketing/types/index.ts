export * from "./coupons"
export * from "./points"
export * from "./deliveries"
export * from "./dto"

export * from "./consume-coupon-use"
export * from "./release-coupon-use"
export * from "./issue-coupon-codes"
export * from "./purge-ended-coupons"

import type { MedusaRequest } from "@medusajs/framework/http"
import { COUPON_MARKETING_MODULE } from "../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../modules/coupon-marketing/service"
import { viewerOf } from "../../utils/viewer"

import { ATTEMPT_WINDOW_SECONDS, MAX_FAILED_ATTEMPTS } from "../../../workflows/coupons/utils/shopper-refusals"
export { ATTEMPT_WINDOW_SECONDS, MAX_FAILED_ATTEMPTS, TOO_MANY_ATTEMPTS } from "../../../workflows/coupons/utils/shopper-refusals"

/**
 * The keys an attempt counts on. The client's address is `req.ip`: what Express makes of
 * Medusa's `trust proxy` setting (one hop), i.e. the address the store's reverse proxy put last
 * in `X-Forwarded-For`. A client cannot reset it by sending its own `X-Forwarded-For` through
 * that proxy (the proxy appends the real address). Exposed without a proxy, Medusa believes the
 * header: see the README ("Throttle and client addresses").
 */
export function attemptKeys(req: MedusaRequest, cartId: string): string[] {
  const keys = [`cart:${cartId}`, `ip:${req.ip ?? req.socket?.remoteAddress ?? "unknown"}`]
  const customer = viewerOf(req)
  if (customer) keys.push(`customer:${customer}`)
  return keys
}

const service = (req: MedusaRequest) => req.scope.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)

/**
 * Takes one attempt before a code is looked at (atomic: parallel attempts each get their own
 * count). False when the window is full: the caller answers 429 without evaluating the code.
 */
export async function takeAttempt(req: MedusaRequest, keys: string[]): Promise<boolean> {
  return (await service(req).takeAttempt(keys, ATTEMPT_WINDOW_SECONDS)) <= MAX_FAILED_ATTEMPTS
}

/** The code was good: its attempt is given back (only failures count). */
export async function releaseAttempt(req: MedusaRequest, keys: string[]): Promise<void> {
  await service(req).releaseAttempt(keys)
}

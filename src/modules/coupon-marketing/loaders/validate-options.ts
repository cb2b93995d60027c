import type { LoaderOptions } from "@medusajs/framework/types"
import { parseCouponMarketingOptions } from "../options"

/**
 * Checks the plugin options when the server starts: bad options stop the server with a
 * message naming the option, instead of failing later at the first coupon.
 */
export default async function validateOptionsLoader({ options }: LoaderOptions<Record<string, unknown>>) {
  parseCouponMarketingOptions(options)
}

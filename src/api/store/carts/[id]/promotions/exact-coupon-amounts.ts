import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refreshPaymentCollectionForCartWorkflow } from "@medusajs/medusa/core-flows"
import { syncCouponAdjustments } from "../../../../../workflows/coupons/utils/sync-adjustments"

/**
 * Medusa's own `POST/DELETE /store/carts/:id/promotions` recompute every promotion of the cart
 * without the refresh hook the plugin uses, which would leave its coupon's amounts unrounded
 * (10 % of ¥1,999 → ¥199.9) on a cart that also takes a store promotion code. This wraps the
 * route's answer: once Medusa is done, the coupon's amounts are made exact again and, if
 * anything changed, the payment collection and the answered cart are refreshed.
 */
export function exactCouponAmounts(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const send = res.json.bind(res)
  res.json = ((body: unknown) => {
    if (res.statusCode >= 400 || !req.params.id) return send(body)
    void (async () => {
      try {
        if (!(await syncCouponAdjustments(req.scope, req.params.id))) return send(body)
        await refreshPaymentCollectionForCartWorkflow(req.scope).run({ input: { cart_id: req.params.id } })
        const fields = (req as unknown as { queryConfig?: { fields?: string[] } }).queryConfig?.fields ?? ["*"]
        const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({ entity: "cart", fields, filters: { id: req.params.id } })
        send({ ...(body as object), cart: data[0] })
      } catch (error) {
        next(error)
      }
    })()
    return res
  }) as typeof res.json
  next()
}

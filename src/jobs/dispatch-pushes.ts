import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { COUPON_MARKETING_MODULE } from "../modules/coupon-marketing"
import type CouponMarketingModuleService from "../modules/coupon-marketing/service"
import { dispatchDuePushesWorkflow } from "../workflows/pushes/workflows/dispatch-due-pushes"

/**
 * Every minute (PUSH-12): due pushes are claimed, their audiences written as deliveries, and
 * finished pushes marked sent. Several workers may run it at once (each push is claimed once;
 * pages are written under the push's lock). The deliveries go out through the
 * `push_deliveries_queued` subscriber and the job coupon-marketing-deliver-messages. With
 * Medusa's Redis workflow engine the tick runs in one worker of the cluster; each run logs one
 * line "dispatch tick" (info when it did something, debug otherwise).
 */
export default async function dispatchPushesJob(container: MedusaContainer) {
  const tick = new Date()
  const result = await dispatchDuePushes(container)
  const busy = result.resolved.length > 0 || result.ended.length > 0
  const line =
    `coupon-marketing: dispatch tick ${tick.toISOString().slice(0, 16)} in process ${process.pid}: ` +
    `${result.resolved.length} push(es) queued (${result.resolved.reduce((n, r) => n + r.deliveries, 0)} deliveries), ${result.ended.length} finished`
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  if (busy) logger.info(line)
  else logger.debug(line)
}

export async function dispatchDuePushes(container: MedusaContainer, now?: Date, options: { page_size?: number; lanes?: number } = {}) {
  const lanes = options.lanes ?? container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE).getOptions().pushes.send_lanes
  const { result } = await dispatchDuePushesWorkflow(container).run({ input: { now, page_size: options.page_size, lanes } })
  return result
}

export const config = {
  name: "coupon-marketing-dispatch-pushes",
  schedule: "* * * * *",
}

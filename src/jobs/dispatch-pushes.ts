import type { MedusaContainer } from "@medusajs/framework/types"
import { dispatchDuePushesWorkflow } from "../workflows/pushes/workflows/dispatch-due-pushes"

/**
 * Every minute (PUSH-12): due pushes are claimed, their audiences written as deliveries, and
 * finished pushes marked sent. Several workers may run it at once (each push is claimed once;
 * pages are written under the push's lock). The deliveries go out through the job
 * coupon-marketing-deliver-messages.
 */
export default async function dispatchPushesJob(container: MedusaContainer) {
  await dispatchDuePushes(container)
}

export async function dispatchDuePushes(container: MedusaContainer, now?: Date, options: { page_size?: number } = {}) {
  const { result } = await dispatchDuePushesWorkflow(container).run({ input: { now, page_size: options.page_size } })
  return result
}

export const config = {
  name: "coupon-marketing-dispatch-pushes",
  schedule: "* * * * *",
}

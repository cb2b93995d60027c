import type { MedusaContainer } from "@medusajs/framework/types"
import { expirePointsWorkflow } from "../workflows/points/workflows/expire-points"

/**
 * Every morning: expires earned points that reached their expiry (POINTS-3). (The exchange
 * reminders of POINTS-8 are the job `exchange-reminders`, through the delivery pipeline.)
 */
export default async function pointsDailyJob(container: MedusaContainer) {
  await expirePointsWorkflow(container).run({ input: { now: new Date() } })
}

export const config = {
  name: "coupon-marketing-points-daily",
  schedule: "0 9 * * *",
}

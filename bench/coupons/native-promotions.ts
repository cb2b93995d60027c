/**
 * Run by the coupons benchmark through `medusa exec` (the app's container, in-process):
 * Medusa's own Promotion Module creating N one-code promotions, each shaped like one
 * individual coupon code would be if every code were its own promotion (standard, active, a
 * code, 10 % off across the items, one rule `customer.groups.id in [group]`), in batches of B
 * per `createPromotions` call. Writes `{ count, batch, calls, seconds }` to the output file.
 *
 *   medusa exec ./bench/coupons/native-promotions.ts <customer_group_id> <count> <batch> <out.json>
 */
import fs from "node:fs"
import { randomBytes } from "node:crypto"
import { Modules } from "@medusajs/framework/utils"
import type { CreatePromotionDTO, ExecArgs, IPromotionModuleService } from "@medusajs/framework/types"

/** A 12-character code like the plugin's individual codes (the alphabet does not matter here). */
function randomCode(): string {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
  const bytes = randomBytes(12)
  let code = ""
  for (const b of bytes) code += alphabet[b % alphabet.length]
  return code
}

function promotion(groupId: string): CreatePromotionDTO {
  return {
    code: randomCode(),
    type: "standard",
    status: "active",
    is_automatic: false,
    application_method: { type: "percentage", target_type: "items", allocation: "across", value: 10, currency_code: "jpy" },
    rules: [{ attribute: "customer.groups.id", operator: "in", values: [groupId] }],
  }
}

export default async function nativePromotions({ container, args }: ExecArgs) {
  const [groupId, countArg, batchArg, outFile] = args
  const count = Number(countArg)
  const batch = Number(batchArg)
  if (!groupId || !(count > 0) || !(batch > 0) || !outFile) {
    throw new Error("usage: native-promotions.ts <customer_group_id> <count> <batch> <out.json>")
  }
  const promotions = container.resolve<IPromotionModuleService>(Modules.PROMOTION)
  // Warm-up: the first call pays for the ORM's metadata and the pool's first connections.
  await promotions.createPromotions([promotion(groupId)])

  let calls = 0
  const started = process.hrtime.bigint()
  for (let done = 0; done < count; done += batch) {
    const n = Math.min(batch, count - done)
    await promotions.createPromotions(Array.from({ length: n }, () => promotion(groupId)))
    calls++
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  fs.writeFileSync(outFile, JSON.stringify({ count, batch, calls, seconds }))
}

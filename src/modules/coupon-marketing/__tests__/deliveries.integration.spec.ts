import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { COUPON_MARKETING_MODULE } from ".."
import CouponMarketingModuleService from "../service"
import { Delivery } from "../models/delivery"
import type { EnqueueDeliveryInput } from "../types/deliveries"

jest.setTimeout(180000)

const message = (key: string, extra: Partial<EnqueueDeliveryInput> = {}): EnqueueDeliveryInput => ({
  key, purpose: "test", channel: "feed", customer_id: "cus_1", to: "cus_1", template: "tpl", data: { n: 1 }, ...extra,
})

moduleIntegrationTestRunner<CouponMarketingModuleService>({
  moduleName: COUPON_MARKETING_MODULE,
  resolve: "./src/modules/coupon-marketing",
  moduleModels: [Delivery],
  moduleOptions: { timezone: "Asia/Tokyo", delivery: { max_attempts: 3, retry_base_seconds: 60 } },
  testSuite: ({ service }) => {
    describe("delivery pipeline", () => {
      it("queues one row per key: queueing twice (or at once) is harmless", async () => {
        const [first] = await service.enqueueDeliveries([message("a"), message("b")])
        expect(first).toMatchObject({ key: "a", status: "pending", attempts: 0, data: { n: 1 } })
        expect(first.notification_id).toMatch(/^noti_/)
        expect(await service.enqueueDeliveries([message("a")])).toEqual([])
        const runs = await Promise.all(Array.from({ length: 20 }, () => service.enqueueDeliveries([message("c"), message("a")])))
        expect(runs.flat().map((d) => d.key)).toEqual(["c"])
        expect(await service.listDeliveries({}, { select: ["id"] })).toHaveLength(3)
      })

      it("claims only due pending rows; runs at once never claim the same row; a claim is leased", async () => {
        const now = new Date()
        await service.enqueueDeliveries(Array.from({ length: 30 }, (_, i) => message(`m${i}`)), now)
        await service.enqueueDeliveries([message("later", { send_at: new Date(now.getTime() + 3600_000) })], now)
        const runs = await Promise.all(Array.from({ length: 6 }, () => service.claimDueDeliveries({ limit: 10, now })))
        const ids = runs.flat().map((d) => d.id)
        expect(ids).toHaveLength(30)
        expect(new Set(ids).size).toBe(30)
        expect(runs.flat().some((d) => d.key === "later")).toBe(false)
        // Leased: not due again until the lease ends.
        expect(await service.claimDueDeliveries({ now })).toEqual([])
        expect(await service.claimDueDeliveries({ now: new Date(now.getTime() + 301_000), limit: 100 })).toHaveLength(30)
      })

      it("a failed send is retried after 60 s, then 120 s, and fails for good at max_attempts; sent and skipped are final", async () => {
        const now = new Date()
        const [d, s, k] = await service.enqueueDeliveries([message("retry"), message("sent"), message("skip", { channel: "sms" })], now)
        let row = await service.recordDeliveryAttempt(d.id, { ok: false, error: "boom 1" }, now)
        expect(row).toMatchObject({ status: "pending", attempts: 1, last_error: "boom 1" })
        expect(new Date(row!.next_attempt_at).getTime() - now.getTime()).toBe(60_000)
        row = await service.recordDeliveryAttempt(d.id, { ok: false, error: "boom 2" }, now)
        expect(row).toMatchObject({ status: "pending", attempts: 2 })
        expect(new Date(row!.next_attempt_at).getTime() - now.getTime()).toBe(120_000)
        row = await service.recordDeliveryAttempt(d.id, { ok: false, error: "boom 3" }, now)
        expect(row).toMatchObject({ status: "failed", attempts: 3, last_error: "boom 3" })
        expect(await service.recordDeliveryAttempt(d.id, { ok: true }, now)).toBeUndefined()

        row = await service.recordDeliveryAttempt(s.id, { ok: true, notification_id: "noti_x" }, now)
        expect(row).toMatchObject({ status: "sent", attempts: 1, notification_id: "noti_x", last_error: null })
        expect(row!.sent_at).not.toBeNull()
        expect(await service.recordDeliveryAttempt(s.id, { ok: false, error: "late" }, now)).toBeUndefined()

        row = await service.recordDeliveryAttempt(k.id, { ok: false, error: "no provider", skip: true }, now)
        expect(row).toMatchObject({ status: "skipped", attempts: 1 })
        expect(await service.claimDueDeliveries({ now: new Date(now.getTime() + 86_400_000) })).toEqual([])
      })
    })
  },
})

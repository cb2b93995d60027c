import { toAdminPush } from "../../../../workflows/pushes/utils/views"
import type { PushRow } from "../../types/pushes"

const row = (over: Partial<PushRow> = {}): PushRow => ({
  id: "cpush_1", type: "advertising", status: "sending", coupon_id: "cpn_1", send_at: new Date("2026-12-04T01:00:00Z"),
  channels: ["email", "feed"], audience: { kind: "followers" }, best_items: { mode: "auto", count: 4 }, banner: null, recipients: 3,
  excluded: { not_verified: 1, "skipped:email": 2, "skipped:feed": 1 }, resolve_cursor: "cus_9", resolved_at: new Date(), started_at: new Date(),
  sent_at: null, cancelled_at: null, planned_recipients: 3, metadata: null, created_at: new Date("2026-12-01T00:00:00Z"), updated_at: new Date(), ...over,
})
const coupon = { id: "cpn_1", name: "Winter", benefit_type: "fixed_amount", benefit_value: "500", currency_code: "jpy" } as never

describe("PUSH-11 the admin's push: counts per channel and progress", () => {
  it("adds the consent skips of the resolution to the pipeline's counts; progress over the push's channels only", () => {
    const counts = { email: { queued: 1, sent: 1, failed: 0, skipped: 0 }, feed: { queued: 0, sent: 3, failed: 0, skipped: 0 }, push: { queued: 0, sent: 0, failed: 0, skipped: 5 } }
    const push = toAdminPush(row(), coupon, counts, "Asia/Tokyo", new Date("2026-12-02T00:00:00Z"))
    expect(push.counts).toEqual({ email: { queued: 1, sent: 1, failed: 0, skipped: 2 }, feed: { queued: 0, sent: 3, failed: 0, skipped: 1 }, push: { queued: 0, sent: 0, failed: 0, skipped: 5 } })
    expect(push.progress).toEqual({ done: 7, total: 8 })
    expect(push.coupon).toEqual({ id: "cpn_1", name: "Winter", benefit_label: "¥500 off" })
    expect(push.send_at_label).toBe("Fri 4 Dec 2026, 10:00 (Asia/Tokyo)")
    expect(push.cancellable).toBe(false) // sending
  })
  it.each<[string, string, boolean]>([
    ["scheduled, 2 days ahead", "2026-12-02T00:00:00Z", true],
    ["scheduled, 23 h ahead", "2026-12-03T02:00:00Z", false],
  ])("cancellable: %s", (_why, now, ok) => {
    const push = toAdminPush(row({ status: "scheduled", excluded: null, recipients: 0 }), coupon, undefined, "Asia/Tokyo", new Date(now))
    expect(push.cancellable).toBe(ok)
    expect(push.cancellable_until.toISOString()).toBe("2026-12-03T01:00:00.000Z")
    expect(push.progress).toEqual({ done: 0, total: 0 })
  })
})

import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { CouponMarketingEvents } from "../../../types/events"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COUPON_MARKETING_MODULE } from "../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../modules/coupon-marketing/service"
import type { PushAudience, PushBestItems } from "../../../types/http/pushes"
import { loadStoreName } from "../../deliveries/utils/email-content"
import { stopwatch } from "../../deliveries/utils/stopwatch"
import { AUDIENCE_PAGE, resolveAudiencePage } from "../utils/audience"
import { loadBestItems, recipientDeliveries, type PushContentContext } from "../utils/content"
import { couponsByIds } from "../utils/views"
import { withPushDispatchLock } from "../utils/dispatch-lock"

const isPermanentRefusal = (e: unknown) =>
  MedusaError.isMedusaError(e) && [MedusaError.Types.NOT_FOUND, MedusaError.Types.NOT_ALLOWED, MedusaError.Types.INVALID_DATA].includes((e as MedusaError).type as never)

export const resolvePushDeliveriesStepId = "coupon-marketing-resolve-push-deliveries"

/**
 * `push_deliveries_queued` for a push whose first page is written and whose audience goes on:
 * emitted at once (not with the workflow's events, which wait for its end), so a worker — this
 * one with the local event bus, any with Redis — sends the written pages while the rest is
 * written. The workflow still emits its `lanes` events at the end; the subscriber is idempotent.
 * A lost event costs nothing: the deliveries job sends what is due every minute.
 */
async function announceQueued(container: MedusaContainer, pushId: string): Promise<void> {
  try {
    await container.resolve(Modules.EVENT_BUS).emit({ name: CouponMarketingEvents.PUSH_DELIVERIES_QUEUED, data: { push_id: pushId, lane: 0, lanes: 1 } })
  } catch (error) {
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`coupon-marketing: push ${pushId}: could not announce its first deliveries (${(error as Error).message}); the deliveries job sends them`)
  }
}

/**
 * PUSH-12/13: resolves each sending push's audience in keyset pages (customer id order) and
 * writes one delivery per recipient and channel they may receive (consent, PUSH-2), the
 * channels they may not counted as skipped. Individual-code coupons: each page's recipients get
 * their own code first (issued now, so relative validity counts from the send; issuing again
 * gives nobody a second code). One dispatcher resolves a push at a time (withPushDispatchLock:
 * another skips it). A page and the push's cursor are written in one transaction,
 * only if no other dispatcher wrote that page first; the unique delivery key keeps any repeat
 * out — a run killed at any point is finished by the next one, with no duplicate and nobody skipped.
 * No compensation: what was written is what the next run resumes from.
 */
export const resolvePushDeliveriesStep = createStep(
  resolvePushDeliveriesStepId,
  async (input: { push_ids: string[] } & ResolveInput, { container }) => {
    const out: { push_id: string; deliveries: number; pages: number }[] = []
    for (const pushId of input.push_ids) {
      const done = await withPushDispatchLock(container, pushId, () => resolvePush(container, pushId, input))
      if (done) out.push(done)
    }
    return new StepResponse(out)
  }
)

type ResolveInput = { now?: Date | string; page_size?: number }

/** Resolves one push's audience from its cursor to the end (under its dispatch lock): null when there was nothing to resolve. */
async function resolvePush(container: MedusaContainer, pushId: string, input: ResolveInput): Promise<{ push_id: string; deliveries: number; pages: number } | null> {
  const svc = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const tz = svc.getOptions().timezone
  const start = await svc.getPushRecord(pushId)
  if (!start || start.status !== "sending" || start.resolved_at) return null
  const now = input.now ? new Date(input.now) : new Date()
  const coupon = (await couponsByIds(container, [start.coupon_id]))[start.coupon_id]
  if (!coupon) {
    logger.error(`coupon-marketing: push ${pushId}: its coupon ${start.coupon_id} no longer exists; nothing is sent`)
    await svc.markPushResolved(pushId, now)
    return null
  }
  const ctx: PushContentContext = {
    push: { id: start.id, banner: start.banner },
    coupon: { ...(coupon as unknown as PushContentContext["coupon"]), benefit_value: coupon.benefit_value == null ? null : Number(coupon.benefit_value), condition_value: coupon.condition_value == null ? null : Number(coupon.condition_value) },
    bestItems: await loadBestItems(container, start.best_items as unknown as PushBestItems, now),
    timezone: tz,
    storeName: await loadStoreName(container),
  }
  let written = 0
  let pages = 0
  let announced = false
  // Where the time goes (the log line at the end): audience, codes, delivery rows, writes.
  const ms = { audience: 0, codes: 0, rows: 0, writes: 0 }
  const { lap, restart } = stopwatch(ms)
  for (let guard = 0; guard < 1_000_000; guard++) {
    restart()
    const push = await svc.getPushRecord(pushId)
    if (!push || push.status !== "sending" || push.resolved_at) break
    const page = await resolveAudiencePage(container, {
      audience: push.audience as unknown as PushAudience, channels: push.channels, coupon: coupon ?? null,
      afterId: push.resolve_cursor ?? "", limit: input.page_size ?? AUDIENCE_PAGE, now,
    })
    lap("audience")
    if (!page.cursor) {
      await svc.markPushResolved(pushId, now)
      break
    }
    // An audience of several pages: what is written goes out while the rest is written.
    if (pages === 1 && !announced) {
      announced = true
      await announceQueued(container, pushId)
    }
    let codes: Record<string, { code: string; expires_at: Date | null }> = {}
    if (coupon?.code_mode === "individual" && page.recipients.length) {
      const ids = page.recipients.map((r) => r.customer.id)
      try {
        await svc.issueCouponCodes({ coupon_id: coupon.id, customer_ids: ids, source: "push", source_id: pushId, once_per_customer: true, now })
      } catch (e) {
        // A refusal that no retry can change (the coupon went, or no longer takes individual
        // codes) ends the audience here: the pages written go out, the rest is not queued.
        // Anything else (the database) fails the run, and the next tick resumes from the cursor.
        if (!isPermanentRefusal(e)) throw e
        logger.error(`coupon-marketing: push ${pushId}: codes cannot be issued (${(e as Error).message}); ${written} deliveries queued, the rest of the audience is not`)
        await svc.markPushResolved(pushId, now)
        break
      }
      codes = await svc.codesOfCustomers(coupon.id, ids, pushId)
    }
    lap("codes")
    const deliveries = page.recipients.flatMap((r) => recipientDeliveries(container, ctx, r, codes[r.customer.id] ?? null))
    lap("rows")
    const wrote = await svc.writePushPage(
      { push_id: pushId, expected_cursor: push.resolve_cursor, cursor: page.cursor, deliveries, recipients: page.recipients.length, excluded: page.excluded },
      now
    )
    lap("writes")
    if (wrote) {
      written += deliveries.length
      pages++
    }
  }
  logger.info(
    `coupon-marketing: push ${pushId}: ${written} deliveries queued in ${pages} pages (audience ${ms.audience} ms, codes ${ms.codes} ms, delivery rows ${ms.rows} ms, writes ${ms.writes} ms)`
  )
  return { push_id: pushId, deliveries: written, pages }
}

import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import type { CreateNotificationDTO, MedusaContainer } from "@medusajs/framework/types"
import { COUPON_MARKETING_MODULE } from "../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../modules/coupon-marketing/service"
import type { DeliveryAttemptResult, DeliveryRow, RecordedDeliveryRow } from "../../../modules/coupon-marketing/types/deliveries"
import { isRenderedEmail, loadEmailContext } from "../utils/email-content"
import { renderDeliveryEmails } from "../utils/email-batch"
import { stopwatch } from "../utils/stopwatch"
import { consentRefusal } from "../../../modules/coupon-marketing/domain/followers"
import { customerEmails, type HostSql } from "../../../modules/coupon-marketing/repositories/host-tables"
import type { ClaimDueDeliveriesInput } from "./claim-due-deliveries"

/**
 * PUSH-2 at send time: the coupon-push deliveries (purpose `push:<id>`) whose recipient may no
 * longer receive them (opted out, unsubscribed or changed their email since they were queued),
 * with the reason. Other messages (reminders, verification) are not marketing: not checked here.
 */
async function withdrawnConsent(container: MedusaContainer, deliveries: DeliveryRow[], now: Date): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  const pushes = deliveries.filter((d) => d.purpose.startsWith("push:") && d.customer_id)
  if (!pushes.length) return out
  const ids = [...new Set(pushes.map((d) => d.customer_id!))]
  const emails = await customerEmails(container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as unknown as HostSql, ids)
  const service = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  const states = await service.getConsentStates(ids.map((id) => ({ id, email: emails.get(id) ?? null })))
  for (const d of pushes) {
    const refusal = consentRefusal(states[d.customer_id!], d.channel, now)
    if (refusal) out.set(d.id, refusal)
  }
  return out
}

export const sendDeliveriesStepId = "coupon-marketing-send-deliveries"

/** A recorded delivery as the workflow's events need it (not its data: step results are copied). */
export type RecordedDelivery = Pick<DeliveryRow, "id" | "purpose" | "channel" | "customer_id" | "attempts" | "last_error" | "status">

/** Where one send run's time went, in ms: the claim (when the step claimed), the consent check, the email render, the Notification Module, the record. */
export type SendPhaseMs = { claim: number; consent: number; render: number; module: number; record: number }

/** What one send run did, per outcome (the rows as recorded), and where its time went. */
export type SendDeliveriesResult = { sent: RecordedDelivery[]; retried: RecordedDelivery[]; failed: RecordedDelivery[]; skipped: RecordedDelivery[]; ms: SendPhaseMs }

/**
 * How the Notification Module refuses a channel the store has no (enabled) provider for: before
 * any send, with "Could not find a notification provider for channel: …" (a NOT_FOUND, but
 * rethrown as a plain Error whose message joins the failures). Such a delivery is skipped, not retried.
 */
export function isMissingProvider(error: unknown): boolean {
  const message = typeof error === "string" ? error : ((error as { message?: string })?.message ?? "")
  return /Could not find a notification provider for channel|Notification provider .* is not enabled/.test(message)
}

/** What the Notification Module's joined error says of one notification (its id named), if anything. */
const FAILURE_START = /(?:Failed to send notification with id |Could not find a notification provider for channel: \S+ for notification id |Notification provider \S+ is not enabled)/g

/**
 * The failures a batch send reported, by notification id. Medusa joins the messages of every
 * failed send into one error; each starts with a known phrase, most name the notification. A
 * failure naming none ("provider … is not enabled") is answered under "" for any failed one.
 */
export function failuresById(message: string): Map<string, string> {
  const starts = [...message.matchAll(FAILURE_START)].map((m) => m.index!)
  const out = new Map<string, string>()
  starts.forEach((start, i) => {
    const part = message.slice(start, starts[i + 1] ?? message.length).trim()
    const id = /notification (?:with )?id (noti_[A-Za-z0-9]+)/.exec(part)?.[1] ?? ""
    if (!out.has(id)) out.set(id, part)
  })
  return out
}

/** A notification as Medusa's module answers it (its DTO type leaves `idempotency_key` out). */
type KeyedNotification = { id: string; idempotency_key?: string | null; status: string }

type Outcome = { delivery: DeliveryRow; result: DeliveryAttemptResult }

/**
 * One batch to the Notification Module: a single `createNotifications` of all of them (one
 * lookup of the idempotency keys, one insert, the sends in parallel, one update), each with its
 * delivery id as `idempotency_key` and the notification id fixed when it was queued. When some
 * sends fail, Medusa throws one joined error after the others went out: the notifications'
 * statuses then say which were sent, and the error's parts why the others were not.
 */
async function sendBatch(container: MedusaContainer, batch: { delivery: DeliveryRow; notification: CreateNotificationDTO }[]): Promise<Outcome[]> {
  if (!batch.length) return []
  const notifications = container.resolve(Modules.NOTIFICATION)
  try {
    const created = ((await notifications.createNotifications(batch.map((b) => b.notification))) ?? []) as unknown as KeyedNotification[]
    const byKey = new Map(created.map((n) => [n.idempotency_key, n.id]))
    return batch.map(({ delivery }) => ({ delivery, result: { ok: true, notification_id: byKey.get(delivery.id) ?? delivery.notification_id } }))
  } catch (error) {
    const message = (error as Error)?.message ?? String(error)
    const keys = batch.map((b) => b.delivery.id)
    let states = new Map<string, { id: string; status: string }>()
    try {
      const filters = { idempotency_key: keys } as Record<string, unknown>
      const rows = (await notifications.listNotifications(filters, { select: ["id", "idempotency_key", "status"], take: keys.length })) as unknown as KeyedNotification[]
      states = new Map(rows.map((n) => [n.idempotency_key!, { id: n.id, status: n.status }]))
    } catch {
      /* unknown: every one is retried (the idempotency keys keep a sent one from going twice) */
    }
    const failures = failuresById(message)
    return batch.map(({ delivery }) => {
      const state = states.get(delivery.id)
      if (state?.status === "success") return { delivery, result: { ok: true, notification_id: state.id } }
      const own = failures.get(state?.id ?? delivery.notification_id ?? "") ?? failures.get("") ?? message
      return { delivery, result: { ok: false, error: own, skip: isMissingProvider(own) } }
    })
  }
}

/** How many notifications go to the Notification Module in one call. */
export const SEND_CHUNK = 250

/**
 * Sends claimed deliveries through the Notification Module in batches (`SEND_CHUNK` a call),
 * each with its own id as `idempotency_key` (a send that went out before is not sent again) and
 * the notification id fixed when it was queued (so a retry after a failed send updates that
 * same notification). Records every attempt in one statement: sent, or the error with the next
 * retry; one channel's (or one message's) failure never stops the others. The `email`
 * deliveries with one of the plugin's templates (the exchange reminder, the push, the
 * verification, the gift) are rendered here with React Email and passed as `content` (subject,
 * HTML, text), so any email provider sends the plugin's own email — alike emails of a push are
 * rendered once (utils/email-batch.ts); data that does not fit its template fails the attempt,
 * named. The merchant's subject and intro of the message type (settings) are used, read once
 * per run. No compensation: a message that went out cannot be taken back.
 */
export const sendDeliveriesStep = createStep(sendDeliveriesStepId, async (input: { deliveries: DeliveryRow[]; now?: Date | string }, { container }) =>
  new StepResponse(await sendDeliveries(container, input.deliveries, input.now ? new Date(input.now) : new Date()))
)

export const claimAndSendDeliveriesStepId = "coupon-marketing-claim-and-send-deliveries"

/**
 * Claims a batch of due deliveries (`for update skip locked` and a lease, like
 * claimDueDeliveriesStep) and sends it (like sendDeliveriesStep), in one step: the claimed rows,
 * messages and all, never become a step's input or output, which the workflow engine would walk
 * and copy (a push's batch of 500 cost it tens of ms). Answers what was sent, as sendDeliveriesStep,
 * with the number claimed. No compensation: an unsent claim comes due again when its lease ends.
 */
export const claimAndSendDeliveriesStep = createStep(claimAndSendDeliveriesStepId, async (input: ClaimDueDeliveriesInput, { container }) => {
  const service = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  const now = input.now ? new Date(input.now) : new Date()
  const started = Date.now()
  const claimed = await service.claimDueDeliveries({ limit: input.limit, now, purposes: input.purposes })
  const claim = Date.now() - started
  const out = await sendDeliveries(container, claimed, now)
  out.ms.claim = claim
  return new StepResponse({ ...out, claimed: claimed.length })
})

/** The body of sendDeliveriesStep: sends the deliveries, records the attempts, answers the rows by outcome. */
async function sendDeliveries(container: MedusaContainer, deliveries: DeliveryRow[], now: Date): Promise<SendDeliveriesResult> {
  const service = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const out: SendDeliveriesResult = { sent: [], retried: [], failed: [], skipped: [], ms: { claim: 0, consent: 0, render: 0, module: 0, record: 0 } }
  const { lap } = stopwatch(out.ms)
  const outcomes: Outcome[] = []
  const withdrawn = await withdrawnConsent(container, deliveries, now)
  lap("consent")
  const emails = deliveries.filter((d) => !withdrawn.has(d.id) && isRenderedEmail(d))
  const rendered = emails.length ? await renderDeliveryEmails(emails, await loadEmailContext(container)) : new Map()
  const toSend: { delivery: DeliveryRow; notification: CreateNotificationDTO }[] = []
  for (const delivery of deliveries) {
    const refusal = withdrawn.get(delivery.id)
    if (refusal) {
      outcomes.push({ delivery, result: { ok: false, error: `Not sent: the customer may no longer receive coupon messages on ${delivery.channel} (${refusal})`, skip: true } })
      continue
    }
    let data = delivery.data ?? {}
    let content = (delivery.content ?? undefined) as CreateNotificationDTO["content"]
    const email = rendered.get(delivery.id)
    if (email instanceof Error) {
      outcomes.push({ delivery, result: { ok: false, error: email.message ?? String(email) } })
      continue
    }
    if (email) ({ data, content } = email)
    toSend.push({
      delivery,
      notification: {
        // Not in Medusa's DTO, but kept by its create (`{ id: generated, ...entry }`): without it a
        // retry after a failure sends, then fails to update a notification that does not exist.
        id: delivery.notification_id,
        to: delivery.to,
        channel: delivery.channel,
        template: delivery.template,
        data,
        content,
        receiver_id: delivery.customer_id,
        resource_id: delivery.resource_id,
        resource_type: delivery.resource_type,
        idempotency_key: delivery.id,
      } as CreateNotificationDTO,
    })
  }
  lap("render")
  for (let i = 0; i < toSend.length; i += SEND_CHUNK) outcomes.push(...(await sendBatch(container, toSend.slice(i, i + SEND_CHUNK))))
  lap("module")

  let rows: RecordedDeliveryRow[] = []
  try {
    rows = await service.recordDeliveryAttempts(outcomes.map((o) => ({ id: o.delivery.id, result: o.result })), now)
  } catch (error) {
    // The rows' lease ends and they come due again; their idempotency keys prevent a second send.
    logger.error(`coupon-marketing: ${outcomes.length} delivery attempts could not be recorded: ${(error as Error).message}`)
  }
  lap("record")
  const errors = new Map(outcomes.flatMap((o) => (o.result.ok ? [] : [[o.delivery.id, o.result.error] as const])))
  for (const full of rows) {
    const row: RecordedDelivery = { id: full.id, purpose: full.purpose, channel: full.channel, customer_id: full.customer_id, attempts: full.attempts, last_error: full.last_error, status: full.status }
    if (row.status === "sent") out.sent.push(row)
    else if (row.status === "skipped") out.skipped.push(row)
    else if (row.status === "failed") out.failed.push(row)
    else out.retried.push(row)
    if (row.status !== "sent" && row.status !== "skipped") {
      logger.warn(`coupon-marketing: delivery ${row.id} (${row.purpose}, ${row.channel}) attempt ${row.attempts} failed: ${errors.get(row.id)}`)
    }
  }
  return out
}


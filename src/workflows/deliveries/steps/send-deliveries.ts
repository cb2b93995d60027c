import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import type { CreateNotificationDTO, MedusaContainer } from "@medusajs/framework/types"
import { COUPON_MARKETING_MODULE } from "../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../modules/coupon-marketing/service"
import type { DeliveryAttemptResult, DeliveryRow } from "../../../modules/coupon-marketing/types/deliveries"
import { isRenderedEmail, loadStoreName, renderDeliveryEmail } from "../utils/email-content"
import { consentRefusal } from "../../../modules/coupon-marketing/domain/followers"
import { customersByIds } from "../../followers/utils/customer"

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
  const customers = await customersByIds(container, ids)
  const service = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  const states = await service.getConsentStates(ids.map((id) => ({ id, email: customers[id]?.email ?? null })))
  for (const d of pushes) {
    const refusal = consentRefusal(states[d.customer_id!], d.channel, now)
    if (refusal) out.set(d.id, refusal)
  }
  return out
}

export const sendDeliveriesStepId = "coupon-marketing-send-deliveries"

/** What one send run did, per outcome (the rows as recorded). */
export type SendDeliveriesResult = { sent: DeliveryRow[]; retried: DeliveryRow[]; failed: DeliveryRow[]; skipped: DeliveryRow[] }

/**
 * How the Notification Module refuses a channel the store has no (enabled) provider for: before
 * any send, with "Could not find a notification provider for channel: …" (a NOT_FOUND, but
 * rethrown as a plain Error whose message joins the failures). Such a delivery is skipped, not retried.
 */
export function isMissingProvider(error: unknown): boolean {
  const message = (error as { message?: string })?.message ?? ""
  return /Could not find a notification provider for channel|Notification provider .* is not enabled/.test(message)
}

/**
 * Sends claimed deliveries through the Notification Module, one at a time, each with its own
 * id as `idempotency_key` (a send that went out before is not sent again) and the notification
 * id fixed when it was queued (so a retry after a failed send updates that same notification).
 * Records each attempt: sent, or the error with the next retry; one channel's failure never
 * stops the others. An `email` delivery with one of the plugin's templates (the exchange
 * reminder, the push, the verification) is rendered here with React Email and passed as
 * `content` (subject, HTML, text), so any email provider sends the plugin's own email; data that
 * does not fit its template fails the attempt, named. No compensation: a message that went out
 * cannot be taken back.
 */
export const sendDeliveriesStep = createStep(
  sendDeliveriesStepId,
  async (input: { deliveries: DeliveryRow[]; now?: Date | string }, { container }) => {
    const service = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
    const notifications = container.resolve(Modules.NOTIFICATION)
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    const out: SendDeliveriesResult = { sent: [], retried: [], failed: [], skipped: [] }
    let storeName: Promise<string> | undefined
    const withdrawn = await withdrawnConsent(container, input.deliveries, input.now ? new Date(input.now) : new Date())
    for (const delivery of input.deliveries) {
      let result: DeliveryAttemptResult
      const refusal = withdrawn.get(delivery.id)
      if (refusal) {
        result = { ok: false, error: `Not sent: the customer may no longer receive coupon messages on ${delivery.channel} (${refusal})`, skip: true }
      } else {
        try {
          let data = delivery.data ?? {}
          let content = (delivery.content ?? undefined) as CreateNotificationDTO["content"]
          if (isRenderedEmail(delivery)) {
            storeName ??= loadStoreName(container)
            ;({ data, content } = await renderDeliveryEmail(delivery, { storeName: await storeName }))
          }
          const notification = {
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
          } as CreateNotificationDTO
          const created = await notifications.createNotifications(notification)
          result = { ok: true, notification_id: created?.id ?? delivery.notification_id }
        } catch (error) {
          result = { ok: false, error: (error as Error).message ?? String(error), skip: isMissingProvider(error) }
        }
      }
      try {
        const row = await service.recordDeliveryAttempt(delivery.id, result, input.now ? new Date(input.now) : new Date())
        if (!row) continue // no longer pending: another run recorded it
        if (row.status === "sent") out.sent.push(row)
        else if (row.status === "skipped") out.skipped.push(row)
        else if (row.status === "failed") out.failed.push(row)
        else out.retried.push(row)
        if (!result.ok && row.status !== "skipped") {
          logger.warn(`coupon-marketing: delivery ${row.id} (${row.purpose}, ${row.channel}) attempt ${row.attempts} failed: ${result.error}`)
        }
      } catch (error) {
        // The row's lease ends and it comes due again; its idempotency key prevents a second send.
        logger.error(`coupon-marketing: delivery ${delivery.id} could not be recorded: ${(error as Error).message}`)
      }
    }
    return new StepResponse(out)
  }
)

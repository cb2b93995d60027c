import type { CustomerOption } from "../../hooks/use-customers"
import type { CompensationOrder, CompensationOrdersResponse, CreatePushBody, PushAudience, PushChannel, PushType } from "../../hooks/use-pushes"

/**
 * The create-push wizard's state, its rules per step (checked before "Next"), the request body
 * it builds, and the server's field errors put back on the step that owns the field.
 */

export const STEPS = ["type", "coupon", "audience", "best_items", "banner", "schedule", "preview"] as const
export type Step = (typeof STEPS)[number]

export const STEP_LABELS: Record<Step, string> = {
  type: "Type",
  coupon: "Coupon",
  audience: "Audience",
  best_items: "Best items",
  banner: "Banner",
  schedule: "Send time",
  preview: "Preview",
}

export const BEST_MIN = 4
export const BEST_MAX = 16

export interface WizardState {
  type: PushType | null
  coupon_id: string | null
  /** advertising */
  followers: "all" | "range"
  followed_from: Date | null
  followed_to: Date | null
  /** compensation: the last answer of the order resolver, and the ticked order ids */
  resolved: CompensationOrdersResponse | null
  order_ids: string[]
  /** direct */
  customers: CustomerOption[]
  customer_group_id: string | null
  /** best items */
  best_mode: "auto" | "manual"
  best_count: string
  product_ids: string[]
  /** banner */
  banner_url: string | null
  banner_link: string
  /** schedule */
  send_at: string | null
  channels: PushChannel[]
}

export const initialState: WizardState = {
  type: null,
  coupon_id: null,
  followers: "all",
  followed_from: null,
  followed_to: null,
  resolved: null,
  order_ids: [],
  customers: [],
  customer_group_id: null,
  best_mode: "auto",
  best_count: "8",
  product_ids: [],
  banner_url: null,
  banner_link: "",
  send_at: null,
  channels: ["email", "feed", "push"],
}

/** A picked calendar day (the date picker's local date) as `YYYY-MM-DD`. */
export function calendarDay(date: Date | null | undefined): string | undefined {
  if (!date) return undefined
  const pad = (n: number) => String(n).padStart(2, "0")
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** The audience as the API takes it (null when the step is not filled yet). */
export function audienceOf(s: WizardState): PushAudience | null {
  switch (s.type) {
    case "advertising":
      if (s.followers === "all") return { kind: "followers" }
      return {
        kind: "followers",
        ...(s.followed_from ? { followed_from: calendarDay(s.followed_from) } : {}),
        ...(s.followed_to ? { followed_to: calendarDay(s.followed_to) } : {}),
      }
    case "compensation":
      return s.order_ids.length ? { kind: "orders", order_ids: s.order_ids } : null
    case "direct":
      if (!s.customers.length && !s.customer_group_id) return null
      return {
        kind: "customers",
        ...(s.customers.length ? { customer_ids: s.customers.map((c) => c.id) } : {}),
        ...(s.customer_group_id ? { customer_group_id: s.customer_group_id } : {}),
      }
    default:
      return null
  }
}

export function bodyOf(s: WizardState): CreatePushBody | null {
  const audience = audienceOf(s)
  if (!s.type || !s.coupon_id || !audience) return null
  return {
    type: s.type,
    coupon_id: s.coupon_id,
    audience,
    best_items: s.best_mode === "auto" ? { mode: "auto", count: Number(s.best_count) } : { mode: "manual", product_ids: s.product_ids },
    banner: s.banner_url ? { url: s.banner_url, link_url: s.banner_link.trim() } : null,
    ...(s.send_at ? { send_at: s.send_at } : {}),
    channels: s.channels,
  }
}

export type StepErrors = Partial<Record<Step, string>>

const isUrl = (v: string) => {
  try {
    const u = new URL(v)
    return u.protocol === "http:" || u.protocol === "https:"
  } catch {
    return false
  }
}

/** What stops the admin leaving a step, in their words (null: the step is complete). */
export function stepProblem(step: Step, s: WizardState): string | null {
  switch (step) {
    case "type":
      return s.type ? null : "Choose what kind of push to send."
    case "coupon":
      return s.coupon_id ? null : "Choose the coupon to send."
    case "audience":
      if (s.type === "advertising" && s.followers === "range" && !s.followed_from && !s.followed_to)
        return "Choose a first or last follow day, or send to all followers."
      if (s.type === "advertising" && s.followed_from && s.followed_to && s.followed_from > s.followed_to)
        return "The first follow day must be on or before the last one."
      if (s.type === "compensation") return s.order_ids.length ? null : "Upload or paste order numbers, and tick at least one order."
      if (s.type === "direct") return s.customers.length || s.customer_group_id ? null : "Pick at least one customer or a customer group."
      return null
    case "best_items": {
      if (s.best_mode === "auto") {
        const n = Number(s.best_count)
        return Number.isInteger(n) && n >= BEST_MIN && n <= BEST_MAX ? null : `Show between ${BEST_MIN} and ${BEST_MAX} best items.`
      }
      if (!s.product_ids.length) return "Pick at least one product, or let the store choose its best sellers."
      return s.product_ids.length <= BEST_MAX ? null : `Pick at most ${BEST_MAX} products.`
    }
    case "banner":
      if (!s.banner_url) return s.banner_link.trim() ? "Upload a banner image for this link, or clear the link." : null
      return isUrl(s.banner_link.trim()) ? null : "Enter the address the banner links to (https://…)."
    case "schedule":
      return s.send_at ? null : "Choose a send time."
    case "preview":
      return s.channels.length ? null : "Choose at least one channel."
  }
}

const FIELD_STEP: Record<string, Step> = {
  type: "type",
  coupon_id: "coupon",
  coupon: "coupon",
  audience: "audience",
  order_ids: "audience",
  customer_ids: "audience",
  customer_group_id: "audience",
  followed_from: "audience",
  followed_to: "audience",
  best_items: "best_items",
  product_ids: "best_items",
  banner: "banner",
  send_at: "schedule",
  channels: "preview",
}

/**
 * A refused request's message ("field: reason", several on lines or joined by "; ", or Medusa's
 * "Invalid request: Value for field 'x' …") as errors of the steps owning the fields; what
 * names no known field is kept apart.
 */
export function stepErrorsOf(message: string): { steps: StepErrors; other: string[] } {
  const steps: StepErrors = {}
  const other: string[] = []
  const parts = message
    .replace(/^Invalid request:\s*/, "")
    .split(/\n|;\s+(?=[a-z_.[\]0-9]+:\s|Value for field)/)
    .map((p) => p.trim())
    .filter(Boolean)
  for (const part of parts) {
    const named = /^([a-z_]+)(?:[.[][a-z_.[\]0-9]*)?:\s*([\s\S]*)$/.exec(part)
    const zod = /field '([a-z_]+)/.exec(part)
    const field = named?.[1] ?? zod?.[1]
    const text = named ? named[2] : part
    const step = field ? FIELD_STEP[field] : undefined
    if (step) steps[step] = steps[step] ? `${steps[step]} ${text}` : text
    else other.push(part)
  }
  return { steps, other }
}

/** The ticked orders of a resolver answer (all of them, the first time). */
export function allOrderIds(orders: CompensationOrder[]): string[] {
  return [...new Set(orders.map((o) => o.order_id))]
}

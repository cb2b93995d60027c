import { renderEmail, type RenderedEmail } from "../../../emails"
import type { DeliveryRow } from "../../../modules/coupon-marketing/types/deliveries"
import { emailRenderInput, type EmailRenderContext } from "./email-content"

/**
 * Renders many emails of the delivery pipeline at once, fast: a push sends the same email to
 * thousands of people, who differ only in a few texts (their name, their code, their unsubscribe
 * link). React Email takes milliseconds per render, so rendering each one would cost minutes
 * for a big push. Instead, the emails of one batch that share their template and every value
 * but some texts are rendered once, with a placeholder for each text that differs, and each
 * recipient's email is that render with their own texts put in (HTML-escaped in the HTML).
 *
 * It stays exact, and checks itself:
 * - a value that is not plain text (not a string, or any difference of shape) makes another group;
 * - a text with characters the templates might treat specially (line breaks, runs of spaces,
 *   anything outside letters, digits and common punctuation) is rendered on its own;
 * - each shared render is compared with true renders of the first and last email of its group,
 *   and the group is rendered email by email when they differ (a template that reformats a
 *   value, for example).
 * The plain text has no hard line wrapping (render.tsx), so a longer name moves nothing else.
 */

/** A placeholder: characters of Unicode's private use area, which no text of the store contains,
 *  that no template transform (upper-casing, code grouping, escaping) changes. */
const PLACEHOLDER_BASE = 0xe000
const MAX_PLACEHOLDERS = 0x700

/** The placeholder of the i-th differing text; a link's is a link (the templates check links). */
function placeholder(i: number, value: string): string {
  const mark = String.fromCharCode(PLACEHOLDER_BASE, PLACEHOLDER_BASE + 0x100 + i)
  return /^https?:\/\//i.test(value) ? `https://placeholder.invalid/${mark}` : mark
}

/** Texts safe to put into a shared render: what a template prints as given. */
const PLAIN_TEXT = /^(?:[\p{L}\p{N}.,:;@/?=&%+_~#!()'*$-]+(?: [\p{L}\p{N}.,:;@/?=&%+_~#!()'*$-]+)*)?$/u

/** How React escapes text and attribute values (react-dom's escapeTextForBrowser). */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" })[c]!)
}

type Leaf = { path: string; value: unknown }

/** Every leaf of a JSON value with its path. */
function leaves(value: unknown, path = "", out: Leaf[] = []): Leaf[] {
  if (Array.isArray(value)) value.forEach((v, i) => leaves(v, `${path}/${i}`, out))
  else if (value && typeof value === "object" && !(value instanceof Date)) {
    for (const key of Object.keys(value).sort()) leaves((value as Record<string, unknown>)[key], `${path}/${key.replace(/[~/]/g, "~$&")}`, out)
    if (!Object.keys(value).length) out.push({ path, value: {} })
  } else out.push({ path, value })
  return out
}

/** `value` with the leaves at `paths` replaced by `replace(path)`. */
function withLeaves(value: unknown, paths: Map<string, string>, path = ""): unknown {
  if (paths.has(path)) return paths.get(path)
  if (Array.isArray(value)) return value.map((v, i) => withLeaves(v, paths, `${path}/${i}`))
  if (value && typeof value === "object" && !(value instanceof Date)) {
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(value)) out[key] = withLeaves((value as Record<string, unknown>)[key], paths, `${path}/${key.replace(/[~/]/g, "~$&")}`)
    return out
  }
  return value
}

type Member = { id: string; template: string; data: Record<string, unknown>; display: Record<string, unknown>; overrides: unknown; leaves: Map<string, unknown> }
export type BatchRendered = { data: Record<string, unknown>; content: RenderedEmail }

/** Figures of one call (tests and benchmarks read them). */
export type EmailBatchStats = { emails: number; renders: number; shared: number; fallbacks: number }

function fill(skeleton: RenderedEmail, placeholders: [string, string][]): RenderedEmail {
  let { subject, html, text } = skeleton
  for (const [mark, value] of placeholders) {
    subject = subject.split(mark).join(value)
    html = html.split(mark).join(escapeHtml(value))
    text = text.split(mark).join(value)
  }
  return { subject: subject.replace(/\s+/g, " ").trim(), html, text }
}

const same = (a: RenderedEmail, b: RenderedEmail) => a.subject === b.subject && a.html === b.html && a.text === b.text

/**
 * Renders the email deliveries given (plugin templates on `email`), as renderDeliveryEmail
 * would one by one. Answers, per delivery id, the notification's data and content, or the
 * error of a delivery whose data does not fit its template (that attempt fails, named).
 */
export async function renderDeliveryEmails(
  deliveries: Pick<DeliveryRow, "id" | "template" | "data">[],
  context: EmailRenderContext,
  stats: EmailBatchStats = { emails: 0, renders: 0, shared: 0, fallbacks: 0 }
): Promise<Map<string, BatchRendered | Error>> {
  const out = new Map<string, BatchRendered | Error>()
  const renderOne = async (m: Member): Promise<RenderedEmail> => {
    stats.renders++
    return await renderEmail(m.template, m.display, m.overrides as never)
  }
  const settle = async (m: Member) => {
    try {
      out.set(m.id, { data: m.data, content: await renderOne(m) })
    } catch (error) {
      out.set(m.id, error as Error)
    }
  }
  stats.emails += deliveries.length

  // Members by template and merchant texts; within those, which texts differ.
  const byTemplate = new Map<string, Member[]>()
  for (const d of deliveries) {
    const input = emailRenderInput(d, context)
    const m: Member = { id: d.id, template: d.template, data: input.data, display: input.display, overrides: input.overrides, leaves: new Map() }
    for (const leaf of leaves(m.display)) m.leaves.set(leaf.path, leaf.value)
    const key = `${d.template}\u0000${JSON.stringify(m.overrides)}`
    byTemplate.set(key, [...(byTemplate.get(key) ?? []), m])
  }
  for (const members of byTemplate.values()) {
    const varying = new Set<string>()
    const first = members[0].leaves
    for (const m of members.slice(1)) {
      for (const [path, value] of m.leaves) if (typeof value === "string" && first.get(path) !== value) varying.add(path)
      for (const [path, value] of first) if (typeof value === "string" && m.leaves.get(path) !== value) varying.add(path)
    }
    // Groups of members alike in every value but the varying texts (and plain texts there).
    const groups = new Map<string, { marks: Map<string, string>; members: Member[] }>()
    const alone: Member[] = []
    for (const m of members) {
      const texts = [...varying].filter((p) => typeof m.leaves.get(p) === "string")
      if (members.length < 3 || texts.length > MAX_PLACEHOLDERS || texts.some((p) => !PLAIN_TEXT.test(m.leaves.get(p) as string))) {
        alone.push(m)
        continue
      }
      const marks = new Map(texts.map((p, i) => [p, placeholder(i, m.leaves.get(p) as string)]))
      const key = JSON.stringify(withLeaves(m.display, marks))
      const group = groups.get(key) ?? { marks, members: [] }
      group.members.push(m)
      groups.set(key, group)
    }
    for (const m of alone) await settle(m)
    for (const { marks, members: group } of groups.values()) {
      if (group.length < 3) {
        for (const m of group) await settle(m)
        continue
      }
      const valuesOf = (m: Member): [string, string][] => [...marks].map(([path, mark]) => [mark, m.leaves.get(path) as string])
      let skeleton: RenderedEmail | undefined
      try {
        stats.renders++
        skeleton = await renderEmail(group[0].template, withLeaves(group[0].display, marks) as Record<string, unknown>, group[0].overrides as never)
      } catch {
        skeleton = undefined // a placeholder the template refuses (a format check): one by one
      }
      let ok = !!skeleton
      for (const probe of ok ? [group[0], group[group.length - 1]] : []) {
        try {
          const truth = await renderOne(probe)
          if (!same(truth, fill(skeleton!, valuesOf(probe)))) ok = false
        } catch {
          ok = false
        }
      }
      if (!ok) {
        stats.fallbacks++
        for (const m of group) await settle(m)
        continue
      }
      stats.shared += group.length
      for (const m of group) out.set(m.id, { data: m.data, content: fill(skeleton!, valuesOf(m)) })
    }
  }
  return out
}

/**
 * The plugin's 400s (`{ type, message }`) put under the fields they name. The points routes
 * answer their rules as "field: reason" lines (several joined by "\n"); Medusa's request
 * validation answers "Invalid request: Value for field 'x' …" (several joined by "; ").
 */

export type FieldErrors<F extends string> = Partial<Record<F, string>>

/** The rules end with what they got ("…, got NaN"): the input under the message shows it already. */
export function tidyMessage(message: string): string {
  return message.replace(/, got [^,]*$/, "")
}

/** Problems of the rules, grouped by field (several problems of one field on one line); the others apart. */
export function groupFieldErrors<F extends string>(
  problems: readonly { field: string; message: string }[],
  fields: readonly F[]
): { fields: FieldErrors<F>; other: string[] } {
  const byField: FieldErrors<F> = {}
  const other: string[] = []
  for (const { field, message: raw } of problems) {
    const message = tidyMessage(raw)
    if ((fields as readonly string[]).includes(field)) {
      const f = field as F
      byField[f] = byField[f] ? `${byField[f]} ${message}` : message
    } else {
      other.push(message)
    }
  }
  return { fields: byField, other }
}

/**
 * A refused request's message, split by the fields it names: "field: reason" parts (one per
 * line, or joined by "; "; nested fields dotted: "prizes.0.coupon_id: reason"), a unique index
 * ("… with code: SALE-10, already exists."), or Medusa's request validation ("Value for field
 * 'amount' too big, …").
 */
export function parseFieldErrors<F extends string>(message: string, fields: readonly F[]): { fields: FieldErrors<F>; other: string[] } {
  const parts = message
    .replace(/^Invalid request:\s*/, "")
    .split(/\n|;\s+(?=[a-z_]+(?:\.[a-z0-9_]+)*:\s|Value for field|Unrecognized|Invalid)/)
    .map((p) => p.trim())
    .filter(Boolean)
  const problems = parts.map((part) => {
    // "name: …", or a nested field "prizes.0.coupon_id: …".
    const named = /^([a-z_]+(?:\.[a-z0-9_]+)*):\s*([\s\S]*)$/.exec(part)
    if (named) return { field: named[1], message: named[2] }
    // A unique index: "Cm coupon with code: SALE-10, already exists."
    const duplicate = /with ([a-z_]+): (.*?),? already exists/i.exec(part)
    if (duplicate) return { field: duplicate[1], message: `${duplicate[2]} is already used by another coupon` }
    // Medusa's request validation: "Value for field 'amount' too big, expected at most: '1000000'"
    // (a nested field's path comes as 'prizes, 0, amount': named "prizes.0.amount").
    const zod = /field '([a-z_]+(?:, [a-z0-9_]+)*)'/.exec(part)
    return { field: zod?.[1].replace(/, /g, ".") ?? "", message: part }
  })
  return groupFieldErrors(problems, fields)
}

/**
 * A key for a request that must not count twice (an adjustment retried after a lost answer).
 * `crypto.randomUUID` exists only in secure contexts; `getRandomValues` everywhere.
 */
export function newIdempotencyKey(prefix = "admin"): string {
  const bytes = new Uint8Array(16)
  crypto.getRandomValues(bytes)
  return `${prefix}-${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`
}

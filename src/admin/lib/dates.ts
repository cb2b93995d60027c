/** `<input type="datetime-local">` values, in the browser's own time zone. */

const pad = (n: number) => String(n).padStart(2, "0")

/** A date as a datetime-local value in the browser's time zone ("2026-12-01T10:00"). */
export function toLocalInput(value: Date | string | null | undefined): string {
  if (!value) return ""
  const d = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(d.getTime())) return ""
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`
}

/** A datetime-local value as an ISO instant (the browser reads it in its own zone); bad input is kept as typed. */
export function fromLocalInput(value: string): string | null {
  if (!value.trim()) return null
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return value
  const d = new Date(value)
  return Number.isNaN(d.getTime()) ? value : d.toISOString()
}

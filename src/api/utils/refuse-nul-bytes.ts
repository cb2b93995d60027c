import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/** The first path (`reason`, `items.0.name`) in a JSON value whose text holds a NUL character. */
export function nulBytePath(value: unknown, path = ""): string | null {
  if (typeof value === "string") return value.includes("\u0000") ? path || "value" : null
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = nulBytePath(value[i], path ? `${path}.${i}` : String(i))
      if (found) return found
    }
    return null
  }
  if (value && typeof value === "object") {
    for (const [key, v] of Object.entries(value)) {
      if (key.includes("\u0000")) return path ? `${path}.${key}` : key
      const found = nulBytePath(v, path ? `${path}.${key}` : key)
      if (found) return found
    }
  }
  return null
}

/** An id in the path (`/store/carts/%00/coupon`) is text too. */
function pathHasNul(path: string): boolean {
  if (!path.includes("%")) return false
  try {
    return decodeURIComponent(path).includes("\u0000")
  } catch {
    return false
  }
}

/**
 * Postgres text cannot hold a NUL character (`\u0000`): a body or query carrying one would
 * reach the database and fail with 500. Every plugin route refuses it first, naming the field.
 */
export function refuseNulBytes(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const field = (pathHasNul(req.path) ? "id" : null) ?? nulBytePath(req.body) ?? nulBytePath(req.query)
  if (field) return next(new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: ${field} must not contain NUL characters`))
  next()
}

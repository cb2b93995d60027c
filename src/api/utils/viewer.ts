import type { MedusaRequest } from "@medusajs/framework/http"

/** The logged-in customer making a store request (Medusa authenticates every store route, allowing guests), or null. */
export function viewerOf(req: MedusaRequest): string | null {
  return (req as MedusaRequest & { auth_context?: { actor_id?: string } }).auth_context?.actor_id ?? null
}

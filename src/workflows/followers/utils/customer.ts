import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export interface FollowerCustomer {
  id: string
  email: string | null
  first_name: string | null
  last_name: string | null
}

/** Customers by id from the Customer Module (the ones that exist). */
export async function customersByIds(container: MedusaContainer, ids: string[]): Promise<Record<string, FollowerCustomer>> {
  if (!ids.length) return {}
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "customer", fields: ["id", "email", "first_name", "last_name"], filters: { id: ids } })
  return Object.fromEntries((data as FollowerCustomer[]).map((c) => [c.id, c]))
}

/** The ids of customers whose name or email matches `q` (the Customer Module's own search). */
export async function searchCustomerIds(container: MedusaContainer, q: string): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "customer", fields: ["id"], filters: { q } as never })
  return (data as { id: string }[]).map((c) => c.id)
}

/** "Hanako Yamada", or the email when the customer gave no name. */
export function customerName(c: Pick<FollowerCustomer, "first_name" | "last_name" | "email"> | undefined): string {
  const name = [c?.first_name, c?.last_name].filter(Boolean).join(" ").trim()
  return name || c?.email || ""
}

import { useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"

/** Medusa's product categories (its own admin API): what a coupon may target. */

export interface CategoryOption {
  id: string
  name: string
  /** "Tea / Green tea": the names of its ancestors and its own. */
  path: string
}

/** GET /admin/product-categories?limit=100: the categories a coupon may target (COUPON-12). */
export function useProductCategories() {
  return useQuery({
    queryKey: ["coupon-marketing", "product-categories"],
    queryFn: () =>
      sdk.client.fetch<{ product_categories: { id: string; name: string; parent_category_id: string | null }[] }>(
        "/admin/product-categories",
        { query: { limit: 100, fields: "id,name,parent_category_id" } }
      ),
    select: (data): CategoryOption[] => {
      const byId = new Map(data.product_categories.map((c) => [c.id, c]))
      const pathOf = (id: string): string => {
        const names: string[] = []
        const seen = new Set<string>()
        for (let c = byId.get(id); c && !seen.has(c.id); c = c.parent_category_id ? byId.get(c.parent_category_id) : undefined) {
          seen.add(c.id)
          names.unshift(c.name)
        }
        return names.join(" / ")
      }
      return data.product_categories
        .map((c) => ({ id: c.id, name: c.name, path: pathOf(c.id) }))
        .sort((a, b) => a.path.localeCompare(b.path))
    },
    staleTime: 60 * 1000,
  })
}

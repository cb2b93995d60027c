import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"

/** A product variant as the pickers show it: its product's title, its own title and SKU. */
export interface VariantOption {
  id: string
  title: string | null
  sku: string | null
  product_id: string | null
  product_title: string | null
}

/** "Green tea 100 g · Large (TEA-100-L)". */
export function variantLabel(v: VariantOption): string {
  const name = [v.product_title, v.title].filter(Boolean).join(" · ") || v.id
  return v.sku ? `${name} (${v.sku})` : name
}

type VariantRow = { id: string; title?: string | null; sku?: string | null }

/**
 * GET /admin/products?q (Medusa's own admin API, through the js-sdk): one page of products
 * matching a search, flattened to their variants (the gift benefit's picker).
 */
export function useVariantSearch(q: string, enabled = true) {
  return useQuery({
    queryKey: ["coupon-marketing", "products", "variant-search", q],
    queryFn: () =>
      sdk.admin.product.list({
        limit: 20,
        offset: 0,
        fields: "id,title,variants.id,variants.title,variants.sku",
        ...(q ? { q } : {}),
      }),
    select: (data): { variants: VariantOption[]; products: number; count: number } => ({
      variants: data.products.flatMap((p) =>
        ((p.variants ?? []) as VariantRow[]).map((v) => ({
          id: v.id,
          title: v.title ?? null,
          sku: v.sku ?? null,
          product_id: p.id,
          product_title: p.title ?? null,
        }))
      ),
      products: data.products.length,
      count: data.count,
    }),
    placeholderData: keepPreviousData,
    enabled,
    staleTime: 30 * 1000,
  })
}

/** GET /admin/product-variants?id=…: a chosen variant, by its product and titles (null once deleted). */
export function useVariant(id: string | null | undefined) {
  return useQuery({
    queryKey: ["coupon-marketing", "products", "variant", id ?? ""],
    queryFn: () => sdk.admin.productVariant.list({ id: [id as string], limit: 1, fields: "id,title,sku,product.id,product.title" }),
    select: (data): VariantOption | null => {
      const v = data.variants[0] as (VariantRow & { product?: { id: string; title?: string | null } | null }) | undefined
      return v
        ? { id: v.id, title: v.title ?? null, sku: v.sku ?? null, product_id: v.product?.id ?? null, product_title: v.product?.title ?? null }
        : null
    },
    enabled: !!id,
    staleTime: 60 * 1000,
  })
}

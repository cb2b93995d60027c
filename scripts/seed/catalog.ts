/** The catalogue: three categories and twenty published products priced in JPY and EUR. */
import type { CreateProductWorkflowInputDTO, ProductCategoryDTO, SalesChannelDTO } from "@medusajs/framework/types"
import { Modules, ProductStatus } from "@medusajs/framework/utils"
import { createProductCategoriesWorkflow, createProductsWorkflow } from "@medusajs/medusa/core-flows"
import type { SeedContext } from "./context"
import { CATEGORIES, PRODUCTS } from "./demo-data"


/** Returns category id by handle. */
export async function ensureCategories(ctx: SeedContext): Promise<Map<string, string>> {
  const products = ctx.container.resolve(Modules.PRODUCT)
  const handles = CATEGORIES.map((c) => c.handle)
  const existing = await products.listProductCategories({ handle: handles })

  const missing = CATEGORIES.filter((c) => !existing.some((e) => e.handle === c.handle))
  let created: ProductCategoryDTO[] = []
  if (missing.length) {
    const { result } = await createProductCategoriesWorkflow(ctx.container).run({
      input: {
        product_categories: missing.map((c) => ({
          name: c.name,
          handle: c.handle,
          description: c.description,
          is_active: true,
          is_internal: false,
        })),
      },
    })
    created = result
    ctx.progress.created("product categories", missing.map((c) => c.name).join(", "))
  } else {
    ctx.progress.alreadyPresent("product categories")
  }
  return new Map([...existing, ...created].map((c) => [c.handle, c.id]))
}

export async function ensureProducts(
  ctx: SeedContext,
  categoryIds: Map<string, string>,
  salesChannel: SalesChannelDTO
): Promise<void> {
  const productService = ctx.container.resolve(Modules.PRODUCT)
  const fulfillment = ctx.container.resolve(Modules.FULFILLMENT)

  const existing = await productService.listProducts({ handle: PRODUCTS.map((p) => p.handle) }, { select: ["handle"] })
  const present = new Set(existing.map((p) => p.handle))
  const missing = PRODUCTS.filter((p) => !present.has(p.handle))
  if (!missing.length) {
    ctx.progress.alreadyPresent("products")
    return
  }

  const [profile] = await fulfillment.listShippingProfiles({ type: "default" })
  const products: CreateProductWorkflowInputDTO[] = missing.map((p) => {
    const categoryId = categoryIds.get(p.category)
    if (!categoryId) {
      throw new Error(`Unknown category "${p.category}" for product "${p.handle}"`)
    }
    return {
      title: p.title,
      handle: p.handle,
      description: p.description,
      status: ProductStatus.PUBLISHED,
      category_ids: [categoryId],
      shipping_profile_id: profile?.id,
      sales_channels: [{ id: salesChannel.id }],
      options: [{ title: p.option_title, values: p.variants.map((v) => v.option_value) }],
      variants: p.variants.map((v) => ({
        title: v.title,
        sku: v.sku,
        manage_inventory: false,
        options: { [p.option_title]: v.option_value },
        prices: [
          { currency_code: "jpy", amount: v.jpy },
          { currency_code: "eur", amount: v.eur },
        ],
      })),
    }
  })
  await createProductsWorkflow(ctx.container).run({ input: { products } })
  ctx.progress.created("products", `${missing.length} (of ${PRODUCTS.length})`)
}


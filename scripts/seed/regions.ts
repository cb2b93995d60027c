/**
 * Regions and taxes: a JPY region (Japan) and a EUR region (five countries), both pricing
 * tax-inclusive, with a country-level tax region per country.
 */
import type { RegionDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createRegionsWorkflow, createTaxRegionsWorkflow, updateRegionsWorkflow } from "@medusajs/medusa/core-flows"
import type { Regions, SeedContext } from "./context"
import { PAYMENT_PROVIDER_ID, REGIONS, type RegionKey, TAX_PROVIDER_ID, TAX_RATES } from "./demo-data"

export async function ensureRegions(ctx: SeedContext): Promise<Regions> {
  const query = ctx.container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "region",
    fields: ["id", "name", "currency_code", "payment_providers.id"],
    filters: { name: REGIONS.map((r) => r.name) },
  })
  const existing = data as (RegionDTO & { payment_providers?: { id: string }[] })[]

  const missing = REGIONS.filter((seed) => !existing.some((r) => r.name === seed.name))
  let created: RegionDTO[] = []
  if (missing.length) {
    const { result } = await createRegionsWorkflow(ctx.container).run({
      input: {
        regions: missing.map((r) => ({
          name: r.name,
          currency_code: r.currency_code,
          countries: r.countries,
          automatic_taxes: true,
          // Japanese and EU consumer prices include tax (creates the region's price preference).
          is_tax_inclusive: true,
          payment_providers: [PAYMENT_PROVIDER_ID],
        })),
      },
    })
    created = result
    ctx.progress.created("regions", missing.map((r) => r.name).join(", "))
  }

  // A region made by hand (or an older run) may lack the system payment provider.
  for (const region of existing) {
    const providers = (region.payment_providers ?? []).map((p) => p.id)
    if (!providers.includes(PAYMENT_PROVIDER_ID)) {
      await updateRegionsWorkflow(ctx.container).run({
        input: { selector: { id: region.id }, update: { payment_providers: [...providers, PAYMENT_PROVIDER_ID] } },
      })
      ctx.progress.created("regions", `payment provider ${PAYMENT_PROVIDER_ID} on ${region.name}`)
    }
  }
  if (!missing.length) {
    ctx.progress.alreadyPresent("regions")
  }

  const all: RegionDTO[] = [...existing, ...created]
  const byKey = (key: RegionKey): RegionDTO => {
    const name = REGIONS.find((r) => r.key === key)!.name
    const region = all.find((r) => r.name === name)
    if (!region) {
      throw new Error(`Region "${name}" was neither found nor created`)
    }
    return region
  }
  return { japan: byKey("japan"), europe: byKey("europe") }
}

/**
 * Both regions price tax-inclusive, as Japanese and EU consumer prices are. Medusa reads this
 * from price preferences: the region's (`attribute: "region_id"`) for prices with a region
 * rule (shipping), the currency's (`attribute: "currency_code"`) for the others (products,
 * priced per currency). A database seeded before this, or a region made by hand, is mended:
 * a missing preference is created, a tax-exclusive one switched.
 */
export async function ensureTaxInclusivePrices(ctx: SeedContext, regions: Regions): Promise<void> {
  const pricing = ctx.container.resolve(Modules.PRICING)
  const wanted = [
    ...Object.values(regions).map((r) => ({ attribute: "region_id", value: r.id, label: `region ${r.name}` })),
    ...REGIONS.map((r) => ({ attribute: "currency_code", value: r.currency_code, label: r.currency_code.toUpperCase() })),
  ]
  const existing = await pricing.listPricePreferences({ value: wanted.map((w) => w.value) })
  const changed: string[] = []
  for (const want of wanted) {
    const found = existing.find((p) => p.attribute === want.attribute && p.value === want.value)
    if (found?.is_tax_inclusive) continue
    if (found) await pricing.updatePricePreferences(found.id, { is_tax_inclusive: true })
    else await pricing.createPricePreferences([{ attribute: want.attribute, value: want.value, is_tax_inclusive: true }])
    changed.push(want.label)
  }
  if (changed.length) ctx.progress.created("tax-inclusive prices", changed.join(", "))
  else ctx.progress.alreadyPresent("tax-inclusive prices")
}

export async function ensureTaxRegions(ctx: SeedContext): Promise<void> {
  const tax = ctx.container.resolve(Modules.TAX)
  const countries = Object.keys(TAX_RATES)
  const existing = await tax.listTaxRegions({ country_code: countries })
  // Only country-level tax regions count (no province-level children).
  const present = new Set(existing.filter((t) => !t.parent_id).map((t) => t.country_code.toLowerCase()))
  const missing = countries.filter((c) => !present.has(c))
  if (!missing.length) {
    ctx.progress.alreadyPresent("tax regions")
    return
  }
  await createTaxRegionsWorkflow(ctx.container).run({
    input: missing.map((country_code) => ({
      country_code,
      provider_id: TAX_PROVIDER_ID,
      default_tax_rate: {
        rate: TAX_RATES[country_code],
        code: `${country_code.toUpperCase()}-STANDARD`,
        name: country_code === "jp" ? "Consumption tax" : "VAT",
      },
    })),
  })
  ctx.progress.created("tax regions", missing.join(", "))
}


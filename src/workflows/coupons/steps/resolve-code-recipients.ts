import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COUPON_MARKETING_MODULE } from "../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../modules/coupon-marketing/service"
import { HostSql, pageAccountCustomerIds, pageCustomerGroupMemberIds } from "../../../modules/coupon-marketing/repositories/host-tables"
import { CouponRow, statusOf } from "../utils/coupon-row"

export interface CodeRecipientsInput {
  coupon_id: string
  /** Picked customers… */
  customer_ids?: string[] | null
  /** …or a Medusa customer group. Neither: the coupon's own audience (all customers, its segment). */
  customer_group_id?: string | null
}

const PAGE = 10_000


/**
 * The ids of a customer group's members, or of every customer with an account, by pages in id
 * order (keyset: each page costs the same however deep), read through the store's database
 * connection by the plugin's one file of SQL on Medusa's tables (repositories/host-tables.ts).
 */
async function customerIds(container: MedusaContainer, who: { group_id: string } | { has_account: true }): Promise<string[]> {
  const sql = container.resolve<HostSql>(ContainerRegistrationKeys.PG_CONNECTION)
  const ids: string[] = []
  for (;;) {
    const after = ids[ids.length - 1] ?? ""
    const page =
      "group_id" in who ? await pageCustomerGroupMemberIds(sql, who.group_id, after, PAGE) : await pageAccountCustomerIds(sql, after, PAGE)
    for (const id of page) ids.push(id)
    if (page.length < PAGE) return ids
  }
}

/**
 * Who gets an individual code (COUPON-4, COUPON-5): picked customers (each must exist), the
 * members of a customer group, or — with neither — the coupon's own audience. Refuses a fixed
 * or ended coupon, and a group other than a segment coupon's own.
 */
export const resolveCodeRecipientsStep = createStep(
  "coupon-marketing-resolve-code-recipients",
  async (input: CodeRecipientsInput, { container }) => {
    const service = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
    const coupon = (await service.retrieveCoupon(input.coupon_id)) as unknown as CouponRow
    if (coupon.code_mode !== "individual") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Coupon "${coupon.name}" uses one fixed code: individual codes cannot be issued for it`)
    }
    if (statusOf({ ...coupon, codes_issued_at: coupon.codes_issued_at ?? new Date() }, new Date()) === "ended") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Coupon "${coupon.name}" has ended: no more codes can be issued for it`)
    }
    let groupId = input.customer_group_id ?? null
    if (coupon.audience === "segment") {
      if (input.customer_ids?.length) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `customer_ids: coupon "${coupon.name}" is for a customer group; its codes go to that group's members`)
      }
      if (groupId && groupId !== coupon.customer_group_id) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `customer_group_id: coupon "${coupon.name}" is for customer group ${coupon.customer_group_id}`)
      }
      groupId = coupon.customer_group_id
    }
    if (input.customer_ids?.length) {
      const wanted = [...new Set(input.customer_ids)]
      const found = new Set<string>()
      for (let i = 0; i < wanted.length; i += PAGE) {
        const rows = await container.resolve(Modules.CUSTOMER).listCustomers({ id: wanted.slice(i, i + PAGE) }, { select: ["id"] })
        rows.forEach((r) => found.add(r.id))
      }
      const missing = wanted.filter((id) => !found.has(id))
      if (missing.length) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `customer_ids: no customer with id ${missing.slice(0, 5).join(", ")}${missing.length > 5 ? ` and ${missing.length - 5} more` : ""}`)
      }
      return new StepResponse({ coupon, customer_ids: wanted })
    }
    if (groupId) {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "customer_group", fields: ["id"], filters: { id: groupId } })
      if (!data.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `customer_group_id: no customer group with id ${groupId}`)
      return new StepResponse({ coupon, customer_ids: await customerIds(container, { group_id: groupId }) })
    }
    if (coupon.audience === "all_customers") {
      return new StepResponse({ coupon, customer_ids: await customerIds(container, { has_account: true }) })
    }
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "customer_ids: pick the customers (or a customer_group_id) to issue codes to")
  }
)

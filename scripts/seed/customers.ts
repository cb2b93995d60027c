/** Customers: 50 with an account (Japanese and European alternating), 10 of them in "VIP". */
import type { CreateCustomerDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createCustomerGroupsWorkflow,
  createCustomersWorkflow,
  linkCustomersToCustomerGroupWorkflow,
} from "@medusajs/medusa/core-flows"
import { DAY_MS, type SeedContext, type SeededCustomer } from "./context"
import { addressFor, CUSTOMER_COUNT, CUSTOMER_GROUP_NAME, emailFor, MEMBERS_SINCE_DAYS, PEOPLE, VIP_CUSTOMER_NUMBERS } from "./demo-data"

export async function ensureCustomers(ctx: SeedContext): Promise<SeededCustomer[]> {
  const customerService = ctx.container.resolve(Modules.CUSTOMER)
  const wanted = PEOPLE.slice(0, CUSTOMER_COUNT).map((person, i) => ({ n: i + 1, person, email: emailFor(person, i + 1) }))

  const findAll = async () =>
    customerService.listCustomers({ email: wanted.map((w) => w.email), has_account: true }, { select: ["id", "email"] })

  let existing = await findAll()
  const missing = wanted.filter((w) => !existing.some((c) => c.email === w.email))
  if (missing.length) {
    const customersData: CreateCustomerDTO[] = missing.map(({ n, person, email }) => {
      const address = addressFor(person, n)
      return {
        first_name: person.first_name,
        last_name: person.last_name,
        email,
        has_account: true,
        addresses: [
          {
            address_name: "Home",
            first_name: person.first_name,
            last_name: person.last_name,
            ...address,
            is_default_shipping: true,
            is_default_billing: true,
          },
        ],
      }
    })
    await createCustomersWorkflow(ctx.container).run({ input: { customersData } })
    ctx.progress.created("customers", `${missing.length} (of ${wanted.length})`)
    existing = await findAll()
  } else {
    ctx.progress.alreadyPresent("customers")
  }

  await backdateAccounts(ctx, existing.map((c) => c.id), new Date(Date.now() - MEMBERS_SINCE_DAYS * DAY_MS))

  return wanted.map(({ n, email }) => {
    const customer = existing.find((c) => c.email === email)
    if (!customer) {
      throw new Error(`Customer ${email} was neither found nor created`)
    }
    return { n, id: customer.id, email }
  })
}

export async function ensureVipGroup(ctx: SeedContext, customers: SeededCustomer[]): Promise<void> {
  const customerService = ctx.container.resolve(Modules.CUSTOMER)

  let [group] = await customerService.listCustomerGroups({ name: CUSTOMER_GROUP_NAME }, { relations: ["customers"] })
  let createdGroup = false
  if (!group) {
    const { result } = await createCustomerGroupsWorkflow(ctx.container).run({
      input: { customersData: [{ name: CUSTOMER_GROUP_NAME }] },
    })
    group = { ...result[0], customers: [] }
    createdGroup = true
  }

  const memberIds = new Set((group.customers ?? []).map((c) => c.id))
  const toAdd = customers
    .filter((c) => VIP_CUSTOMER_NUMBERS.includes(c.n) && !memberIds.has(c.id))
    .map((c) => c.id)
  if (toAdd.length) {
    await linkCustomersToCustomerGroupWorkflow(ctx.container).run({ input: { id: group.id, add: toAdd } })
  }

  if (createdGroup || toAdd.length) {
    ctx.progress.created("customer group", `"${CUSTOMER_GROUP_NAME}" with ${toAdd.length} new member(s)`)
  } else {
    ctx.progress.alreadyPresent("customer group")
  }
}


/**
 * Dates accounts back to `since` (those not already older): the demo customers were members long
 * before the sign-up gift started, so they are not "new members" of it (its figures, and the job
 * that grants missed gifts, read `customer.created_at`). No workflow sets a creation date: one
 * SQL update, as for the orders.
 */
export async function backdateAccounts(ctx: SeedContext, customerIds: string[], since: Date): Promise<number> {
  if (!customerIds.length) return 0
  const pg = ctx.container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  return await pg("customer").whereIn("id", customerIds).where("created_at", ">", since).update({ created_at: since, updated_at: since })
}

import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createSalesChannelsWorkflow,
  createUserAccountWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
} from "@medusajs/medusa/core-flows"
import type { AxiosInstance } from "axios"

export const ADMIN_EMAIL = "admin@coupon-test.local"
export const ADMIN_PASSWORD = "test-password-123"

/** Creates an admin user and logs in through the real emailpass route; answers the headers. */
export async function loginAsAdmin(container: MedusaContainer, api: AxiosInstance) {
  const auth = container.resolve(Modules.AUTH)
  const { authIdentity, error } = await auth.register("emailpass", {
    body: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD },
  } as never)
  if (error || !authIdentity) throw new Error(`could not register the admin: ${error}`)
  await createUserAccountWorkflow(container).run({
    input: { authIdentityId: authIdentity.id, userData: { email: ADMIN_EMAIL } },
  })
  const { data } = await api.post("/auth/user/emailpass", { email: ADMIN_EMAIL, password: ADMIN_PASSWORD })
  return { headers: { authorization: `Bearer ${data.token}` } }
}

/** A publishable key linked to a new sales channel (store routes answer 400 without one). */
export async function createPublishableKey(container: MedusaContainer) {
  const { result: channels } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: "Test storefront" }] },
  })
  const { result: keys } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: "Test storefront", type: "publishable", created_by: "test" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: keys[0].id, add: [channels[0].id] },
  })
  return { headers: { "x-publishable-api-key": keys[0].token } }
}

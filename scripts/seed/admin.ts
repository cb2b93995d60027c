/** The admin's login (SEED_ADMIN_EMAIL / SEED_ADMIN_PASSWORD, default admin@coupon-demo.local / supersecret). */
import { FeatureFlag, Modules } from "@medusajs/framework/utils"
import { createUsersWorkflow } from "@medusajs/medusa/core-flows"
import type { SeedContext } from "./context"

export type AdminResult = { email: string; password: string; created: boolean }

/**
 * The same steps as `medusa user -e … -p …` (node_modules/@medusajs/medusa/dist/commands/user.js):
 * create the user (with the super admin role when RBAC is on), register an `emailpass` identity
 * and point its `app_metadata.user_id` at the user. Each step is skipped when already done.
 */
export async function ensureAdminUser(ctx: SeedContext): Promise<AdminResult> {
  const email = process.env.SEED_ADMIN_EMAIL || "admin@coupon-demo.local"
  const password = process.env.SEED_ADMIN_PASSWORD || "supersecret"
  const userService = ctx.container.resolve(Modules.USER)
  const authService = ctx.container.resolve(Modules.AUTH)

  let [user] = await userService.listUsers({ email })
  const [identity] = await authService.listProviderIdentities(
    { entity_id: email, provider: "emailpass" },
    { relations: ["auth_identity"] }
  )
  const linkedUserId = identity?.auth_identity?.app_metadata?.user_id
  if (user && identity && linkedUserId === user.id) {
    ctx.progress.alreadyPresent("admin user")
    return { email, password, created: false }
  }

  if (!user) {
    const { result } = await createUsersWorkflow(ctx.container).run({
      input: { users: [{ email, roles: await superAdminRoles(ctx) }] },
    })
    user = result[0]
  }

  let authIdentityId = identity?.auth_identity_id
  if (!authIdentityId) {
    const { authIdentity, error, success } = await authService.register("emailpass", { body: { email, password } })
    if (!success || !authIdentity) {
      throw new Error(`Could not register the admin's emailpass identity: ${error ?? "unknown error"}`)
    }
    authIdentityId = authIdentity.id
  }
  await authService.updateAuthIdentities({ id: authIdentityId, app_metadata: { user_id: user.id } })

  ctx.progress.created("admin user", email)
  return { email, password, created: !identity }
}

/** `medusa user` gives the super admin role when the RBAC feature flag is on. */
async function superAdminRoles(ctx: SeedContext): Promise<string[]> {
  if (!FeatureFlag.isFeatureEnabled("rbac")) {
    return []
  }
  const rbac = ctx.container.resolve<{ listRbacRoles(filters: { id: string }): Promise<{ id: string }[]> }>(
    Modules.RBAC
  )
  const roles = await rbac.listRbacRoles({ id: "role_super_admin" })
  return roles.length ? [roles[0].id] : []
}

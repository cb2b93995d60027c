import { generateEntityId } from "@medusajs/framework/utils"
import type { SqlManager } from "./sql"

/**
 * The store's one settings row, created if missing (`on conflict do nothing` against the unique
 * `scope` index): concurrent first saves all find it afterwards.
 */
export async function ensureSettingsRow(manager: SqlManager, scope: string): Promise<void> {
  await manager.execute(
    `insert into "cm_settings" ("id", "scope") values (?, ?)
     on conflict ("scope") where "deleted_at" is null do nothing`,
    [generateEntityId(undefined, "cmset"), scope]
  )
}

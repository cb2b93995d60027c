import type { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
  generateEntityId,
} from "@medusajs/framework/utils"
import { CouponSettings } from "./models/coupon-settings"
import { Coupon } from "./models/coupon"
import { CouponCode } from "./models/coupon-code"
import { CouponUsage } from "./models/coupon-usage"
import { CartCoupon } from "./models/cart-coupon"
import { CouponMarketingOptions, parseCouponMarketingOptions } from "./options"
import { pickSettingsValues } from "./domain/settings"
import type { AdminCouponSettings, CouponSettingsValues } from "../../types/settings"

const SETTINGS_SCOPE = "store"

type SqlManager = { execute: (sql: string, params?: unknown[]) => Promise<unknown> }

/**
 * The plugin's module: it owns only what Medusa has no place for. Promotions, customers,
 * orders and notifications stay in the host's modules.
 */
export default class CouponMarketingModuleService extends MedusaService({
  CouponSettings,
  Coupon,
  CouponCode,
  CouponUsage,
  CartCoupon,
}) {
  protected readonly options_: CouponMarketingOptions

  constructor(container: Record<string, unknown>, options?: unknown) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = parseCouponMarketingOptions(options)
  }

  /** The parsed plugin options (subscribers and jobs are not handed them: they read them here). */
  getOptions(): CouponMarketingOptions {
    return this.options_
  }

  /** The store-wide settings; the defaults until an admin first saves them. */
  @InjectManager()
  async getStoreSettings(@MedusaContext() sharedContext: Context = {}): Promise<AdminCouponSettings> {
    const [row] = await this.listCouponSettings({ scope: SETTINGS_SCOPE }, { take: 1 }, sharedContext)
    return toAdminSettings(row)
  }

  /**
   * Writes the given settings fields (the others keep their value) and answers the whole
   * record. Safe under concurrent first saves: the single row is created with
   * `on conflict do nothing` against the unique `scope` index, then updated.
   */
  @InjectTransactionManager()
  async saveStoreSettings(
    data: Partial<CouponSettingsValues>,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<AdminCouponSettings> {
    const manager = sharedContext.transactionManager as SqlManager
    await manager.execute(
      `insert into "cm_settings" ("id", "scope") values (?, ?)
       on conflict ("scope") where "deleted_at" is null do nothing`,
      [generateEntityId(undefined, "cmset"), SETTINGS_SCOPE]
    )
    const [row] = await this.listCouponSettings({ scope: SETTINGS_SCOPE }, { take: 1 }, sharedContext)
    await this.updateCouponSettings({ id: row.id, ...pickSettingsValues(data) }, sharedContext)
    // Answer what the database holds (its updated_at, not the ORM's in-memory copy).
    return this.getStoreSettings(sharedContext)
  }
}

function toAdminSettings(row?: Partial<CouponSettingsValues> & { updated_at?: Date | string | null }): AdminCouponSettings {
  return { ...pickSettingsValues(row ?? {}, true), updated_at: row?.updated_at ?? null }
}

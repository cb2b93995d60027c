import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { CouponSettings } from "./models/coupon-settings"
import { Coupon } from "./models/coupon"
import { CouponCode } from "./models/coupon-code"
import { CouponUsage } from "./models/coupon-usage"
import { CartCoupon } from "./models/cart-coupon"
import { CouponArchive } from "./models/coupon-archive"
import { PointsAccount } from "./models/points-account"
import { PointsEntry } from "./models/points-entry"
import { ExchangeOffer } from "./models/exchange-offer"
import { PointsExchange } from "./models/points-exchange"
import { BudgetEntry } from "./models/budget-entry"
import { BudgetAccount } from "./models/budget-account"
import { CouponMarketingOptions, parseCouponMarketingOptions } from "./options"
import { pickSettingsValues } from "./domain/settings"
import type { AdminCouponSettings, CouponSettingsValues } from "../../types/settings"
import { couponStatus } from "./domain/coupons/validity"

import { managerOf, transactionOf } from "./repositories/sql"
import * as pointsRepo from "./repositories/points"
import * as budgetRepo from "./repositories/budget"
import * as Actions from "./actions"
import { ensureSettingsRow } from "./repositories/settings"
import { countCodesPerCoupon, listUsableCodesOf } from "./repositories/codes"
import {
  type CouponUseForEvent,
  countUsesPerCoupon,
  linkCartUseToOrder,
  listOrderCouponUses,
  listUsageReportPage,
  listUsesForEvent,
  unlinkUseFromOrder,
} from "./repositories/usage"
import { replaceCartCoupon } from "./repositories/cart-coupons"
import { purgeAttemptCounters, releaseAttempt, takeAttempt } from "./repositories/attempts"
import type {
  AppendPointsInput,
  AppendPointsResult,
  BudgetRow,
  CartCouponInput,
  ConsumeCouponUseInput,
  CouponMarketingModels,
  DepositBudgetInput,
  DepositRow,
  ExchangePointsInput,
  ExchangeResult,
  ExchangeUndo,
  IssueCouponCodesInput,
  IssueCouponCodesResult,
  OrderCouponUse,
  PointsPage,
  PurgedCoupon,
  ReleasedCouponUse,
  ReplaceCartCouponResult,
  UsableCode,
  UsageReportRow,
} from "./types"

export type {
  AppendPointsInput,
  AppendPointsResult,
  ExchangeResult,
  ExchangeUndo,
  ConsumeCouponUseInput,
  IssueCouponCodesInput,
  IssueCouponCodesResult,
  PointsEntryRow,
  UsageReportRow,
} from "./types"

// deliveries (one pipeline for every message)
import { Delivery } from "./models/delivery"
import * as deliveriesRepo from "./repositories/deliveries"
import type { DeliveryAttemptResult, DeliveryRow, DueExchangeReminder, EnqueueDeliveryInput, ExchangeReminderInput, RecordedDeliveryRow } from "./types/deliveries"

// followers and consent (PUSH-1, PUSH-2, PUSH-12)
import * as followersRepo from "./repositories/followers"
import * as consentRepo from "./repositories/consent"
import * as messagesRepo from "./repositories/messages"
import {
  type ConsentState,
  type MessageChannel,
  UNSUBSCRIBE_LINK_REFUSAL,
  VERIFY_LINK_REFUSALS,
  linkWithToken,
  mayReceive as mayReceiveRule,
  signToken,
  verifyToken,
} from "./domain/followers"
import { DEVELOPMENT_TOKEN_SECRET } from "./options"
import type { EmailVerificationRow, FollowRow, FollowerFilters, FollowerRow, InboxMessageRow, PreferencePatch, PreferenceRow } from "./types/followers"

// pushes (PUSH-3…PUSH-13)
import * as pushesRepo from "./repositories/pushes"
import { CANCEL_LEAD_MS, QUOTA_TYPES, QUOTA_WINDOW_MS, cancelRefusal, directCapRefusal, quotaRefusal, dateLabel } from "./domain/pushes"
import { toZonedDateTime, startOfZonedDay } from "./domain/coupons/validity"
import type { CreatePushInput, PushDeliveryCounts, PushListFilters, PushRow } from "./types/pushes"

// membership gifts (GIFT-1…GIFT-6)
import * as giftsRepo from "./repositories/gifts"
import { activityIssues, giftStatus, overlapIssue, packageIssues, type GiftIssue } from "./domain/gifts"
import type { GiftActivityRow, GiftGrantClaim, GiftGrantedPrizes, SaveGiftActivityInput } from "./types/gifts"

const SETTINGS_SCOPE = "store"

/** The generic refusal (COUPON-32): never says whether the code exists. */
export { COUPON_NOT_VALID } from "../../types/coupons"

/**
 * The plugin's module: it owns only what Medusa has no place for. Promotions, customers,
 * orders and notifications stay in the host's modules.
 *
 * A facade, as Medusa's own modules are: each method opens its manager or transaction (the
 * decorators) and hands it on — raw SQL lives in `repositories/<area>.ts`, the long
 * transactions in `actions/<verb>.ts`, the shapes in `types/`.
 */
export default class CouponMarketingModuleService extends MedusaService<CouponMarketingModels>({
  CouponSettings,
  Coupon,
  CouponCode,
  CouponUsage,
  CartCoupon,
  CouponArchive,
  PointsAccount,
  PointsEntry,
  ExchangeOffer,
  PointsExchange,
  BudgetEntry,
  BudgetAccount,
  Delivery,
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

  // ---- settings

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
    await ensureSettingsRow(transactionOf(sharedContext), SETTINGS_SCOPE)
    const [row] = await this.listCouponSettings({ scope: SETTINGS_SCOPE }, { take: 1 }, sharedContext)
    await this.updateCouponSettings({ id: row.id, ...pickSettingsValues(data) }, sharedContext)
    // Answer what the database holds (its updated_at, not the ORM's in-memory copy).
    return this.getStoreSettings(sharedContext)
  }

  // ---- coupons: policies, codes, uses, cart records and attempt counters (SPEC §1)

  /**
   * COUPON-14: scheduled + active coupons now. Status is derived from time, so this counts
   * rows whose window has not ended (and, for relative validity, whose issued codes have not
   * all expired).
   */
  @InjectManager()
  async countLiveCoupons(now: Date, @MedusaContext() sharedContext: Context = {}): Promise<number> {
    const coupons = await this.listCoupons(
      {},
      { select: ["id", "validity_type", "code_mode", "starts_at", "ends_at", "codes_issued_at", "last_code_expires_at"] },
      sharedContext
    )
    return coupons.filter(
      (c) =>
        couponStatus(
          {
            validity_type: c.validity_type,
            code_mode: c.code_mode,
            starts_at: c.starts_at,
            ends_at: c.ends_at,
            codes_issued: !!c.codes_issued_at,
            last_code_expires_at: c.last_code_expires_at,
          },
          now
        ) !== "ended"
    ).length
  }

  /**
   * Records one use of a coupon by a checkout, atomically (COUPON-13, COUPON-20): no limit is
   * ever overrun under concurrency. Refuses with NOT_ALLOWED. Idempotent per cart.
   * See actions/consume-coupon-use.ts.
   */
  @InjectTransactionManager()
  async consumeCouponUse(input: ConsumeCouponUseInput, @MedusaContext() sharedContext: Context = {}) {
    return await Actions.consumeCouponUse.call(this, input, sharedContext)
  }

  /** Undoes `consumeCouponUse` (checkout failed after it): removes the use and its code use. Answers it (null: none). */
  @InjectTransactionManager()
  async undoCouponUse(usageId: string, @MedusaContext() sharedContext: Context = {}): Promise<ReleasedCouponUse | null> {
    return await Actions.undoCouponUse(usageId, sharedContext)
  }

  /** COUPON-21: gives back the use of a cancelled order, exactly once. Answers the released uses. */
  @InjectTransactionManager()
  async releaseOrderCouponUse(orderId: string, @MedusaContext() sharedContext: Context = {}): Promise<ReleasedCouponUse[]> {
    return await Actions.releaseOrderCouponUse(orderId, sharedContext)
  }

  /**
   * COUPON-21/22: names the order of the cart's coupon use (with what the usage report shows of
   * the order). Exactly once: answers the use only to the caller that linked it ([] otherwise).
   */
  @InjectTransactionManager()
  async linkCouponUseToOrder(
    cartId: string,
    order: { order_id: string; order_display_id: number | null; ordered_at: Date | null; orderer_name: string | null; email: string | null },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<CouponUseForEvent[]> {
    return await linkCartUseToOrder(transactionOf(sharedContext), cartId, order)
  }

  /** Undoes `linkCouponUseToOrder` for one use (compensation). */
  @InjectTransactionManager()
  async unlinkCouponUseFromOrder(usageId: string, orderId: string, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    await unlinkUseFromOrder(transactionOf(sharedContext), usageId, orderId)
  }

  /** The uses with these ids as the coupon events carry them. */
  @InjectManager()
  async listCouponUsesForEvent(usageIds: string[], @MedusaContext() sharedContext: Context = {}): Promise<CouponUseForEvent[]> {
    return await listUsesForEvent(managerOf(sharedContext), usageIds)
  }

  /**
   * Issues individual codes (COUPON-5) in bulk, in one transaction with the coupon's
   * `codes_issued_at` / `last_code_expires_at`; a relative coupon's codes expire at the end of
   * the last day in the store's time zone (COUPON-7). See actions/issue-coupon-codes.ts.
   */
  @InjectTransactionManager()
  async issueCouponCodes(input: IssueCouponCodesInput, @MedusaContext() sharedContext: Context = {}): Promise<IssueCouponCodesResult> {
    return await Actions.issueCouponCodes(input, this.options_.timezone, sharedContext)
  }

  /** How many individual codes a coupon has, per coupon id. */
  @InjectManager()
  async countIssuedCodes(couponIds: string[], @MedusaContext() sharedContext: Context = {}): Promise<Record<string, number>> {
    return await countCodesPerCoupon(managerOf(sharedContext), couponIds)
  }

  /**
   * One page of a coupon's uses for the usage report (COUPON-22), in id order after `afterId`
   * (keyset paging: every page costs the same, however deep), with the individual code's expiry.
   */
  @InjectManager()
  async listUsageReportPage(
    couponId: string,
    afterId: string | null,
    limit: number,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<UsageReportRow[]> {
    return await listUsageReportPage(managerOf(sharedContext), couponId, afterId, limit)
  }

  /** The live (not given back) coupon use of each order, for the order export (COUPON-23). */
  @InjectManager()
  async listOrderCouponUses(orderIds: string[], @MedusaContext() sharedContext: Context = {}): Promise<Record<string, OrderCouponUse>> {
    return await listOrderCouponUses(managerOf(sharedContext), orderIds)
  }

  /**
   * The individual codes a customer holds and can still use (COUPON-35): not used up, not
   * expired, of a coupon not deleted. Whether the coupon itself is active is the caller's rule.
   */
  @InjectManager()
  async listUsableCodesOf(customerId: string, now: Date, @MedusaContext() sharedContext: Context = {}): Promise<UsableCode[]> {
    return await listUsableCodesOf(managerOf(sharedContext), customerId, now)
  }

  /**
   * COUPON-19: purges up to `limit` coupons that ended more than 3 years before `now`, with
   * their codes, uses and cart records, leaving an archive row each. Answers their promotion
   * ids. Running it twice purges nothing more. See actions/purge-ended-coupons.ts.
   */
  @InjectTransactionManager()
  async purgeEndedCoupons(now: Date, limit = 500, @MedusaContext() sharedContext: Context = {}): Promise<PurgedCoupon[]> {
    return await Actions.purgeEndedCoupons(now, limit, sharedContext)
  }

  /**
   * COUPON-30: the cart's plugin coupon becomes `next` (null clears it), in one statement.
   * Answers the record it replaced, for compensation.
   */
  @InjectManager()
  async replaceCartCoupon(cartId: string, next: CartCouponInput | null, @MedusaContext() sharedContext: Context = {}): Promise<ReplaceCartCouponResult> {
    return await replaceCartCoupon(managerOf(sharedContext), cartId, next)
  }

  /**
   * COUPON-32: takes one attempt on each key (`cart:…`, `ip:…`) in one statement, before the
   * code is looked at, and answers the highest count in the current window. A window older
   * than `windowSeconds` starts again at 1. Atomic under concurrency: 30 parallel attempts on
   * one key get the counts 1…30, so at most `limit` of them are ever evaluated. A successful
   * attempt gives its place back with `releaseAttempt`; a failed one keeps it.
   */
  @InjectManager()
  async takeAttempt(keys: string[], windowSeconds: number, @MedusaContext() sharedContext: Context = {}): Promise<number> {
    return await takeAttempt(managerOf(sharedContext), keys, windowSeconds)
  }

  /** Gives back the attempt `takeAttempt` took (the code was good): the keys' counts go down by one. */
  @InjectManager()
  async releaseAttempt(keys: string[], @MedusaContext() sharedContext: Context = {}): Promise<void> {
    await releaseAttempt(managerOf(sharedContext), keys)
  }

  /** Forgets windows that ended (the daily job): the table holds only the last minute's keys. */
  @InjectManager()
  async purgeAttemptCounters(windowSeconds: number, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    await purgeAttemptCounters(managerOf(sharedContext), windowSeconds)
  }

  /** Live uses of a coupon, per coupon id (COUPON-20: every use counts, released ones do not). */
  @InjectManager()
  async countCouponUses(couponIds: string[], @MedusaContext() sharedContext: Context = {}): Promise<Record<string, number>> {
    return await countUsesPerCoupon(managerOf(sharedContext), couponIds)
  }

  /** Live uses by one customer, per coupon id (one query for any number of coupons). */
  @InjectManager()
  async countCustomerUses(couponIds: string[], customerId: string, @MedusaContext() sharedContext: Context = {}): Promise<Record<string, number>> {
    return await countUsesPerCoupon(managerOf(sharedContext), couponIds, customerId)
  }

  // ---- points: the ledger (SPEC §3); SQL in repositories/points.ts, the long transactions in actions/

  /**
   * POINTS-1: appends one entry to a customer's ledger and moves the balance with it, in one
   * transaction under the account's lock. Idempotent on `idempotency_key`: a repeated event
   * or retried request answers the first entry and changes nothing. A debit the balance
   * cannot cover is refused (or, with `clamp`, takes what there is). See actions/append-points.ts.
   */
  @InjectTransactionManager()
  async appendPoints(input: AppendPointsInput, @MedusaContext() sharedContext: Context = {}): Promise<AppendPointsResult> {
    const { entry, created, balance } = await Actions.appendPoints(transactionOf(sharedContext), input)
    return { entry, created, balance }
  }

  /** POINTS-1: the balance, one row read whatever the ledger's length. */
  @InjectManager()
  async getPointsBalance(customerId: string, @MedusaContext() sharedContext: Context = {}): Promise<number> {
    return await pointsRepo.getPointsBalance(managerOf(sharedContext), customerId)
  }

  /**
   * POINTS-9: the balance, one page of the ledger (newest first) and the ledger's length, read
   * in one statement: one snapshot, so the page always adds up to the balance shown even while
   * an order's points are being written.
   */
  @InjectManager()
  async getPointsPage(customerId: string, limit: number, offset: number, @MedusaContext() sharedContext: Context = {}): Promise<PointsPage> {
    return await pointsRepo.getPointsPage(managerOf(sharedContext), customerId, limit, offset)
  }

  /**
   * POINTS-3: expires the unspent part of every credit whose `expires_at` has passed, one
   * `expire` entry per credit (key `expire:<credit id>`), oldest first, each credit in its own
   * transaction. Safe to run twice. Answers how many entries were written.
   */
  @InjectManager()
  async expirePoints(now: Date, @MedusaContext() sharedContext: Context = {}): Promise<number> {
    const due = await pointsRepo.listExpiredCredits(managerOf(sharedContext), now)
    let written = 0
    for (const credit of due) {
      if (await this.expireCredit_(credit.id, credit.customer_id)) written++
    }
    return written
  }

  @InjectTransactionManager()
  protected async expireCredit_(creditId: string, customerId: string, @MedusaContext() sharedContext: Context = {}): Promise<boolean> {
    return await Actions.expireCredit(transactionOf(sharedContext), creditId, customerId)
  }

  // ---- budget: the exchange budget (POINTS-6); SQL in repositories/budget.ts

  /** POINTS-6: a deposit into the exchange budget, with its readable number. See actions/deposit-budget.ts. */
  @InjectTransactionManager()
  async depositBudget(input: DepositBudgetInput, @MedusaContext() sharedContext: Context = {}): Promise<DepositRow> {
    return await Actions.depositBudget(transactionOf(sharedContext), input)
  }

  /** The exact undo of one deposit, by its entry id (a workflow's compensation); idempotent. */
  @InjectTransactionManager()
  async undoDeposit(entryId: string, @MedusaContext() sharedContext: Context = {}): Promise<boolean> {
    return await Actions.undoDeposit(transactionOf(sharedContext), entryId)
  }

  /** POINTS-6: deposited / drawn / remaining per currency. */
  @InjectManager()
  async getBudgets(@MedusaContext() sharedContext: Context = {}): Promise<BudgetRow[]> {
    return await budgetRepo.listBudgets(managerOf(sharedContext))
  }

  // ---- exchanges: points for coupons (POINTS-7, POINTS-8); SQL in repositories/exchanges.ts

  /**
   * POINTS-7: exchanges points for an offer's coupon, all or nothing in one transaction (the
   * offer's stock, the budget, the points and the code), never oversold or overdrawn. Refuses
   * with a clear reason. See actions/exchange-points.ts.
   */
  @InjectTransactionManager()
  async exchangePoints(input: ExchangePointsInput, @MedusaContext() sharedContext: Context = {}): Promise<ExchangeResult> {
    return await Actions.exchangePoints(transactionOf(sharedContext), input, this.options_.timezone)
  }

  /**
   * The exact undo of one exchange (a workflow's compensation), by the ids of the rows it wrote,
   * in one transaction; run twice, the second does nothing. Answers whether this call undid it.
   */
  @InjectTransactionManager()
  async undoExchange(undo: ExchangeUndo, @MedusaContext() sharedContext: Context = {}): Promise<boolean> {
    return await Actions.undoExchange(transactionOf(sharedContext), undo)
  }

  /**
   * POINTS-8: marks the given exchanges reminded and queues the deliveries that remind their
   * holders, in one transaction — nothing is marked without its deliveries, nothing queued
   * twice. Each exchange is claimed once (a conditional update), so of two runs at once only
   * one queues a given exchange's deliveries. Answers the exchanges this call claimed and the
   * deliveries it queued; the delivery job sends them.
   */
  @InjectTransactionManager()
  async claimExchangeReminders(
    reminders: ExchangeReminderInput[],
    now: Date = new Date(),
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ exchange_ids: string[]; deliveries: DeliveryRow[] }> {
    const manager = transactionOf(sharedContext)
    const claimed = await deliveriesRepo.markExchangesReminded(manager, reminders.map((r) => r.exchange_id), now)
    const mine = new Set(claimed)
    const deliveries = await deliveriesRepo.insertDeliveries(manager, reminders.filter((r) => mine.has(r.exchange_id)).flatMap((r) => r.deliveries), now)
    return { exchange_ids: claimed, deliveries }
  }

  // ---- deliveries: one pipeline for every message the plugin sends (reminders, pushes, gifts)

  /** Queues messages, one per key; a key queued before is left as it is. Answers the rows created. */
  @InjectTransactionManager()
  async enqueueDeliveries(inputs: EnqueueDeliveryInput[], now: Date = new Date(), @MedusaContext() sharedContext: Context = {}): Promise<DeliveryRow[]> {
    return await deliveriesRepo.insertDeliveries(transactionOf(sharedContext), inputs, now)
  }

  /**
   * Claims up to `limit` due deliveries for one worker (`for update skip locked`, then a lease of
   * `lease_seconds`): workers running at once share the queue, never a row.
   */
  @InjectTransactionManager()
  async claimDueDeliveries(
    input: { limit?: number; now?: Date; lease_seconds?: number; purposes?: string[] } = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<DeliveryRow[]> {
    return await deliveriesRepo.claimDueDeliveries(
      transactionOf(sharedContext), input.now ?? new Date(), input.limit ?? 100, input.lease_seconds ?? 300, input.purposes
    )
  }

  /**
   * Records attempts, many in one statement: sent, skipped, or failed — retried after
   * `delivery.retry_base_seconds · 2^(attempts − 1)`, and failed for good at
   * `delivery.max_attempts`. Answers the rows recorded (not those no longer pending).
   */
  @InjectTransactionManager()
  async recordDeliveryAttempts(
    attempts: { id: string; result: DeliveryAttemptResult }[],
    now: Date = new Date(),
    @MedusaContext() sharedContext: Context = {}
  ): Promise<RecordedDeliveryRow[]> {
    return await deliveriesRepo.recordDeliveryAttempts(transactionOf(sharedContext), attempts, now, this.options_.delivery)
  }

  /** One attempt (recordDeliveryAttempts of one): the row, or nothing when it was no longer pending. */
  async recordDeliveryAttempt(id: string, result: DeliveryAttemptResult, now: Date = new Date()): Promise<RecordedDeliveryRow | undefined> {
    const [row] = await this.recordDeliveryAttempts([{ id, result }], now)
    return row
  }

  /** Compensation of a queueing: removes those of the deliveries that are still pending. */
  @InjectTransactionManager()
  async deletePendingDeliveries(ids: string[], @MedusaContext() sharedContext: Context = {}): Promise<void> {
    await deliveriesRepo.deletePendingDeliveries(transactionOf(sharedContext), ids)
  }

  /** POINTS-8: up to `limit` exchanges due a reminder (unused coupon expiring in (now, until]), not claimed. */
  @InjectManager()
  async listDueExchangeReminders(now: Date, until: Date, limit = 500, @MedusaContext() sharedContext: Context = {}): Promise<DueExchangeReminder[]> {
    return await deliveriesRepo.listDueExchangeReminders(managerOf(sharedContext), now, until, limit)
  }

  /** Compensation of `claimExchangeReminders`: the exchanges may be reminded again; their pending deliveries go. */
  @InjectTransactionManager()
  async releaseExchangeReminders(exchangeIds: string[], deliveryIds: string[], @MedusaContext() sharedContext: Context = {}): Promise<void> {
    await deliveriesRepo.unmarkExchangesReminded(transactionOf(sharedContext), exchangeIds, deliveryIds)
  }

  // ---- followers and consent (PUSH-1 follow, PUSH-2 consent and signed links, PUSH-12 inbox)

  /** PUSH-1: the customer's open follow period, if they follow the store. */
  @InjectManager()
  async getFollow(customerId: string, @MedusaContext() sharedContext: Context = {}): Promise<FollowRow | null> {
    return (await followersRepo.findOpenFollow(managerOf(sharedContext), customerId)) ?? null
  }

  /** PUSH-1: follows the store (idempotent: an open period is kept with its date). */
  @InjectTransactionManager()
  async followStore(customerId: string, now: Date = new Date(), @MedusaContext() sharedContext: Context = {}) {
    return await followersRepo.openFollow(transactionOf(sharedContext), customerId, now)
  }

  /** PUSH-1: unfollows (the period is closed, kept for the history). Answers it, or null when not following. */
  @InjectTransactionManager()
  async unfollowStore(customerId: string, now: Date = new Date(), @MedusaContext() sharedContext: Context = {}): Promise<FollowRow | null> {
    return (await followersRepo.closeFollow(transactionOf(sharedContext), customerId, now)) ?? null
  }

  /** Compensations of follow / unfollow. */
  @InjectTransactionManager()
  async undoFollowChange(change: { opened?: string; closed?: string }, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    if (change.opened) await followersRepo.deleteFollow(transactionOf(sharedContext), change.opened)
    if (change.closed) await followersRepo.reopenFollow(transactionOf(sharedContext), change.closed)
  }

  /** PUSH-1: a page of current followers with their consent records, and how many match. */
  @InjectManager()
  async listFollowers(
    filters: FollowerFilters,
    page: { limit: number; offset: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ rows: FollowerRow[]; count: number }> {
    return await followersRepo.listFollowers(managerOf(sharedContext), filters, page)
  }

  /** PUSH-2: the customer's consent record (null: none yet — every channel on, nothing verified). */
  @InjectManager()
  async getMessagePreference(customerId: string, @MedusaContext() sharedContext: Context = {}): Promise<PreferenceRow | null> {
    return (await consentRepo.findPreference(managerOf(sharedContext), customerId)) ?? null
  }

  @InjectManager()
  async listMessagePreferences(customerIds: string[], @MedusaContext() sharedContext: Context = {}): Promise<Record<string, PreferenceRow>> {
    const rows = await consentRepo.listPreferences(managerOf(sharedContext), customerIds)
    return Object.fromEntries(rows.map((r) => [r.customer_id, r]))
  }

  /** PUSH-2: turns coupon messages on or off per channel (the channels not given keep their value). */
  @InjectTransactionManager()
  async saveMessagePreference(customerId: string, patch: PreferencePatch, @MedusaContext() sharedContext: Context = {}): Promise<PreferenceRow> {
    return await consentRepo.savePreference(transactionOf(sharedContext), customerId, patch)
  }

  /**
   * PUSH-2 double opt-in: records a verification for the customer's current address and answers
   * its signed, expiring token (`messages.verification_ttl_hours`), the link to put in the email,
   * and its number (the delivery key).
   */
  @InjectTransactionManager()
  async createEmailVerification(
    input: { customer_id: string; email: string },
    now: Date = new Date(),
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ verification: EmailVerificationRow; token: string; verify_url: string; number: number }> {
    const manager = transactionOf(sharedContext)
    const email = input.email.trim().toLowerCase()
    const number = (await consentRepo.countVerifications(manager, input.customer_id)) + 1
    const expires_at = new Date(now.getTime() + this.options_.messages.verification_ttl_hours * 3600_000)
    const verification = await consentRepo.insertVerification(manager, { customer_id: input.customer_id, email, expires_at })
    const token = signToken({ kind: "verify", customer_id: input.customer_id, email, nonce: verification.id, exp: expires_at.getTime() }, this.tokenSecret_())
    const template = this.options_.messages.verify_url ?? `${this.publicUrl_()}/coupon-marketing/email-verification/confirm?token={token}`
    return { verification, token, verify_url: linkWithToken(template, token), number }
  }

  /** Compensation of `createEmailVerification`: the unused verification goes. */
  @InjectTransactionManager()
  async deleteEmailVerification(id: string, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    await consentRepo.deleteVerification(transactionOf(sharedContext), id)
  }

  /**
   * PUSH-2: confirms a verification link once. A forged, expired or used token is refused (400)
   * in the shopper's words; so is a link to an address that is no longer the customer's
   * (`currentEmail`, when the caller knows it). Records which address was confirmed, and when.
   */
  @InjectTransactionManager()
  async confirmEmailVerification(
    token: string,
    currentEmail: ((customerId: string) => Promise<string | null>) | null = null,
    now: Date = new Date(),
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ customer_id: string; email: string; preference: PreferenceRow }> {
    const checked = verifyToken(token, "verify", this.tokenSecret_(), now)
    if (!checked.ok) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, VERIFY_LINK_REFUSALS[checked.reason])
    const manager = transactionOf(sharedContext)
    const { customer_id, email, nonce } = checked.payload
    if (currentEmail) {
      const current = await currentEmail(customer_id)
      if (!current || current.trim().toLowerCase() !== email) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          "This verification link was sent to an email address that is no longer on your account. Please ask for a new verification email."
        )
      }
    }
    const used = await consentRepo.useVerification(manager, nonce, now)
    if (used.result === "missing") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, VERIFY_LINK_REFUSALS.forged)
    if (used.result === "reused") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, VERIFY_LINK_REFUSALS.used)
    const preference = await consentRepo.recordEmailVerified(manager, customer_id, email, now)
    return { customer_id, email, preference }
  }

  /** PUSH-2: the signed unsubscribe link for a customer's emails, and the `List-Unsubscribe` header data (RFC 8058). */
  messageLinks(customerId: string, channel: MessageChannel = "email") {
    const token = signToken({ kind: "unsubscribe", customer_id: customerId, channel }, this.tokenSecret_())
    const template = this.options_.messages.unsubscribe_url ?? `${this.publicUrl_()}/coupon-marketing/unsubscribe?token={token}`
    const unsubscribe_url = linkWithToken(template, token)
    const one_click_url = linkWithToken(`${this.publicUrl_()}/coupon-marketing/unsubscribe?token={token}`, token)
    return {
      unsubscribe_token: token,
      unsubscribe_url,
      headers: { "List-Unsubscribe": `<${one_click_url}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
    }
  }

  /** PUSH-2 one-click unsubscribe, no login: idempotent (`changed` is false the second time). A bad token → 400. */
  @InjectTransactionManager()
  async unsubscribeWithToken(
    token: string,
    now: Date = new Date(),
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ customer_id: string; channel: MessageChannel; changed: boolean; preference: PreferenceRow }> {
    const checked = verifyToken(token, "unsubscribe", this.tokenSecret_(), now)
    const channel = checked.ok ? checked.payload.channel : null
    if (!checked.ok || (channel !== "email" && channel !== "feed" && channel !== "push")) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, UNSUBSCRIBE_LINK_REFUSAL)
    }
    const { preference, changed } = await consentRepo.unsubscribe(transactionOf(sharedContext), checked.payload.customer_id, channel, now)
    return { customer_id: checked.payload.customer_id, channel, changed, preference }
  }

  /**
   * PUSH-2: the consent state of customers (their current email comes from the Customer
   * Module, so the caller hands it in), for `mayReceive`. Keyed by customer id.
   */
  @InjectManager()
  async getConsentStates(customers: { id: string; email: string | null }[], @MedusaContext() sharedContext: Context = {}): Promise<Record<string, ConsentState>> {
    const prefs = await this.listMessagePreferences(customers.map((c) => c.id), sharedContext)
    return Object.fromEntries(customers.map((c) => [c.id, { email: c.email, preference: prefs[c.id] ?? null }]))
  }

  /** PUSH-2: may this customer receive coupon messages on `channel` now (the one rule, `mayReceive`, on the DB's state). */
  @InjectManager()
  async mayReceive(customer: { id: string; email: string | null }, channel: string, now: Date = new Date(), @MedusaContext() sharedContext: Context = {}): Promise<boolean> {
    const states = await this.getConsentStates([customer], sharedContext)
    return mayReceiveRule(states[customer.id], channel, now)
  }

  /** PUSH-12: the customer's in-app messages, newest first, with the unread count. */
  @InjectManager()
  async listInbox(
    customerId: string,
    page: { limit: number; offset: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ rows: InboxMessageRow[]; count: number; unread_count: number }> {
    return await messagesRepo.listInbox(managerOf(sharedContext), customerId, page)
  }

  /** PUSH-12: marks the customer's own messages read (the ids given, or all). Answers how many changed. */
  @InjectTransactionManager()
  async markInboxRead(customerId: string, ids: string[] | undefined, now: Date = new Date(), @MedusaContext() sharedContext: Context = {}): Promise<number> {
    return await messagesRepo.markInboxRead(transactionOf(sharedContext), customerId, ids, now)
  }

  // ---- pushes (SPEC §2 PUSH-3…PUSH-13); SQL in repositories/pushes.ts, rules in domain/pushes

  /**
   * PUSH-8: creates a scheduled push, refused (NOT_ALLOWED, in the merchant's words) when an
   * advertising or compensation push is less than 7 days from another one, or a direct push
   * would pass a channel's daily cap (`pushes.direct_daily_cap`). Check and insert run under one
   * advisory lock, so two creations at once never both take the same week.
   */
  @InjectTransactionManager()
  async createPushRecord(input: CreatePushInput, @MedusaContext() sharedContext: Context = {}): Promise<PushRow> {
    const manager = transactionOf(sharedContext)
    const tz = this.options_.timezone
    await pushesRepo.lockPushQuota(manager)
    if ((QUOTA_TYPES as readonly string[]).includes(input.type)) {
      const near = await pushesRepo.listPushesBetween(
        manager, QUOTA_TYPES, new Date(input.send_at.getTime() - 2 * QUOTA_WINDOW_MS), new Date(input.send_at.getTime() + 2 * QUOTA_WINDOW_MS)
      )
      const refusal = quotaRefusal(input.type, input.send_at, near.map((p) => ({ ...p, name: p.coupon_name })), tz)
      if (refusal) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refusal)
    } else if (input.type === "direct") {
      const z = toZonedDateTime(input.send_at, tz)
      const from = startOfZonedDay(z.year, z.month, z.day, tz)
      const next = new Date(Date.UTC(z.year, z.month - 1, z.day + 1))
      const to = startOfZonedDay(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate(), tz)
      const used = await pushesRepo.directPlannedPerChannel(manager, from, to)
      const refusal = directCapRefusal(input.channels, input.planned_recipients ?? 0, used, this.options_.pushes.direct_daily_cap, dateLabel(z.year, z.month, z.day))
      if (refusal) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refusal)
    }
    return await pushesRepo.insertPush(manager, input)
  }

  /** Compensation of `createPushRecord`: the push goes while it is still scheduled. */
  @InjectTransactionManager()
  async deletePushRecord(id: string, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    await pushesRepo.deletePush(transactionOf(sharedContext), id)
  }

  @InjectManager()
  async getPushRecord(id: string, @MedusaContext() sharedContext: Context = {}): Promise<PushRow | null> {
    return (await pushesRepo.findPush(managerOf(sharedContext), id)) ?? null
  }

  /** PUSH-11: a page of pushes (latest send first) and how many match. */
  @InjectManager()
  async listPushRecords(filters: PushListFilters, page: { limit: number; offset: number }, @MedusaContext() sharedContext: Context = {}) {
    return await pushesRepo.listPushes(managerOf(sharedContext), filters, page)
  }

  /** PUSH-11: delivery counts per push and channel (queued, sent, failed, skipped), from cm_delivery. */
  @InjectManager()
  async countPushDeliveries(pushIds: string[], @MedusaContext() sharedContext: Context = {}): Promise<PushDeliveryCounts> {
    return await pushesRepo.countPushDeliveries(managerOf(sharedContext), pushIds)
  }

  /** PUSH-8: the advertising and compensation pushes sending between `from` and `to`, with their coupon's name. */
  @InjectManager()
  async listQuotaPushes(from: Date, to: Date, @MedusaContext() sharedContext: Context = {}) {
    return await pushesRepo.listPushesBetween(managerOf(sharedContext), QUOTA_TYPES, from, to)
  }

  /**
   * PUSH-10: cancels a scheduled push until 24 h before its send (a conditional update: a
   * dispatcher taking it at the same time wins or loses cleanly). Refused with when it closed.
   */
  @InjectTransactionManager()
  async cancelPushRecord(id: string, now: Date = new Date(), @MedusaContext() sharedContext: Context = {}): Promise<{ push: PushRow; previous: PushRow }> {
    const manager = transactionOf(sharedContext)
    const previous = await pushesRepo.lockPush(manager, id)
    if (!previous) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Push with id: ${id} was not found`)
    const refusal = cancelRefusal(previous, now, this.options_.timezone)
    if (refusal) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refusal)
    const push = await pushesRepo.cancelPush(manager, id, now, CANCEL_LEAD_MS)
    if (!push) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, cancelRefusal({ ...previous, status: "sending" }, now, this.options_.timezone)!)
    return { push, previous }
  }

  /** Compensation of a cancel: the push is scheduled again. */
  @InjectTransactionManager()
  async uncancelPushRecord(id: string, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    await transactionOf(sharedContext).execute(`update cm_push set status = 'scheduled', cancelled_at = null, updated_at = now() where id = ? and status = 'cancelled'`, [id])
  }

  /** PUSH-12: marks due pushes `sending` (each by one dispatcher) and answers those whose audience is still to resolve. */
  @InjectTransactionManager()
  async claimDuePushes(now: Date = new Date(), limit = 10, @MedusaContext() sharedContext: Context = {}): Promise<PushRow[]> {
    return await pushesRepo.claimDuePushes(transactionOf(sharedContext), now, limit)
  }

  /**
   * PUSH-13: writes one page of a push's deliveries and moves its cursor, in one transaction
   * under the push row's lock, only if the cursor is still `expectedCursor` (another dispatcher
   * did not write this page first). The unique key `push:<id>:<customer>:<channel>` keeps any
   * repeat out. Answers whether this call wrote the page.
   */
  @InjectTransactionManager()
  async writePushPage(
    input: { push_id: string; expected_cursor: string | null; cursor: string; deliveries: EnqueueDeliveryInput[]; recipients: number; excluded: Record<string, number> },
    now: Date = new Date(),
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    const manager = transactionOf(sharedContext)
    const push = await pushesRepo.lockPush(manager, input.push_id)
    if (!push || push.status !== "sending" || push.resolved_at || (push.resolve_cursor ?? null) !== (input.expected_cursor ?? null)) return false
    // The rows are not read back: a push page's data is most of what it writes.
    await deliveriesRepo.insertDeliveries(manager, input.deliveries, now, { returning: false })
    const excluded = { ...(push.excluded ?? {}) }
    for (const [k, v] of Object.entries(input.excluded)) excluded[k] = (excluded[k] ?? 0) + v
    await pushesRepo.advancePushCursor(manager, push.id, input.cursor, input.recipients, excluded)
    return true
  }

  /** PUSH-12: the push's audience is fully written as deliveries. */
  @InjectTransactionManager()
  async markPushResolved(id: string, now: Date = new Date(), @MedusaContext() sharedContext: Context = {}): Promise<void> {
    await pushesRepo.markPushResolved(transactionOf(sharedContext), id, now)
  }

  /** PUSH-12: `sending → sent | failed` for the resolved pushes with no delivery queued any more. */
  @InjectTransactionManager()
  async finishSentPushes(now: Date = new Date(), @MedusaContext() sharedContext: Context = {}): Promise<PushRow[]> {
    return await pushesRepo.finishSentPushes(transactionOf(sharedContext), now)
  }

  /** PUSH-3: a keyset page of current followers' customer ids. */
  @InjectManager()
  async pageFollowerIds(range: { gte?: Date; lt?: Date }, afterId: string, limit: number, @MedusaContext() sharedContext: Context = {}): Promise<string[]> {
    return await pushesRepo.pageFollowerIds(managerOf(sharedContext), range, afterId, limit)
  }

  /** PUSH-4: each customer's code of an individual-code coupon (this push's first). */
  @InjectManager()
  async codesOfCustomers(couponId: string, customerIds: string[], pushId: string, @MedusaContext() sharedContext: Context = {}) {
    return await pushesRepo.codesOfCustomers(managerOf(sharedContext), couponId, customerIds, pushId)
  }

  // ---- membership gifts (SPEC §4 GIFT-1…GIFT-6); SQL in repositories/gifts.ts, rules in domain/gifts

  /**
   * GIFT-1…GIFT-3: the activity's rules, its package's rules, then the overlap with any other
   * scheduled or active activity — all under one advisory lock, so two creations at once never
   * both take the same days. Refused (INVALID_DATA) naming the field and the rule.
   */
  @InjectTransactionManager()
  async saveGiftActivity(
    input: SaveGiftActivityInput & { id?: string },
    storeCredit: boolean,
    now: Date = new Date(),
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ activity: GiftActivityRow; previous: GiftActivityRow | null }> {
    const manager = transactionOf(sharedContext)
    const tz = this.options_.timezone
    // A workflow's input arrives serialised: dates as text.
    input = { ...input, starts_at: new Date(input.starts_at), ends_at: new Date(input.ends_at), draft: Boolean(input.draft) }
    await giftsRepo.lockGiftActivities(manager)
    let previous: GiftActivityRow | null = null
    if (input.id) {
      previous = (await giftsRepo.lockActivity(manager, input.id)) ?? null
      if (!previous) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Membership gift with id: ${input.id} was not found`)
      const status = giftStatus(previous, now)
      if (status === "closed" || status === "ended") {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `This activity is ${status}; it can no longer be changed. Create a new one instead.`)
      }
    }
    const coupons = await giftsRepo.giftCoupons(manager, input.prizes.flatMap((p) => ("coupon_id" in p ? [p.coupon_id] : [])))
    const issues: GiftIssue[] = [
      ...activityIssues(input),
      ...packageIssues(input.prizes, { activity: input, coupons: new Map(coupons.map((c) => [c.id, c])), storeCredit, timeZone: tz }),
    ]
    if (!issues.length) {
      const overlap = overlapIssue(input, await giftsRepo.listLiveActivities(manager, now), now, tz, input.id)
      if (overlap) issues.push(overlap)
    }
    if (issues.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, issues.map((i) => i.message).join("; "))
    const values: SaveGiftActivityInput = { name: input.name.trim(), starts_at: input.starts_at, ends_at: input.ends_at, draft: input.draft, prizes: input.prizes }
    const activity = input.id ? await giftsRepo.updateActivity(manager, input.id, values) : await giftsRepo.insertActivity(manager, values)
    return { activity, previous }
  }

  /** Compensation of `saveGiftActivity`: a creation goes, an edit is put back. */
  @InjectTransactionManager()
  async undoSaveGiftActivity(id: string, previous: GiftActivityRow | null, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    const manager = transactionOf(sharedContext)
    if (previous) await giftsRepo.updateActivity(manager, id, { ...previous, starts_at: new Date(previous.starts_at), ends_at: new Date(previous.ends_at) })
    else await giftsRepo.deleteActivity(manager, id)
  }

  @InjectManager()
  async getGiftActivity(id: string, @MedusaContext() sharedContext: Context = {}): Promise<(GiftActivityRow & { grants: number }) | null> {
    const manager = managerOf(sharedContext)
    const row = await giftsRepo.findActivity(manager, id)
    return row ? { ...row, grants: await giftsRepo.countGrants(manager, id) } : null
  }

  /** GIFT-6: a page of activities (latest start first) with their grant counts. */
  @InjectManager()
  async listGiftActivities(page: { limit: number; offset: number }, @MedusaContext() sharedContext: Context = {}) {
    return await giftsRepo.listActivities(managerOf(sharedContext), page)
  }

  /**
   * GIFT-6: closes an activity now. The update takes the row's lock, and a grant holds a share
   * lock on it while it claims: a grant after the close commits sees it closed and gives nothing.
   */
  @InjectTransactionManager()
  async closeGiftActivity(id: string, now: Date = new Date(), @MedusaContext() sharedContext: Context = {}): Promise<GiftActivityRow> {
    const manager = transactionOf(sharedContext)
    const previous = await giftsRepo.lockActivity(manager, id)
    if (!previous) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Membership gift with id: ${id} was not found`)
    const status = giftStatus(previous, now)
    if (status === "closed" || status === "ended") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `This activity is already ${status}.`)
    return (await giftsRepo.closeActivity(manager, id, now))!
  }

  /** Compensation of a close. */
  @InjectTransactionManager()
  async reopenGiftActivity(id: string, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    await transactionOf(sharedContext).execute(`update cm_membership_gift set closed_at = null, updated_at = now() where id = ?`, [id])
  }

  /** GIFT-4: the activity granting now, if any. */
  @InjectManager()
  async getActiveGiftActivity(now: Date = new Date(), @MedusaContext() sharedContext: Context = {}): Promise<GiftActivityRow | null> {
    return (await giftsRepo.findActiveActivity(managerOf(sharedContext), now)) ?? null
  }

  /** The coupons of gift prizes, for their words (GIFT-4) and the admin picker. */
  @InjectManager()
  async listGiftCoupons(ids: string[], @MedusaContext() sharedContext: Context = {}) {
    return await giftsRepo.giftCoupons(managerOf(sharedContext), ids)
  }

  /**
   * GIFT-5: claims the grant of the activity active now for a new member: under a share lock of
   * the activity row (a close waits, or wins first and nothing is granted), the unique
   * (activity, customer) row is inserted; of three deliveries at once, one claims it.
   */
  @InjectTransactionManager()
  async claimGiftGrant(
    customerId: string,
    now: Date = new Date(),
    @MedusaContext() sharedContext: Context = {}
  ): Promise<(GiftGrantClaim & { activity: GiftActivityRow }) | null> {
    const manager = transactionOf(sharedContext)
    const activity = await giftsRepo.findActiveActivity(manager, now, true)
    if (!activity || activity.closed_at) return null
    return { activity, ...(await giftsRepo.claimGrant(manager, activity.id, customerId, now)) }
  }

  @InjectTransactionManager()
  async finishGiftGrant(id: string, prizes: GiftGrantedPrizes, now: Date = new Date(), @MedusaContext() sharedContext: Context = {}): Promise<void> {
    await giftsRepo.finishGrant(transactionOf(sharedContext), id, prizes, now)
  }

  /** Compensation of a claim: the grant row goes, so the package may be granted again. */
  @InjectTransactionManager()
  async releaseGiftGrant(id: string, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    await giftsRepo.deleteGrant(transactionOf(sharedContext), id)
  }

  @InjectManager()
  async findGiftGrant(activityId: string, customerId: string, @MedusaContext() sharedContext: Context = {}) {
    return (await giftsRepo.findGrant(managerOf(sharedContext), activityId, customerId)) ?? null
  }

  /** GIFT-6: grants per day and prize, gift-code uses per day with their revenue, in the store's zone. */
  @InjectManager()
  async giftActivityStats(id: string, @MedusaContext() sharedContext: Context = {}) {
    const manager = managerOf(sharedContext)
    const tz = this.options_.timezone
    return { grants: await giftsRepo.grantStats(manager, id, tz), uses: await giftsRepo.giftCouponUseStats(manager, id, tz), timezone: tz }
  }

  private tokenSecret_(): string {
    return this.options_.messages.token_secret ?? DEVELOPMENT_TOKEN_SECRET
  }

  private publicUrl_(): string {
    return this.options_.messages.public_url.replace(/\/+$/, "")
  }
}

function toAdminSettings(row?: Partial<CouponSettingsValues> & { updated_at?: Date | string | null }): AdminCouponSettings {
  return { ...pickSettingsValues(row ?? {}, true), updated_at: row?.updated_at ?? null }
}

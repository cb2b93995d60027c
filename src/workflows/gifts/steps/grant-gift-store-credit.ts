import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import type { GiftGrantedPrizes } from "../../../modules/coupon-marketing/types/gifts"
import type { GiftGrantClaimResult } from "./claim-gift-grant"

/** The loyalty plugin's module key (`@medusajs/loyalty-plugin`, its `PluginModule.STORE_CREDIT`). */
export const STORE_CREDIT_MODULE = "store_credit"
/** The transaction's `reference`: with `reference_id` = the grant id it marks the gift's credit. */
export const GIFT_CREDIT_REFERENCE = "coupon_marketing_membership_gift"

type StoreCreditService = {
  listStoreCreditAccounts(filters: Record<string, unknown>, config?: Record<string, unknown>): Promise<{ id: string }[]>
  createStoreCreditAccounts(data: { customer_id: string; currency_code: string }[]): Promise<{ id: string }[]>
  deleteStoreCreditAccounts(ids: string[]): Promise<void>
  listAccountTransactions(filters: Record<string, unknown>, config?: Record<string, unknown>): Promise<{ id: string; amount: unknown }[]>
  creditAccounts(data: { account_id: string; amount: number; reference: string; reference_id: string; note?: string }[]): Promise<{ id: string }[]>
  deleteTransactions(ids: string[]): Promise<void>
}

type Credit = NonNullable<GiftGrantedPrizes["store_credit"]>
type Undo = { transaction_id: string | null; account_id: string | null }

/**
 * GIFT-2/5: a `store_credit` prize credits the customer's store credit account of the prize's
 * currency through Medusa's loyalty plugin (the account made when the customer has none).
 * Idempotent: the credit's transaction carries the grant's id as `reference_id`, so a grant taken
 * up again after a dead worker finds it and credits nothing more. Compensation deletes the
 * transaction this run made (and the account, when this run opened it). Without the plugin (its
 * module not registered) nothing is credited: such a prize cannot be saved there (GIFT-2).
 */
export const grantGiftStoreCreditStep = createStep(
  "coupon-marketing-grant-gift-store-credit",
  async (claim: GiftGrantClaimResult, { container }) => {
    const prize = claim?.activity.prizes.find((p) => p.type === "store_credit")
    if (!claim || !prize || prize.type !== "store_credit") return new StepResponse<Credit | null, Undo | null>(null, null)
    if (!container.hasRegistration(STORE_CREDIT_MODULE)) {
      container.resolve(ContainerRegistrationKeys.LOGGER).warn(`coupon-marketing: grant ${claim.grant.id}: store credit not given, the loyalty plugin is not installed`)
      return new StepResponse<Credit | null, Undo | null>(null, null)
    }
    const credit = container.resolve<StoreCreditService>(STORE_CREDIT_MODULE)
    const currency = prize.currency_code.toLowerCase()
    const given: Credit = { amount: prize.amount, currency_code: currency }
    const [existing] = await credit.listAccountTransactions({ reference: GIFT_CREDIT_REFERENCE, reference_id: claim.grant.id }, { take: 1 })
    if (existing) return new StepResponse<Credit | null, Undo | null>(given, null)

    let [account] = await credit.listStoreCreditAccounts({ customer_id: claim.grant.customer_id, currency_code: currency }, { take: 1 })
    let opened: string | null = null
    if (!account) {
      ;[account] = await credit.createStoreCreditAccounts([{ customer_id: claim.grant.customer_id, currency_code: currency }])
      opened = account.id
    }
    const [transaction] = await credit.creditAccounts([
      { account_id: account.id, amount: prize.amount, reference: GIFT_CREDIT_REFERENCE, reference_id: claim.grant.id, note: `Sign-up gift: ${claim.activity.name}` },
    ])
    return new StepResponse<Credit | null, Undo | null>(given, { transaction_id: transaction?.id ?? null, account_id: opened })
  },
  async (undo, { container }) => {
    if (!undo || !container.hasRegistration(STORE_CREDIT_MODULE)) return
    const credit = container.resolve<StoreCreditService>(STORE_CREDIT_MODULE)
    if (undo.transaction_id) await credit.deleteTransactions([undo.transaction_id])
    if (undo.account_id) await credit.deleteStoreCreditAccounts([undo.account_id])
  }
)

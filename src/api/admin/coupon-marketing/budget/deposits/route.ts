import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COUPON_MARKETING_MODULE } from "../../../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../../../modules/coupon-marketing/service"
import { depositBudgetWorkflow } from "../../../../../workflows/points/workflows/deposit-budget"
import type { AdminCreateDepositType, AdminListDepositsType } from "./validators"
import type { AdminDeposit, AdminDepositListResponse, AdminDepositResponse } from "../../../../../types/http"

const toDeposit = (e: { id: string; deposit_number: string | null; amount: number; currency_code: string; reason: string | null; created_at: Date }): AdminDeposit<Date> => ({
  id: e.id,
  deposit_number: e.deposit_number ?? "",
  amount: Number(e.amount),
  currency_code: e.currency_code,
  reason: e.reason ?? "",
  created_at: e.created_at,
})

/**
 * GET /admin/coupon-marketing/budget/deposits?limit&offset&order&currency_code → `{ deposits,
 * count, offset, limit }`, newest first unless `order` says otherwise.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListDepositsType>, res: MedusaResponse<AdminDepositListResponse<Date>>) => {
  const { limit, offset } = req.validatedQuery
  const service = req.scope.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
  const [rows, count] = await service.listAndCountBudgetEntries({ ...req.filterableFields, type: "deposit" }, req.listConfig)
  res.json({ deposits: rows.map(toDeposit), count, offset, limit })
}

/** POST /admin/coupon-marketing/budget/deposits `{ amount, reason, currency_code }` (POINTS-6) → 201 `{ deposit }` */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateDepositType>, res: MedusaResponse<AdminDepositResponse<Date>>) => {
  const { result } = await depositBudgetWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ deposit: toDeposit(result) })
}

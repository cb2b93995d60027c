import { Plus } from "@medusajs/icons"
import { Button, Heading, Skeleton, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { AdminBudget, useBudgets, useDeposits } from "../hooks/use-budget"
import { formatMoney } from "../../modules/coupon-marketing/domain/coupons"
import { plural } from "./coupon-display"
import { DepositDrawer } from "./deposit-drawer"
import { PageError, Pager } from "./layout"
import { StoreTimeZoneNote, useStoreDates } from "./points-display"

const PAGE_SIZE = 20

/** A share of the budget in words that never round a real draw to 0 %: "<1%", "0.4%", "12%", "100%". */
export function percentText(share: number): string {
  if (share <= 0) return "0%"
  if (share >= 1) return "100%"
  const pct = share * 100
  if (pct < 0.1) return "<0.1%"
  if (pct < 1) return `${pct.toFixed(1)}%`
  // Never "100%" while something remains, nor a whole number that hides a fraction below 1.
  return `${Math.min(99, Math.floor(pct))}%`
}

/** "¥200 of ¥50,000 drawn by exchanged coupons (0.4%)". */
export function drawnShareText(budget: Pick<AdminBudget, "drawn" | "deposited" | "currency_code">): string {
  const share = budget.deposited > 0 ? Math.min(1, budget.drawn / budget.deposited) : 0
  return `${formatMoney(budget.drawn, budget.currency_code)} of ${formatMoney(budget.deposited, budget.currency_code)} drawn by exchanged coupons (${percentText(share)})`
}

/** One currency's budget: deposited, drawn by exchanges, remaining. */
const BudgetCard = ({ budget }: { budget: AdminBudget }) => {
  const code = budget.currency_code.toUpperCase()
  const drawnShare = budget.deposited > 0 ? Math.min(1, budget.drawn / budget.deposited) : 0
  const figure = (label: string, amount: number, id: string, strong = false) => (
    <div className="flex flex-col gap-y-0.5">
      <Text size="xsmall" className="text-ui-fg-muted" id={`${id}_label`}>
        {label}
      </Text>
      <Text
        size={strong ? "xlarge" : "large"}
        weight="plus"
        className="tabular-nums"
        aria-labelledby={`${id}_label`}
        data-testid={id}
      >
        {formatMoney(amount, budget.currency_code)}
      </Text>
    </div>
  )
  return (
    <section
      className="bg-ui-bg-component shadow-elevation-card-rest flex flex-col gap-y-4 rounded-lg p-4"
      aria-label={`${code} budget`}
    >
      <div className="flex items-center justify-between gap-x-2">
        <Heading level="h3">{code}</Heading>
        <Text size="xsmall" className="text-ui-fg-muted">
          {plural(budget.deposits, "deposit")}
        </Text>
      </div>
      <div className="grid grid-cols-3 gap-4">
        {figure("Deposited", budget.deposited, `budget_${budget.currency_code}_deposited`)}
        {figure("Drawn", budget.drawn, `budget_${budget.currency_code}_drawn`)}
        {figure("Remaining", budget.remaining, `budget_${budget.currency_code}_remaining`, true)}
      </div>
      <div className="flex flex-col gap-y-1">
        <div
          className="bg-ui-border-base h-1.5 w-full overflow-hidden rounded-full"
          role="meter"
          aria-label={`${code} budget drawn`}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Number((drawnShare * 100).toFixed(2))}
          aria-valuetext={drawnShareText(budget)}
        >
          <div
            className={`h-full rounded-full ${drawnShare >= 0.9 ? "bg-ui-tag-red-icon" : "bg-ui-fg-interactive"}`}
            style={{ width: drawnShare > 0 ? `max(${drawnShare * 100}%, 2px)` : "0%" }}
          />
        </div>
        <Text size="xsmall" className="text-ui-fg-muted" data-testid={`budget_${budget.currency_code}_share`}>
          {drawnShareText(budget)}
        </Text>
      </div>
    </section>
  )
}

/** Points → Budget (POINTS-6): what funds the exchanged coupons, and every deposit. */
export const BudgetPanel = () => {
  const [open, setOpen] = useState(false)
  const [pageIndex, setPageIndex] = useState(0)
  const budgets = useBudgets()
  const deposits = useDeposits({ limit: PAGE_SIZE, offset: pageIndex * PAGE_SIZE })
  const count = deposits.data?.count ?? 0
  const { format } = useStoreDates()

  return (
    <div className="divide-y">
      <div className="flex items-start justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading level="h2">Budget</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Your deposits fund the coupons shoppers get for points. Each exchange draws the coupon's face value; an
            exchange beyond the remaining budget is refused.
          </Text>
        </div>
        <Button size="small" variant="secondary" onClick={() => setOpen(true)}>
          <Plus />
          Add deposit
        </Button>
      </div>

      <div className="px-6 py-4">
        {budgets.isLoading && (
          <div className="grid gap-4 md:grid-cols-2" aria-busy="true" aria-label="Loading the budget">
            <Skeleton className="h-36 w-full" />
          </div>
        )}
        {budgets.isError && <PageError what="the budget" error={budgets.error} onRetry={() => budgets.refetch()} />}
        {budgets.data && budgets.data.length === 0 && (
          <div className="flex flex-col items-center gap-y-3 py-10 text-center">
            <Heading level="h3">No budget yet</Heading>
            <Text size="small" className="text-ui-fg-subtle max-w-md">
              Until you add a deposit, shoppers cannot exchange points for coupons: every exchange draws on the budget.
            </Text>
            <Button size="small" onClick={() => setOpen(true)}>
              Add deposit
            </Button>
          </div>
        )}
        {budgets.data && budgets.data.length > 0 && (
          <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
            {budgets.data.map((b) => (
              <BudgetCard key={b.currency_code} budget={b} />
            ))}
          </div>
        )}
      </div>

      <div>
        <div className="flex items-baseline justify-between gap-x-4 px-6 py-4">
          <Heading level="h2">Deposits</Heading>
          <StoreTimeZoneNote />
        </div>
        {deposits.isLoading && (
          <div className="flex flex-col gap-y-3 px-6 pb-6" aria-busy="true" aria-label="Loading deposits">
            {Array.from({ length: 3 }, (_, i) => (
              <Skeleton key={i} className="h-8 w-full" />
            ))}
          </div>
        )}
        {deposits.isError && <PageError what="the deposits" error={deposits.error} onRetry={() => deposits.refetch()} />}
        {deposits.data && count === 0 && (
          <Text size="small" className="text-ui-fg-subtle px-6 pb-6">
            No deposits yet.
          </Text>
        )}
        {deposits.data && count > 0 && (
          <div className={deposits.isFetching ? "opacity-60 transition-opacity" : "transition-opacity"}>
            <Table aria-label="Deposits">
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>Number</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">Amount</Table.HeaderCell>
                  <Table.HeaderCell>Reason</Table.HeaderCell>
                  <Table.HeaderCell>Date</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {deposits.data.deposits.map((d) => (
                  <Table.Row key={d.id}>
                    <Table.Cell className="font-mono">{d.deposit_number}</Table.Cell>
                    <Table.Cell className="text-right tabular-nums">{formatMoney(d.amount, d.currency_code)}</Table.Cell>
                    <Table.Cell className="max-w-96 truncate" title={d.reason}>
                      {d.reason}
                    </Table.Cell>
                    <Table.Cell className="whitespace-nowrap">{format(d.created_at)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
            <Pager count={count} pageSize={PAGE_SIZE} pageIndex={pageIndex} setPageIndex={setPageIndex} />
          </div>
        )}
      </div>

      <DepositDrawer open={open} onOpenChange={setOpen} />
    </div>
  )
}

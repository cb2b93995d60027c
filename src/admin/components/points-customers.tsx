import { ArrowUpRightOnBox, PlusMini, XMarkMini } from "@medusajs/icons"
import { Badge, Button, Heading, Hint, IconButton, Input, Skeleton, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { customerLabel, useCustomerSearch } from "../hooks/use-customers"
import { useDebounced } from "../hooks/use-debounced"
import { AdminPointsAccount, CustomerSummary, useCustomer, usePointsAccount } from "../hooks/use-points"
import { errorMessage } from "../lib/sdk"
import { AdjustPointsDrawer } from "./adjust-points-drawer"
import { PageError, Pager } from "./layout"
import {
  EntryTypeBadge,
  ExchangeStateBadge,
  LedgerReason,
  SignedPoints,
  StoreTimeZoneNote,
  exchangeValue,
  pointsText,
  useStoreDates,
} from "./points-display"

const LEDGER_PAGE_SIZE = 20

/** "Hanako Sato", or the email. */
export function customerName(customer: Pick<CustomerSummary, "email" | "first_name" | "last_name">): string {
  return [customer.first_name, customer.last_name].filter(Boolean).join(" ") || customer.email
}

/**
 * Points → Customers (POINTS-1, POINTS-3): find a customer by name or email, see their balance,
 * ledger and exchanged coupons, and adjust their points.
 */
export const CustomersPanel = ({
  customerId,
  onSelect,
}: {
  /** The customer shown (from the address, so a link can open one). */
  customerId: string | null
  onSelect: (customerId: string | null) => void
}) => {
  const [search, setSearch] = useState("")
  const q = useDebounced(search.trim())
  const showResults = !customerId || !!search.trim()
  const results = useCustomerSearch(q, showResults)
  const customers = results.data?.customers ?? []

  return (
    <div className="divide-y">
      <div className="flex flex-col gap-y-3 px-6 py-4">
        <div>
          <Heading level="h2">Customers</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Find a customer to see their points balance, ledger and the coupons they got for points, and to adjust their
            points.
          </Text>
        </div>
        <Input
          type="search"
          size="small"
          className="w-full md:w-96"
          placeholder="Search by name or email"
          aria-label="Search customers"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        {showResults && (
          <>
            {results.isError && (
              <div className="flex items-center justify-between gap-x-2">
                <Hint variant="error">Could not load the customers: {errorMessage(results.error)}</Hint>
                <Button type="button" size="small" variant="secondary" onClick={() => results.refetch()}>
                  Try again
                </Button>
              </div>
            )}
            <ul aria-label="Customers found" className="shadow-borders-base max-h-80 overflow-y-auto rounded-lg p-1 md:w-96">
              {results.isLoading && (
                <li className="px-2 py-1.5">
                  <Text size="small" className="text-ui-fg-subtle">
                    Loading customers…
                  </Text>
                </li>
              )}
              {customers.map((c) => (
                <li key={c.id}>
                  <button
                    type="button"
                    className={
                      "txt-compact-small hover:bg-ui-bg-base-hover focus-visible:bg-ui-bg-base-hover flex w-full items-center justify-between gap-x-2 rounded-md px-2 py-1.5 text-left outline-none " +
                      (c.id === customerId ? "bg-ui-bg-highlight text-ui-fg-base font-medium" : "text-ui-fg-subtle")
                    }
                    aria-current={c.id === customerId ? "true" : undefined}
                    onClick={() => {
                      onSelect(c.id)
                      setSearch("")
                    }}
                  >
                    <span className="truncate">{customerLabel(c)}</span>
                  </button>
                </li>
              ))}
              {results.data && customers.length === 0 && (
                <li className="px-2 py-1.5">
                  <Text size="small" className="text-ui-fg-subtle">
                    {q ? `No customer matches “${q}”.` : "The store has no customers yet."}
                  </Text>
                </li>
              )}
            </ul>
            {(results.data?.count ?? 0) > customers.length && (
              <Text size="xsmall" className="text-ui-fg-muted">
                Showing {customers.length} of {results.data?.count.toLocaleString("en-US")}: search to narrow the list.
              </Text>
            )}
          </>
        )}
      </div>

      {customerId && <CustomerAccount key={customerId} customerId={customerId} onClose={() => onSelect(null)} />}
    </div>
  )
}

/** One customer's points account: balance, ledger (paged), exchanged coupons, "Adjust points". */
const CustomerAccount = ({ customerId, onClose }: { customerId: string; onClose: () => void }) => {
  const [pageIndex, setPageIndex] = useState(0)
  const [adjusting, setAdjusting] = useState(false)
  const customer = useCustomer(customerId)
  const account = usePointsAccount(customerId, { limit: LEDGER_PAGE_SIZE, offset: pageIndex * LEDGER_PAGE_SIZE })
  const name = customer.data ? customerName(customer.data) : "This customer"

  return (
    <section className="divide-y" aria-label="Points account">
      <div className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
        <div className="min-w-0">
          {customer.isLoading ? (
            <Skeleton className="h-6 w-48" />
          ) : (
            <Heading level="h2" className="truncate">
              {name}
            </Heading>
          )}
          <Text size="small" className="text-ui-fg-subtle truncate">
            {customer.data?.email ?? (customer.isError ? `Could not load the customer: ${errorMessage(customer.error)}` : " ")}
          </Text>
        </div>
        <div className="flex shrink-0 items-center gap-x-2">
          <Button size="small" variant="secondary" asChild>
            <Link to={`/customers/${customerId}`}>
              <ArrowUpRightOnBox />
              Customer page
            </Link>
          </Button>
          <Button size="small" variant="secondary" onClick={() => setAdjusting(true)} disabled={!account.data}>
            <PlusMini />
            Adjust points
          </Button>
          <IconButton size="small" variant="transparent" aria-label="Close the account" onClick={onClose}>
            <XMarkMini />
          </IconButton>
        </div>
      </div>

      {account.isLoading && (
        <div className="flex flex-col gap-y-3 px-6 py-6" aria-busy="true" aria-label="Loading the points account">
          <Skeleton className="h-10 w-40" />
          <Skeleton className="h-8 w-full" />
          <Skeleton className="h-8 w-full" />
        </div>
      )}
      {account.isError && <PageError what="the points account" error={account.error} onRetry={() => account.refetch()} />}
      {account.data && (
        <>
          <div className="flex items-end gap-x-8 px-6 py-4">
            <div>
              <Text size="xsmall" className="text-ui-fg-muted" id="points_balance_label">
                Balance
              </Text>
              <Text size="xlarge" weight="plus" className="tabular-nums" id="points_balance" aria-labelledby="points_balance_label">
                {pointsText(account.data.balance)}
              </Text>
            </div>
            <div>
              <Text size="xsmall" className="text-ui-fg-muted">
                Coupons from points
              </Text>
              <Text size="large" weight="plus" className="tabular-nums">
                {account.data.exchanges.length.toLocaleString("en-US")}
              </Text>
            </div>
          </div>
          <Ledger
            account={account.data}
            pageIndex={pageIndex}
            setPageIndex={setPageIndex}
            fetching={account.isFetching}
          />
          <Exchanges account={account.data} />
          <AdjustPointsDrawer
            customerId={customerId}
            customerName={name}
            balance={account.data.balance}
            open={adjusting}
            onOpenChange={(open) => {
              setAdjusting(open)
              if (!open) setPageIndex(0)
            }}
          />
        </>
      )}
    </section>
  )
}

/** The ledger, newest first: type, signed points, reason, balance after, date. */
const Ledger = ({
  account,
  pageIndex,
  setPageIndex,
  fetching,
}: {
  account: AdminPointsAccount
  pageIndex: number
  setPageIndex: (update: (i: number) => number) => void
  fetching: boolean
}) => {
  const { format } = useStoreDates()
  return (
    <div>
      <div className="flex items-baseline justify-between gap-x-4 px-6 py-4">
        <Heading level="h3">Ledger</Heading>
        <StoreTimeZoneNote />
      </div>
      {account.count === 0 ? (
        <Text size="small" className="text-ui-fg-subtle px-6 pb-6">
          No points yet: points are earned on orders, and you can add some with “Adjust points”.
        </Text>
      ) : (
        <div className={fetching ? "opacity-60 transition-opacity" : "transition-opacity"}>
          <Table aria-label="Points ledger">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Date</Table.HeaderCell>
                <Table.HeaderCell>Type</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Points</Table.HeaderCell>
                <Table.HeaderCell>Reason</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Balance after</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {account.entries.map((e) => (
                <Table.Row key={e.id}>
                  <Table.Cell className="whitespace-nowrap">{format(e.created_at)}</Table.Cell>
                  <Table.Cell>
                    <EntryTypeBadge type={e.type} />
                  </Table.Cell>
                  <Table.Cell className="text-right">
                    <SignedPoints points={e.points} />
                  </Table.Cell>
                  <Table.Cell className="max-w-96">
                    <LedgerReason reason={e.reason} createdBy={e.created_by} />
                    {e.expires_at && e.points > 0 && (
                      <Text size="xsmall" className="text-ui-fg-muted">
                        Expires {format(e.expires_at)}
                      </Text>
                    )}
                  </Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{e.balance_after.toLocaleString("en-US")}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <Pager count={account.count} pageSize={LEDGER_PAGE_SIZE} pageIndex={pageIndex} setPageIndex={setPageIndex} />
        </div>
      )}
    </div>
  )
}

/** The coupons the customer got for points: code, value, points paid, used / expiry. */
const Exchanges = ({ account }: { account: AdminPointsAccount }) => {
  const { format } = useStoreDates()
  return (
  <div>
    <div className="flex items-center justify-between gap-x-2 px-6 py-4">
      <Heading level="h3">Coupons from points</Heading>
      {account.exchanges.length >= 50 && (
        <Badge size="2xsmall" color="grey">
          The 50 most recent
        </Badge>
      )}
    </div>
    {account.exchanges.length === 0 ? (
      <Text size="small" className="text-ui-fg-subtle px-6 pb-6">
        No coupons exchanged for points yet.
      </Text>
    ) : (
      <Table aria-label="Coupons from points">
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Code</Table.HeaderCell>
            <Table.HeaderCell>Offer</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Value</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Points paid</Table.HeaderCell>
            <Table.HeaderCell>State</Table.HeaderCell>
            <Table.HeaderCell>Exchanged</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {account.exchanges.map((x) => (
            <Table.Row key={x.id} className="[&_td]:py-2">
              <Table.Cell className="font-mono">{x.code ?? <span className="text-ui-fg-muted">(removed)</span>}</Table.Cell>
              <Table.Cell className="max-w-64 truncate" title={x.offer_name ?? undefined}>
                {x.offer_name ?? <span className="text-ui-fg-muted">–</span>}
              </Table.Cell>
              <Table.Cell className="text-right tabular-nums whitespace-nowrap">{exchangeValue(x)}</Table.Cell>
              <Table.Cell className="text-right tabular-nums">{x.points.toLocaleString("en-US")}</Table.Cell>
              <Table.Cell>
                <ExchangeStateBadge exchange={x} />
              </Table.Cell>
              <Table.Cell className="whitespace-nowrap">{format(x.created_at)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    )}
  </div>
  )
}

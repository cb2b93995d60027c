import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { ArrowUpRightOnBox } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Skeleton, StatusBadge, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import {
  EntryTypeBadge,
  ExchangeStateBadge,
  LedgerReason,
  SignedPoints,
  StoreTimeZoneNote,
  exchangeValue,
  pointsPath,
  pointsText,
  useStoreDates,
} from "../components/points-display"
import { usePointsAccount } from "../hooks/use-points"
import { useCustomerFollower } from "../hooks/use-followers"
import { pushTypeLabel, usePushes } from "../hooks/use-pushes"
import { PushStatusBadge } from "../components/pushes/push-display"
import { errorMessage } from "../lib/sdk"

const RECENT = 5

/** PUSH-1, PUSH-2: whether the customer follows the store, their verified email and coupon-message consent. */
const FollowerStatus = ({ customerId }: { customerId: string }) => {
  const { data: follower, isLoading, isError } = useCustomerFollower(customerId)
  const { format } = useStoreDates()
  if (isLoading) return <div className="px-6 py-4"><Skeleton className="h-5 w-full" /></div>
  if (isError || !follower) return null
  const p = follower.preferences
  const channel = (label: string, on: boolean) => (
    <StatusBadge color={on ? "green" : "grey"} aria-label={`${label}: ${on ? "on" : "off"}`}>
      {label}
    </StatusBadge>
  )
  return (
    <div className="flex flex-col gap-y-2 px-6 py-4" role="group" aria-label="Follower and consent">
      <div className="flex items-center justify-between gap-x-4">
        <Text size="small" weight="plus" className="text-ui-fg-subtle">
          Follower
        </Text>
        <Text size="small" data-testid="customer-follower-status">
          {follower.following ? `Since ${format(follower.followed_at)}` : "Not following"}
        </Text>
      </div>
      <div className="flex items-center justify-between gap-x-4">
        <Text size="small" weight="plus" className="text-ui-fg-subtle">
          Email
        </Text>
        {p.email_verified ? <Badge color="green" size="2xsmall">Verified</Badge> : <Badge color="orange" size="2xsmall">Not verified</Badge>}
      </div>
      <div className="flex items-center justify-between gap-x-4">
        <Text size="small" weight="plus" className="text-ui-fg-subtle">
          Coupon messages
        </Text>
        <div className="flex gap-x-1">
          {channel("Email", p.email)}
          {channel("In-app", p.feed)}
          {channel("Push", p.push)}
        </div>
      </div>
    </div>
  )
}

/** PUSH-11: the coupon pushes this customer received (GET /admin/coupon-marketing/pushes?customer_id=). */
const PushesReceived = ({ customerId }: { customerId: string }) => {
  const list = usePushes({ customer_id: customerId, limit: RECENT, offset: 0 })
  return (
    <div className="flex flex-col gap-y-2 px-6 py-4" role="group" aria-label="Pushes received">
      <Text size="small" weight="plus" className="text-ui-fg-subtle">
        Pushes received
      </Text>
      {list.isLoading && <Skeleton className="h-5 w-full" />}
      {list.isError && (
        <Text size="small" className="text-ui-fg-subtle">
          Could not load the pushes: {errorMessage(list.error)}
        </Text>
      )}
      {list.data && list.data.pushes.length === 0 && (
        <Text size="small" className="text-ui-fg-muted">
          No coupon push received yet.
        </Text>
      )}
      {list.data && list.data.pushes.length > 0 && (
        <ul aria-label="Pushes received" className="flex flex-col gap-y-2" data-testid="customer-pushes">
          {list.data.pushes.map((p) => (
            <li key={p.id} className="grid grid-cols-[minmax(0,1fr)_auto] items-start gap-x-4">
              <div className="min-w-0">
                <Link
                  to={`/coupon-marketing/pushes/${p.id}`}
                  className="txt-compact-small text-ui-fg-interactive hover:text-ui-fg-interactive-hover outline-none focus-visible:underline"
                >
                  {p.coupon.name}
                </Link>
                <Text size="xsmall" className="text-ui-fg-muted">
                  {pushTypeLabel(p.type)} · {p.send_at_label}
                </Text>
              </div>
              <PushStatusBadge status={p.status} />
            </li>
          ))}
        </ul>
      )}
      {list.data && list.data.count > list.data.pushes.length && (
        <Text size="xsmall" className="text-ui-fg-muted">
          {list.data.count.toLocaleString("en-US")} pushes in all.
        </Text>
      )}
    </div>
  )
}

/**
 * The customer page (SPEC §5): the customer's points balance, their 5 most recent ledger entries
 * and the coupons they hold from exchanges, with a link to their account under Points.
 */
const CustomerPointsWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => {
  const { data: account, isLoading, isError, error, refetch } = usePointsAccount(customer?.id, { limit: RECENT, offset: 0 })
  const { format } = useStoreDates()

  return (
    <Container className="divide-y p-0" role="region" aria-label="Points">
      <div className="flex items-start justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading level="h2">Points</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Follower and consent status, coupon pushes received, loyalty points and the coupons exchanged for them.
          </Text>
        </div>
        <Button size="small" variant="secondary" asChild>
          <Link to={pointsPath("customers", customer.id)}>
            <ArrowUpRightOnBox />
            Open in Points
          </Link>
        </Button>
      </div>

      <FollowerStatus customerId={customer.id} />

      <PushesReceived customerId={customer.id} />

      {isLoading && (
        <div className="flex flex-col gap-y-2 px-6 py-4" aria-busy="true" aria-label="Loading points">
          <Skeleton className="h-7 w-32" />
          <Skeleton className="h-5 w-full" />
          <Skeleton className="h-5 w-full" />
        </div>
      )}

      {isError && (
        <div className="flex items-center justify-between gap-x-4 px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            Could not load the points: {errorMessage(error)}
          </Text>
          <Button size="small" variant="secondary" onClick={() => refetch()}>
            Try again
          </Button>
        </div>
      )}

      {account && (
        <>
          <div className="flex items-baseline justify-between gap-x-4 px-6 py-4">
            <Text size="small" weight="plus" className="text-ui-fg-subtle" id="customer_points_balance_label">
              Balance
            </Text>
            <Text
              size="xlarge"
              weight="plus"
              className="tabular-nums"
              id="customer_points_balance"
              aria-labelledby="customer_points_balance_label"
            >
              {pointsText(account.balance)}
            </Text>
          </div>

          <div className="flex flex-col gap-y-2 px-6 py-4">
            <Text size="small" weight="plus" className="text-ui-fg-subtle">
              Recent activity
            </Text>
            {account.entries.length === 0 ? (
              <Text size="small" className="text-ui-fg-muted">
                No points yet.
              </Text>
            ) : (
              <ul aria-label="Recent points activity" className="flex flex-col gap-y-2">
                {account.entries.map((e) => (
                  <li key={e.id} className="grid grid-cols-[minmax(0,1fr)_auto] items-start gap-x-4">
                    <div className="min-w-0">
                      <div className="flex items-center gap-x-2">
                        <EntryTypeBadge type={e.type} />
                        <Text size="small" leading="compact" className="min-w-0" asChild>
                          <div>
                            <LedgerReason reason={e.reason} createdBy={e.created_by} />
                          </div>
                        </Text>
                      </div>
                      <Text size="xsmall" className="text-ui-fg-muted">
                        {format(e.created_at)} · balance {e.balance_after.toLocaleString("en-US")}
                      </Text>
                    </div>
                    <SignedPoints points={e.points} className="txt-compact-small" />
                  </li>
                ))}
              </ul>
            )}
            {account.count > account.entries.length && (
              <Link
                to={pointsPath("customers", customer.id)}
                className="txt-compact-small text-ui-fg-interactive hover:text-ui-fg-interactive-hover outline-none focus-visible:underline"
              >
                All {account.count.toLocaleString("en-US")} entries
              </Link>
            )}
            {account.entries.length > 0 && <StoreTimeZoneNote />}
          </div>

          <div className="flex flex-col gap-y-2 px-6 py-4">
            <Text size="small" weight="plus" className="text-ui-fg-subtle">
              Coupons from points
            </Text>
            {account.exchanges.length === 0 ? (
              <Text size="small" className="text-ui-fg-muted">
                None exchanged yet.
              </Text>
            ) : (
              <ul aria-label="Coupons from points" className="flex flex-col gap-y-2">
                {account.exchanges.slice(0, RECENT).map((x) => (
                  <li key={x.id} className="grid grid-cols-[minmax(0,1fr)_auto] items-start gap-x-4">
                    <div className="min-w-0">
                      <Text size="small" leading="compact" className="font-mono">
                        {x.code ?? "(removed)"}
                      </Text>
                      <Text size="xsmall" className="text-ui-fg-muted">
                        {[x.offer_name, exchangeValue(x), pointsText(x.points)].filter(Boolean).join(" · ")}
                      </Text>
                    </div>
                    <ExchangeStateBadge exchange={x} />
                  </li>
                ))}
              </ul>
            )}
            {account.exchanges.length > RECENT && (
              <Link
                to={pointsPath("customers", customer.id)}
                className="txt-compact-small text-ui-fg-interactive hover:text-ui-fg-interactive-hover outline-none focus-visible:underline"
              >
                All {account.exchanges.length.toLocaleString("en-US")} coupons
              </Link>
            )}
          </div>
        </>
      )}
    </Container>
  )
}

// At the top of the page's side column: Medusa puts the main column's Metadata and JSON
// sections before every "customer.details.after" widget, which buried the points below them.
export const config = defineWidgetConfig({
  zone: "customer.details.side.before",
})

export default CustomerPointsWidget

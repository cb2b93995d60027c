import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Plus } from "@medusajs/icons"
import { Button, Container, Heading, Skeleton, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { PageError, Pager } from "../../../components/layout"
import { GiftStatusBadge, PrizeList, giftWindowText } from "../../../components/gifts/gift-display"
import { StoreTimeZoneNote, useStoreDates } from "../../../components/store-dates"
import { GIFTS_PATH, useGifts } from "../../../hooks/use-gifts"

const PAGE_SIZE = 20

/**
 * Coupon marketing → Membership gift (GIFT-6): the sign-up gift activities — name, status, window
 * on the store's clocks, the package and how many new members got it — latest start first.
 */
const MembershipGiftsPage = () => {
  const [pageIndex, setPageIndex] = useState(0)
  const navigate = useNavigate()
  const { timeZone } = useStoreDates()
  const list = useGifts({ limit: PAGE_SIZE, offset: pageIndex * PAGE_SIZE })

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">Membership gift</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            A welcome package for visitors who sign up: points, coupons, free shipping or store credit, granted once to every new member.
          </Text>
        </div>
        <Button size="small" variant="secondary" asChild>
          <Link to={`${GIFTS_PATH}/create`}>
            <Plus />
            Create
          </Link>
        </Button>
      </div>

      {list.isLoading && (
        <div className="flex flex-col gap-y-2 px-6 py-4" aria-busy="true" aria-label="Loading the gifts">
          <Skeleton className="h-8 w-full" />
          <Skeleton className="h-8 w-full" />
        </div>
      )}
      {list.isError && <PageError what="the gifts" error={list.error} onRetry={() => list.refetch()} />}
      {list.data && list.data.membership_gifts.length === 0 && (
        <div className="flex flex-col items-center gap-y-2 px-6 py-12 text-center" data-testid="gifts-empty">
          <Text weight="plus" size="small">
            No sign-up gift yet
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            Welcome new members with points, a coupon, free shipping or store credit. One gift runs at a time.
          </Text>
          <Button size="small" asChild>
            <Link to={`${GIFTS_PATH}/create`}>Create</Link>
          </Button>
        </div>
      )}
      {list.data && list.data.membership_gifts.length > 0 && (
        <div>
          <Table aria-label="Membership gifts">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Name</Table.HeaderCell>
                <Table.HeaderCell>Status</Table.HeaderCell>
                <Table.HeaderCell>Window</Table.HeaderCell>
                <Table.HeaderCell>Package</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Granted</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {list.data.membership_gifts.map((g) => (
                <Table.Row key={g.id} className="cursor-pointer" onClick={() => navigate(`${GIFTS_PATH}/${g.id}`)}>
                  <Table.Cell>
                    <Link
                      to={`${GIFTS_PATH}/${g.id}`}
                      onClick={(e) => e.stopPropagation()}
                      className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover outline-none focus-visible:underline"
                    >
                      {g.name}
                    </Link>
                  </Table.Cell>
                  <Table.Cell>
                    <GiftStatusBadge status={g.status} />
                  </Table.Cell>
                  <Table.Cell className="tabular-nums">{giftWindowText(g, timeZone)}</Table.Cell>
                  <Table.Cell className="max-w-[320px]">
                    <PrizeList prizes={g.prize_views} compact />
                  </Table.Cell>
                  <Table.Cell className="text-right tabular-nums" data-testid="gift-grants">
                    {g.grants.toLocaleString("en-US")}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <Pager count={list.data.count} pageSize={PAGE_SIZE} pageIndex={pageIndex} setPageIndex={setPageIndex} />
        </div>
      )}
      <div className="px-6 py-3">
        <StoreTimeZoneNote />
      </div>
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Membership gift",
  // The sidebar's order under Coupon marketing: Coupons, Points, Coupon settings, Followers, Pushes, Membership gift.
  rank: 6,
})

export const handle = {
  breadcrumb: () => "Membership gift",
}

export default MembershipGiftsPage

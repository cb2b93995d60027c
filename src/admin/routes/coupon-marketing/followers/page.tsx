import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowDownTray } from "@medusajs/icons"
import { Badge, Button, Container, DatePicker, Heading, Input, Label, Select, Skeleton, StatusBadge, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { Link } from "react-router-dom"
import { PageError, Pager } from "../../../components/layout"
import { StoreTimeZoneNote, useStoreDates } from "../../../components/points-display"
import { useDebounced } from "../../../hooks/use-debounced"
import { type AdminFollower, type FollowerQuery, calendarDay, followerQuery, useFollowers } from "../../../hooks/use-followers"
import { backendUrl } from "../../../lib/sdk"

const PAGE_SIZE = 20

const CONSENT_FILTERS: { value: string; label: string }[] = [
  { value: "all", label: "Any consent" },
  { value: "email", label: "Coupon email on" },
  { value: "feed", label: "In-app messages on" },
  { value: "push", label: "Push on" },
  { value: "none", label: "Opted out of everything" },
]

const Consent = ({ on, label }: { on: boolean; label: string }) => (
  <StatusBadge color={on ? "green" : "grey"} aria-label={`${label}: ${on ? "on" : "off"}`}>
    {on ? "On" : "Off"}
  </StatusBadge>
)

const FollowerRow = ({ f, format }: { f: AdminFollower; format: (d: string | Date | null) => string }) => (
  <Table.Row>
    <Table.Cell>
      <Link to={`/customers/${f.customer_id}`} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover outline-none focus-visible:underline">
        {f.name || f.email}
      </Link>
      <Text size="xsmall" className="text-ui-fg-muted">
        {f.email}
      </Text>
    </Table.Cell>
    <Table.Cell className="tabular-nums">
      {format(f.followed_at)}
      {f.follow_count > 1 && (
        <Text size="xsmall" className="text-ui-fg-muted">
          followed {f.follow_count} times
        </Text>
      )}
    </Table.Cell>
    <Table.Cell>
      {f.email_verified ? <Badge color="green" size="2xsmall">Verified</Badge> : <Badge color="orange" size="2xsmall">Not verified</Badge>}
    </Table.Cell>
    <Table.Cell>
      <Consent on={f.consent.email} label="Coupon email" />
      {f.unsubscribed_at && (
        <Text size="xsmall" className="text-ui-fg-muted">
          unsubscribed {format(f.unsubscribed_at)}
        </Text>
      )}
    </Table.Cell>
    <Table.Cell>
      <Consent on={f.consent.feed} label="In-app messages" />
    </Table.Cell>
    <Table.Cell>
      <Consent on={f.consent.push} label="Push" />
    </Table.Cell>
  </Table.Row>
)

/**
 * Coupon marketing → Followers (PUSH-1, PUSH-2): the shoppers who follow the store, newest
 * first, with their follow date, verified email and coupon-message consent per channel; search,
 * a follow-date range (days in the store's time zone), a consent filter, and the CSV export of
 * the same selection.
 */
const FollowersPage = () => {
  const [search, setSearch] = useState("")
  const q = useDebounced(search.trim())
  const [from, setFrom] = useState<Date | null>(null)
  const [to, setTo] = useState<Date | null>(null)
  const [consent, setConsent] = useState("all")
  const [pageIndex, setPageIndex] = useState(0)
  const { format } = useStoreDates()

  const filters = {
    q: q || undefined,
    followed_from: calendarDay(from),
    followed_to: calendarDay(to),
    consent: consent === "all" ? undefined : (consent as FollowerQuery["consent"]),
  }
  useEffect(() => setPageIndex(0), [filters.q, filters.followed_from, filters.followed_to, filters.consent])
  const list = useFollowers({ ...filters, limit: PAGE_SIZE, offset: pageIndex * PAGE_SIZE })
  const filtered = !!(filters.q || filters.followed_from || filters.followed_to || filters.consent)
  const exportQuery = followerQuery({ ...filters, limit: 0, offset: 0 })
  delete exportQuery.limit
  delete exportQuery.offset

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">Followers</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Shoppers who follow your store. Coupon pushes go only to those with a verified email who did not opt out.
          </Text>
        </div>
        <div className="flex items-center gap-x-4">
          <div className="text-right">
            <Text size="xsmall" className="text-ui-fg-muted" id="followers_count_label">
              {filtered ? "Matching followers" : "Followers"}
            </Text>
            <Text size="xlarge" weight="plus" className="tabular-nums" aria-labelledby="followers_count_label" data-testid="followers-count">
              {list.data ? list.data.count.toLocaleString("en-US") : "…"}
            </Text>
          </div>
          <Button size="small" variant="secondary" asChild>
            <a href={backendUrl("/admin/coupon-marketing/followers/export.csv", exportQuery as Record<string, string>)} download>
              <ArrowDownTray />
              Export CSV
            </a>
          </Button>
        </div>
      </div>

      <div className="flex flex-wrap items-end gap-4 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <Label size="xsmall" htmlFor="followers_search">
            Search
          </Label>
          <Input id="followers_search" aria-label="Search followers" type="search" size="small" className="w-64" placeholder="Name or email" value={search} onChange={(e) => setSearch(e.target.value)} />
        </div>
        <div className="flex flex-col gap-y-1" role="group" aria-label="Followed from">
          <Label size="xsmall">Followed from</Label>
          <DatePicker size="small" aria-label="Followed from" value={from} onChange={setFrom} maxValue={to ?? undefined} />
        </div>
        <div className="flex flex-col gap-y-1" role="group" aria-label="Followed to">
          <Label size="xsmall">Followed to</Label>
          <DatePicker size="small" aria-label="Followed to" value={to} onChange={setTo} minValue={from ?? undefined} />
        </div>
        <div className="flex flex-col gap-y-1">
          <Label size="xsmall" id="followers_consent_label">
            Consent
          </Label>
          <Select size="small" value={consent} onValueChange={setConsent}>
            <Select.Trigger aria-labelledby="followers_consent_label" className="w-56">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {CONSENT_FILTERS.map((c) => (
                <Select.Item key={c.value} value={c.value}>
                  {c.label}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
        {filtered && (
          <Button
            size="small"
            variant="transparent"
            onClick={() => {
              setSearch("")
              setFrom(null)
              setTo(null)
              setConsent("all")
            }}
          >
            Clear filters
          </Button>
        )}
      </div>

      {list.isLoading && (
        <div className="flex flex-col gap-y-2 px-6 py-4" aria-busy="true" aria-label="Loading followers">
          <Skeleton className="h-8 w-full" />
          <Skeleton className="h-8 w-full" />
        </div>
      )}
      {list.isError && <PageError what="the followers" error={list.error} onRetry={() => list.refetch()} />}
      {list.data && list.data.followers.length === 0 && (
        <div className="flex flex-col items-center gap-y-1 px-6 py-12 text-center" data-testid="followers-empty">
          <Text weight="plus" size="small">
            {filtered ? "No follower matches these filters" : "No followers yet"}
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            {filtered
              ? "Try another date range or consent filter."
              : "Shoppers follow your store from the storefront (POST /store/coupon-marketing/me/follow)."}
          </Text>
        </div>
      )}
      {list.data && list.data.followers.length > 0 && (
        <div>
          <Table aria-label="Followers">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Customer</Table.HeaderCell>
                <Table.HeaderCell>Followed</Table.HeaderCell>
                <Table.HeaderCell>Email</Table.HeaderCell>
                <Table.HeaderCell>Coupon email</Table.HeaderCell>
                <Table.HeaderCell>In-app</Table.HeaderCell>
                <Table.HeaderCell>Push</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {list.data.followers.map((f) => (
                <FollowerRow key={f.id} f={f} format={format} />
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
  label: "Followers",
  // The sidebar's order under Coupon marketing: Coupons, Points, Coupon settings, Followers.
  rank: 4,
})

export const handle = {
  breadcrumb: () => "Followers",
}

export default FollowersPage

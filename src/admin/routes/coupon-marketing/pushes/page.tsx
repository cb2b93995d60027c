import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Plus } from "@medusajs/icons"
import { Button, Container, Heading, Label, Select, Skeleton, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { PageError, Pager } from "../../../components/layout"
import { ChannelCounts, PushStatusBadge, TimesInZone, pushStatusLabel } from "../../../components/pushes/push-display"
import { PUSH_STATUSES, PUSH_TYPES, type PushStatus, type PushType, pushTypeLabel, usePushes } from "../../../hooks/use-pushes"

const PAGE_SIZE = 20

/**
 * Coupon marketing → Pushes (PUSH-11): the application records — type, coupon, send time on
 * the store's clocks, status, recipients and per-channel counts — with type and status filters.
 */
const PushesPage = () => {
  const [type, setType] = useState("all")
  const [status, setStatus] = useState("all")
  const [pageIndex, setPageIndex] = useState(0)
  const navigate = useNavigate()
  useEffect(() => setPageIndex(0), [type, status])
  const filters = {
    type: type === "all" ? undefined : (type as PushType),
    status: status === "all" ? undefined : (status as PushStatus),
  }
  const list = usePushes({ ...filters, limit: PAGE_SIZE, offset: pageIndex * PAGE_SIZE })
  const filtered = !!(filters.type || filters.status)

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">Pushes</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Coupons sent by email, in-app message and mobile push to followers, to customers of chosen orders, or to picked customers.
          </Text>
        </div>
        <Button size="small" variant="secondary" asChild>
          <Link to="/coupon-marketing/pushes/create">
            <Plus />
            Create push
          </Link>
        </Button>
      </div>

      <div className="flex flex-wrap items-end gap-4 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <Label size="xsmall" id="pushes_type_label">
            Type
          </Label>
          <Select size="small" value={type} onValueChange={setType}>
            <Select.Trigger aria-labelledby="pushes_type_label" className="w-48">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="all">Any type</Select.Item>
              {PUSH_TYPES.map((t) => (
                <Select.Item key={t} value={t}>
                  {pushTypeLabel(t)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
        <div className="flex flex-col gap-y-1">
          <Label size="xsmall" id="pushes_status_label">
            Status
          </Label>
          <Select size="small" value={status} onValueChange={setStatus}>
            <Select.Trigger aria-labelledby="pushes_status_label" className="w-48">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="all">Any status</Select.Item>
              {PUSH_STATUSES.map((s) => (
                <Select.Item key={s} value={s}>
                  {pushStatusLabel(s)}
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
              setType("all")
              setStatus("all")
            }}
          >
            Clear filters
          </Button>
        )}
      </div>

      {list.isLoading && (
        <div className="flex flex-col gap-y-2 px-6 py-4" aria-busy="true" aria-label="Loading pushes">
          <Skeleton className="h-8 w-full" />
          <Skeleton className="h-8 w-full" />
        </div>
      )}
      {list.isError && <PageError what="the pushes" error={list.error} onRetry={() => list.refetch()} />}
      {list.data && list.data.pushes.length === 0 && (
        <div className="flex flex-col items-center gap-y-2 px-6 py-12 text-center" data-testid="pushes-empty">
          <Text weight="plus" size="small">
            {filtered ? "No push matches these filters" : "No pushes yet"}
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            {filtered ? "Try another type or status." : "Send a coupon to your followers, to the customers of some orders, or to customers you pick."}
          </Text>
          {!filtered && (
            <Button size="small" asChild>
              <Link to="/coupon-marketing/pushes/create">Create push</Link>
            </Button>
          )}
        </div>
      )}
      {list.data && list.data.pushes.length > 0 && (
        <div>
          <Table aria-label="Pushes">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Type</Table.HeaderCell>
                <Table.HeaderCell>Coupon</Table.HeaderCell>
                <Table.HeaderCell>Send time</Table.HeaderCell>
                <Table.HeaderCell>Status</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Recipients</Table.HeaderCell>
                <Table.HeaderCell>Sent / failed</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {list.data.pushes.map((p) => (
                <Table.Row key={p.id} className="cursor-pointer" onClick={() => navigate(`/coupon-marketing/pushes/${p.id}`)}>
                  <Table.Cell>
                    <Link
                      to={`/coupon-marketing/pushes/${p.id}`}
                      onClick={(e) => e.stopPropagation()}
                      className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover outline-none focus-visible:underline"
                    >
                      {pushTypeLabel(p.type)}
                    </Link>
                  </Table.Cell>
                  <Table.Cell>
                    <Text size="small" leading="compact">
                      {p.coupon.name}
                    </Text>
                    <Text size="xsmall" className="text-ui-fg-muted">
                      {p.coupon.benefit_label}
                    </Text>
                  </Table.Cell>
                  <Table.Cell className="tabular-nums">{p.send_at_label}</Table.Cell>
                  <Table.Cell>
                    <PushStatusBadge status={p.status} />
                  </Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{p.recipients.toLocaleString("en-US")}</Table.Cell>
                  <Table.Cell>
                    <ChannelCounts push={p} compact />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <Pager count={list.data.count} pageSize={PAGE_SIZE} pageIndex={pageIndex} setPageIndex={setPageIndex} />
        </div>
      )}
      <div className="px-6 py-3">
        <TimesInZone />
      </div>
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Pushes",
  // The sidebar's order under Coupon marketing: Coupons, Points, Coupon settings, Followers, Pushes.
  rank: 5,
})

export const handle = {
  breadcrumb: () => "Pushes",
}

export default PushesPage

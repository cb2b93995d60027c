import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowDownTray, EllipsisHorizontal, Eye, PencilSquare, Plus, Trash } from "@medusajs/icons"
import {
  Button,
  Container,
  DropdownMenu,
  Heading,
  IconButton,
  Input,
  Select,
  Skeleton,
  Table,
  Text,
} from "@medusajs/ui"
import { useEffect, useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import {
  AUDIENCE_LABELS,
  COUPONS_PATH,
  CouponStatusBadge,
  ORDER_EXPORT_URL,
  plural,
  usageReportUrl,
  validityText,
} from "../../../components/coupon-display"
import { ENDED_DELETE_EXPLANATION, useConfirmDeleteCoupon } from "../../../components/delete-coupon"
import { PageError, Pager } from "../../../components/layout"
import { useCoupons } from "../../../hooks/use-coupons"
import { useDebounced } from "../../../hooks/use-debounced"
import { useStoreTimezone } from "../../../hooks/use-coupon-settings"
import { StoreTimeZoneNote } from "../../../components/store-dates"
import { COUPON_STATUSES, CouponStatus } from "../../../../types/coupons"
import { describeBenefit } from "../../../../modules/coupon-marketing/domain/coupons"

const PAGE_SIZE = 20

const STATUS_FILTER_LABELS: Record<CouponStatus | "all", string> = {
  all: "All statuses",
  scheduled: "Scheduled",
  active: "Active",
  ended: "Ended",
}

/** Coupon marketing → Coupons: every coupon with its status and live usage (SPEC §1, §5). */
const CouponsPage = () => {
  const navigate = useNavigate()
  const timeZone = useStoreTimezone()
  const { confirmAndDelete } = useConfirmDeleteCoupon()
  const [search, setSearch] = useState("")
  const q = useDebounced(search.trim())
  const [status, setStatus] = useState<CouponStatus | "all">("all")
  const [pageIndex, setPageIndex] = useState(0)

  // A new search or filter starts again from the first page.
  useEffect(() => setPageIndex(0), [q, status])

  const { data, isLoading, isError, error, refetch, isFetching } = useCoupons({
    limit: PAGE_SIZE,
    offset: pageIndex * PAGE_SIZE,
    q: q || undefined,
    status: status === "all" ? undefined : status,
  })

  const count = data?.count ?? 0
  const pageCount = Math.max(1, Math.ceil(count / PAGE_SIZE))
  // Deleting the last coupon of the last page: show the page before.
  useEffect(() => {
    if (data && pageIndex > 0 && pageIndex >= pageCount) setPageIndex(pageCount - 1)
  }, [data, pageIndex, pageCount])

  const filtered = !!q || status !== "all"

  return (
    <Container className="divide-y p-0">
      <div className="flex items-start justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading level="h1">Coupons</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Fixed and individual codes for your store, with their status and live usage.
          </Text>
        </div>
        <div className="flex shrink-0 items-center gap-x-2">
          <Button size="small" variant="secondary" asChild>
            <a href={ORDER_EXPORT_URL} download title="Every order, with the coupon discount and coupon name columns (CSV)">
              <ArrowDownTray />
              Export orders (CSV)
            </a>
          </Button>
          <Button size="small" variant="secondary" asChild>
            <Link to={`${COUPONS_PATH}/create`}>
              <Plus />
              Create coupon
            </Link>
          </Button>
        </div>
      </div>

      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <Input
          type="search"
          size="small"
          className="w-full md:w-72"
          placeholder="Search by name or code"
          aria-label="Search coupons"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <Select size="small" value={status} onValueChange={(v) => setStatus(v as CouponStatus | "all")}>
          <Select.Trigger className="w-44" aria-label="Status filter">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {(["all", ...COUPON_STATUSES] as const).map((s) => (
              <Select.Item key={s} value={s}>
                {STATUS_FILTER_LABELS[s]}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>

      {isLoading && (
        <div className="flex flex-col gap-y-3 px-6 py-6" aria-busy="true" aria-label="Loading coupons">
          {Array.from({ length: 5 }, (_, i) => (
            <Skeleton key={i} className="h-8 w-full" />
          ))}
        </div>
      )}

      {isError && <PageError what="the coupons" error={error} onRetry={() => refetch()} />}

      {data && count === 0 && !filtered && (
        <div className="flex flex-col items-center gap-y-3 px-6 py-16 text-center">
          <Heading level="h2">No coupons yet</Heading>
          <Text size="small" className="text-ui-fg-subtle max-w-md">
            Create a fixed code anybody can use, or individual codes for your customers, members or a customer
            group.
          </Text>
          <Button size="small" asChild>
            <Link to={`${COUPONS_PATH}/create`}>Create coupon</Link>
          </Button>
        </div>
      )}

      {data && count === 0 && filtered && (
        <div className="flex flex-col items-center gap-y-3 px-6 py-16 text-center">
          <Heading level="h2">No coupons match</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            No coupon matches {q ? `“${q}”` : "this search"}
            {status !== "all" ? ` with the status ${STATUS_FILTER_LABELS[status].toLowerCase()}` : ""}.
          </Text>
          <Button
            size="small"
            variant="secondary"
            onClick={() => {
              setSearch("")
              setStatus("all")
            }}
          >
            Clear filters
          </Button>
        </div>
      )}

      {data && count > 0 && (
        <div className={isFetching ? "opacity-60 transition-opacity" : "transition-opacity"}>
          <Table aria-label="Coupons">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Name</Table.HeaderCell>
                <Table.HeaderCell>Code</Table.HeaderCell>
                <Table.HeaderCell>Audience</Table.HeaderCell>
                <Table.HeaderCell>Benefit</Table.HeaderCell>
                <Table.HeaderCell>Status</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Uses</Table.HeaderCell>
                <Table.HeaderCell>Validity</Table.HeaderCell>
                <Table.HeaderCell className="w-12">
                  <span className="sr-only">Actions</span>
                </Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.coupons.map((coupon) => (
                <Table.Row key={coupon.id}>
                  <Table.Cell className="max-w-64 truncate">
                    <Link
                      to={`${COUPONS_PATH}/${coupon.id}`}
                      className="text-ui-fg-base hover:text-ui-fg-interactive font-medium outline-none focus-visible:underline"
                    >
                      {coupon.name}
                    </Link>
                  </Table.Cell>
                  <Table.Cell>
                    {coupon.code_mode === "fixed" && coupon.code ? (
                      <span className="font-mono">{coupon.code}</span>
                    ) : (
                      <span className="text-ui-fg-subtle">
                        Individual
                        {coupon.codes_issued > 0 ? ` · ${plural(coupon.codes_issued, "code")} issued` : ""}
                      </span>
                    )}
                  </Table.Cell>
                  <Table.Cell>{AUDIENCE_LABELS[coupon.audience] ?? coupon.audience}</Table.Cell>
                  <Table.Cell>{describeBenefit(coupon)}</Table.Cell>
                  <Table.Cell>
                    <CouponStatusBadge status={coupon.status} />
                  </Table.Cell>
                  <Table.Cell className="text-right tabular-nums">
                    {coupon.uses.toLocaleString()}
                    {coupon.total_limit ? (
                      <span className="text-ui-fg-muted"> / {coupon.total_limit.toLocaleString()}</span>
                    ) : null}
                  </Table.Cell>
                  <Table.Cell className="whitespace-nowrap">{validityText(coupon, timeZone)}</Table.Cell>
                  <Table.Cell>
                    <DropdownMenu>
                      <DropdownMenu.Trigger asChild>
                        <IconButton size="small" variant="transparent" aria-label={`Actions for ${coupon.name}`}>
                          <EllipsisHorizontal />
                        </IconButton>
                      </DropdownMenu.Trigger>
                      <DropdownMenu.Content align="end" className="max-w-72">
                        <DropdownMenu.Item className="gap-x-2" onClick={() => navigate(`${COUPONS_PATH}/${coupon.id}`)}>
                          {coupon.status === "ended" ? (
                            <Eye className="text-ui-fg-subtle" />
                          ) : (
                            <PencilSquare className="text-ui-fg-subtle" />
                          )}
                          {coupon.status === "ended" ? "View" : "Edit"}
                        </DropdownMenu.Item>
                        <DropdownMenu.Item className="gap-x-2" asChild>
                          <a href={usageReportUrl(coupon.id)} download>
                            <ArrowDownTray className="text-ui-fg-subtle" />
                            Download usage report
                          </a>
                        </DropdownMenu.Item>
                        <DropdownMenu.Separator />
                        {coupon.status === "ended" ? (
                          <DropdownMenu.Item className="items-start gap-x-2" disabled>
                            <Trash className="text-ui-fg-disabled shrink-0" />
                            <span className="flex flex-col">
                              <span>Delete</span>
                              <span className="txt-compact-xsmall text-ui-fg-muted whitespace-normal">
                                {ENDED_DELETE_EXPLANATION}
                              </span>
                            </span>
                          </DropdownMenu.Item>
                        ) : (
                          <DropdownMenu.Item className="gap-x-2" onClick={() => confirmAndDelete(coupon)}>
                            <Trash className="text-ui-fg-subtle" />
                            Delete
                          </DropdownMenu.Item>
                        )}
                      </DropdownMenu.Content>
                    </DropdownMenu>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <Pager count={count} pageSize={PAGE_SIZE} pageIndex={pageIndex} setPageIndex={setPageIndex} />
          <StoreTimeZoneNote className="block px-6 py-3" />
        </div>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Coupons",
  // The sidebar's order under Coupon marketing: Coupons, Points, Settings.
  rank: 1,
})

/** Medusa's breadcrumbs in the top bar: “Coupon marketing › Coupons”. */
export const handle = {
  breadcrumb: () => "Coupons",
}

export default CouponsPage

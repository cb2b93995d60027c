import { defineRouteConfig } from "@medusajs/admin-sdk"
import { EllipsisHorizontal, PencilSquare, Plus, Trash } from "@medusajs/icons"
import {
  Button,
  Container,
  DropdownMenu,
  Heading,
  Hint,
  IconButton,
  Input,
  Select,
  Skeleton,
  Table,
  Text,
  toast,
  usePrompt,
} from "@medusajs/ui"
import { useEffect, useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { AUDIENCE_LABELS, COUPONS_PATH, CouponStatusBadge } from "../../../components/coupon-form"
import { AdminCoupon, useCoupons, useDeleteCoupon } from "../../../hooks/use-coupons"
import { errorMessage } from "../../../lib/sdk"
import { COUPON_STATUSES, CouponStatus } from "../../../../types/coupons"
import { describeBenefit, describeValidity } from "../../../../modules/coupon-marketing/domain/coupons"

const PAGE_SIZE = 20

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" })

/** COUPON-7 for the list: a window in the browser's locale, or "10 days from delivery". */
function validityText(coupon: AdminCoupon): string {
  if (coupon.validity_type === "relative") {
    // "10 days from delivery": no date, so no time zone is involved.
    return describeValidity({ validity_type: "relative", valid_days: coupon.valid_days }, "UTC")
  }
  const format = (v: string | null) => (v ? dateTime.format(new Date(v)) : "…")
  return `${format(coupon.starts_at)} – ${format(coupon.ends_at)}`
}

/** The search box's value, once the admin stopped typing. */
function useDebounced<T>(value: T, ms = 300): T {
  const [debounced, setDebounced] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms)
    return () => clearTimeout(timer)
  }, [value, ms])
  return debounced
}

const STATUS_FILTER_LABELS: Record<CouponStatus | "all", string> = {
  all: "All statuses",
  scheduled: "Scheduled",
  active: "Active",
  ended: "Ended",
}

/** Coupon marketing → Coupons: every coupon with its status and live usage (SPEC §1, §5). */
const CouponsPage = () => {
  const navigate = useNavigate()
  const prompt = usePrompt()
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
  const remove = useDeleteCoupon()

  const count = data?.count ?? 0
  const pageCount = Math.max(1, Math.ceil(count / PAGE_SIZE))
  // Deleting the last coupon of the last page: show the page before.
  useEffect(() => {
    if (data && pageIndex > 0 && pageIndex >= pageCount) setPageIndex(pageCount - 1)
  }, [data, pageIndex, pageCount])

  const filtered = !!q || status !== "all"

  const onDelete = async (coupon: AdminCoupon) => {
    const confirmed = await prompt({
      title: `Delete the coupon “${coupon.name}”?`,
      description:
        "Codes already sent to shoppers stop working immediately: they can no longer be applied, and carts holding " +
        "this coupon lose it at their next update." +
        (coupon.uses > 0 ? ` It has been used ${coupon.uses.toLocaleString()} time${coupon.uses === 1 ? "" : "s"}.` : "") +
        " This cannot be undone.",
      confirmText: "Delete",
      cancelText: "Cancel",
      variant: "danger",
    })
    if (!confirmed) return
    remove.mutate(coupon.id, {
      onSuccess: () => toast.success("Coupon deleted", { description: coupon.name }),
      onError: (e) => toast.error(errorMessage(e)),
    })
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-start justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading level="h1">Coupons</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Fixed and individual codes for your store, with their status and live usage.
          </Text>
        </div>
        <Button size="small" variant="secondary" asChild>
          <Link to={`${COUPONS_PATH}/create`}>
            <Plus />
            Create coupon
          </Link>
        </Button>
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

      {isError && (
        <div className="flex items-center justify-between gap-x-4 px-6 py-6">
          <Hint variant="error">Could not load the coupons: {errorMessage(error)}</Hint>
          <Button variant="secondary" size="small" onClick={() => refetch()}>
            Try again
          </Button>
        </div>
      )}

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
                      <span className="text-ui-fg-subtle">Individual</span>
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
                  <Table.Cell className="whitespace-nowrap">{validityText(coupon)}</Table.Cell>
                  <Table.Cell>
                    {coupon.status !== "ended" && (
                      <DropdownMenu>
                        <DropdownMenu.Trigger asChild>
                          <IconButton size="small" variant="transparent" aria-label={`Actions for ${coupon.name}`}>
                            <EllipsisHorizontal />
                          </IconButton>
                        </DropdownMenu.Trigger>
                        <DropdownMenu.Content align="end">
                          <DropdownMenu.Item
                            className="gap-x-2"
                            onClick={() => navigate(`${COUPONS_PATH}/${coupon.id}`)}
                          >
                            <PencilSquare className="text-ui-fg-subtle" />
                            Edit
                          </DropdownMenu.Item>
                          <DropdownMenu.Separator />
                          <DropdownMenu.Item className="gap-x-2" onClick={() => onDelete(coupon)}>
                            <Trash className="text-ui-fg-subtle" />
                            Delete
                          </DropdownMenu.Item>
                        </DropdownMenu.Content>
                      </DropdownMenu>
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <Table.Pagination
            count={count}
            pageSize={PAGE_SIZE}
            pageIndex={pageIndex}
            pageCount={pageCount}
            canPreviousPage={pageIndex > 0}
            canNextPage={pageIndex + 1 < pageCount}
            previousPage={() => setPageIndex((i) => Math.max(0, i - 1))}
            nextPage={() => setPageIndex((i) => i + 1)}
          />
        </div>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Coupons",
})

export default CouponsPage

import { ArrowDownTray, XMark } from "@medusajs/icons"
import { Badge, Button, Checkbox, DatePicker, Hint, Input, Label, RadioGroup, Select, Table, Text, Textarea } from "@medusajs/ui"
import { useMemo, useRef, useState } from "react"
import { useCustomerGroups } from "../../../hooks/use-customer-groups"
import { customerLabel, useCustomerSearch } from "../../../hooks/use-customers"
import { useDebounced } from "../../../hooks/use-debounced"
import { type CompensationOrdersResponse, usePushAudienceCount, useCompensationOrders } from "../../../hooks/use-pushes"
import { backendUrl, errorMessage } from "../../../lib/sdk"
import { allOrderIds, audienceOf } from "../wizard-state"
import type { StepProps } from "./types"

/** POST /pushes/audience: how many receive it after consent, and why the others do not. */
const AudienceCount = ({ state }: { state: StepProps["state"] }) => {
  const audience = audienceOf(state)
  const key = useDebounced(audience && state.type ? JSON.stringify({ type: state.type, audience, ...(state.coupon_id ? { coupon_id: state.coupon_id } : {}) }) : "", 400)
  const count = usePushAudienceCount(key ? JSON.parse(key) : null)
  if (!audience) return null
  return (
    <div className="bg-ui-bg-subtle flex flex-col gap-y-1 rounded-lg border px-4 py-3" role="status" aria-label="Recipients" aria-busy={count.isFetching}>
      {count.isError ? (
        <Hint variant="error">Could not count the recipients: {errorMessage(count.error)}</Hint>
      ) : (
        <>
          <Text size="small">
            <span className="txt-compact-xlarge-plus tabular-nums" data-testid="push-audience-count">
              {count.data ? count.data.count.toLocaleString("en-US") : "…"}
            </span>{" "}
            {count.data?.count === 1 ? "recipient" : "recipients"} would receive it today
          </Text>
          {count.data && (
            <Text size="xsmall" className="text-ui-fg-subtle" data-testid="push-audience-excluded">
              Left out: {count.data.excluded.not_verified.toLocaleString("en-US")} without a verified email,{" "}
              {count.data.excluded.opted_out.toLocaleString("en-US")} opted out of coupon messages,{" "}
              {count.data.excluded.unsubscribed.toLocaleString("en-US")} unsubscribed. The count is taken again at the send.
            </Text>
          )}
        </>
      )}
    </div>
  )
}

const FollowersAudience = ({ state, set }: StepProps) => (
  <div className="flex flex-col gap-y-4">
    <RadioGroup
      value={state.followers}
      onValueChange={(v) => set({ followers: v as "all" | "range" })}
      aria-label="Followers"
      className="grid gap-2 md:grid-cols-2"
    >
      <RadioGroup.ChoiceBox value="all" label="All followers" description="Everybody who follows the store and agreed to coupon messages." />
      <RadioGroup.ChoiceBox value="range" label="Followed in a date range" description="Only those who started following between two days." />
    </RadioGroup>
    {state.followers === "range" && (
      <div className="flex flex-wrap gap-4">
        <div className="flex flex-col gap-y-1" role="group" aria-label="Followed from">
          <Label size="xsmall">Followed from</Label>
          <DatePicker size="small" aria-label="Followed from" value={state.followed_from} onChange={(d) => set({ followed_from: d })} maxValue={state.followed_to ?? undefined} />
        </div>
        <div className="flex flex-col gap-y-1" role="group" aria-label="Followed to">
          <Label size="xsmall">Followed to</Label>
          <DatePicker size="small" aria-label="Followed to" value={state.followed_to} onChange={(d) => set({ followed_to: d })} minValue={state.followed_from ?? undefined} />
        </div>
      </div>
    )}
  </div>
)

const OrdersAudience = ({ state, set }: StepProps) => {
  const resolve = useCompensationOrders()
  const [text, setText] = useState("")
  const fileRef = useRef<HTMLInputElement>(null)
  const answer: CompensationOrdersResponse | null = state.resolved
  const onAnswer = (r: CompensationOrdersResponse) => set({ resolved: r, order_ids: allOrderIds(r.orders) })
  const ticked = new Set(state.order_ids)
  const allTicked = !!answer?.orders.length && answer.orders.every((o) => ticked.has(o.order_id))

  return (
    <div className="flex flex-col gap-y-4">
      <div className="flex flex-wrap items-center gap-2">
        <Text size="small" className="text-ui-fg-subtle">
          One order number per row, in a column “order_number”. Templates:
        </Text>
        <Button size="small" variant="transparent" asChild>
          <a href={backendUrl("/admin/coupon-marketing/pushes/compensation-orders/template.csv")} download>
            <ArrowDownTray />
            template.csv
          </a>
        </Button>
        <Button size="small" variant="transparent" asChild>
          <a href={backendUrl("/admin/coupon-marketing/pushes/compensation-orders/template.xlsx")} download>
            <ArrowDownTray />
            template.xlsx
          </a>
        </Button>
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <div className="flex flex-col gap-y-2">
          <Label size="small" weight="plus" htmlFor="push_orders_file">
            Upload a CSV or XLSX file
          </Label>
          <Input
            ref={fileRef}
            id="push_orders_file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              const file = e.target.files?.[0]
              if (file) resolve.mutate({ file }, { onSuccess: onAnswer })
            }}
          />
        </div>
        <div className="flex flex-col gap-y-2">
          <Label size="small" weight="plus" htmlFor="push_orders_text">
            Or paste order numbers
          </Label>
          <Textarea id="push_orders_text" rows={4} value={text} onChange={(e) => setText(e.target.value)} placeholder={"1001\n1002\n1003"} />
          <Button
            type="button"
            size="small"
            variant="secondary"
            className="self-start"
            disabled={!text.trim()}
            isLoading={resolve.isPending}
            onClick={() => resolve.mutate({ text }, { onSuccess: onAnswer })}
          >
            Find the orders
          </Button>
        </div>
      </div>
      {resolve.isError && <Hint variant="error">{errorMessage(resolve.error)}</Hint>}
      {answer && answer.errors.length > 0 && (
        <div className="flex flex-col gap-y-1" role="group" aria-label="Rows not used">
          <Text size="small" weight="plus">
            {answer.errors.length} {answer.errors.length === 1 ? "row was" : "rows were"} not used
          </Text>
          <ul className="flex flex-col gap-y-0.5" data-testid="push-order-errors">
            {answer.errors.map((e) => (
              <li key={`${e.row}-${e.value}`}>
                <Text size="small" className="text-ui-fg-error">
                  Row {e.row}: “{e.value}” — {e.reason}
                </Text>
              </li>
            ))}
          </ul>
        </div>
      )}
      {answer && answer.orders.length > 0 && (
        <Table aria-label="Orders found">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell className="w-8">
                <Checkbox
                  aria-label="Include every order"
                  checked={allTicked ? true : state.order_ids.length ? "indeterminate" : false}
                  onCheckedChange={(c) => set({ order_ids: c === true ? allOrderIds(answer.orders) : [] })}
                />
              </Table.HeaderCell>
              <Table.HeaderCell>Row</Table.HeaderCell>
              <Table.HeaderCell>Order</Table.HeaderCell>
              <Table.HeaderCell>Customer</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Total</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {answer.orders.map((o) => (
              <Table.Row key={`${o.row}-${o.order_id}`}>
                <Table.Cell>
                  <Checkbox
                    aria-label={`Include order #${o.display_id}`}
                    checked={ticked.has(o.order_id)}
                    onCheckedChange={(c) =>
                      set({ order_ids: c === true ? [...state.order_ids, o.order_id] : state.order_ids.filter((id) => id !== o.order_id) })
                    }
                  />
                </Table.Cell>
                <Table.Cell className="tabular-nums">{o.row}</Table.Cell>
                <Table.Cell>#{o.display_id}</Table.Cell>
                <Table.Cell>
                  <Text size="small" leading="compact">
                    {o.customer_name || o.email}
                  </Text>
                  <Text size="xsmall" className="text-ui-fg-muted">
                    {o.email}
                  </Text>
                </Table.Cell>
                <Table.Cell className="text-right tabular-nums">{o.total_label}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {answer && (
        <Text size="xsmall" className="text-ui-fg-subtle" data-testid="push-orders-ticked">
          {state.order_ids.length} of {answer.orders.length} orders included.
        </Text>
      )}
    </div>
  )
}

const CustomersAudience = ({ state, set }: StepProps) => {
  const [search, setSearch] = useState("")
  const q = useDebounced(search.trim())
  const results = useCustomerSearch(q, q.length > 0)
  const groups = useCustomerGroups()
  const picked = useMemo(() => new Set(state.customers.map((c) => c.id)), [state.customers])

  return (
    <div className="flex flex-col gap-y-4">
      <div className="flex flex-col gap-y-2">
        <Label size="small" weight="plus" htmlFor="push_customer_search">
          Customers
        </Label>
        <Input id="push_customer_search" type="search" size="small" placeholder="Search by name or email" value={search} onChange={(e) => setSearch(e.target.value)} />
        {q && results.data && (
          <ul className="flex max-h-56 flex-col overflow-y-auto rounded-lg border" aria-label="Matching customers">
            {results.data.customers.length === 0 && (
              <li className="px-3 py-2">
                <Text size="small" className="text-ui-fg-muted">
                  No customer matches “{q}”.
                </Text>
              </li>
            )}
            {results.data.customers.map((c) => (
              <li key={c.id} className="flex items-center justify-between gap-x-2 px-3 py-1.5">
                <Checkbox
                  id={`push_customer_${c.id}`}
                  checked={picked.has(c.id)}
                  onCheckedChange={(checked) =>
                    set({ customers: checked === true ? [...state.customers, c] : state.customers.filter((x) => x.id !== c.id) })
                  }
                />
                <Label htmlFor={`push_customer_${c.id}`} size="small" className="flex-1 cursor-pointer">
                  {customerLabel(c)}
                </Label>
              </li>
            ))}
          </ul>
        )}
        {state.customers.length > 0 && (
          <div className="flex flex-wrap gap-1" aria-label="Picked customers" role="list">
            {state.customers.map((c) => (
              <Badge key={c.id} size="small" role="listitem" className="gap-x-1">
                {customerLabel(c)}
                <button
                  type="button"
                  aria-label={`Remove ${c.email}`}
                  className="text-ui-fg-muted hover:text-ui-fg-base"
                  onClick={() => set({ customers: state.customers.filter((x) => x.id !== c.id) })}
                >
                  <XMark />
                </button>
              </Badge>
            ))}
          </div>
        )}
      </div>
      <div className="flex flex-col gap-y-2">
        <Label size="small" weight="plus" id="push_customer_group_label">
          And/or a customer group
        </Label>
        <Select size="small" value={state.customer_group_id ?? "none"} onValueChange={(v) => set({ customer_group_id: v === "none" ? null : v })}>
          <Select.Trigger aria-labelledby="push_customer_group_label" className="w-72">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value="none">No group</Select.Item>
            {(groups.data ?? []).map((g) => (
              <Select.Item key={g.id} value={g.id}>
                {g.name}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
    </div>
  )
}

/** PUSH-3: who receives the push, by its type, with the live count. */
export const AudienceStep = (props: StepProps) => (
  <div className="flex flex-col gap-y-4">
    {props.state.type === "advertising" && <FollowersAudience {...props} />}
    {props.state.type === "compensation" && <OrdersAudience {...props} />}
    {props.state.type === "direct" && <CustomersAudience {...props} />}
    <AudienceCount state={props.state} />
  </div>
)

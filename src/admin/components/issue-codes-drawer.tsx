import { Spinner, XMarkMini } from "@medusajs/icons"
import { Badge, Button, Checkbox, Drawer, Hint, IconButton, Input, Label, RadioGroup, Text, toast } from "@medusajs/ui"
import { FormEvent, useEffect, useState } from "react"
import { AdminCoupon, IssueCodesTarget, useIssueCouponCodes } from "../hooks/use-coupons"
import { CustomerGroupOption, useCustomerGroup, useCustomerGroupSearch } from "../hooks/use-customer-groups"
import { CustomerOption, customerLabel, useCustomerSearch } from "../hooks/use-customers"
import { useDebounced } from "../hooks/use-debounced"
import { errorMessage } from "../lib/sdk"
import { plural } from "./coupon-display"
import { DrawerFormFooter } from "./layout"

type Recipients = "audience" | "group" | "customers"

/** "3 codes issued, 1 customer already had one" */
export function issuedMessage(issued: number, skipped: number): string {
  return `${plural(issued, "code")} issued, ${plural(skipped, "customer")} already had one`
}

/**
 * Which recipients a coupon's codes may go to (the API's rules): a segment coupon's codes go to
 * its own group only; an all-customers coupon to everyone, a group or picked customers; a
 * members-only coupon to a group or picked customers.
 */
export function recipientChoices(coupon: Pick<AdminCoupon, "audience">): Recipients[] {
  switch (coupon.audience) {
    case "segment":
      return ["audience"]
    case "all_customers":
      return ["audience", "group", "customers"]
    default:
      return ["group", "customers"]
  }
}

/**
 * "Issue codes" (COUPON-5): gives an individual code to each customer of the coupon's audience,
 * of a customer group, or to picked customers; customers who already hold one are skipped. The
 * drawer stays open, its inputs locked, until the API answered.
 */
export const IssueCodesDrawer = ({
  coupon,
  open,
  onOpenChange,
}: {
  coupon: AdminCoupon
  open: boolean
  onOpenChange: (open: boolean) => void
}) => {
  const choices = recipientChoices(coupon)
  const [recipients, setRecipients] = useState<Recipients>(choices[0])
  const [group, setGroup] = useState<CustomerGroupOption | null>(null)
  const [customers, setCustomers] = useState<CustomerOption[]>([])
  const [error, setError] = useState<string | null>(null)
  const issue = useIssueCouponCodes(coupon.id)
  const pending = issue.isPending
  const segmentGroup = useCustomerGroup(coupon.audience === "segment" ? coupon.customer_group_id : null)

  // A new opening starts afresh.
  useEffect(() => {
    if (open) {
      setRecipients(recipientChoices(coupon)[0])
      setGroup(null)
      setCustomers([])
      setError(null)
      issue.reset()
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open])

  const target: IssueCodesTarget | null =
    recipients === "audience"
      ? {}
      : recipients === "group"
        ? group
          ? { customer_group_id: group.id }
          : null
        : customers.length
          ? { customer_ids: customers.map((c) => c.id) }
          : null

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    if (!target || pending) return
    setError(null)
    issue.mutate(target, {
      onSuccess: ({ issued, skipped }) => {
        toast.success(issuedMessage(issued, skipped), { description: coupon.name })
        onOpenChange(false)
      },
      onError: (e) => {
        // "customer_ids: no customer with id …" → the reason alone.
        const message = errorMessage(e).replace(/^[a-z_]+:\s*/, "")
        setError(message)
        toast.error(message)
      },
    })
  }

  const audienceLabel =
    coupon.audience === "segment"
      ? `Everyone in the segment${segmentGroup.data ? ` “${segmentGroup.data.name}”` : ""}`
      : "Everyone in the audience"
  const audienceDescription =
    coupon.audience === "segment"
      ? "Each member of the coupon's customer group gets a code."
      : "Each customer with an account gets a code."

  const guard = (e: Event) => {
    if (pending) e.preventDefault()
  }

  return (
    <Drawer open={open} onOpenChange={(next) => !pending && onOpenChange(next)}>
      <Drawer.Content onEscapeKeyDown={guard} onInteractOutside={guard} aria-describedby="issue_codes_description">
        <form onSubmit={onSubmit} className="flex h-full flex-col overflow-hidden" aria-label="Issue codes">
          <Drawer.Header>
            <Drawer.Title>Issue codes</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-1 flex-col gap-y-6 overflow-y-auto">
            <Text size="small" className="text-ui-fg-subtle" id="issue_codes_description">
              Each recipient gets a unique code of “{coupon.name}”, usable once. Customers who already hold a code of
              this coupon are skipped.
            </Text>

            <fieldset disabled={pending} className="flex flex-col gap-y-2">
              <Label id="recipients_label" size="small" weight="plus">
                Recipients
              </Label>
              <RadioGroup
                value={recipients}
                onValueChange={(v) => {
                  setRecipients(v as Recipients)
                  setError(null)
                }}
                aria-labelledby="recipients_label"
                disabled={pending}
                className="flex flex-col gap-y-2"
              >
                {choices.includes("audience") && (
                  <RadioGroup.ChoiceBox value="audience" label={audienceLabel} description={audienceDescription} />
                )}
                {choices.includes("group") && (
                  <RadioGroup.ChoiceBox
                    value="group"
                    label="A customer group"
                    description="Each member of the group you choose gets a code."
                  />
                )}
                {choices.includes("customers") && (
                  <RadioGroup.ChoiceBox
                    value="customers"
                    label="Picked customers"
                    description="Search customers and pick the ones who get a code."
                  />
                )}
              </RadioGroup>
            </fieldset>

            {recipients === "group" && <GroupPicker selected={group} onSelect={setGroup} disabled={pending} />}
            {recipients === "customers" && (
              <CustomerPicker selected={customers} onChange={setCustomers} disabled={pending} />
            )}

            {pending && (
              <div className="flex flex-col gap-y-2" role="status" aria-live="polite">
                <div className="flex items-center gap-x-2">
                  <Spinner className="text-ui-fg-interactive animate-spin" />
                  <Text size="small" weight="plus">
                    Issuing codes…
                  </Text>
                </div>
                <div className="bg-ui-bg-subtle h-1.5 w-full overflow-hidden rounded-full" aria-hidden>
                  <div className="bg-ui-fg-interactive h-full w-1/3 animate-pulse rounded-full" />
                </div>
                <Text size="xsmall" className="text-ui-fg-muted">
                  A large audience can take a moment. Keep this page open.
                </Text>
              </div>
            )}
            {error && (
              <Hint variant="error" id="issue_codes_error">
                {error}
              </Hint>
            )}
          </Drawer.Body>
          <DrawerFormFooter pending={pending} submitLabel="Issue codes" submitDisabled={!target} />
        </form>
      </Drawer.Content>
    </Drawer>
  )
}

/** One customer group, searched by name. */
const GroupPicker = ({
  selected,
  onSelect,
  disabled,
}: {
  selected: CustomerGroupOption | null
  onSelect: (group: CustomerGroupOption) => void
  disabled: boolean
}) => {
  const [search, setSearch] = useState("")
  const q = useDebounced(search.trim())
  const { data, isLoading, isError, error, refetch } = useCustomerGroupSearch(q)
  const groups = [...(data?.customer_groups ?? [])].sort((a, b) => a.name.localeCompare(b.name))

  return (
    <div className="flex flex-col gap-y-2">
      <Label htmlFor="customer_group_search" size="small" weight="plus">
        Customer group
      </Label>
      <Input
        id="customer_group_search"
        type="search"
        size="small"
        placeholder="Search customer groups"
        value={search}
        disabled={disabled}
        onChange={(e) => setSearch(e.target.value)}
      />
      {isError && (
        <div className="flex items-center justify-between gap-x-2">
          <Hint variant="error">Could not load the customer groups: {errorMessage(error)}</Hint>
          <Button type="button" size="small" variant="secondary" onClick={() => refetch()}>
            Try again
          </Button>
        </div>
      )}
      <ul role="listbox" aria-label="Customer groups" className="shadow-borders-base max-h-64 overflow-y-auto rounded-lg p-1">
        {isLoading && (
          <li className="px-2 py-1.5">
            <Text size="small" className="text-ui-fg-subtle">
              Loading customer groups…
            </Text>
          </li>
        )}
        {groups.map((g) => {
          const isSelected = selected?.id === g.id
          return (
            <li
              key={g.id}
              role="option"
              aria-selected={isSelected}
              aria-disabled={disabled}
              tabIndex={disabled ? -1 : 0}
              onClick={() => !disabled && onSelect(g)}
              onKeyDown={(e) => {
                if (!disabled && (e.key === "Enter" || e.key === " ")) {
                  e.preventDefault()
                  onSelect(g)
                }
              }}
              className={
                "txt-compact-small flex cursor-pointer items-center justify-between rounded-md px-2 py-1.5 outline-none " +
                "hover:bg-ui-bg-base-hover focus-visible:bg-ui-bg-base-hover " +
                (isSelected ? "bg-ui-bg-highlight text-ui-fg-base font-medium" : "text-ui-fg-subtle")
              }
            >
              {g.name}
              {isSelected && <Badge size="2xsmall" color="blue">Selected</Badge>}
            </li>
          )
        })}
        {data && groups.length === 0 && (
          <li className="px-2 py-1.5">
            <Text size="small" className="text-ui-fg-subtle">
              {q ? `No customer group matches “${q}”.` : "No customer groups yet: create one under Customers → Customer groups."}
            </Text>
          </li>
        )}
      </ul>
      {(data?.count ?? 0) > groups.length && (
        <Text size="xsmall" className="text-ui-fg-muted">
          Showing {groups.length} of {data?.count.toLocaleString()}: search to narrow the list.
        </Text>
      )}
    </div>
  )
}

/** Any number of customers, searched by name or email; the chosen ones stay chosen across searches. */
const CustomerPicker = ({
  selected,
  onChange,
  disabled,
}: {
  selected: CustomerOption[]
  onChange: (customers: CustomerOption[]) => void
  disabled: boolean
}) => {
  const [search, setSearch] = useState("")
  const q = useDebounced(search.trim())
  const { data, isLoading, isError, error, refetch } = useCustomerSearch(q)
  const customers = data?.customers ?? []
  const chosen = new Set(selected.map((c) => c.id))

  const toggle = (customer: CustomerOption, checked: boolean) =>
    onChange(checked ? [...selected, customer] : selected.filter((c) => c.id !== customer.id))

  return (
    <div className="flex flex-col gap-y-2">
      <div className="flex items-center justify-between gap-x-4">
        <Label htmlFor="customer_search" size="small" weight="plus">
          Customers
        </Label>
        <Text size="xsmall" className="text-ui-fg-muted" aria-live="polite">
          {selected.length ? `${plural(selected.length, "customer")} selected` : "None selected"}
        </Text>
      </div>
      {selected.length > 0 && (
        <ul className="flex flex-wrap gap-1" aria-label="Selected customers">
          {selected.map((c) => (
            <li key={c.id}>
              <Badge size="small" className="gap-x-1 pr-0.5">
                {customerLabel(c)}
                <IconButton
                  type="button"
                  size="2xsmall"
                  variant="transparent"
                  aria-label={`Remove ${customerLabel(c)}`}
                  disabled={disabled}
                  onClick={() => toggle(c, false)}
                >
                  <XMarkMini />
                </IconButton>
              </Badge>
            </li>
          ))}
        </ul>
      )}
      <Input
        id="customer_search"
        type="search"
        size="small"
        placeholder="Search by name or email"
        value={search}
        disabled={disabled}
        onChange={(e) => setSearch(e.target.value)}
      />
      {isError && (
        <div className="flex items-center justify-between gap-x-2">
          <Hint variant="error">Could not load the customers: {errorMessage(error)}</Hint>
          <Button type="button" size="small" variant="secondary" onClick={() => refetch()}>
            Try again
          </Button>
        </div>
      )}
      <ul aria-label="Customers found" className="shadow-borders-base max-h-72 overflow-y-auto rounded-lg p-1">
        {isLoading && (
          <li className="px-2 py-1.5">
            <Text size="small" className="text-ui-fg-subtle">
              Loading customers…
            </Text>
          </li>
        )}
        {customers.map((c) => {
          const inputId = `customer_${c.id}`
          return (
            <li key={c.id} className="hover:bg-ui-bg-base-hover flex items-center gap-x-2 rounded-md px-2 py-1.5">
              <Checkbox
                id={inputId}
                checked={chosen.has(c.id)}
                disabled={disabled}
                onCheckedChange={(value) => toggle(c, value === true)}
              />
              <Label htmlFor={inputId} size="small" className="min-w-0 flex-1 truncate">
                {customerLabel(c)}
              </Label>
            </li>
          )
        })}
        {data && customers.length === 0 && (
          <li className="px-2 py-1.5">
            <Text size="small" className="text-ui-fg-subtle">
              {q ? `No customer matches “${q}”.` : "The store has no customers yet."}
            </Text>
          </li>
        )}
      </ul>
      {(data?.count ?? 0) > customers.length && (
        <Text size="xsmall" className="text-ui-fg-muted">
          Showing {customers.length} of {data?.count.toLocaleString()}: search to narrow the list.
        </Text>
      )}
    </div>
  )
}

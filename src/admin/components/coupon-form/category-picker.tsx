import { Button, Checkbox, Hint, Input, Label, Skeleton, Text } from "@medusajs/ui"
import { useState } from "react"
import { COUPON_LIMITS } from "../../../types/coupons"
import { FieldError } from "../layout"

/** COUPON-12: up to 5 categories from a filterable checkbox list; none chosen means all products. */
export const CategoryPicker = ({
  selected,
  onChange,
  options,
  loading,
  loadError,
  onRetry,
  disabled,
  error,
}: {
  selected: string[]
  onChange: (ids: string[]) => void
  options: { id: string; path: string }[] | undefined
  loading: boolean
  loadError: string | null
  onRetry: () => void
  disabled: boolean
  error?: string
}) => {
  const [filter, setFilter] = useState("")
  const max = COUPON_LIMITS.CATEGORIES_MAX
  const known = new Set((options ?? []).map((o) => o.id))
  // Chosen ids the list does not hold (deleted, or beyond the first 100) stay visible, to be removed.
  const unknown = selected.filter((id) => !known.has(id)).map((id) => ({ id, path: `Unknown category (${id})` }))
  const all = [...unknown, ...(options ?? [])]
  const shown = filter.trim() ? all.filter((o) => o.path.toLowerCase().includes(filter.trim().toLowerCase())) : all
  const full = selected.length >= max

  const toggle = (id: string, checked: boolean) =>
    onChange(checked ? [...selected, id] : selected.filter((s) => s !== id))

  return (
    <div className="flex flex-col gap-y-2">
      <div className="flex items-center justify-between gap-x-4">
        <Label id="category_ids_label" size="small" weight="plus">
          Categories
        </Label>
        <Text size="xsmall" className={selected.length > max ? "text-ui-fg-error" : "text-ui-fg-muted"}>
          {selected.length === 0 ? "All products" : `${selected.length} of ${max} selected`}
        </Text>
      </div>
      {loading && (
        <div className="flex flex-col gap-y-2" aria-busy="true">
          <Skeleton className="h-5 w-1/2" />
          <Skeleton className="h-5 w-2/3" />
          <Skeleton className="h-5 w-1/3" />
        </div>
      )}
      {loadError && (
        <div className="flex items-center justify-between gap-x-4">
          <Hint variant="error">Could not load the product categories: {loadError}</Hint>
          <Button type="button" variant="secondary" size="small" onClick={onRetry}>
            Try again
          </Button>
        </div>
      )}
      {options && all.length === 0 && (
        <Text size="small" className="text-ui-fg-subtle">
          The store has no product categories yet: the coupon applies to all products.
        </Text>
      )}
      {all.length > 8 && (
        <Input
          type="search"
          size="small"
          placeholder="Filter categories"
          aria-label="Filter categories"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
      )}
      {all.length > 0 && (
        <ul
          className="shadow-borders-base max-h-64 overflow-y-auto rounded-lg p-2"
          aria-labelledby="category_ids_label"
          aria-describedby="category_ids_error"
        >
          {shown.map((option) => {
            const checked = selected.includes(option.id)
            const inputId = `category_${option.id}`
            return (
              <li key={option.id} className="flex items-center gap-x-2 rounded-md px-2 py-1.5">
                <Checkbox
                  id={inputId}
                  checked={checked}
                  disabled={disabled || (!checked && full)}
                  onCheckedChange={(value) => toggle(option.id, value === true)}
                />
                <Label htmlFor={inputId} size="small" className={!checked && full ? "text-ui-fg-disabled" : undefined}>
                  {option.path}
                </Label>
              </li>
            )
          })}
          {shown.length === 0 && (
            <li className="px-2 py-1.5">
              <Text size="small" className="text-ui-fg-subtle">
                No category matches “{filter}”.
              </Text>
            </li>
          )}
        </ul>
      )}
      <FieldError field="category_ids" error={error} />
    </div>
  )
}

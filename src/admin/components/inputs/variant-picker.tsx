import { Badge, Button, Hint, Input, Text } from "@medusajs/ui"
import { useState } from "react"
import { useDebounced } from "../../hooks/use-debounced"
import { VariantOption, useVariant, useVariantSearch, variantLabel } from "../../hooks/use-products"
import { errorMessage } from "../../lib/sdk"

/**
 * A product variant chosen by searching the store's products (Medusa's admin API): each match
 * shows its product's title, its own title and SKU; the value is the variant's id. The chosen
 * variant stays shown (by name) above the search.
 */
export const VariantPicker = ({
  id,
  value,
  onChange,
  disabled,
  invalid,
}: {
  id: string
  value: string
  onChange: (variantId: string) => void
  disabled?: boolean
  invalid?: boolean
}) => {
  const [search, setSearch] = useState("")
  const q = useDebounced(search.trim())
  const results = useVariantSearch(q, !disabled)
  const chosen = useVariant(value || null)
  const [picked, setPicked] = useState<VariantOption | null>(null)
  const current = value ? (chosen.data ?? (picked?.id === value ? picked : null)) : null

  const select = (v: VariantOption) => {
    setPicked(v)
    onChange(v.id)
  }

  const variants = results.data?.variants ?? []
  return (
    <div className="flex flex-col gap-y-2">
      <div className="flex items-center justify-between gap-x-2" data-testid={`${id}_chosen`}>
        {value ? (
          <Text size="small" weight="plus">
            {current ? variantLabel(current) : chosen.isLoading ? "Loading the gift…" : `Unknown variant (${value})`}
          </Text>
        ) : (
          <Text size="small" className="text-ui-fg-subtle">
            No gift chosen yet: search a product below.
          </Text>
        )}
        {value && !disabled && (
          <Button type="button" size="small" variant="transparent" onClick={() => onChange("")}>
            Clear
          </Button>
        )}
      </div>
      {!disabled && (
        <>
          <Input
            id={id}
            type="search"
            size="small"
            placeholder="Search products by title"
            aria-label="Search gift products"
            aria-invalid={invalid}
            aria-describedby={`${id}_error`}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
          {results.isError && <Hint variant="error">Could not load the products: {errorMessage(results.error)}</Hint>}
          <ul role="listbox" aria-label="Gift variants" className="shadow-borders-base max-h-64 overflow-y-auto rounded-lg p-1">
            {results.isLoading && (
              <li className="px-2 py-1.5">
                <Text size="small" className="text-ui-fg-subtle">
                  Loading products…
                </Text>
              </li>
            )}
            {variants.map((v) => {
              const isSelected = v.id === value
              return (
                <li
                  key={v.id}
                  role="option"
                  aria-selected={isSelected}
                  tabIndex={0}
                  onClick={() => select(v)}
                  onKeyDown={(e) => {
                    if (e.key === "Enter" || e.key === " ") {
                      e.preventDefault()
                      select(v)
                    }
                  }}
                  className={
                    "txt-compact-small flex cursor-pointer items-center justify-between gap-x-2 rounded-md px-2 py-1.5 outline-none " +
                    "hover:bg-ui-bg-base-hover focus-visible:bg-ui-bg-base-hover " +
                    (isSelected ? "bg-ui-bg-highlight text-ui-fg-base font-medium" : "text-ui-fg-subtle")
                  }
                >
                  <span>
                    <span className="text-ui-fg-base">{v.product_title}</span>
                    {v.title && <span> · {v.title}</span>}
                    {v.sku && <span className="text-ui-fg-muted font-mono"> {v.sku}</span>}
                  </span>
                  {isSelected && (
                    <Badge size="2xsmall" color="blue">
                      Selected
                    </Badge>
                  )}
                </li>
              )
            })}
            {results.data && variants.length === 0 && (
              <li className="px-2 py-1.5">
                <Text size="small" className="text-ui-fg-subtle">
                  {q ? `No product matches “${q}”.` : "The store has no products yet."}
                </Text>
              </li>
            )}
          </ul>
          {(results.data?.count ?? 0) > (results.data?.products ?? 0) && (
            <Text size="xsmall" className="text-ui-fg-muted">
              Showing {results.data?.products} of {results.data?.count.toLocaleString("en-US")} products: search to narrow the list.
            </Text>
          )}
        </>
      )}
    </div>
  )
}

import { Button, Drawer, Heading, Hint, Label, Skeleton, Table, Text } from "@medusajs/ui"
import { ReactNode } from "react"
import { Link } from "react-router-dom"
import { errorMessage } from "../lib/sdk"

/**
 * Layout pieces shared by the plugin's pages: a titled form section, a labelled field with its
 * error, the loading / error states of a page that reads one record, a list's pager and a
 * drawer form's footer.
 */

/** A titled section of a form: its title and description on the left, its fields on the right. */
export const Section = ({ title, description, children }: { title: string; description: string; children: ReactNode }) => (
  <section className="grid gap-4 px-6 py-6 md:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
    <div>
      <Heading level="h2">{title}</Heading>
      <Text size="small" className="text-ui-fg-subtle mt-1">
        {description}
      </Text>
    </div>
    <div className="flex flex-col gap-y-4">{children}</div>
  </section>
)

/**
 * The error line under a field: always rendered (`#<field>_error`, what the control's
 * `aria-describedby` points at), holding the message when there is one.
 */
export const FieldError = ({ field, error }: { field: string; error?: string | null }) => (
  <div id={`${field}_error`}>{error && <Hint variant="error">{error}</Hint>}</div>
)

/** A labelled control (`#<id>_label`) with its help text and, under it, its error (`#<id>_error`). */
export const FormField = ({
  id,
  label,
  help,
  error,
  optional,
  children,
}: {
  id: string
  label: string
  help?: ReactNode
  error?: string
  optional?: boolean
  children: ReactNode
}) => (
  <div className="flex flex-col gap-y-2">
    <Label htmlFor={id} id={`${id}_label`} size="small" weight="plus">
      {label}
      {optional && <span className="text-ui-fg-muted font-normal"> (optional)</span>}
    </Label>
    {help && (
      <Text size="small" className="text-ui-fg-subtle">
        {help}
      </Text>
    )}
    {children}
    <FieldError field={id} error={error} />
  </div>
)

/** Skeleton lines while a page's record loads. */
export const PageLoading = ({ label }: { label?: string }) => (
  <div className="flex flex-col gap-y-3 px-6 py-6" aria-busy="true" aria-label={label}>
    <Skeleton className="h-8 w-1/2" />
    <Skeleton className="h-8 w-2/3" />
    <Skeleton className="h-32 w-full" />
  </div>
)

/** A page's record could not be loaded: the API's message, "Try again", and optionally a way back. */
export const PageError = ({
  what,
  error,
  onRetry,
  back,
}: {
  /** "the coupon", "the settings", … */
  what: string
  error: unknown
  onRetry: () => void
  back?: { to: string; label: string }
}) => (
  <div className="flex items-center justify-between gap-x-4 px-6 py-6" role="alert">
    <Hint variant="error">
      Could not load {what}: {errorMessage(error)}
    </Hint>
    <div className="flex shrink-0 gap-x-2">
      {back && (
        <Button variant="secondary" size="small" asChild>
          <Link to={back.to}>{back.label}</Link>
        </Button>
      )}
      <Button variant="secondary" size="small" onClick={onRetry}>
        Try again
      </Button>
    </div>
  </div>
)

/** One "label — value" line of a details card, as on Medusa's own details pages. */
export const DetailRow = ({ label, children }: { label: string; children: ReactNode }) => (
  <div className="text-ui-fg-subtle grid grid-cols-[minmax(0,1fr)_minmax(0,2fr)] items-start gap-x-4 px-6 py-3">
    <Text size="small" weight="plus" leading="compact">
      {label}
    </Text>
    <div className="txt-compact-small break-words">{children}</div>
  </div>
)

/** Pages of a list under its table (0-based page index, as the lists keep it in state). */
export const Pager = ({
  count,
  pageSize,
  pageIndex,
  setPageIndex,
}: {
  count: number
  pageSize: number
  pageIndex: number
  setPageIndex: (update: (index: number) => number) => void
}) => {
  const pageCount = Math.max(1, Math.ceil(count / pageSize))
  return (
    <Table.Pagination
      count={count}
      pageSize={pageSize}
      pageIndex={pageIndex}
      pageCount={pageCount}
      canPreviousPage={pageIndex > 0}
      canNextPage={pageIndex + 1 < pageCount}
      previousPage={() => setPageIndex((i) => Math.max(0, i - 1))}
      nextPage={() => setPageIndex((i) => i + 1)}
    />
  )
}

/** A drawer form's footer: Cancel (closes the drawer) and the form's submit button. */
export const DrawerFormFooter = ({
  pending,
  loading = pending,
  submitLabel,
  submitDisabled,
}: {
  /** A request is on its way (or a confirmation is open): Cancel is disabled. */
  pending: boolean
  /** The submit button spins: the request itself (default: `pending`). */
  loading?: boolean
  submitLabel: ReactNode
  submitDisabled?: boolean
}) => (
  <Drawer.Footer>
    <Drawer.Close asChild>
      <Button type="button" variant="secondary" size="small" disabled={pending}>
        Cancel
      </Button>
    </Drawer.Close>
    <Button type="submit" size="small" isLoading={loading} disabled={submitDisabled}>
      {submitLabel}
    </Button>
  </Drawer.Footer>
)

import { ArrowDownTray, Trash, Users } from "@medusajs/icons"
import { Button, Container, Heading, Text, Tooltip } from "@medusajs/ui"
import { useState } from "react"
import { LoaderFunctionArgs, UIMatch, useNavigate, useParams } from "react-router-dom"
import { sdk } from "../../../../lib/sdk"
import { COUPONS_PATH, CouponStatusBadge, formatDateTime, plural, usageReportUrl } from "../../../../components/coupon-display"
import { CouponForm } from "../../../../components/coupon-form"
import { ENDED_DELETE_EXPLANATION, useConfirmDeleteCoupon } from "../../../../components/delete-coupon"
import { IssueCodesDrawer } from "../../../../components/issue-codes-drawer"
import { PageError, PageLoading, Section } from "../../../../components/layout"
import { AdminCoupon, useCoupon } from "../../../../hooks/use-coupons"
import { useStoreTimezone } from "../../../../hooks/use-coupon-settings"

/**
 * Coupon marketing → Coupons → a coupon. Scheduled and active coupons can be edited (name,
 * window, benefit, condition, categories, limits) and deleted; an ended one opens read-only
 * (COUPON-17). Individual-code coupons show and issue their codes (COUPON-5); every coupon has
 * its usage report (COUPON-22).
 */
const EditCouponPage = () => {
  const { id } = useParams<{ id: string }>()
  const navigate = useNavigate()
  const { data: coupon, isLoading, isError, error, refetch } = useCoupon(id)
  const { confirmAndDelete, isPending: deleting } = useConfirmDeleteCoupon()
  const ended = coupon?.status === "ended"

  const onDelete = async () => {
    if (coupon && (await confirmAndDelete(coupon))) navigate(COUPONS_PATH)
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">{coupon?.name ?? "Coupon"}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {coupon
              ? `${ended ? "Ended, read-only" : "Edit the coupon below"} · ${plural(coupon.uses, "use")} so far${coupon.total_limit ? ` of ${coupon.total_limit.toLocaleString()}` : ""}.`
              : "Audience, code, validity type and currency are fixed after creation."}
          </Text>
        </div>
        {coupon && (
          <div className="flex items-center gap-x-2">
            <CouponStatusBadge status={coupon.status} />
            <Button size="small" variant="secondary" asChild>
              <a href={usageReportUrl(coupon.id)} download>
                <ArrowDownTray />
                Download usage report
              </a>
            </Button>
            {ended ? (
              <Tooltip content={ENDED_DELETE_EXPLANATION} maxWidth={260}>
                {/* A disabled button gets no pointer events: the tooltip hangs on its wrapper. */}
                <span tabIndex={0} aria-label={`Delete: ${ENDED_DELETE_EXPLANATION}`}>
                  <Button size="small" variant="secondary" disabled className="pointer-events-none">
                    <Trash />
                    Delete
                  </Button>
                </span>
              </Tooltip>
            ) : (
              <Button size="small" variant="secondary" onClick={onDelete} isLoading={deleting}>
                <Trash />
                Delete
              </Button>
            )}
          </div>
        )}
      </div>
      {isLoading && <PageLoading label="Loading the coupon" />}
      {isError && (
        <PageError
          what="the coupon"
          error={error}
          onRetry={() => refetch()}
          back={{ to: COUPONS_PATH, label: "Back to coupons" }}
        />
      )}
      {coupon?.code_mode === "individual" && <IndividualCodes coupon={coupon} />}
      {coupon && <CouponForm key={coupon.id} coupon={coupon} />}
    </Container>
  )
}

/** COUPON-5: how many individual codes were issued, and "Issue codes". */
const IndividualCodes = ({ coupon }: { coupon: AdminCoupon }) => {
  const [open, setOpen] = useState(false)
  const timeZone = useStoreTimezone()
  const ended = coupon.status === "ended"
  return (
    <Section
      title="Individual codes"
      description="Each customer gets a unique code, usable once. The coupon is scheduled until its first codes are issued."
    >
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div>
          <Text size="xlarge" weight="plus" id="codes_issued" aria-live="polite">
            {plural(coupon.codes_issued, "code")} issued
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            {coupon.codes_issued_at
              ? `First issued ${formatDateTime(coupon.codes_issued_at, timeZone)} (${timeZone ?? "your browser's time zone"}).`
              : "No codes issued yet: shoppers cannot use this coupon until they get one."}
          </Text>
        </div>
        <Button
          type="button"
          size="small"
          variant="secondary"
          onClick={() => setOpen(true)}
          disabled={ended}
          title={ended ? "Ended coupons cannot issue new codes." : undefined}
        >
          <Users />
          Issue codes
        </Button>
      </div>
      {ended && (
        <Text size="small" className="text-ui-fg-subtle">
          This coupon has ended: no more codes can be issued.
        </Text>
      )}
      <IssueCodesDrawer coupon={coupon} open={open} onOpenChange={setOpen} />
    </Section>
  )
}

/**
 * The coupon's name for Medusa's breadcrumbs (“Coupon marketing › Coupons › Spring sale”), read
 * before the page shows. A coupon that cannot be read gets "Coupon" (the page says why).
 */
export async function loader({ params }: LoaderFunctionArgs): Promise<CouponLoaderData> {
  try {
    const { coupon } = await sdk.client.fetch<{ coupon: AdminCoupon }>(`/admin/coupon-marketing/coupons/${params.id}`)
    return { name: coupon.name }
  } catch {
    return { name: null }
  }
}

type CouponLoaderData = { name: string | null }

export const handle = {
  breadcrumb: ({ data }: UIMatch<CouponLoaderData>) => data?.name || "Coupon",
}

export default EditCouponPage

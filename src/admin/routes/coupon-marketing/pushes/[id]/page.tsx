import { Button, Container, Heading, Hint, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { LoaderFunctionArgs, UIMatch, useParams } from "react-router-dom"
import { DetailRow, PageError, PageLoading } from "../../../../components/layout"
import { PushStatusBadge, PushProgressBar, TimesInZone } from "../../../../components/pushes/push-display"
import { useStoreDates } from "../../../../components/store-dates"
import {
  type AdminPush,
  type PushAudience,
  channelLabel,
  isPushLive,
  pushTypeLabel,
  useCancelPush,
  usePush,
} from "../../../../hooks/use-pushes"
import { errorMessage, sdk } from "../../../../lib/sdk"

const REFRESH_MS = 3000

function audienceText(a: PushAudience, formatDay: (d: string) => string): string {
  switch (a.kind) {
    case "followers":
      if (a.followed_from && a.followed_to) return `Followers who followed from ${formatDay(a.followed_from)} to ${formatDay(a.followed_to)}`
      if (a.followed_from) return `Followers who followed on or after ${formatDay(a.followed_from)}`
      if (a.followed_to) return `Followers who followed on or before ${formatDay(a.followed_to)}`
      return "All followers"
    case "orders":
      return `Customers of ${a.order_ids.length} ${a.order_ids.length === 1 ? "order" : "orders"}`
    case "customers": {
      const parts = []
      if (a.customer_ids?.length) parts.push(`${a.customer_ids.length} picked ${a.customer_ids.length === 1 ? "customer" : "customers"}`)
      if (a.customer_group_id) parts.push("a customer group")
      return parts.join(" and ") || "Picked customers"
    }
  }
}

/** "Dec 3, 2026" for a YYYY-MM-DD day (a calendar day: no zone shift). */
function formatDay(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  if (!m) return day
  return new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" }).format(new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])))
}

const CancelPush = ({ push }: { push: AdminPush }) => {
  const prompt = usePrompt()
  const cancel = useCancelPush(push.id)
  const { format } = useStoreDates()
  if (push.status !== "scheduled") return null
  // The server's flag, and the clock: a page left open past the deadline disables itself.
  const open = push.cancellable && Date.now() < Date.parse(push.cancellable_until)
  const onCancel = async () => {
    const confirmed = await prompt({
      title: "Cancel this push?",
      description: `The ${pushTypeLabel(push.type).toLowerCase()} push of "${push.coupon.name}" planned for ${push.send_at_label} will not be sent. This cannot be undone.`,
      confirmText: "Cancel push",
      cancelText: "Keep it",
      variant: "danger",
    })
    if (!confirmed) return
    cancel.mutate(undefined, {
      onSuccess: () => toast.success("Push cancelled", { description: "Nobody will receive it." }),
      onError: (e) => toast.error("Could not cancel the push", { description: errorMessage(e) }),
    })
  }
  return (
    <div className="flex flex-col items-end gap-y-1">
      <Button size="small" variant="secondary" onClick={onCancel} disabled={!open} isLoading={cancel.isPending}>
        Cancel push
      </Button>
      <Text size="xsmall" className="text-ui-fg-muted" data-testid="push-cancel-note">
        {open
          ? `Can be cancelled until ${format(push.cancellable_until)}.`
          : `Cancelling closed on ${format(push.cancellable_until)}, 24 hours before the send.`}
      </Text>
    </div>
  )
}

/** A push (PUSH-10, PUSH-12, PUSH-13): its summary, a progress bar with per-channel counts that refresh while it sends, cancel. */
const PushPage = () => {
  const { id } = useParams()
  const { data: push, isLoading, isError, error, refetch } = usePush(id, REFRESH_MS)
  const { format } = useStoreDates()

  if (isLoading) return <Container className="p-0"><PageLoading label="Loading the push" /></Container>
  if (isError || !push)
    return (
      <Container className="p-0">
        <PageError what="the push" error={error} onRetry={() => refetch()} back={{ to: "/coupon-marketing/pushes", label: "All pushes" }} />
      </Container>
    )

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
          <div className="flex flex-col gap-y-1">
            <div className="flex items-center gap-x-2">
              <Heading level="h1">
                {pushTypeLabel(push.type)} push · {push.coupon.name}
              </Heading>
              <PushStatusBadge status={push.status} />
            </div>
            <Text size="small" className="text-ui-fg-subtle">
              {push.status === "sent" || push.status === "failed"
                ? `Sent ${push.sent_at ? format(push.sent_at) : push.send_at_label}`
                : push.status === "cancelled"
                  ? `Cancelled${push.cancelled_at ? ` ${format(push.cancelled_at)}` : ""}; was planned for ${push.send_at_label}`
                  : `Sends ${push.send_at_label}`}
            </Text>
          </div>
          <CancelPush push={push} />
        </div>
        <DetailRow label="Coupon">
          {push.coupon.name} <span className="text-ui-fg-muted">· {push.coupon.benefit_label}</span>
        </DetailRow>
        <DetailRow label="Audience">{audienceText(push.audience, formatDay)}</DetailRow>
        <DetailRow label="Recipients">
          <span data-testid="push-recipients">{push.recipients.toLocaleString("en-US")}</span>
          {push.recipients === 0 && push.status === "scheduled" && <span className="text-ui-fg-muted"> (resolved at the send)</span>}
        </DetailRow>
        <DetailRow label="Channels">{push.channels.map(channelLabel).join(", ")}</DetailRow>
        <DetailRow label="Best items">
          {push.best_items.mode === "auto" ? `Top ${push.best_items.count} sellers of the last 30 days` : `${push.best_items.product_ids.length} picked products`}
        </DetailRow>
        <DetailRow label="Banner">
          {push.banner ? (
            <div className="flex flex-col gap-y-1">
              <img src={push.banner.url} alt="Banner" className="max-h-24 max-w-xs rounded border object-contain" />
              <Text size="xsmall" className="text-ui-fg-muted break-all">
                {push.banner.link_url ? `Links to ${push.banner.link_url}` : "No link"}
              </Text>
            </div>
          ) : (
            "None"
          )}
        </DetailRow>
        <DetailRow label="Created">{format(push.created_at)}</DetailRow>
      </Container>

      <Container className="divide-y p-0" role="region" aria-label="Delivery">
        <div className="flex items-center justify-between gap-x-4 px-6 py-4">
          <div>
            <Heading level="h2">Delivery</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {isPushLive(push.status) ? "Updates every few seconds while the push is scheduled or sending." : "Final figures."}
            </Text>
          </div>
        </div>
        <div className="px-6 py-4">
          <PushProgressBar done={push.progress.done} total={push.progress.total} />
        </div>
        <Table aria-label="Deliveries by channel">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Channel</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Queued</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Sent</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Failed</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Skipped (consent)</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {push.channels.map((c) => {
              const n = push.counts?.[c] ?? { queued: 0, sent: 0, failed: 0, skipped: 0 }
              return (
                <Table.Row key={c} data-testid={`push-channel-${c}`}>
                  <Table.Cell>{channelLabel(c)}</Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{n.queued.toLocaleString("en-US")}</Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{n.sent.toLocaleString("en-US")}</Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{n.failed.toLocaleString("en-US")}</Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{n.skipped.toLocaleString("en-US")}</Table.Cell>
                </Table.Row>
              )
            })}
          </Table.Body>
        </Table>
        {push.status === "failed" && (
          <div className="px-6 py-3">
            <Hint variant="error">Some deliveries failed after their retries; the others were sent.</Hint>
          </div>
        )}
        <div className="px-6 py-3">
          <TimesInZone />
        </div>
      </Container>
    </div>
  )
}

type PushLoaderData = { title: string }

/** The push's title for Medusa's breadcrumbs (“Coupon marketing › Pushes › Advertising · Spring sale”). */
export async function loader({ params }: LoaderFunctionArgs): Promise<PushLoaderData> {
  try {
    const { push } = await sdk.client.fetch<{ push: AdminPush }>(`/admin/coupon-marketing/pushes/${params.id}`)
    return { title: `${pushTypeLabel(push.type)} · ${push.coupon.name}` }
  } catch {
    return { title: "Push" }
  }
}

export const handle = {
  breadcrumb: ({ data }: UIMatch<PushLoaderData>) => data?.title || "Push",
}

export default PushPage

import { PencilSquare } from "@medusajs/icons"
import { Button, Container, Heading, Text, toast, usePrompt } from "@medusajs/ui"
import { Link, LoaderFunctionArgs, UIMatch, useParams } from "react-router-dom"
import { DetailRow, PageError, PageLoading } from "../../../../components/layout"
import { GiftStatusBadge, PrizeList, giftWindowText, isGiftOpen } from "../../../../components/gifts/gift-display"
import { GiftStats } from "../../../../components/gifts/gift-stats"
import { StoreTimeZoneNote, useStoreDates } from "../../../../components/store-dates"
import { GIFTS_PATH, type AdminMembershipGift, isGiftLive, useCloseGift, useGift, useGiftStats } from "../../../../hooks/use-gifts"
import { toZonedInput } from "../../../../lib/dates"
import { errorMessage, sdk } from "../../../../lib/sdk"

/** While the gift can still grant, its page reads it and its results again this often. */
const REFRESH_MS = 10000

const CloseGift = ({ gift }: { gift: AdminMembershipGift }) => {
  const prompt = usePrompt()
  const close = useCloseGift(gift.id)
  if (!isGiftOpen(gift.status)) return null
  const onClose = async () => {
    const confirmed = await prompt({
      title: "Close the gift now?",
      description: `New members will get nothing from this moment. The ${gift.grants.toLocaleString("en-US")} who already got “${gift.name}” keep it. This cannot be undone.`,
      confirmText: "Close gift",
      cancelText: "Keep it",
      variant: "danger",
    })
    if (!confirmed) return
    close.mutate(undefined, {
      onSuccess: () => toast.success("Gift closed", { description: "New members get nothing from now on." }),
      onError: (e) => toast.error("Could not close the gift", { description: errorMessage(e) }),
    })
  }
  return (
    <Button size="small" variant="secondary" onClick={onClose} isLoading={close.isPending}>
      Close
    </Button>
  )
}

/** A sign-up gift (GIFT-6): status, window, the package in the storefront's words, Edit, Close, and its results. */
const GiftPage = () => {
  const { id } = useParams()
  const { data: gift, isLoading, isError, error, refetch } = useGift(id, REFRESH_MS)
  const live = isGiftLive(gift?.status)
  const stats = useGiftStats(id, live, REFRESH_MS)
  const { format, timeZone } = useStoreDates()

  if (isLoading) return <Container className="p-0"><PageLoading label="Loading the gift" /></Container>
  if (isError || !gift)
    return (
      <Container className="p-0">
        <PageError what="the gift" error={error} onRetry={() => refetch()} back={{ to: GIFTS_PATH, label: "All gifts" }} />
      </Container>
    )

  // The chart's axis: the activity's days on the store's calendar, up to its close.
  const until = gift.closed_at && Date.parse(gift.closed_at) < Date.parse(gift.ends_at) ? gift.closed_at : gift.ends_at
  const range = timeZone ? { from: toZonedInput(gift.starts_at, timeZone).slice(0, 10), to: toZonedInput(until, timeZone).slice(0, 10) } : undefined

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
          <div className="flex flex-col gap-y-1">
            <div className="flex items-center gap-x-2">
              <Heading level="h1">{gift.name}</Heading>
              <GiftStatusBadge status={gift.status} />
            </div>
            <Text size="small" className="text-ui-fg-subtle" data-testid="gift-summary">
              {gift.status === "closed" && gift.closed_at
                ? `Closed ${format(gift.closed_at)}: new members get nothing any more.`
                : gift.status === "draft"
                  ? "A draft: it grants nothing and is not shown to visitors."
                  : gift.status === "scheduled"
                    ? `Starts ${format(gift.starts_at)}.`
                    : gift.status === "active"
                      ? `Granting to every new member until ${format(gift.ends_at)}.`
                      : `Ended ${format(gift.ends_at)}.`}
            </Text>
          </div>
          {isGiftOpen(gift.status) && (
            <div className="flex gap-x-2">
              <Button size="small" variant="secondary" asChild>
                <Link to={`${GIFTS_PATH}/${gift.id}/edit`}>
                  <PencilSquare />
                  Edit
                </Link>
              </Button>
              <CloseGift gift={gift} />
            </div>
          )}
        </div>
        <DetailRow label="Window">
          <span data-testid="gift-window">{giftWindowText(gift, timeZone)}</span>
        </DetailRow>
        <DetailRow label="Package">
          <PrizeList prizes={gift.prize_views} />
        </DetailRow>
        <DetailRow label="Granted">
          <span data-testid="gift-grants">{gift.grants.toLocaleString("en-US")}</span> {gift.grants === 1 ? "new member" : "new members"}
        </DetailRow>
        <DetailRow label="Created">{format(gift.created_at)}</DetailRow>
        <div className="px-6 py-3">
          <StoreTimeZoneNote />
        </div>
      </Container>

      <Container className="p-0" role="region" aria-label="Results">
        <GiftStats range={range} stats={stats.data} isLoading={stats.isLoading} error={stats.error} onRetry={() => stats.refetch()} live={live} />
      </Container>
    </div>
  )
}

type GiftLoaderData = { name: string }

/** The gift's name for Medusa's breadcrumbs (“Coupon marketing › Membership gift › Welcome”). */
export async function loader({ params }: LoaderFunctionArgs): Promise<GiftLoaderData> {
  try {
    const { membership_gift } = await sdk.client.fetch<{ membership_gift: AdminMembershipGift }>(`/admin/coupon-marketing/membership-gifts/${params.id}`)
    return { name: membership_gift.name }
  } catch {
    return { name: "Gift" }
  }
}

export const handle = {
  breadcrumb: ({ data }: UIMatch<GiftLoaderData>) => data?.name || "Gift",
}

export default GiftPage

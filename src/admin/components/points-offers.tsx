import { EllipsisHorizontal, ExclamationCircle, PencilSquare, Plus, Trash } from "@medusajs/icons"
import { Button, DropdownMenu, Heading, IconButton, Skeleton, StatusBadge, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { AdminExchangeOffer, useDeleteExchangeOffer, useExchangeOffers } from "../hooks/use-exchange-offers"
import { errorMessage } from "../lib/sdk"
import { plural } from "./coupon-display"
import { ExchangeOfferDrawer } from "./exchange-offer-drawer"
import { PageError, Pager } from "./layout"
import {
  ComplianceBadge,
  HIDDEN_FROM_SHOPPERS,
  StoreTimeZoneNote,
  offerAvailability,
  offerTermsText,
  offerWindowText,
  rivalText,
  useStoreDates,
} from "./points-display"

const PAGE_SIZE = 20

/** What the confirmation says before an offer is withdrawn. */
function withdrawWarning(offer: AdminExchangeOffer): string {
  const made = offer.exchanged_count
  return [
    "Shoppers can no longer exchange points for it.",
    made > 0
      ? `The ${plural(made, "coupon")} already exchanged stay${made === 1 ? "s" : ""} valid until ${made === 1 ? "it expires" : "they expire"}.`
      : "No coupon was exchanged yet.",
    "This cannot be undone.",
  ].join(" ")
}

/** Points → Exchange offers (POINTS-4, POINTS-5): the offers, create, edit, withdraw. */
export const ExchangeOffersPanel = () => {
  const prompt = usePrompt()
  const remove = useDeleteExchangeOffer()
  const [pageIndex, setPageIndex] = useState(0)
  const [drawer, setDrawer] = useState<{ open: boolean; offer?: AdminExchangeOffer }>({ open: false })
  const { data, isLoading, isError, error, refetch, isFetching } = useExchangeOffers({
    limit: PAGE_SIZE,
    offset: pageIndex * PAGE_SIZE,
  })

  const count = data?.count ?? 0
  const { timeZone } = useStoreDates()
  const pageCount = Math.max(1, Math.ceil(count / PAGE_SIZE))
  // Withdrawing the last offer of the last page: show the page before.
  useEffect(() => {
    if (data && pageIndex > 0 && pageIndex >= pageCount) setPageIndex(pageCount - 1)
  }, [data, pageIndex, pageCount])

  const withdraw = async (offer: AdminExchangeOffer) => {
    const confirmed = await prompt({
      title: `Withdraw the offer “${offer.name}”?`,
      description: withdrawWarning(offer),
      confirmText: "Withdraw",
      cancelText: "Cancel",
      variant: "danger",
    })
    if (!confirmed) return
    try {
      await remove.mutateAsync(offer.id)
      toast.success("Exchange offer withdrawn", { description: offer.name })
    } catch (e) {
      toast.error(errorMessage(e))
    }
  }

  const openCreate = () => setDrawer({ open: true })
  const nonCompliant = data?.exchange_offers.filter((o) => o.compliance === "non_compliant").length ?? 0

  return (
    <div className="divide-y">
      <div className="flex items-start justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading level="h2">Exchange offers</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Coupons shoppers get for points. Each must be a deeper discount than the store's free coupons.
          </Text>
        </div>
        <Button size="small" variant="secondary" onClick={openCreate}>
          <Plus />
          Create offer
        </Button>
      </div>

      {isLoading && (
        <div className="flex flex-col gap-y-3 px-6 py-6" aria-busy="true" aria-label="Loading exchange offers">
          {Array.from({ length: 4 }, (_, i) => (
            <Skeleton key={i} className="h-8 w-full" />
          ))}
        </div>
      )}

      {isError && <PageError what="the exchange offers" error={error} onRetry={() => refetch()} />}

      {data && count === 0 && (
        <div className="flex flex-col items-center gap-y-3 px-6 py-16 text-center">
          <Heading level="h2">No exchange offers yet</Heading>
          <Text size="small" className="text-ui-fg-subtle max-w-md">
            Offer a coupon for points — for example ¥55 off ¥299 for 500 points — with a stock and a validity after the
            exchange. Add a budget deposit to fund the coupons.
          </Text>
          <Button size="small" onClick={openCreate}>
            Create offer
          </Button>
        </div>
      )}

      {nonCompliant > 0 && (
        <div className="flex items-start gap-x-2 px-6 py-3" role="status">
          <ExclamationCircle className="text-ui-fg-error mt-0.5 shrink-0" />
          <Text size="small" className="text-ui-fg-subtle">
            {plural(nonCompliant, "offer is", "offers are")} beaten by a free coupon and hidden from shoppers. Edit{" "}
            {nonCompliant === 1 ? "it" : "them"} to a deeper discount, or end the free coupon.
          </Text>
        </div>
      )}

      {data && count > 0 && (
        <div className={isFetching ? "opacity-60 transition-opacity" : "transition-opacity"}>
          <Table aria-label="Exchange offers">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Name</Table.HeaderCell>
                <Table.HeaderCell>Coupon</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Points</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Stock left</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Exchanged</Table.HeaderCell>
                <Table.HeaderCell>Compliance</Table.HeaderCell>
                <Table.HeaderCell>Window</Table.HeaderCell>
                <Table.HeaderCell className="w-12">
                  <span className="sr-only">Actions</span>
                </Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.exchange_offers.map((offer) => {
                const availability = offerAvailability(offer)
                return (
                  <Table.Row key={offer.id} className="[&_td]:align-top [&_td]:py-3">
                    <Table.Cell className="max-w-80">
                      <button
                        type="button"
                        className="text-ui-fg-base hover:text-ui-fg-interactive block max-w-full truncate text-left font-medium outline-none focus-visible:underline"
                        onClick={() => setDrawer({ open: true, offer })}
                      >
                        {offer.name}
                      </button>
                      <Text size="xsmall" className="text-ui-fg-muted">
                        Valid {plural(offer.valid_days, "day")} after the exchange
                        {offer.per_customer_limit ? ` · ${offer.per_customer_limit.toLocaleString("en-US")} per customer` : ""}
                      </Text>
                    </Table.Cell>
                    <Table.Cell className="whitespace-nowrap">{offerTermsText(offer)}</Table.Cell>
                    <Table.Cell className="text-right tabular-nums">{offer.points_cost.toLocaleString("en-US")}</Table.Cell>
                    <Table.Cell className="text-right tabular-nums">
                      {offer.stock_left.toLocaleString("en-US")}
                      <span className="text-ui-fg-muted"> / {offer.stock.toLocaleString("en-US")}</span>
                    </Table.Cell>
                    <Table.Cell className="text-right tabular-nums">{offer.exchanged_count.toLocaleString("en-US")}</Table.Cell>
                    <Table.Cell className="max-w-80">
                      <ComplianceBadge offer={offer} />
                      {offer.compliance === "non_compliant" && (
                        <div className="mt-1 flex flex-col gap-y-0.5">
                          <Text size="xsmall" className="text-ui-fg-error whitespace-normal">
                            {rivalText(offer)}
                          </Text>
                          <Text size="xsmall" className="text-ui-fg-muted whitespace-normal">
                            {HIDDEN_FROM_SHOPPERS}
                          </Text>
                        </div>
                      )}
                    </Table.Cell>
                    <Table.Cell>
                      <StatusBadge color={availability.color}>{availability.label}</StatusBadge>
                      <Text size="xsmall" className="text-ui-fg-muted mt-1 whitespace-nowrap">
                        {offerWindowText(offer, timeZone)}
                      </Text>
                    </Table.Cell>
                    <Table.Cell>
                      <DropdownMenu>
                        <DropdownMenu.Trigger asChild>
                          <IconButton size="small" variant="transparent" aria-label={`Actions for ${offer.name}`}>
                            <EllipsisHorizontal />
                          </IconButton>
                        </DropdownMenu.Trigger>
                        <DropdownMenu.Content align="end">
                          <DropdownMenu.Item className="gap-x-2" onClick={() => setDrawer({ open: true, offer })}>
                            <PencilSquare className="text-ui-fg-subtle" />
                            Edit
                          </DropdownMenu.Item>
                          <DropdownMenu.Separator />
                          <DropdownMenu.Item className="gap-x-2" onClick={() => withdraw(offer)}>
                            <Trash className="text-ui-fg-subtle" />
                            Withdraw
                          </DropdownMenu.Item>
                        </DropdownMenu.Content>
                      </DropdownMenu>
                    </Table.Cell>
                  </Table.Row>
                )
              })}
            </Table.Body>
          </Table>
          <Pager count={count} pageSize={PAGE_SIZE} pageIndex={pageIndex} setPageIndex={setPageIndex} />
          <StoreTimeZoneNote className="px-6 py-3" />
        </div>
      )}

      <ExchangeOfferDrawer
        offer={drawer.offer}
        denominations={data?.denominations}
        open={drawer.open}
        onOpenChange={(open) => setDrawer((d) => ({ ...d, open }))}
      />
    </div>
  )
}

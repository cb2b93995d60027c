import { Button, Drawer, Hint, Input, Text, Textarea, toast, usePrompt } from "@medusajs/ui"
import { FormEvent, useEffect, useRef, useState } from "react"
import { useAdjustPoints } from "../hooks/use-points-adjustments"
import { FieldErrors, groupFieldErrors, newIdempotencyKey, parseFieldErrors } from "../lib/form-errors"
import { errorMessage } from "../lib/sdk"
import { POINTS_LIMITS } from "../../types/points"
import { DrawerFormFooter, FormField } from "./layout"
import { pointsText, signedPoints } from "./points-display"

type Field = "points" | "reason"
const FIELDS: readonly Field[] = ["points", "reason"]

/** The adjustment rules (POINTS-3, as the API checks them). */
function validate(values: { points: string; reason: string }) {
  const problems: { field: Field; message: string }[] = []
  const points = Number(values.points)
  if (values.points.trim() === "") problems.push({ field: "points", message: "Enter the points to add (or, negative, to take away)" })
  else if (!Number.isSafeInteger(points)) problems.push({ field: "points", message: "Points are whole numbers" })
  else if (points === 0) problems.push({ field: "points", message: "An adjustment of 0 points changes nothing" })
  else if (Math.abs(points) > POINTS_LIMITS.POINTS_MAX) problems.push({ field: "points", message: "That is more points than an account can hold" })
  if (!values.reason.trim()) problems.push({ field: "reason", message: "A reason is required" })
  else if (values.reason.length > POINTS_LIMITS.REASON_MAX) {
    problems.push({ field: "reason", message: `A reason is at most ${POINTS_LIMITS.REASON_MAX} characters` })
  }
  return problems
}

/** A refused adjustment: "Not enough points: …" belongs to the points field. */
function serverFieldErrors(message: string) {
  if (/^Not enough points/i.test(message)) return { fields: { points: message } as FieldErrors<Field>, other: [] }
  const parsed = parseFieldErrors(message, FIELDS)
  if (parsed.fields.reason && /too small|required/i.test(parsed.fields.reason)) parsed.fields.reason = "A reason is required"
  return parsed
}

/**
 * "Adjust points" (POINTS-3): adds points to a customer's account, or takes them away (a
 * negative number, confirmed first), with a required reason. One opening is one adjustment: a
 * request retried after a lost answer is not counted twice (idempotency key).
 */
export const AdjustPointsDrawer = ({
  customerId,
  customerName,
  balance,
  open,
  onOpenChange,
}: {
  customerId: string
  /** "Hanako Sato", or the email. */
  customerName: string
  balance: number
  open: boolean
  onOpenChange: (open: boolean) => void
}) => {
  const prompt = usePrompt()
  const [values, setValues] = useState({ points: "", reason: "" })
  const [touched, setTouched] = useState<Partial<Record<Field, boolean>>>({})
  const [submitted, setSubmitted] = useState(false)
  const [serverErrors, setServerErrors] = useState<FieldErrors<Field>>({})
  const [formError, setFormError] = useState<string | null>(null)
  const [confirming, setConfirming] = useState(false)
  const idempotencyKey = useRef(newIdempotencyKey("adjust"))
  const adjust = useAdjustPoints(customerId)
  const pending = adjust.isPending || confirming

  useEffect(() => {
    if (open) {
      setValues({ points: "", reason: "" })
      setTouched({})
      setSubmitted(false)
      setServerErrors({})
      setFormError(null)
      idempotencyKey.current = newIdempotencyKey("adjust")
    }
  }, [open])

  const problems = validate(values)
  const clientErrors = groupFieldErrors(problems, FIELDS)
  const errorOf = (field: Field): string | undefined =>
    serverErrors[field] ?? (submitted || touched[field] ? clientErrors.fields[field] : undefined)

  const set = (key: Field, value: string) => {
    setValues((v) => ({ ...v, [key]: value }))
    setTouched((t) => ({ ...t, [key]: true }))
    setServerErrors((e) => ({ ...e, [key]: undefined }))
    setFormError(null)
    // Different terms are a different adjustment.
    idempotencyKey.current = newIdempotencyKey("adjust")
  }

  const points = Number(values.points)
  /** A debit beyond the balance: the account can't go below 0, so it is not offered. */
  const overdrawn = !problems.length && points < 0 && balance + points < 0
  const overdrawnText =
    balance > 0
      ? `${customerName} has only ${pointsText(balance)}: you can take at most ${pointsText(balance)}.`
      : `${customerName} has no points to take.`

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    if (pending) return
    setSubmitted(true)
    if (problems.length) {
      const first = FIELDS.find((f) => clientErrors.fields[f])
      if (first) document.getElementById(first)?.focus()
      toast.error("Please correct the highlighted fields.")
      return
    }
    if (overdrawn) return
    if (points < 0) {
      setConfirming(true)
      const confirmed = await prompt({
        title: `Take ${pointsText(-points)} from ${customerName}?`,
        description: `The balance goes from ${balance.toLocaleString("en-US")} to ${(balance + points).toLocaleString("en-US")}. The ledger keeps the entry with your reason.`,
        confirmText: "Take points",
        cancelText: "Cancel",
        variant: "danger",
      })
      setConfirming(false)
      if (!confirmed) return
    }
    adjust.mutate(
      { points, reason: values.reason.trim(), idempotency_key: idempotencyKey.current },
      {
        onSuccess: ({ balance: after }) => {
          toast.success(points > 0 ? `${pointsText(points)} added` : `${pointsText(-points)} taken away`, {
            description: `${customerName}: balance ${pointsText(after)}`,
          })
          onOpenChange(false)
        },
        onError: (error) => {
          const parsed = serverFieldErrors(errorMessage(error))
          setServerErrors(parsed.fields)
          setFormError(parsed.other.length ? parsed.other.join(" ") : null)
          toast.error(errorMessage(error))
        },
      }
    )
  }

  const guard = (e: Event) => {
    if (pending) e.preventDefault()
  }

  const preview =
    !problems.length && Number.isSafeInteger(points) && points !== 0
      ? `${signedPoints(points)} → the balance would be ${(balance + points).toLocaleString("en-US")}.`
      : null

  return (
    <Drawer open={open} onOpenChange={(next) => !pending && onOpenChange(next)}>
      <Drawer.Content onEscapeKeyDown={guard} onInteractOutside={guard} aria-describedby="adjust_description">
        <form onSubmit={onSubmit} noValidate className="flex h-full flex-col overflow-hidden" aria-label="Adjust points">
          <Drawer.Header>
            <Drawer.Title>Adjust points</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-1 flex-col gap-y-5 overflow-y-auto">
            <Text size="small" className="text-ui-fg-subtle" id="adjust_description">
              {customerName} has {pointsText(balance)}. A positive number adds points, a negative one takes them away;
              the balance never goes below 0.
            </Text>
            <FormField id="points" label="Points" help="For example 100, or -50 to take 50 away." error={errorOf("points")}>
              <Input
                id="points"
                type="number"
                inputMode="numeric"
                step={1}
                value={values.points}
                disabled={pending}
                aria-invalid={!!errorOf("points")}
                aria-describedby="points_error"
                onChange={(e) => set("points", e.target.value)}
              />
            </FormField>
            <FormField id="reason" label="Reason" help="Kept in the ledger with your name." error={errorOf("reason")}>
              <Textarea
                id="reason"
                rows={3}
                value={values.reason}
                disabled={pending}
                aria-invalid={!!errorOf("reason")}
                aria-describedby="reason_error"
                onChange={(e) => set("reason", e.target.value)}
              />
              <Text size="xsmall" className="text-ui-fg-muted self-end">
                {values.reason.length} / {POINTS_LIMITS.REASON_MAX}
              </Text>
            </FormField>
            {preview && (
              <div className="bg-ui-bg-subtle rounded-lg px-4 py-3" aria-live="polite">
                <Text size="small" className={overdrawn ? "text-ui-fg-error" : "text-ui-fg-subtle"} id="adjust_preview">
                  {overdrawn ? overdrawnText : preview}
                </Text>
              </div>
            )}
            {formError && <Hint variant="error">{formError}</Hint>}
          </Drawer.Body>
          <DrawerFormFooter
            pending={pending}
            loading={adjust.isPending}
            submitLabel={Number.isSafeInteger(points) && points < 0 ? "Take points" : "Add points"}
            submitDisabled={overdrawn}
          />
        </form>
      </Drawer.Content>
    </Drawer>
  )
}

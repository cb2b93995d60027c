import { Button, Container, Heading, Hint, ProgressTabs, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import { useCreatePush } from "../../hooks/use-pushes"
import { errorMessage } from "../../lib/sdk"
import { AudienceStep } from "./steps/audience-step"
import { BannerStep } from "./steps/banner-step"
import { BestItemsStep } from "./steps/best-items-step"
import { CouponStep } from "./steps/coupon-step"
import { PreviewStep } from "./steps/preview-step"
import { SlotStep } from "./steps/slot-step"
import { TypeStep } from "./steps/type-step"
import { STEPS, STEP_LABELS, type Step, type StepErrors, type WizardState, bodyOf, initialState, stepErrorsOf, stepProblem } from "./wizard-state"

const DESCRIPTIONS: Record<Step, string> = {
  type: "What kind of push this is decides who can receive it.",
  coupon: "The coupon every recipient gets. Only scheduled or active coupons can be pushed.",
  audience: "Who receives it. Only customers with a verified email who agreed to coupon messages do.",
  best_items: "The products shown under the coupon in the email.",
  banner: "An optional image at the top of the email, linking where you choose.",
  schedule: "When it is sent. It can be cancelled until 24 hours before.",
  preview: "The email, in-app message and push exactly as a recipient will see them.",
}

/**
 * The create-push wizard (SPEC §2): one page, a step at a time under a progress header; each step
 * checks its own fields before "Next"; the server's refusals land on the step of the field named.
 */
export const PushWizard = () => {
  const [state, setState] = useState<WizardState>(initialState)
  const [index, setIndex] = useState(0)
  const [reached, setReached] = useState(0)
  const [shown, setShown] = useState<StepErrors>({})
  const [server, setServer] = useState<StepErrors>({})
  const [other, setOther] = useState<string[]>([])
  const create = useCreatePush()
  const navigate = useNavigate()
  const step = STEPS[index]

  const set = (patch: Partial<WizardState>) => {
    setState((s) => {
      const next = { ...s, ...patch }
      // A new type: the audience of the old one and its slot no longer apply.
      if (patch.type && patch.type !== s.type) {
        Object.assign(next, {
          followers: "all",
          followed_from: null,
          followed_to: null,
          resolved: null,
          order_ids: [],
          customers: [],
          customer_group_id: null,
        })
      }
      return next
    })
    setShown((e) => ({ ...e, [step]: undefined }))
    setServer((e) => ({ ...e, [step]: undefined }))
  }

  const go = (to: number) => {
    setIndex(to)
    setReached((r) => Math.max(r, to))
  }

  const next = () => {
    const problem = stepProblem(step, state)
    if (problem) {
      setShown((e) => ({ ...e, [step]: problem }))
      return
    }
    go(index + 1)
  }

  const showServerErrors = (message: string, jump: boolean) => {
    const { steps, other } = stepErrorsOf(message)
    setServer(steps)
    setOther(other)
    const first = STEPS.findIndex((s) => steps[s])
    if (jump && first >= 0 && first !== index) setIndex(first)
  }

  const submit = () => {
    for (const [i, s] of STEPS.entries()) {
      const problem = stepProblem(s, state)
      if (problem) {
        setShown((e) => ({ ...e, [s]: problem }))
        setIndex(i)
        return
      }
    }
    const body = bodyOf(state)
    if (!body) return
    setOther([])
    create.mutate(body, {
      onSuccess: ({ push }) => {
        toast.success("Push scheduled", { description: `It sends ${push.send_at_label}.` })
        navigate(`/coupon-marketing/pushes/${push.id}`)
      },
      onError: (e) => showServerErrors(errorMessage(e), true),
    })
  }

  const error = shown[step] ?? server[step]
  const statusOf = (s: Step, i: number) =>
    i === index ? "in-progress" : i <= reached && !stepProblem(s, state) && !server[s] ? "completed" : "not-started"

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Create push</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Send a coupon by email, in-app message and mobile push.
        </Text>
      </div>
      <ProgressTabs value={step} onValueChange={(v) => go(STEPS.indexOf(v as Step))}>
        <ProgressTabs.List className="flex w-full overflow-x-auto border-b" aria-label="Steps">
          {STEPS.map((s, i) => (
            <ProgressTabs.Trigger key={s} value={s} status={statusOf(s, i)} disabled={i > reached} className="max-w-[200px]">
              {STEP_LABELS[s]}
              {server[s] && <span className="text-ui-fg-error"> !</span>}
            </ProgressTabs.Trigger>
          ))}
        </ProgressTabs.List>
      </ProgressTabs>
      <section className="flex flex-col gap-y-4 px-6 py-6" aria-label={STEP_LABELS[step]} data-testid={`push-step-${step}`}>
        <div>
          <Heading level="h2">
            Step {index + 1} of {STEPS.length}: {STEP_LABELS[step]}
          </Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {DESCRIPTIONS[step]}
          </Text>
        </div>
        {step === "type" && <TypeStep state={state} set={set} />}
        {step === "coupon" && <CouponStep state={state} set={set} />}
        {step === "audience" && <AudienceStep state={state} set={set} />}
        {step === "best_items" && <BestItemsStep state={state} set={set} />}
        {step === "banner" && <BannerStep state={state} set={set} />}
        {step === "schedule" && <SlotStep state={state} set={set} />}
        {step === "preview" && <PreviewStep state={state} set={set} onError={(m) => showServerErrors(m, false)} />}
        <div role="alert" id="push_step_error">
          {error && <Hint variant="error">{error}</Hint>}
          {step === "preview" &&
            other.map((o) => (
              <Hint key={o} variant="error">
                {o}
              </Hint>
            ))}
        </div>
      </section>
      <div className="flex items-center justify-between gap-x-2 px-6 py-4">
        <Button type="button" size="small" variant="secondary" disabled={index === 0 || create.isPending} onClick={() => setIndex(index - 1)}>
          Back
        </Button>
        {index < STEPS.length - 1 ? (
          <Button type="button" size="small" onClick={next}>
            Next
          </Button>
        ) : (
          <Button type="button" size="small" onClick={submit} isLoading={create.isPending}>
            Schedule push
          </Button>
        )}
      </div>
    </Container>
  )
}

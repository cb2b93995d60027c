import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Button, Container, Heading, Hint, Input, Label, RadioGroup, Select, Switch, Text, Textarea, toast } from "@medusajs/ui"
import { FormEvent, useEffect, useMemo, useState } from "react"
import { DetailRow, FieldError, PageError, PageLoading, Section } from "../../../components/layout"
import { formatStoreDateTime } from "../../../lib/dates"
import {
  useCouponSettings,
  useCouponSettingsResponse,
  usePreviewMessage,
  useUpdateCouponSettings,
  type AdminCouponSettingsResponse,
} from "../../../hooks/use-coupon-settings"
import { errorMessage } from "../../../lib/sdk"
import {
  CouponSettingsValues,
  DEFAULT_COUPON_SETTINGS,
  GUIDE_TEXT_MAX_LENGTH,
  MESSAGE_INTRO_MAX_LENGTH,
  MESSAGE_SUBJECT_MAX_LENGTH,
  MESSAGE_TAGS,
  MESSAGE_TEXT_FIELDS,
  MESSAGE_TYPE_LABELS,
  MESSAGE_TYPES,
  type MessageType,
} from "../../../../types/settings"

type MessageDefaults = AdminCouponSettingsResponse["message_defaults"]
type Channel = AdminCouponSettingsResponse["channels"][number]
const SETTINGS_KEYS = Object.keys(DEFAULT_COUPON_SETTINGS) as (keyof CouponSettingsValues)[]
const NUL = String.fromCharCode(0)

type Errors = Partial<Record<keyof CouponSettingsValues, string>>

/** The same checks as the API (POST /admin/coupon-marketing/settings), shown inline. */
function validate(values: CouponSettingsValues): Errors {
  const errors: Errors = {}
  if (values.guide_text.length > GUIDE_TEXT_MAX_LENGTH) {
    errors.guide_text = `The guide text must be at most ${GUIDE_TEXT_MAX_LENGTH.toLocaleString("en-US")} characters (it has ${values.guide_text.length.toLocaleString("en-US")}).`
  }
  for (const type of MESSAGE_TYPES) {
    const { subject, intro } = MESSAGE_TEXT_FIELDS[type]
    const label = MESSAGE_TYPE_LABELS[type]
    if (values[subject].length > MESSAGE_SUBJECT_MAX_LENGTH) {
      errors[subject] = `The ${label.toLowerCase()} subject must be at most ${MESSAGE_SUBJECT_MAX_LENGTH} characters (it has ${values[subject].length}).`
    } else if (/[\r\n]/.test(values[subject])) {
      errors[subject] = "A subject is one line: remove the line break."
    }
    if (values[intro].length > MESSAGE_INTRO_MAX_LENGTH) {
      errors[intro] = `The ${label.toLowerCase()} intro must be at most ${MESSAGE_INTRO_MAX_LENGTH.toLocaleString("en-US")} characters (it has ${values[intro].length.toLocaleString("en-US")}).`
    }
    for (const field of [subject, intro]) {
      if (values[field].includes(NUL)) errors[field] = "This text contains an invisible NUL character: retype it."
    }
  }
  return errors
}

/** Puts an API 400 on the field it names ("… Field 'guide_text' …"), else answers it as a form error. */
function fieldOfServerError(message: string): keyof CouponSettingsValues | undefined {
  return SETTINGS_KEYS.find((key) => message.includes(key))
}

/** The tags the message texts may hold, and which messages know them. */
const TagList = () => (
  <div className="bg-ui-bg-subtle rounded-md px-4 py-3" data-testid="message_tags">
    <Text size="small" weight="plus">Tags</Text>
    <Text size="xsmall" className="text-ui-fg-subtle mb-2">
      Written in a subject or intro, a tag is replaced by its value for each recipient. The texts are plain text; a blank line starts a new paragraph.
    </Text>
    <ul className="flex flex-col gap-y-1">
      {MESSAGE_TAGS.map((t) => (
        <li key={t.tag} className="flex flex-wrap items-baseline gap-x-2">
          <code className="txt-compact-xsmall-plus bg-ui-bg-base rounded px-1">{t.tag}</code>
          <Text size="xsmall" className="text-ui-fg-subtle">
            {t.means}
            {t.types.length < MESSAGE_TYPES.length ? ` (${t.types.map((x) => MESSAGE_TYPE_LABELS[x].toLowerCase()).join(", ")} only)` : ""}
          </Text>
        </li>
      ))}
    </ul>
  </div>
)

/** One message type's subject and intro, with the plugin's text as placeholder, and its preview. */
const MessageTextFields = ({
  type,
  values,
  defaults,
  errors,
  set,
}: {
  type: MessageType
  values: CouponSettingsValues
  defaults: MessageDefaults[MessageType]
  errors: Errors
  set: <K extends keyof CouponSettingsValues>(key: K, value: CouponSettingsValues[K]) => void
}) => {
  const { subject, intro } = MESSAGE_TEXT_FIELDS[type]
  const preview = usePreviewMessage()
  const [shown, setShown] = useState(false)
  const onPreview = () => {
    setShown(true)
    preview.mutate({ type, subject: values[subject], intro: values[intro] })
  }
  return (
    <div className="flex flex-col gap-y-3 rounded-md border px-4 py-4" data-testid={`message_${type}`}>
      <div className="flex items-center justify-between gap-x-2">
        <Heading level="h3">{MESSAGE_TYPE_LABELS[type]}</Heading>
        <Button type="button" size="small" variant="secondary" onClick={onPreview} isLoading={preview.isPending} disabled={!!errors[subject] || !!errors[intro]}>
          Preview
        </Button>
      </div>
      <div className="flex flex-col gap-y-2">
        <Label htmlFor={subject}>Subject</Label>
        <Input
          id={subject}
          value={values[subject]}
          placeholder={defaults.subject}
          aria-invalid={!!errors[subject]}
          onChange={(e) => set(subject, e.target.value)}
        />
        <div className="flex items-start justify-between gap-x-4">
          <FieldError field={subject} error={errors[subject]} />
          <Text size="xsmall" className={values[subject].length > MESSAGE_SUBJECT_MAX_LENGTH ? "text-ui-fg-error shrink-0" : "text-ui-fg-muted shrink-0"}>
            {values[subject].length} / {MESSAGE_SUBJECT_MAX_LENGTH}
          </Text>
        </div>
      </div>
      <div className="flex flex-col gap-y-2">
        <Label htmlFor={intro}>Intro</Label>
        <Textarea
          id={intro}
          rows={3}
          value={values[intro]}
          placeholder={defaults.intro}
          aria-invalid={!!errors[intro]}
          onChange={(e) => set(intro, e.target.value)}
        />
        <div className="flex items-start justify-between gap-x-4">
          <FieldError field={intro} error={errors[intro]} />
          <Text size="xsmall" className={values[intro].length > MESSAGE_INTRO_MAX_LENGTH ? "text-ui-fg-error shrink-0" : "text-ui-fg-muted shrink-0"}>
            {values[intro].length.toLocaleString("en-US")} / {MESSAGE_INTRO_MAX_LENGTH.toLocaleString("en-US")}
          </Text>
        </div>
        <Text size="xsmall" className="text-ui-fg-muted">Left empty, the plugin's text shown in grey is used.</Text>
      </div>
      {shown && (
        <div className="flex flex-col gap-y-2" data-testid={`preview_${type}`}>
          {preview.isError && <Hint variant="error">{errorMessage(preview.error)}</Hint>}
          {preview.data && (
            <>
              <Text size="small">
                <span className="text-ui-fg-subtle">Subject: </span>
                <span data-testid={`preview_${type}_subject`}>{preview.data.subject}</span>
              </Text>
              <iframe
                title={`Preview of the ${MESSAGE_TYPE_LABELS[type].toLowerCase()} email`}
                srcDoc={preview.data.html}
                sandbox=""
                className="h-[420px] w-full rounded-md border bg-white"
              />
              <Text size="xsmall" className="text-ui-fg-muted">
                A sample recipient (Hanako) and a sample coupon; the links in the preview do not work.
              </Text>
            </>
          )}
        </div>
      )}
    </div>
  )
}

const SettingsForm = ({ initial, defaults }: { initial: CouponSettingsValues; defaults?: MessageDefaults }) => {
  const [values, setValues] = useState<CouponSettingsValues>(initial)
  const [serverErrors, setServerErrors] = useState<Errors>({})
  const [formError, setFormError] = useState<string | null>(null)
  const update = useUpdateCouponSettings()

  useEffect(() => setValues(initial), [initial])

  const errors = { ...serverErrors, ...validate(values) }
  const dirty = useMemo(
    () => (Object.keys(initial) as (keyof CouponSettingsValues)[]).some((k) => initial[k] !== values[k]),
    [initial, values]
  )

  const set = <K extends keyof CouponSettingsValues>(key: K, value: CouponSettingsValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }))
    setServerErrors((e) => ({ ...e, [key]: undefined }))
    setFormError(null)
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    if (Object.keys(validate(values)).length) {
      toast.error("Please correct the highlighted field.")
      return
    }
    update.mutate(values, {
      onSuccess: () => toast.success("Coupon settings saved"),
      onError: (error) => {
        const message = errorMessage(error)
        const field = fieldOfServerError(message)
        if (field) setServerErrors({ [field]: message })
        else setFormError(message)
        toast.error(message)
      },
    })
  }

  const guideLength = values.guide_text.length

  return (
    <form onSubmit={onSubmit} noValidate className="divide-y">
      <Section
        title="Cart code form"
        description="Where shoppers enter a coupon code. Only one coupon can be used per order."
      >
        <div className="flex items-center gap-x-3">
          <Switch
            id="show_code_form"
            checked={values.show_code_form}
            onCheckedChange={(checked) => set("show_code_form", checked)}
          />
          <Label htmlFor="show_code_form">Show the coupon code form in the cart</Label>
        </div>
        <div className="flex flex-col gap-y-2">
          <Label htmlFor="code_form_position" id="code_form_position_label">
            Position
          </Label>
          <Select
            value={values.code_form_position}
            onValueChange={(v) => set("code_form_position", v as CouponSettingsValues["code_form_position"])}
            disabled={!values.show_code_form}
          >
            <Select.Trigger id="code_form_position" aria-labelledby="code_form_position_label">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="above_checkout">Above the checkout button</Select.Item>
              <Select.Item value="below_checkout">Below the checkout button</Select.Item>
            </Select.Content>
          </Select>
        </div>
        <div className="flex flex-col gap-y-2">
          <Label htmlFor="guide_text">Guide text</Label>
          <Text size="small" className="text-ui-fg-subtle">
            Shown above the code form, for example which coupons can be combined or when codes expire.
          </Text>
          <Textarea
            id="guide_text"
            rows={6}
            value={values.guide_text}
            aria-invalid={!!errors.guide_text}
            aria-describedby="guide_text_error"
            onChange={(e) => set("guide_text", e.target.value)}
          />
          <div className="flex items-start justify-between gap-x-4">
            <FieldError field="guide_text" error={errors.guide_text} />
            <Text
              size="xsmall"
              className={guideLength > GUIDE_TEXT_MAX_LENGTH ? "text-ui-fg-error shrink-0" : "text-ui-fg-muted shrink-0"}
            >
              {guideLength.toLocaleString("en-US")} / {GUIDE_TEXT_MAX_LENGTH.toLocaleString("en-US")}
            </Text>
          </div>
        </div>
      </Section>

      <Section title="Account page" description="What logged-in shoppers see on their account page.">
        <div className="flex items-center gap-x-3">
          <Switch
            id="show_my_coupons"
            checked={values.show_my_coupons}
            onCheckedChange={(checked) => set("show_my_coupons", checked)}
          />
          <Label htmlFor="show_my_coupons">Show the “My coupons” list</Label>
        </div>
      </Section>

      <Section
        title="Points basis"
        description="Which merchandise total loyalty points are earned on when an order used a coupon."
      >
        <RadioGroup
          value={values.points_basis}
          onValueChange={(v) => set("points_basis", v as CouponSettingsValues["points_basis"])}
          aria-label="Points basis"
        >
          <RadioGroup.ChoiceBox
            value="after_discount"
            label="After the coupon discount"
            description="A ¥10,000 order with a ¥1,000 coupon earns points on ¥9,000."
          />
          <RadioGroup.ChoiceBox
            value="before_discount"
            label="Before the coupon discount"
            description="A ¥10,000 order with a ¥1,000 coupon earns points on ¥10,000."
          />
        </RadioGroup>
      </Section>

      {defaults && (
        <Section
          title="Message texts"
          description="The subject and the opening text of each email the plugin sends. Leave a field empty to keep the plugin's text."
        >
          <TagList />
          {MESSAGE_TYPES.map((type) => (
            <MessageTextFields key={type} type={type} values={values} defaults={defaults[type]} errors={errors} set={set} />
          ))}
        </Section>
      )}

      <div className="flex items-center justify-end gap-x-2 px-6 py-4">
        {formError && (
          <Hint variant="error" className="mr-auto">
            {formError}
          </Hint>
        )}
        <Button type="button" variant="secondary" disabled={!dirty || update.isPending} onClick={() => setValues(initial)}>
          Discard changes
        </Button>
        <Button type="submit" isLoading={update.isPending} disabled={!dirty}>
          Save
        </Button>
      </div>
    </form>
  )
}

/** "in 1 hour", "in 90 minutes", "now". */
function leadText(minutes: number): string {
  if (minutes <= 0) return "now"
  if (minutes % 60 === 0) return `in ${minutes / 60} hour${minutes === 60 ? "" : "s"}`
  return `in ${minutes} minute${minutes === 1 ? "" : "s"}`
}

/**
 * What the plugin options fix for the whole store (read-only here: they are set in
 * medusa-config), and when the settings were last saved, in the store's time zone.
 */
const StoreFacts = ({
  settings,
  timezone,
  min_start_lead_minutes,
  channels,
}: {
  settings: { updated_at: string | Date | null }
  timezone: string
  min_start_lead_minutes: number
  channels?: Channel[]
}) => (
  <section aria-label="Store facts" className="divide-y">
    <div className="px-6 py-4">
      <Heading level="h2">Set in the plugin options</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        Fixed in the store's configuration (medusa-config), not here.
      </Text>
    </div>
    <DetailRow label="Store time zone">
      <span data-testid="settings_timezone">{timezone}</span>
      <Text size="xsmall" className="text-ui-fg-muted">
        Every time on the coupon marketing pages, in the shoppers' coupon lists and in the CSV reports is in this zone.
      </Text>
    </DetailRow>
    <DetailRow label="Earliest coupon start">
      <span data-testid="settings_min_start">{leadText(min_start_lead_minutes)}</span>
      <Text size="xsmall" className="text-ui-fg-muted">
        A new coupon can start at the earliest this long after it is saved.
      </Text>
    </DetailRow>
    {channels && (
      <DetailRow label="Message channels">
        <ul className="flex flex-col gap-y-1" data-testid="settings_channels">
          {channels.map((c) => (
            <li key={c.channel} data-testid={`channel_${c.channel}`} className="flex flex-wrap items-center gap-x-2">
              <span className="txt-compact-small-plus">{c.label}:</span>
              {c.provider ? (
                <span>
                  sent by <Badge size="2xsmall">{c.provider}</Badge>
                </span>
              ) : (
                <span className="text-ui-fg-subtle">{`no provider — ${c.without_provider}`}</span>
              )}
            </li>
          ))}
        </ul>
        <Text size="xsmall" className="text-ui-fg-muted">
          The Notification Module's providers in medusa-config: one per channel.
        </Text>
      </DetailRow>
    )}
    <DetailRow label="Last saved">
      <span data-testid="settings_updated_at">
        {settings.updated_at ? `${formatStoreDateTime(settings.updated_at, timezone)} (${timezone})` : "Never: the defaults apply"}
      </span>
    </DetailRow>
  </section>
)

/** Coupon marketing → Coupon settings (COUPON-1, COUPON-2, COUPON-3). */
const CouponSettingsPage = () => {
  const { data, isLoading, isError, error, refetch } = useCouponSettings()
  const response = useCouponSettingsResponse()
  const initial = useMemo<CouponSettingsValues | undefined>(
    () => data && (Object.fromEntries(SETTINGS_KEYS.map((key) => [key, data[key] ?? DEFAULT_COUPON_SETTINGS[key]])) as unknown as CouponSettingsValues),
    [data]
  )

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Coupon settings</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Store-wide settings for coupons at the cart, on the shoppers' account pages and in the messages the plugin sends.
        </Text>
      </div>
      {isLoading && <PageLoading label="Loading the settings" />}
      {isError && <PageError what="the settings" error={error} onRetry={() => refetch()} />}
      {initial && <SettingsForm initial={initial} defaults={response.data?.message_defaults} />}
      {response.data && <StoreFacts {...response.data} />}
    </Container>
  )
}

export const config = defineRouteConfig({
  // Not "Settings": the sidebar already has Medusa's own Settings.
  label: "Coupon settings",
  // The sidebar's order under Coupon marketing: Coupons, Points, Settings.
  rank: 3,
})

/**
 * Medusa's own breadcrumbs in the top bar (the dashboard nests the plugin's routes by path:
 * “Coupon marketing › Coupon settings”).
 */
export const handle = {
  breadcrumb: () => "Coupon settings",
}

export default CouponSettingsPage

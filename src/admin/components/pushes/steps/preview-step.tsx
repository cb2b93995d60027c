import { Button, Checkbox, Heading, Hint, Label, Skeleton, Text } from "@medusajs/ui"
import { useEffect } from "react"
import { PUSH_CHANNELS, channelLabel, usePushPreview } from "../../../hooks/use-pushes"
import { errorMessage } from "../../../lib/sdk"
import { bodyOf } from "../wizard-state"
import type { StepProps } from "./types"

/** PUSH-9: the exact email (in a sandboxed iframe), in-app and push texts for a sample recipient; the channels. */
export const PreviewStep = ({ state, set, onError }: StepProps & { onError: (message: string) => void }) => {
  const preview = usePushPreview()
  const body = bodyOf(state)
  const key = JSON.stringify(body)
  const run = () => {
    if (body) preview.mutate(body, { onError: (e) => onError(errorMessage(e)) })
  }
  useEffect(run, [key])

  return (
    <div className="flex flex-col gap-y-4">
      <div className="flex flex-col gap-y-2" role="group" aria-label="Channels">
        <Text size="small" weight="plus">
          Channels
        </Text>
        <div className="flex gap-x-4">
          {PUSH_CHANNELS.map((c) => (
            <div key={c} className="flex items-center gap-x-2">
              <Checkbox
                id={`push_channel_${c}`}
                checked={state.channels.includes(c)}
                onCheckedChange={(on) => set({ channels: on === true ? PUSH_CHANNELS.filter((x) => x === c || state.channels.includes(x)) : state.channels.filter((x) => x !== c) })}
              />
              <Label htmlFor={`push_channel_${c}`} size="small">
                {channelLabel(c)}
              </Label>
            </div>
          ))}
        </div>
      </div>
      {preview.isPending && <Skeleton className="h-64 w-full" />}
      {preview.isError && (
        <div className="flex items-center gap-x-2" role="alert">
          <Hint variant="error">Could not render the preview: {errorMessage(preview.error)}</Hint>
          <Button type="button" size="small" variant="secondary" onClick={run}>
            Try again
          </Button>
        </div>
      )}
      {preview.data && (
        <div className="flex flex-col gap-y-4" data-testid="push-preview">
          <Text size="small" className="text-ui-fg-subtle">
            As {preview.data.recipient.name || preview.data.recipient.email} ({preview.data.recipient.email}) would receive it.
          </Text>
          <section className="flex flex-col gap-y-2" aria-label="Email preview">
            <Heading level="h3">Email</Heading>
            <Text size="small">
              <span className="text-ui-fg-subtle">Subject:</span> <span data-testid="push-preview-subject">{preview.data.email.subject}</span>
            </Text>
            <iframe
              title="Email preview"
              sandbox=""
              srcDoc={preview.data.email.html}
              className="h-[480px] w-full rounded-lg border bg-white"
            />
          </section>
          <div className="grid gap-4 md:grid-cols-2">
            <section className="flex flex-col gap-y-1 rounded-lg border px-4 py-3" aria-label="In-app message preview">
              <Text size="xsmall" className="text-ui-fg-muted">
                In-app message
              </Text>
              <Text size="small" weight="plus">
                {preview.data.feed.title}
              </Text>
              <Text size="small">{preview.data.feed.body}</Text>
            </section>
            <section className="flex flex-col gap-y-1 rounded-lg border px-4 py-3" aria-label="Push notification preview">
              <Text size="xsmall" className="text-ui-fg-muted">
                Mobile push
              </Text>
              <Text size="small">{preview.data.push.text}</Text>
            </section>
          </div>
        </div>
      )}
    </div>
  )
}

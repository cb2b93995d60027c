import { Button, Hint, Input, Label, Text } from "@medusajs/ui"
import { useUploadBanner } from "../../../hooks/use-pushes"
import { errorMessage } from "../../../lib/sdk"
import type { StepProps } from "./types"

/** PUSH-6: an optional banner, uploaded through Medusa's File Module (POST /admin/uploads), and where it links. */
export const BannerStep = ({ state, set }: StepProps) => {
  const upload = useUploadBanner()
  return (
    <div className="flex flex-col gap-y-4">
      <div className="flex flex-col gap-y-2">
        <Label size="small" weight="plus" htmlFor="push_banner_file">
          Banner image <span className="text-ui-fg-muted font-normal">(optional)</span>
        </Label>
        <Input
          id="push_banner_file"
          type="file"
          accept="image/png,image/jpeg,image/gif,image/webp"
          onChange={(e) => {
            const file = e.target.files?.[0]
            if (file) upload.mutate(file, { onSuccess: (url) => set({ banner_url: url }) })
          }}
        />
        {upload.isPending && (
          <Text size="xsmall" className="text-ui-fg-subtle">
            Uploading…
          </Text>
        )}
        {upload.isError && <Hint variant="error">Could not upload the image: {errorMessage(upload.error)}</Hint>}
      </div>
      {state.banner_url && (
        <div className="flex flex-col gap-y-2">
          <img src={state.banner_url} alt="Banner preview" className="max-h-48 max-w-full self-start rounded-lg border object-contain" data-testid="push-banner-preview" />
          <Button type="button" size="small" variant="secondary" className="self-start" onClick={() => set({ banner_url: null, banner_link: "" })}>
            Remove banner
          </Button>
        </div>
      )}
      <div className="flex flex-col gap-y-2">
        <Label size="small" weight="plus" htmlFor="push_banner_link">
          Banner links to
        </Label>
        <Input
          id="push_banner_link"
          type="url"
          size="small"
          placeholder="https://shop.example.com/sale"
          value={state.banner_link}
          disabled={!state.banner_url}
          onChange={(e) => set({ banner_link: e.target.value })}
        />
        <Text size="xsmall" className="text-ui-fg-subtle">
          Where a click on the banner takes the recipient. Without a banner, the email shows none.
        </Text>
      </div>
    </div>
  )
}

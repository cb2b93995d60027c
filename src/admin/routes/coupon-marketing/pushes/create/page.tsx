import { PushWizard } from "../../../../components/pushes/push-wizard"

/** Coupon marketing → Pushes → Create push: the wizard (type → coupon → audience → best items → banner → send time → preview). */
const CreatePushPage = () => <PushWizard />

/** Medusa's breadcrumbs: “Coupon marketing › Pushes › Create push”. */
export const handle = {
  breadcrumb: () => "Create push",
}

export default CreatePushPage

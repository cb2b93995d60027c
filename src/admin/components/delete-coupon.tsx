import { toast, usePrompt } from "@medusajs/ui"
import { AdminCoupon, useDeleteCoupon } from "../hooks/use-coupons"
import { errorMessage } from "../lib/sdk"
import { plural } from "./coupon-display"

/** Why an ended coupon offers no delete (COUPON-17). */
export const ENDED_DELETE_EXPLANATION = "Ended coupons are kept with their usage history and cannot be deleted."

/** What the confirmation says before a coupon is deleted (COUPON-18: its codes stop working at once). */
export function deleteWarning(coupon: Pick<AdminCoupon, "code_mode" | "code" | "codes_issued" | "uses">): string {
  const parts: string[] = []
  if (coupon.code_mode === "individual") {
    const n = coupon.codes_issued ?? 0
    parts.push(
      n > 0
        ? `${plural(n, "individual code")} ${n === 1 ? "was" : "were"} already issued to customers; ${n === 1 ? "it" : "they"} will stop working at once.`
        : "No individual codes were issued yet."
    )
  } else {
    parts.push(`The code${coupon.code ? ` ${coupon.code}` : ""} will stop working at once, also where it was already shared.`)
  }
  parts.push("Carts holding this coupon lose it at their next update.")
  if (coupon.uses > 0) parts.push(`It has been used ${plural(coupon.uses, "time")}.`)
  parts.push("This cannot be undone.")
  return parts.join(" ")
}

/**
 * Deleting a coupon from the list or its page: asks first (usePrompt), warning when codes were
 * already issued, then deletes and says so. Resolves true once deleted.
 */
export function useConfirmDeleteCoupon() {
  const prompt = usePrompt()
  const remove = useDeleteCoupon()

  const confirmAndDelete = async (coupon: AdminCoupon): Promise<boolean> => {
    const confirmed = await prompt({
      title: `Delete the coupon “${coupon.name}”?`,
      description: deleteWarning(coupon),
      confirmText: "Delete",
      cancelText: "Cancel",
      variant: "danger",
    })
    if (!confirmed) return false
    try {
      await remove.mutateAsync(coupon.id)
      toast.success("Coupon deleted", { description: coupon.name })
      return true
    } catch (e) {
      toast.error(errorMessage(e))
      return false
    }
  }

  return { confirmAndDelete, isPending: remove.isPending }
}

import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { NoParams } from "../../../utils/list-params"
import {
  AdminCompensationOrdersText,
  AdminCreatePush,
  AdminListPushes,
  AdminPreviewPush,
  AdminPushAudience,
  AdminPushSlots,
} from "./validators"

type Multer = ((options: Record<string, unknown>) => { single: (field: string) => (req: unknown, res: unknown, done: (err?: unknown) => void) => void }) & {
  memoryStorage: () => unknown
}
// Medusa's own upload route uses multer (a dependency of @medusajs/medusa); it ships no types.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const multer = require("multer") as Multer

/** An upload of order numbers: one file, 5 MB at most, in memory. */
const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 5 * 1024 * 1024, files: 1 } }).single("file")

/** multipart → the file (multer; its errors answered as 400 naming `file`); JSON → `{ text }` validated. */
function fileOrText(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (/multipart\/form-data/i.test(req.headers["content-type"] ?? "")) {
    upload(req as never, res as never, (err: unknown) => {
      if (!err) {
        if (!(req as unknown as { file?: unknown }).file) return next(new MedusaError(MedusaError.Types.INVALID_DATA, "file: Upload a .csv or .xlsx file in the field `file`."))
        return next()
      }
      const code = (err as { code?: string }).code
      const message = code === "LIMIT_FILE_SIZE" ? "file: The file is larger than 5 MB." : `file: The upload could not be read (${(err as Error).message}).`
      next(new MedusaError(MedusaError.Types.INVALID_DATA, message))
    })
    return
  }
  return validateAndTransformBody(AdminCompensationOrdersText)(req as never, res as never, next)
}

/** SPEC §2 coupon pushes (admins only: Medusa authenticates `/admin`). */
export const adminPushesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/coupon-marketing/pushes", middlewares: [validateAndTransformQuery(AdminListPushes, {})] },
  { method: ["POST"], matcher: "/admin/coupon-marketing/pushes", middlewares: [validateAndTransformBody(AdminCreatePush)] },
  { method: ["GET"], matcher: "/admin/coupon-marketing/pushes/slots", middlewares: [validateAndTransformQuery(AdminPushSlots, {})] },
  { method: ["GET"], matcher: "/admin/coupon-marketing/pushes/coupons", middlewares: [validateAndTransformQuery(NoParams, {})] },
  { method: ["POST"], matcher: "/admin/coupon-marketing/pushes/audience", middlewares: [validateAndTransformBody(AdminPushAudience)] },
  { method: ["POST"], matcher: "/admin/coupon-marketing/pushes/preview", middlewares: [validateAndTransformBody(AdminPreviewPush)] },
  { method: ["POST"], matcher: "/admin/coupon-marketing/pushes/compensation-orders", middlewares: [fileOrText] },
  { method: ["POST"], matcher: "/admin/coupon-marketing/pushes/:id/cancel", middlewares: [validateAndTransformBody(NoParams)] },
]

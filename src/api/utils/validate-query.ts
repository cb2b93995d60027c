import { MedusaNextFunction, MedusaRequest, MedusaResponse, validateAndTransformBody } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"

/**
 * Validates `req.query` with a zod schema into `req.validatedQuery`, answering a bad query
 * exactly like Medusa answers a bad body (400 `invalid_data` naming the field).
 */
export function validateQuery(schema: z.ZodType) {
  const validate = validateAndTransformBody(schema)
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const holder = { body: req.query } as unknown as MedusaRequest
    return validate(holder, res, (error?: unknown) => {
      if (error) return next(error)
      ;(req as unknown as { validatedQuery: unknown }).validatedQuery = holder.validatedBody
      next()
    })
  }
}

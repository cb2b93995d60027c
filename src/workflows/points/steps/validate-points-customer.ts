import { MedusaError, Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"

export const validatePointsCustomerStepId = "coupon-marketing-validate-points-customer"

/** The customer an adjustment is for exists (404 naming the id otherwise). */
export const validatePointsCustomerStep = createStep(validatePointsCustomerStepId, async (customerId: string, { container }) => {
  const [customer] = await container.resolve(Modules.CUSTOMER).listCustomers({ id: customerId }, { select: ["id"] })
  if (!customer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer with id: ${customerId} was not found`)
  return new StepResponse(customerId)
})

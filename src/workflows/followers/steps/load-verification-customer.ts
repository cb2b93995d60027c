import { MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COUPON_MARKETING_MODULE } from "../../../modules/coupon-marketing"
import type CouponMarketingModuleService from "../../../modules/coupon-marketing/service"
import { isEmailVerified } from "../../../modules/coupon-marketing/domain/followers"
import { customersByIds } from "../utils/customer"

export const loadVerificationCustomerStepId = "coupon-marketing-load-verification-customer"

/** PUSH-2: the customer to verify, with an address not verified yet (else a refusal in the shopper's words). */
export const loadVerificationCustomerStep = createStep(
  loadVerificationCustomerStepId,
  async (input: { customer_id: string }, { container }) => {
    const customer = (await customersByIds(container, [input.customer_id]))[input.customer_id]
    if (!customer) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Your customer account was not found.")
    if (!customer.email) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Your account has no email address to verify.")
    const svc = container.resolve<CouponMarketingModuleService>(COUPON_MARKETING_MODULE)
    const preference = await svc.getMessagePreference(customer.id)
    if (isEmailVerified({ email: customer.email, preference }, new Date())) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Your email address ${customer.email} is already verified.`)
    }
    return new StepResponse(customer)
  }
)

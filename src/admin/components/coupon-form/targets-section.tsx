import { useProductCategories } from "../../hooks/use-product-categories"
import { errorMessage } from "../../lib/sdk"
import { COUPON_LIMITS } from "../../../types/coupons"
import { Section } from "../layout"
import { CategoryPicker } from "./category-picker"
import type { CouponFormState } from "./use-coupon-form"

/** Target products (COUPON-12): all products, or up to 5 categories. */
export const TargetsSection = ({ form }: { form: CouponFormState }) => {
  const { values, set, errorOf, disabled } = form
  const categories = useProductCategories()
  return (
    <Section
      title="Target products"
      description={`All products, or up to ${COUPON_LIMITS.CATEGORIES_MAX} product categories (their subcategories included). Subscription items are never eligible.`}
    >
      <CategoryPicker
        selected={values.category_ids}
        onChange={(ids) => set("category_ids", ids)}
        options={categories.data}
        loading={categories.isLoading}
        loadError={categories.isError ? errorMessage(categories.error) : null}
        onRetry={() => categories.refetch()}
        disabled={disabled}
        error={errorOf("category_ids")}
      />
    </Section>
  )
}

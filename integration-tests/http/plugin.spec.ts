import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import path from "path"
import { settingsSuite } from "./suites/settings.spec"
import { couponsSuite } from "./suites/coupons.spec"
import { codesSuite } from "./suites/codes.spec"
import { pointsSuite } from "./suites/points.spec"
import { storefrontSuite } from "./suites/storefront.spec"
import { adminPromotionsSuite } from "./suites/admin-promotions.spec"
import { fuzzSuite } from "./suites/fuzz.spec"
import { deliveriesSuite } from "./suites/deliveries.spec"
import { followersSuite } from "./suites/followers.spec"
import { pushesSuite } from "./suites/pushes.spec"
import { giftsSuite } from "./suites/gifts.spec"
import { readableHttpErrors } from "../helpers/suite"

jest.setTimeout(300000)

/**
 * One Medusa app for every HTTP journey: the built plugin loaded by `plugins`, as a merchant's
 * store loads it. The database is restored before each test.
 *
 * Why one file: booting a second app in the same run against the embedded Postgres 17 hangs in
 * Medusa's product-module migrations (it does not against Postgres 15), and one boot is ~15 s
 * faster anyway. Add new journeys as suites under ./suites.
 */
medusaIntegrationTestRunner({
  medusaConfigFile: path.join(__dirname, "..", "app"),
  testSuite: (context) => {
    beforeAll(() => readableHttpErrors(context.api as never))
    settingsSuite(context as never)
    couponsSuite(context as never)
    codesSuite(context as never)
    pointsSuite(context as never)
    storefrontSuite(context as never)
    adminPromotionsSuite(context as never)
    fuzzSuite(context as never)
    deliveriesSuite(context as never)
    followersSuite(context as never)
    pushesSuite(context as never)
    giftsSuite(context as never)
  },
})

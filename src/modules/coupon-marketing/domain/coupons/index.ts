/**
 * The coupon engine's pure rules (SPEC §1). Safe in the browser: the admin imports this file
 * for inline validation and previews.
 *
 * Not re-exported here: `./codes-random` (random individual codes, uses Node's crypto). Server
 * code imports it by its path.
 */
export * from "./money"
export * from "./validity"
export * from "./codes"
export * from "./rules"
export * from "./discount"
export * from "./message-tags"
export * from "./csv"
export * from "./report"
export * from "./promotion-code"
export * from "./order-discount"

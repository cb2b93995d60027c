export * from "./schedule"
export * from "./status"
export * from "./direct-cap"
export * from "./order-numbers"

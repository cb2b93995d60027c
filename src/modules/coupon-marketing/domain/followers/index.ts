export * from "./consent"
export * from "./tokens"
export * from "./dates"

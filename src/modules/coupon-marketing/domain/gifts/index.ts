export * from "./activity"
export * from "./package"
export * from "./views"

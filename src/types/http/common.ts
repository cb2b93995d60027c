/**
 * What every HTTP shape of the plugin shares. These files are the contract between the routes
 * (typed `MedusaResponse<…>`) and the clients (the admin's hooks, a storefront): no runtime
 * imports, the admin bundles them.
 *
 * Times: clients read ISO 8601 strings; the routes write `Date`s, which JSON turns into them.
 * Every shape with a time takes `TDate` — `string` (the default: what a client reads) or
 * `Date` (what a route writes).
 */

/** `?limit&offset` of every list. */
export interface PageParams {
  limit: number
  offset: number
}

/** What every list answers beside its rows. */
export interface PaginatedResponse {
  count: number
  offset: number
  limit: number
}

/** `DELETE` answers. */
export interface DeleteResponse<TObject extends string = string> {
  id: string
  object: TObject
  deleted: boolean
}

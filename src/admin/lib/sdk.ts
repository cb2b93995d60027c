import Medusa from "@medusajs/js-sdk"

const BACKEND_URL: string = import.meta.env.VITE_BACKEND_URL || "/"

/** The Medusa JS SDK, authenticated by the admin's session cookie. */
export const sdk = new Medusa({
  baseUrl: BACKEND_URL,
  debug: import.meta.env.DEV,
  auth: { type: "session" },
})

/**
 * The address of a backend path, for plain links (CSV downloads): the same backend the SDK
 * talks to. The browser sends the admin's session cookie with the navigation, so no token is
 * put in the address.
 */
export function backendUrl(path: string, query?: Record<string, string | undefined>): string {
  const base = BACKEND_URL.replace(/\/+$/, "")
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== "") search.set(key, value)
  }
  const qs = search.toString()
  return `${base}${path.startsWith("/") ? path : `/${path}`}${qs ? `?${qs}` : ""}`
}

/** The message of an error answered by the API (`{ type, message }`), else a generic one. */
export function errorMessage(error: unknown): string {
  if (error && typeof error === "object" && "message" in error && typeof error.message === "string") {
    return error.message
  }
  return "Something went wrong. Please try again."
}

import Medusa from "@medusajs/js-sdk"

/** The Medusa JS SDK, authenticated by the admin's session cookie. */
export const sdk = new Medusa({
  baseUrl: import.meta.env.VITE_BACKEND_URL || "/",
  debug: import.meta.env.DEV,
  auth: { type: "session" },
})

/** The message of an error answered by the API (`{ type, message }`), else a generic one. */
export function errorMessage(error: unknown): string {
  if (error && typeof error === "object" && "message" in error && typeof error.message === "string") {
    return error.message
  }
  return "Something went wrong. Please try again."
}

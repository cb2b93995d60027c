import type { MedusaContainer } from "@medusajs/framework/types"
import type { AxiosInstance } from "axios"

/** What every HTTP suite gets from the one app booted for the run (see http/plugin.spec.ts). */
export interface SuiteContext {
  api: AxiosInstance
  getContainer: () => MedusaContainer
}

/** Axios throws on 4xx/5xx; tests want to look at the response. */
export async function response<T>(p: Promise<T>) {
  try {
    return await p
  } catch (e: any) {
    if (!e.response) throw e
    return e.response
  }
}

/**
 * Axios errors hold the request and the socket: jest cannot send them from its worker (a
 * circular structure crashes the worker and hides the failing test). Rejections become plain
 * errors naming the request, the status and the body, with `response` kept for `response()`.
 */
export function readableHttpErrors(api: AxiosInstance) {
  api.interceptors.response.use(undefined, (e: any) => {
    if (!e?.response) return Promise.reject(e)
    const { status, data, headers } = e.response
    const error = new Error(`${e.config?.method?.toUpperCase()} ${e.config?.url} answered ${status}: ${JSON.stringify(data)}`)
    ;(error as any).response = { status, data, headers: { ...headers } }
    return Promise.reject(error)
  })
}

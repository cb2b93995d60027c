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

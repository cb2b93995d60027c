import { expect } from "@jest/globals"
import { APIRequestContext } from "playwright-core"
import { admin, baseUrl } from "./browser"

/** JSON requests to the store's server with fixed headers (an admin's or a shopper's). */
export class ApiClient {
  constructor(
    protected readonly request: APIRequestContext,
    private readonly headers: Record<string, string>
  ) {}

  async post<T>(path: string, data: unknown = {}): Promise<T> {
    const res = await this.request.post(`${baseUrl}${path}`, { data, headers: this.headers })
    if (!res.ok()) throw new Error(`POST ${path} answered ${res.status()}: ${await res.text()}`)
    return (await res.json()) as T
  }

  async get<T>(path: string): Promise<T> {
    const res = await this.request.get(`${baseUrl}${path}`, { headers: this.headers })
    if (!res.ok()) throw new Error(`GET ${path} answered ${res.status()}: ${await res.text()}`)
    return (await res.json()) as T
  }

  /** The status a GET answers (for the refusals a flow expects). */
  async status(path: string): Promise<number> {
    return (await this.request.get(`${baseUrl}${path}`, { headers: this.headers })).status()
  }

  async delete(path: string): Promise<void> {
    const res = await this.request.delete(`${baseUrl}${path}`, { headers: this.headers })
    if (!res.ok()) throw new Error(`DELETE ${path} answered ${res.status()}: ${await res.text()}`)
  }
}

/** The admin API with a bearer token of the e2e admin: the flows' test data. */
export class AdminApi extends ApiClient {
  static async login(request: APIRequestContext): Promise<AdminApi> {
    const res = await request.post(`${baseUrl}/auth/user/emailpass`, { data: admin })
    expect(res.status()).toBe(200)
    const { token } = (await res.json()) as { token: string }
    return new AdminApi(request, { Authorization: `Bearer ${token}` })
  }

  /** The store's default currency. */
  async defaultCurrency(): Promise<string> {
    const { stores } = await this.get<{ stores: { supported_currencies: { currency_code: string; is_default: boolean }[] }[] }>(
      "/admin/stores"
    )
    const currencies = stores[0].supported_currencies
    return (currencies.find((c) => c.is_default) ?? currencies[0]).currency_code
  }
}

/** Polls `read` until `done` holds (an event subscriber's work, for example). */
export async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30000): Promise<T> {
  const until = Date.now() + timeoutMs
  for (;;) {
    const value = await read()
    if (done(value)) return value
    if (Date.now() > until) throw new Error(`still not done after ${timeoutMs / 1000} s: ${JSON.stringify(value)}`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

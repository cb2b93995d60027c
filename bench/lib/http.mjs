// A small JSON client over fetch (keep-alive) that times each request: from sending it to the
// last byte of the answer, before parsing.
import { performance } from "node:perf_hooks"

export class HttpError extends Error {
  constructor(message, status, data) {
    super(message)
    this.status = status
    this.data = data
  }
}

export function httpClient(baseUrl, { headers: defaultHeaders = {}, timeoutMs = 120_000 } = {}) {
  async function request(method, path, { body, headers, timeoutMs: t } = {}) {
    const init = {
      method,
      headers: { ...defaultHeaders, ...(body !== undefined ? { "content-type": "application/json" } : {}), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(t ?? timeoutMs),
    }
    const t0 = performance.now()
    const res = await fetch(baseUrl + path, init)
    const text = await res.text()
    const ms = performance.now() - t0
    let data = null
    try {
      data = text ? JSON.parse(text) : null
    } catch {
      data = text
    }
    if (!res.ok) throw new HttpError(`${method} ${path} answered ${res.status}: ${text.slice(0, 600)}`, res.status, data)
    return { data, ms, status: res.status }
  }
  const client = {
    baseUrl,
    headers: defaultHeaders,
    request,
    get: (path, opts) => request("GET", path, opts),
    post: (path, body, opts) => request("POST", path, { ...opts, body }),
    delete: (path, opts) => request("DELETE", path, opts),
    /** The same client with more default headers (a publishable key, a bearer token). */
    with: (headers) => httpClient(baseUrl, { headers: { ...defaultHeaders, ...headers }, timeoutMs }),
  }
  return client
}

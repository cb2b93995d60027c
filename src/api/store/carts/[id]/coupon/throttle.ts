import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/** COUPON-32: at most 10 failed attempts per minute, per cart and per IP. */
export const MAX_FAILED_ATTEMPTS = 10
const WINDOW_SECONDS = 60

type Cache = { get: <T>(key: string) => Promise<T | null>; set: (key: string, value: unknown, ttl?: number) => Promise<void> }

function cacheOf(container: MedusaContainer): Cache {
  return container.resolve(Modules.CACHE) as unknown as Cache
}

const keys = (cartId: string, ip: string) => [`cm:coupon-fail:cart:${cartId}`, `cm:coupon-fail:ip:${ip}`]

/** Timestamps (ms) of the failed attempts still inside the window. Uses Medusa's cache module (Redis when configured). */
async function recent(cache: Cache, key: string, now: number): Promise<number[]> {
  const list = (await cache.get<number[]>(key)) ?? []
  return list.filter((t) => now - t < WINDOW_SECONDS * 1000)
}

/** True when the cart or the IP already failed MAX_FAILED_ATTEMPTS times in the last minute. */
export async function isThrottled(container: MedusaContainer, cartId: string, ip: string): Promise<boolean> {
  const cache = cacheOf(container)
  const now = Date.now()
  for (const key of keys(cartId, ip)) {
    if ((await recent(cache, key, now)).length >= MAX_FAILED_ATTEMPTS) return true
  }
  return false
}

export async function recordFailure(container: MedusaContainer, cartId: string, ip: string): Promise<void> {
  const cache = cacheOf(container)
  const now = Date.now()
  for (const key of keys(cartId, ip)) {
    const list = await recent(cache, key, now)
    list.push(now)
    await cache.set(key, list, WINDOW_SECONDS)
  }
}

import type { SqlManager } from "./sql"

/**
 * COUPON-32: takes one attempt on each key in one statement and answers the highest count in
 * the current window; a window older than `windowSeconds` starts again at 1. Atomic under
 * concurrency (the upsert serialises on each key's row).
 */
export async function takeAttempt(manager: SqlManager, keys: string[], windowSeconds: number): Promise<number> {
  if (!keys.length) return 0
  const rows = await manager.execute<{ attempts: number }[]>(
    `insert into cm_attempt_counter as t (key, window_start, attempts)
     values ${keys.map(() => "(?, now(), 1)").join(", ")}
     on conflict (key) do update set
       attempts = case when t.window_start <= now() - make_interval(secs => ?) then 1 else t.attempts + 1 end,
       window_start = case when t.window_start <= now() - make_interval(secs => ?) then now() else t.window_start end
     returning attempts`,
    [...keys, windowSeconds, windowSeconds]
  )
  return Math.max(0, ...rows.map((r) => Number(r.attempts)))
}

/** Gives back one attempt on each key (the code was good). */
export async function releaseAttempt(manager: SqlManager, keys: string[]): Promise<void> {
  if (!keys.length) return
  await manager.execute(`update cm_attempt_counter set attempts = greatest(attempts - 1, 0) where key in (?)`, [keys])
}

/** Forgets the windows that started more than `windowSeconds` ago. */
export async function purgeAttemptCounters(manager: SqlManager, windowSeconds: number): Promise<void> {
  await manager.execute(`delete from cm_attempt_counter where window_start < now() - make_interval(secs => ?)`, [windowSeconds])
}

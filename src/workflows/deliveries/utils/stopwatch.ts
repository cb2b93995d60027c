/**
 * Where a run's time goes, for its log line: `lap(phase)` adds the time since the last lap (or
 * the start, or `restart()`) to `ms[phase]`.
 */
export function stopwatch<K extends string>(ms: Record<K, number>) {
  let t = Date.now()
  return {
    restart: () => {
      t = Date.now()
    },
    lap: (phase: K) => {
      const n = Date.now()
      ms[phase] += n - t
      t = n
    },
  }
}

/** The p-th percentile (0–100) of `values`, by the nearest-rank method. */
export function percentile(values, p) {
  if (!values.length) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]
}

export function summary(values) {
  const mean = values.reduce((s, v) => s + v, 0) / values.length
  return {
    n: values.length,
    min: Math.min(...values),
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    max: Math.max(...values),
    mean,
  }
}

export const fmtMs = (v) => `${v.toFixed(1)} ms`

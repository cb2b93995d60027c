// What every benchmark area is handed: logging (stderr, with the time since the start), the
// figures it records (one JSON line each on stdout, and a table at the end), steps with a
// deadline, and a cleanup stack that runs on success, on failure and on Ctrl-C.

const started = Date.now()

export function elapsed() {
  return ((Date.now() - started) / 1000).toFixed(1)
}

export class StepTimeout extends Error {}

/**
 * A cleanup stack, last in first out. `add(name, fn, { kill })`: `fn` is the (async) cleanup;
 * `kill`, when given, is a synchronous last resort run when the process is about to exit
 * without having cleaned up (a second Ctrl-C, an exit by a library's own signal hook).
 */
export function createCleanup(log) {
  const entries = []
  let running = null
  return {
    add(name, fn, { kill } = {}) {
      const entry = { name, fn, kill, done: false }
      entries.push(entry)
      return () => {
        entry.done = true
      }
    },
    /** Runs every pending cleanup once, in reverse order; errors are logged, not thrown. */
    run() {
      running ??= (async () => {
        for (const entry of [...entries].reverse()) {
          if (entry.done) continue
          entry.done = true
          try {
            await entry.fn()
          } catch (error) {
            log(`cleanup "${entry.name}" failed: ${error?.message ?? error}`)
          }
        }
      })()
      return running
    },
    /** Synchronous: signals what can be signalled (process groups) right away. */
    killNow() {
      for (const entry of [...entries].reverse()) {
        if (!entry.done && entry.kill) {
          try {
            entry.kill()
          } catch {
            /* already gone */
          }
        }
      }
    },
  }
}

export function createContext(area) {
  const log = (message) => process.stderr.write(`[bench ${area} +${elapsed()}s] ${message}\n`)
  const results = []
  const cleanup = createCleanup(log)
  return {
    area,
    log,
    cleanup,
    results,
    /**
     * Records one figure: prints its JSON line at once (so a later failure keeps it) and keeps
     * it for the table. `label` is the table's wording; `note` a short explanation.
     */
    record(metric, value, unit, { label, note } = {}) {
      const rounded = roundFigure(value)
      results.push({ metric, value: rounded, unit, label: label ?? metric, note })
      process.stdout.write(`${JSON.stringify({ bench: area, metric, value: rounded, unit })}\n`)
    },
    /**
     * Runs `fn` with a deadline. On timeout the step's error names it, with `hint` (for
     * example: use DB_HOST instead of the embedded Postgres).
     */
    async step(name, fn, { timeoutMs = 300_000, hint } = {}) {
      log(`${name}…`)
      const t0 = Date.now()
      let timer
      const deadline = new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new StepTimeout(`"${name}" did not finish within ${Math.round(timeoutMs / 1000)} s${hint ? `. ${hint}` : ""}`)),
          timeoutMs
        )
      })
      try {
        const value = await Promise.race([fn(), deadline])
        log(`${name}: done in ${((Date.now() - t0) / 1000).toFixed(1)} s`)
        return value
      } finally {
        clearTimeout(timer)
      }
    },
  }
}

/** Figures keep 3 significant decimals at most; large ones are whole numbers. */
export function roundFigure(value) {
  if (!Number.isFinite(value)) return value
  const abs = Math.abs(value)
  if (abs >= 1000) return Math.round(value)
  if (abs >= 100) return Math.round(value * 10) / 10
  if (abs >= 1) return Math.round(value * 100) / 100
  return Math.round(value * 1000) / 1000
}

/** The results as an aligned table (for people; the JSON lines are for machines). */
export function formatTable(area, results) {
  const rows = results.map((r) => [r.label, formatNumber(r.value), r.unit, r.metric, r.note ?? ""])
  const head = ["figure", "value", "unit", "metric", "how"]
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)))
  const line = (cells) =>
    cells
      .map((c, i) => (i === 1 ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i])))
      .join("  ")
      .trimEnd()
  return [`\n${area} benchmark`, line(head), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line), ""].join("\n")
}

function formatNumber(value) {
  if (typeof value !== "number") return String(value)
  return value.toLocaleString("en-US", { maximumFractionDigits: 3 })
}

/** A size knob from the environment: a positive integer, or `fallback` when unset. */
export function intEnv(name, fallback) {
  const raw = process.env[name]
  if (raw === undefined || raw === "") return fallback
  const n = Number(raw)
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer, got ${JSON.stringify(raw)}`)
  return n
}

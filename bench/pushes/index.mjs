// `npm run bench -- pushes`: a push to BENCH_PUSH_RECIPIENTS (default 100,000) consenting
// followers of an individual-code coupon on email, feed and push, through the real pipeline
// in a Medusa worker process (integration-tests/workers/app: the built plugin, a recording
// provider on the three channels). Figures:
//  - push_100k_seconds: from the worker's first round (the push due) to the push `sent`;
//  - deliveries_per_s: deliveries sent over that time;
//  - push_peak_rss_mb_growth: the worker's peak resident set over that time, minus its start;
//  - floor_insert_seconds: a raw multi-row INSERT of the same notification rows (1,000 a
//    statement) into a copy of Medusa's `notification` table; push_floor_ratio = push / floor;
//  - notification_module_per_s: BENCH_PUSH_CEILING_SAMPLE (default 30,000) of the push's own
//    notifications handed to Medusa's createNotifications alone, 250 a call (exec/
//    notification-ceiling.js): the most any plugin sending through the module gets here;
//    push_module_share = deliveries_per_s / notification_module_per_s;
//  - notification_module_2_lanes_per_s and notification_module_2_processes_per_s: the same
//    sample with two calls in flight in one process, and halved over two processes at once —
//    the most the module gives on this machine however it is called (BENCH_PUSH_CEILING_PARALLEL=0 skips them).
// The worker runs the scheduled jobs' own functions back to back (exec/drive-push.js), so no
// cron minute is waited for. BENCH_PUSH_WORKERS=2 runs two workers on the push at once, the
// second only sending (a cluster's scheduled dispatch runs in one worker)
// (the time from the first one's start to the last one's end; the memory of the one that grew most). BENCH_WORKER_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof")
// profiles the worker only (it always runs with --trace-gc: push_live_heap_mb_growth is the
// most its heap keeps after a full collection during the push, minus before — what the push
// holds, as opposed to the RSS peak, which is mostly V8 waiting to collect; e.g.
// BENCH_WORKER_NODE_ARGS=--max-old-space-size=256 shows the peak with less headroom).
// Aims: ≤ 120 s, ≥ 2,500 deliveries/s, ≤ 300 MB.
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { intEnv } from "../lib/context.mjs"
import { createBenchDatabase } from "../lib/database.mjs"
import { tail } from "../lib/processes.mjs"
import { medusaBin, repoRoot, startGroup } from "../../scripts/lib/medusa.mjs"

const appDir = path.join(repoRoot, "integration-tests", "workers", "app")
const CHANNELS = 3

/** `bin args` in `cwd`, its own process group, stopped by the cleanup stack; resolves at its end. */
async function run(ctx, name, bin, args, { cwd, env, logFile, timeoutMs }) {
  const out = fs.openSync(logFile, "a")
  const group = startGroup(bin, args, { cwd, env, stdio: ["ignore", out, out] })
  fs.closeSync(out)
  const pid = group.child.pid
  const forget = ctx.cleanup.add(`stop ${name}`, () => group.stop(), {
    kill: () => {
      try {
        process.kill(-pid, "SIGKILL")
      } catch {
        /* gone */
      }
    },
  })
  let timer
  const outcome = await Promise.race([group.exited, new Promise((r) => (timer = setTimeout(() => r("timeout"), timeoutMs)))])
  clearTimeout(timer)
  await group.stop()
  forget()
  if (outcome === "timeout") throw new Error(`${name} did not finish within ${Math.round(timeoutMs / 1000)} s; last lines of ${logFile}:\n${tail(logFile, 15)}`)
  if (outcome.code !== 0) throw new Error(`${name} failed (exit ${outcome.code ?? outcome.signal}); last lines of ${logFile}:\n${tail(logFile, 15)}`)
}

/**
 * From the worker's --trace-gc lines (`[pid:0x…]  1234 ms: Mark-Compact 535.2 (575.5) -> 134.9 (316.9) MB, …`)
 * and drive-push's `started at N ms`: the heap left after the first full collection of the push
 * (the app warmed up: its code and caches loaded), the most left after a later one, and their
 * difference — what the push keeps alive as it goes.
 */
function liveHeapGrowth(text) {
  const start = Number(/\[drive \d+\] started at (\d+) ms/.exec(text)?.[1] ?? NaN)
  if (!Number.isFinite(start)) return null
  const full = [...text.matchAll(/^\[\d+:0x[0-9a-f]+\]\s+(\d+) ms: Mark-Compact (?:\(reduce\) )?[\d.]+ \([\d.]+\) -> ([\d.]+) \([\d.]+\) MB/gm)].map((m) => ({ at: Number(m[1]), after: Number(m[2]) }))
  const [first, ...later] = full.filter((g) => g.at >= start)
  if (!first) return null
  const most = Math.max(first.after, ...later.map((g) => g.after))
  return { first: first.after, most, growth: most - first.after, collections: later.length + 1 }
}

/** Seconds from the first run's start to the last one's end (`started_at`/`ended_at`, epoch ms): runs that went at once. */
const wallSeconds = (runs) => (Math.max(...runs.map((r) => r.ended_at)) - Math.min(...runs.map((r) => r.started_at))) / 1000

export default async function pushes(ctx) {
  const recipients = intEnv("BENCH_PUSH_RECIPIENTS", 100_000)
  const workers = Math.max(1, intEnv("BENCH_PUSH_WORKERS", 1))
  if (recipients !== 100_000) ctx.log(`NOTE: BENCH_PUSH_RECIPIENTS=${recipients} (default 100,000): push_100k_seconds is then the time for ${recipients} recipients`)
  const timeoutS = intEnv("BENCH_PUSH_TIMEOUT_S", 1500)
  const logDir = fs.mkdtempSync(path.join(os.tmpdir(), "medusa-bench-pushes-"))
  let keep = !!process.env.BENCH_KEEP_LOGS
  ctx.keepLogs = () => (keep = true)
  ctx.cleanup.add("remove the logs", () => (keep ? ctx.log(`logs kept in ${logDir}`) : fs.rmSync(logDir, { recursive: true, force: true })))
  const log = (f) => path.join(logDir, f)

  const bin = medusaBin()
  await ctx.step("building the plugin (medusa plugin:build; the worker loads the built package)", () =>
    run(ctx, "medusa plugin:build", bin, ["plugin:build"], { cwd: repoRoot, env: process.env, logFile: log("build.log"), timeoutMs: 300_000 })
  )
  const db = await createBenchDatabase(ctx, { name: `bench_pushes_${process.pid}` })
  const recordFile = log("sends.jsonl")
  const statsFile = log("drive-stats.json")
  const env = {
    ...process.env,
    NODE_ENV: "development",
    DATABASE_URL: db.url,
    MEDUSA_WORKER_MODE: "worker",
    MEDUSA_DISABLE_TELEMETRY: "true",
    RECORDING_NOTIFICATIONS_FILE: recordFile,
    REDIS_URL: "",
  }
  const opts = (file, timeoutMs) => ({ cwd: appDir, env, logFile: log(file), timeoutMs })
  await ctx.step("migrating (medusa db:migrate)", () => run(ctx, "medusa db:migrate", bin, ["db:migrate"], opts("migrate.log", 300_000)), { timeoutMs: 320_000, hint: db.hint })
  const pushFile = log("push.json")
  await ctx.step(`${recipients} consenting followers (SQL), an individual-code coupon and its push (workflows)`, () =>
    run(ctx, "setup", bin, ["exec", "../exec/setup-push.js", String(recipients), pushFile], opts("setup.log", 600_000)), { timeoutMs: 620_000, hint: db.hint }
  )
  const { push_id, send_at } = JSON.parse(fs.readFileSync(pushFile, "utf8"))
  // --trace-gc: the worker's heap after each full collection (its live data), read from its log.
  const workerNodeArgs = ["--trace-gc", ...(process.env.BENCH_WORKER_NODE_ARGS ?? "").split(/\s+/).filter(Boolean)]

  // BENCH_PUSH_WORKERS worker processes (default 1) share the push, as a cluster's workers do:
  // each runs the jobs' bodies, claims its own batches, and stops when the push is sent.
  const workerLogs = Array.from({ length: workers }, (_, i) => (i === 0 ? "worker.log" : `worker-${i + 1}.log`))
  const statsFiles = workerLogs.map((_, i) => (i === 0 ? statsFile : log(`drive-stats-${i + 1}.json`)))
  await ctx.step(`the push: ${recipients} × ${CHANNELS} deliveries through ${workers === 1 ? "the worker" : `${workers} workers`}`, () =>
    Promise.all(workerLogs.map((file, i) =>
      run(ctx, workers === 1 ? "worker" : `worker ${i + 1}`, process.execPath, [...workerNodeArgs, bin, "exec", "../exec/drive-push.js", push_id, send_at, "0", String(timeoutS)], { ...opts(file, (timeoutS + 120) * 1000), env: { ...env, DRIVE_STATS_FILE: statsFiles[i], DRIVE_SEND_ONLY: i === 0 ? "" : "1" } })
    )),
    { timeoutMs: (timeoutS + 150) * 1000, hint: db.hint }
  )
  const perWorker = statsFiles.map((f) => JSON.parse(fs.readFileSync(f, "utf8")))
  // The push's time: from the first worker's first round to the last one's end; memory: the worker that grew most.
  const stats = {
    seconds: wallSeconds(perWorker),
    growth_kb: Math.max(...perWorker.map((w) => w.peak_rss_kb - w.start_rss_kb)),
  }
  const total = recipients * CHANNELS

  // Exactly once at the provider, and every delivery row sent.
  const lines = fs.readFileSync(recordFile, "utf8").split("\n").filter(Boolean)
  const sends = lines.map((l) => JSON.parse(l))
  const keys = new Set(sends.map((s) => `${s.channel}|${s.to}`))
  const { rows: [counts] } = await db.pool.query(`select count(*) filter (where status = 'sent')::int as sent, count(*)::int as n from cm_delivery where resource_id = $1`, [push_id])
  const byProcess = [...sends.reduce((m, s) => m.set(s.pid, (m.get(s.pid) ?? 0) + 1), new Map()).values()]
  ctx.log(`provider: ${lines.length} sends, ${keys.size} distinct (channel, recipient); deliveries ${counts.sent}/${counts.n} sent; by worker process: ${byProcess.join(", ")}`)
  if (lines.length !== total || keys.size !== total || counts.sent !== total) throw new Error(`expected ${total} sends exactly once; got ${lines.length} sends, ${keys.size} distinct, ${counts.sent} rows sent`)

  const by = workers === 1 ? "one worker" : `${workers} workers`
  ctx.record("push_workers", workers, "processes", { label: "worker processes sharing the push (BENCH_PUSH_WORKERS)" })
  ctx.record("push_100k_seconds", stats.seconds, "s", { label: `due → sent, ${recipients} recipients × ${CHANNELS} channels, ${by}`, note: "aim ≤ 120 s" })
  ctx.record("deliveries_per_s", total / stats.seconds, "/s", { note: "aim ≥ 2,500/s" })
  ctx.record("push_peak_rss_mb_growth", stats.growth_kb / 1024, "MB", { label: workers === 1 ? "worker VmHWM − start RSS" : "worker VmHWM − start RSS, the most of the workers", note: "aim ≤ 300 MB" })
  const live = liveHeapGrowth(fs.readFileSync(log("worker.log"), "utf8"))
  if (live) {
    ctx.record("push_live_heap_mb_growth", live.growth, "MB", {
      label: `worker heap after full GCs: the most ${live.most.toFixed(1)} MB − after the push's first ${live.first.toFixed(1)} MB (${live.collections} full GCs)`,
      note: "the rest of the RSS growth is V8's headroom before it collects",
    })
  }

  // The floor: the same notification rows, one multi-row INSERT per 1,000, into a copy of the table.
  const floor = await ctx.step("floor: raw multi-row insert of the same notification rows", async () => {
    await db.pool.query(`create table bench_notification_floor (like notification including all)`)
    const { rows } = await db.pool.query(`select * from notification where resource_id = $1`, [push_id])
    const cols = Object.keys(rows[0])
    const client = await db.pool.connect()
    try {
      const t0 = process.hrtime.bigint()
      for (let i = 0; i < rows.length; i += 1000) {
        const chunk = rows.slice(i, i + 1000)
        const values = []
        const tuples = chunk.map((r, j) => `(${cols.map((c, k) => { values.push(r[c] !== null && typeof r[c] === "object" && !(r[c] instanceof Date) ? JSON.stringify(r[c]) : r[c]); return `$${j * cols.length + k + 1}` }).join(",")})`)
        await client.query(`insert into bench_notification_floor (${cols.map((c) => `"${c}"`).join(",")}) values ${tuples.join(",")}`, values)
      }
      return { seconds: Number(process.hrtime.bigint() - t0) / 1e9, rows: rows.length }
    } finally {
      client.release()
    }
  }, { timeoutMs: 600_000 })
  ctx.record("floor_insert_seconds", floor.seconds, "s", { label: `${floor.rows} notification rows, 1,000 per INSERT` })
  ctx.record("push_floor_ratio", stats.seconds / floor.seconds, "×")

  // The Notification Module's own ceiling: the same stored notifications (without the emails'
  // rendered content, which Medusa does not store) handed to Medusa's createNotifications 250 a call, nothing of the plugin around it.
  const sample = Math.min(total, intEnv("BENCH_PUSH_CEILING_SAMPLE", 30_000))
  // One exec/notification-ceiling.js run, named `name` (its log, sends and result files): answers its result.
  const ceilingRun = async (name, count, lanes = 1) => {
    const out = log(`${name}.json`)
    await run(ctx, name, bin, ["exec", "../exec/notification-ceiling.js", push_id, String(count), out, String(lanes)], { ...opts(`${name}.log`, 900_000), env: { ...env, RECORDING_NOTIFICATIONS_FILE: log(`${name}-sends.jsonl`) } })
    return JSON.parse(fs.readFileSync(out, "utf8"))
  }
  const ceiling = await ctx.step(`Notification Module ceiling: ${sample} of the push's notifications through createNotifications alone`, () => ceilingRun("ceiling", sample), { timeoutMs: 920_000, hint: db.hint })
  const ceilingRate = ceiling.notifications / ceiling.seconds
  ctx.record("notification_module_per_s", ceilingRate, "/s", { label: `Medusa's createNotifications alone, ${ceiling.notifications} notifications, 250 a call` })
  ctx.record("push_module_share", (total / stats.seconds) / ceilingRate, "×", { label: "deliveries_per_s ÷ notification_module_per_s (1 = the pipeline adds nothing)" })

  // The machine's ceiling for the module, whatever the plugin did: the same sample with two
  // calls in flight in one process, and split over two processes at once (two workers).
  if (process.env.BENCH_PUSH_CEILING_PARALLEL === "0") return
  const twoLanes = await ctx.step(`Notification Module ceiling, two calls in flight: ${sample} notifications`, () => ceilingRun("ceiling-2-lanes", sample, 2), { timeoutMs: 920_000, hint: db.hint })
  ctx.record("notification_module_2_lanes_per_s", twoLanes.notifications / twoLanes.seconds, "/s", { label: `createNotifications alone, two calls in flight in one process, ${twoLanes.notifications} notifications` })
  const half = Math.floor(sample / 2)
  const both = await ctx.step(`Notification Module ceiling, two processes at once: ${half} notifications each`, () =>
    Promise.all(["ceiling-process-1", "ceiling-process-2"].map((name) => ceilingRun(name, half))),
    { timeoutMs: 920_000, hint: db.hint }
  )
  // Their notifications over the wall-clock span from the first one's start to the last one's
  // end (the boots differ by a few seconds: a process then runs alone for a while, which only lowers the figure).
  const span = wallSeconds(both)
  const overlap = Math.max(0, (Math.min(...both.map((b) => b.ended_at)) - Math.max(...both.map((b) => b.started_at))) / 1000)
  ctx.record("notification_module_2_processes_per_s", both.reduce((n, b) => n + b.notifications, 0) / span, "/s", {
    label: `createNotifications alone in two processes at once, ${half} notifications each (over ${span.toFixed(1)} s, both running ${overlap.toFixed(1)} s)`,
  })
}

/**
 * PUSH-12/13 scale-out: one Medusa server (`workerMode: "server"`) and two worker processes
 * (`workerMode: "worker"`), `medusa start` each, with Medusa's Redis event bus, workflow engine
 * and locking (integration-tests/workers/app/medusa-config.js), on a real Postgres server. A
 * push to 10,000 followers on email, feed and push, due now, is sent by the cluster's own
 * scheduled jobs and subscribers — nothing drives it from outside. The recording provider's
 * file shows every (customer, channel) exactly once, sends from both workers and none from the
 * server; the workers' logs show the due-push job ran once per minute for the whole cluster.
 *
 * Needs REDIS_URL (Redis's database 0 is left alone: the test uses database 11 and empties it).
 * CI runs it in its pass against the machine's own Postgres and Redis (.ci/run).
 */
import fs from "fs"
import os from "os"
import path from "path"
import { type Proc, admin, killGroup, recorded, runToEnd, sendCounts, serverUrl, sleep, start, tail, withDb } from "./support"

jest.setTimeout(600_000)

const RECIPIENTS = Number(process.env.SCALE_OUT_RECIPIENTS ?? 10_000)
const CHANNELS = ["email", "feed", "push"]
const REDIS_DB = 11

const redisBase = process.env.REDIS_URL
const suite = redisBase ? describe : describe.skip

/** The Redis URL with database REDIS_DB. */
function redisUrl(base: string) {
  const u = new URL(base)
  u.pathname = `/${REDIS_DB}`
  return u.toString()
}

async function flushRedis(url: string) {
  // ioredis comes with bullmq, which Medusa's Redis modules use.
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const Redis = require("ioredis")
  const client = new Redis(url, { maxRetriesPerRequest: 1 })
  try {
    await client.flushdb()
  } finally {
    client.disconnect()
  }
}

async function waitFor<T>(what: string, fn: () => Promise<T | null | undefined | false>, timeoutMs: number, logs: Proc[]): Promise<T> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const v = await fn().catch(() => null)
    if (v) return v
    await sleep(500)
  }
  throw new Error(`timed out waiting for ${what}\n${logs.map((p) => `--- ${p.log}\n${tail(p.log, 15)}`).join("\n")}`)
}

/** "dispatch tick 2026-12-03T07:41 in process 123" lines of a log: [minute, pid]. */
const ticks = (log: string) =>
  [...fs.readFileSync(log, "utf8").matchAll(/coupon-marketing: dispatch tick (\S+) in process (\d+)/g)].map((m) => ({ minute: m[1], pid: Number(m[2]) }))

suite("PUSH-13 scale-out: a server and two workers on Postgres and Redis share one push, exactly once", () => {
  const dbName = `cm_scale_${process.pid}`
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "cm-scale-"))
  const recordFile = path.join(work, "sends.jsonl")
  const redis = redisUrl(redisBase ?? "redis://127.0.0.1:6379")
  const base: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "development",
    DATABASE_URL: serverUrl(dbName),
    REDIS_URL: redis,
    MEDUSA_DISABLE_TELEMETRY: "true",
    LOG_LEVEL: "debug",
    RECORDING_NOTIFICATIONS_FILE: recordFile,
    RECORDING_NOTIFICATIONS_DELAY_MS: "1",
  }
  const procs: Proc[] = []

  beforeAll(async () => {
    await admin(`drop database if exists "${dbName}" with (force)`)
    await admin(`create database "${dbName}"`)
    await flushRedis(redis)
  })
  afterAll(async () => {
    for (const p of procs) killGroup(p, "SIGKILL")
    await Promise.all(procs.map((p) => p.exited))
    await admin(`drop database if exists "${dbName}" with (force)`).catch(() => undefined)
    await flushRedis(redis).catch(() => undefined)
    if (!process.env.KEEP_SCALE_OUT_LOGS) fs.rmSync(work, { recursive: true, force: true })
    else console.log(`scale-out logs kept in ${work}`)
  })

  it(`${RECIPIENTS.toLocaleString("en")} followers × 3 channels: each once, both workers send, one dispatch per minute for the cluster`, async () => {
    const setupEnv = { ...base, MEDUSA_WORKER_MODE: "shared", REDIS_URL: "" }
    await runToEnd(["db:migrate"], setupEnv, path.join(work, "migrate.log"))
    const setupOut = path.join(work, "push.json")
    await runToEnd(["exec", "../exec/setup-push.js", String(RECIPIENTS), setupOut], setupEnv, path.join(work, "setup.log"))
    const { push_id } = JSON.parse(fs.readFileSync(setupOut, "utf8"))
    const total = RECIPIENTS * CHANNELS.length

    // The push is due now (its slot was tomorrow): the cluster's next tick takes it.
    await withDb(base.DATABASE_URL!, (c) => c.query(`update cm_push set send_at = now() - interval '1 second' where id = $1`, [push_id]))

    const server = start(["start"], { ...base, MEDUSA_WORKER_MODE: "server", PORT: "9311" }, path.join(work, "server.log"))
    const workers = [1, 2].map((n) => start(["start"], { ...base, MEDUSA_WORKER_MODE: "worker", PORT: String(9311 + n) }, path.join(work, `worker-${n}.log`)))
    procs.push(server, ...workers)
    const all = [server, ...workers]
    await waitFor("the server's health check", async () => (await fetch("http://127.0.0.1:9311/health")).ok, 120_000, all)

    const status = async () =>
      withDb(base.DATABASE_URL!, async (c) => (await c.query(`select status from cm_push where id = $1`, [push_id])).rows[0]?.status as string)
    await waitFor("the push to be sent", async () => (await status()) === "sent", 420_000, all)
    // One more tick, so that at least two minutes' ticks are on record.
    const seen = () => workers.flatMap((w) => ticks(w.log))
    const minutesSoFar = new Set(seen().map((t) => t.minute)).size
    await waitFor("another dispatch tick", async () => new Set(seen().map((t) => t.minute)).size > minutesSoFar, 90_000, all)

    // Exactly once per (customer, channel), at the provider.
    const sends = recorded(recordFile)
    for (const s of sends) expect(s.resource_id).toBe(push_id)
    expect(sendCounts(sends)).toEqual({ duplicates: 0, distinct: total, sends: total })
    for (const channel of CHANNELS) expect(sends.filter((s) => s.channel === channel)).toHaveLength(RECIPIENTS)

    // Both workers sent part of it; the server (workerMode "server") sent nothing.
    const pids = { server: server.child.pid!, workers: workers.map((w) => w.child.pid!) }
    const byPid = new Map<number, number>()
    for (const s of sends) byPid.set(s.pid, (byPid.get(s.pid) ?? 0) + 1)
    // `medusa start` runs the app in the process it spawned or in a child of it: map each
    // sender's pid to the worker whose log names it.
    const workerOf = (pid: number) => workers.findIndex((w, i) => pid === pids.workers[i] || fs.readFileSync(w.log, "utf8").includes(`in process ${pid}`))
    const perWorker = [0, 0]
    for (const [pid, n] of byPid) {
      const i = workerOf(pid)
      expect({ pid, worker: i >= 0 }).toEqual({ pid, worker: true })
      perWorker[i] += n
    }
    expect(perWorker[0]).toBeGreaterThan(0)
    expect(perWorker[1]).toBeGreaterThan(0)
    expect(perWorker[0] + perWorker[1]).toBe(total)
    expect(fs.readFileSync(server.log, "utf8")).not.toMatch(/dispatch tick/)

    // The due-push job: one run per minute for the cluster, whichever worker ran it.
    const all_ticks = seen()
    const perMinute = new Map<string, number>()
    for (const t of all_ticks) perMinute.set(t.minute, (perMinute.get(t.minute) ?? 0) + 1)
    expect(perMinute.size).toBeGreaterThanOrEqual(2)
    expect([...perMinute.entries()].filter(([, n]) => n !== 1)).toEqual([])

    // The database agrees: every delivery sent, each recipient's own code issued once.
    await withDb(base.DATABASE_URL!, async (c) => {
      const { rows } = await c.query(`select status, count(*)::int as n from cm_delivery where resource_id = $1 group by status`, [push_id])
      expect(rows).toEqual([{ status: "sent", n: total }])
      const codes = (await c.query(`select count(*)::int as n, count(distinct customer_id)::int as customers from cm_coupon_code where source_id = $1`, [push_id])).rows[0]
      expect(codes).toEqual({ n: RECIPIENTS, customers: RECIPIENTS })
    })
    console.log(`scale-out: ${total} sends, worker 1 ${perWorker[0]}, worker 2 ${perWorker[1]}; ticks ${JSON.stringify(Object.fromEntries(perMinute))}`)
  })
})

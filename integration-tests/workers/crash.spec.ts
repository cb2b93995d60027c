/**
 * PUSH-13 crash test: a real Medusa process (workerMode "worker", the built plugin, a provider
 * that appends every send to a file) sends a push to 500 followers on email, feed and push; it
 * is killed with SIGKILL mid-send (some but not all sent), a new process finishes the push, and
 * the provider's record shows every (push, customer, channel) exactly once: 0 duplicates, 0 missing.
 *
 * The processes are `medusa exec` of the jobs' own functions (dispatch due pushes, deliver due
 * messages) in a loop, so the test does not wait for the cron minute (see exec/drive-push.js).
 */
import fs from "fs"
import os from "os"
import path from "path"
import { Client } from "pg"
import { type Proc, admin, killGroup, recorded, sendCounts, serverUrl, start, tail, runToEnd } from "./support"

jest.setTimeout(300_000)

const RECIPIENTS = 500
const CHANNELS = ["email", "feed", "push"]

describe("PUSH-13 crash: SIGKILL mid-send, restart, every delivery exactly once at the provider", () => {
  const dbName = `cm_crash_${process.pid}`
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "cm-crash-"))
  const recordFile = path.join(work, "sends.jsonl")
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "development",
    DATABASE_URL: serverUrl(dbName),
    MEDUSA_WORKER_MODE: "worker",
    MEDUSA_DISABLE_TELEMETRY: "true",
    RECORDING_NOTIFICATIONS_FILE: recordFile,
    RECORDING_NOTIFICATIONS_DELAY_MS: "2",
    REDIS_URL: "",
  }
  const procs: Proc[] = []

  beforeAll(async () => {
    await admin(`drop database if exists "${dbName}" with (force)`)
    await admin(`create database "${dbName}"`)
  })
  afterAll(async () => {
    for (const p of procs) killGroup(p, "SIGKILL")
    await admin(`drop database if exists "${dbName}" with (force)`).catch(() => undefined)
    if (!process.env.KEEP_CRASH_LOGS) fs.rmSync(work, { recursive: true, force: true })
  })

  it("500 followers × 3 channels: 0 duplicates, 0 missing after a SIGKILL mid-send", async () => {
    await runToEnd(["db:migrate"], env, path.join(work, "migrate.log"))
    const setupOut = path.join(work, "push.json")
    await runToEnd(["exec", "../exec/setup-push.js", String(RECIPIENTS), setupOut], env, path.join(work, "setup.log"))
    const { push_id, send_at } = JSON.parse(fs.readFileSync(setupOut, "utf8"))
    const total = RECIPIENTS * CHANNELS.length

    // 1. The worker sends; it is killed (SIGKILL, no clean-up) once about a third went out.
    const first = start(["exec", "../exec/drive-push.js", push_id, send_at, "0", "200"], env, path.join(work, "drive-1.log"))
    procs.push(first)
    let exitedEarly = false
    void first.exited.then(() => (exitedEarly = true))
    const deadline = Date.now() + 180_000
    while (recorded(recordFile).length < total / 3 && Date.now() < deadline && !exitedEarly) await new Promise((r) => setTimeout(r, 50))
    const early = exitedEarly
    killGroup(first, "SIGKILL")
    const killed = await first.exited
    const beforeKill = recorded(recordFile).length
    expect(early ? tail(first.log) : "killed").toBe("killed")
    expect(killed.signal).toBe("SIGKILL")
    expect(beforeKill).toBeGreaterThan(0)
    expect(beforeKill).toBeLessThan(total) // mid-send: some, not all

    // 2. A new worker, once the dead one's claims have lapsed (lease 300 s), finishes the push.
    const second = start(["exec", "../exec/drive-push.js", push_id, send_at, "600", "200"], env, path.join(work, "drive-2.log"))
    procs.push(second)
    const done = await second.exited
    expect(done.code === 0 ? "sent" : tail(second.log)).toBe("sent")

    // 3. The provider's record: every (push, customer, channel) once.
    const sends = recorded(recordFile)
    for (const s of sends) expect(s.resource_id).toBe(push_id)
    expect(sendCounts(sends)).toEqual({ duplicates: 0, distinct: total, sends: total })
    for (const channel of CHANNELS) expect(sends.filter((s) => s.channel === channel)).toHaveLength(RECIPIENTS)
    expect(new Set(sends.map((s) => s.pid)).size).toBe(2) // both processes sent part of it

    const client = new Client({ connectionString: env.DATABASE_URL })
    await client.connect()
    try {
      const { rows } = await client.query(`select status, count(*)::int as n from cm_delivery where resource_id = $1 group by status`, [push_id])
      expect(rows).toEqual([{ status: "sent", n: total }])
      const push = (await client.query(`select status from cm_push where id = $1`, [push_id])).rows[0]
      expect(push.status).toBe("sent")
      const customers = (await client.query(`select count(distinct customer_id)::int as n from cm_coupon_code where source_id = $1`, [push_id])).rows[0]
      expect(customers.n).toBe(RECIPIENTS) // each recipient's own code, issued once
    } finally {
      await client.end()
    }
  })
})

/**
 * GIFT-5 crash test: a real Medusa process (the workers' app, the built plugin, a provider that
 * appends every send to a file) grants the sign-up gift to a new member and is killed with
 * SIGKILL in the middle of the grant — after its points and code were written, while it waits
 * to write the messages (the test holds a lock on the delivery table so the kill lands there).
 * The grant is left `granting`; once it is stale, the grant-missed-gifts job in a new process
 * finishes it: one grant, one points entry, one code, one message per channel, each sent once.
 */
import fs from "fs"
import os from "os"
import path from "path"
import { Client } from "pg"
import { type Proc, admin, killGroup, recorded, runToEnd, serverUrl, sleep, start, tail, withDb } from "./support"

jest.setTimeout(300_000)

describe("GIFT-5 crash: SIGKILL mid-grant, the job finishes it, everything given exactly once", () => {
  const dbName = `cm_gift_crash_${process.pid}`
  const url = serverUrl(dbName)
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "cm-gift-crash-"))
  const recordFile = path.join(work, "sends.jsonl")
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "development",
    DATABASE_URL: url,
    MEDUSA_WORKER_MODE: "worker",
    MEDUSA_DISABLE_TELEMETRY: "true",
    RECORDING_NOTIFICATIONS_FILE: recordFile,
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

  it("killed after the points and code, before the messages: the job completes the grant once, nothing given twice", async () => {
    await runToEnd(["db:migrate"], env, path.join(work, "migrate.log"))
    const setupOut = path.join(work, "setup.json")
    await runToEnd(["exec", "../exec/gift-crash.js", "setup", setupOut], env, path.join(work, "setup.log"))
    const { customer_id } = JSON.parse(fs.readFileSync(setupOut, "utf8"))

    // Hold the delivery table: the grant runs its steps up to the messages, then waits there.
    const lock = new Client({ connectionString: url })
    await lock.connect()
    await lock.query("begin")
    await lock.query("lock table cm_delivery in exclusive mode")
    const grant = start(["exec", "../exec/gift-crash.js", "grant", customer_id], env, path.join(work, "grant.log"))
    procs.push(grant)
    let waiting = false
    for (let i = 0; i < 240 && !waiting; i++) {
      await sleep(500)
      const { rows } = await lock.query(`select count(*)::int as n from pg_locks l join pg_class c on c.oid = l.relation where c.relname = 'cm_delivery' and not l.granted`)
      waiting = rows[0].n > 0
    }
    if (!waiting) throw new Error(`the grant never reached the messages:\n${tail(grant.log)}`)
    killGroup(grant, "SIGKILL")
    expect((await grant.exited).signal).toBe("SIGKILL")
    await lock.query("rollback")
    await lock.end()
    await sleep(500)

    const atKill = await withDb(url, async (db) => ({
      grants: (await db.query(`select status from cm_membership_gift_grant where customer_id = $1`, [customer_id])).rows,
      points: (await db.query(`select count(*)::int as n from cm_points_entry where customer_id = $1 and type = 'gift'`, [customer_id])).rows[0].n,
      codes: (await db.query(`select count(*)::int as n from cm_coupon_code where customer_id = $1 and source = 'gift'`, [customer_id])).rows[0].n,
    }))
    // The dead run gave the points and the code, and left the grant unfinished.
    expect(atKill).toEqual({ grants: [{ status: "granting" }], points: 1, codes: 1 })
    expect(recorded(recordFile)).toHaveLength(0)

    // Three minutes on (the job takes up grants left `granting` for over 2 minutes).
    await withDb(url, (db) => db.query(`update cm_membership_gift_grant set updated_at = now() - interval '3 minutes' where customer_id = $1`, [customer_id]))
    const out = path.join(work, "missed.json")
    await runToEnd(["exec", "../exec/gift-crash.js", "missed", out], env, path.join(work, "missed.log"))
    const after = JSON.parse(fs.readFileSync(out, "utf8"))
    expect(after.job).toEqual({ granted: 1, failed: 0 })
    expect(after.grants).toEqual([expect.objectContaining({ status: "granted" })])
    expect(after.points).toEqual([{ points: 100 }])
    expect(after.codes).toHaveLength(1)
    expect(after.deliveries).toEqual([{ channel: "email", status: "sent" }, { channel: "feed", status: "sent" }])

    // Run again: nothing more is owed, nothing more sent.
    await runToEnd(["exec", "../exec/gift-crash.js", "missed", out], env, path.join(work, "missed-2.log"))
    const again = JSON.parse(fs.readFileSync(out, "utf8"))
    expect(again.job).toEqual({ granted: 0, failed: 0 })
    expect(again.points).toHaveLength(1)
    expect(again.codes).toHaveLength(1)
    const sends = recorded(recordFile)
    expect(sends.map((s) => s.channel).sort()).toEqual(["email", "feed"])
  })
})

// `medusa exec ./exec/drive-push.js <push_id> <send_at> [later_s] [timeout_s]` (cwd integration-tests/workers/app):
// runs the plugin's two scheduled jobs' bodies (due pushes, then due deliveries) back to back,
// as if every minute were a tick, with the clock at the push's send time + 1 s, until the push
// is `sent` (exit 0) or the timeout (exit 1). The same code the scheduled jobs run, without
// waiting for the cron minute. `later_s` moves that clock on (a restart after a crash comes
// when the dead worker's claims have lapsed: their lease is 300 s). Prints one line per round.
const fs = require("fs")
const path = require("path")
const { ContainerRegistrationKeys, Modules } = require("@medusajs/framework/utils")

const built = path.resolve(__dirname, "..", "..", "..", ".medusa", "server", "src")

module.exports.default = async function drivePush({ container, args }) {
  const [pushId, sendAt, laterS = "0", timeoutS = "600"] = args
  const now = new Date(new Date(sendAt).getTime() + 1000 + Number(laterS) * 1000)
  const { dispatchDuePushes } = require(path.join(built, "jobs", "dispatch-pushes"))
  const { deliverDueMessages, drainUntilDone } = require(path.join(built, "jobs", "deliver-messages"))
  // `medusa exec` loads no subscribers: what the plugin's push_deliveries_queued subscriber does
  // (subscribers/push-deliveries-queued.ts: drain the push's due deliveries until none is due) is subscribed here,
  // on this clock, so the dispatcher's events start sends as in a real worker.
  const queued = require(path.join(built, "subscribers", "push-deliveries-queued"))
  container.resolve(Modules.EVENT_BUS).subscribe(
    queued.config.event,
    async (event) => {
      if (event.data?.push_id === pushId) await drainUntilDone(container, now, [`push:${pushId}`])
    },
    { subscriberId: "drive-push-deliveries-queued" }
  )
  // DRIVE_SEND_ONLY=1: a worker that only sends (the cluster's scheduled dispatch runs in another).
  const sendOnly = process.env.DRIVE_SEND_ONLY === "1"
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const deadline = Date.now() + Number(timeoutS) * 1000
  // DRIVE_STATS_FILE (the benchmark): the seconds from the first round to `sent` (and both
  // instants, epoch ms: several drivers may share the push), and this process's peak resident
  // set growth over them (VmHWM reset at the start), written there.
  const statsFile = process.env.DRIVE_STATS_FILE
  const vm = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(fs.readFileSync("/proc/self/status", "utf8"))?.[1] ?? NaN)
  if (statsFile) {
    try {
      fs.writeFileSync("/proc/self/clear_refs", "5")
    } catch {
      /* not Linux: the peak is then since the start */
    }
  }
  const startRssKb = statsFile ? vm("VmRSS") : 0
  // The benchmark splits the worker's --trace-gc lines (ms since the process started) here.
  console.log(`[drive ${process.pid}] started at ${Math.round(performance.now())} ms`)
  const started = Date.now()
  while (Date.now() < deadline) {
    const t0 = Date.now()
    if (!sendOnly) await dispatchDuePushes(container, now)
    const t1 = Date.now()
    const sent = await deliverDueMessages(container, now, { purposes: [`push:${pushId}`] })
    const { rows } = await pg.raw(`select status from cm_push where id = ?`, [pushId])
    const mem = process.memoryUsage()
    console.log(`[drive ${process.pid}] ${JSON.stringify({ status: rows[0]?.status, ...sent, dispatch_ms: t1 - t0, deliver_ms: Date.now() - t1, rss_mb: Math.round(mem.rss / 1048576), heap_mb: Math.round(mem.heapUsed / 1048576), peak_mb: Math.round(vm("VmHWM") / 1024) })}`)
    if (rows[0]?.status === "sent") {
      if (statsFile) fs.writeFileSync(statsFile, JSON.stringify({ seconds: (Date.now() - started) / 1000, started_at: started, ended_at: Date.now(), start_rss_kb: startRssKb, peak_rss_kb: vm("VmHWM") }))
      // The container keeps pools and timers open: leave at once.
      process.exit(0)
    }
  }
  console.log(`[drive ${process.pid}] timeout`)
  process.exit(1)
}

// `medusa exec ../exec/notification-ceiling.js <push_id> <count> <out.json> [lanes]` (cwd
// integration-tests/workers/app), for `npm run bench -- pushes`: the Notification Module's own
// ceiling on this machine. Copies `count` of the push's notifications as Medusa stored them
// (to, channel, template, data; Medusa keeps no column for the email's rendered `content`, so
// the copies go without it — the module then has slightly less to carry than the push's sends
// did), and hands them to Medusa's
// `createNotifications` the way the pipeline does — 250 a call, one call in flight (or `lanes`), each with an
// idempotency key and an id of its own — with nothing of the plugin around it (no claim, no
// consent check, no render, no record, no workflow). Writes { seconds, notifications, lanes, started_at, ended_at } (epoch ms).
const fs = require("fs")
const path = require("path")
const { ContainerRegistrationKeys, Modules, generateEntityId } = require("@medusajs/framework/utils")

const CHUNK = 250

module.exports.default = async function notificationCeiling({ container, args }) {
  const [pushId, count, out, lanesArg = "1"] = args
  const lanes = Math.max(1, Number(lanesArg))
  // Several runs may go at once (the benchmark's two-process ceiling): each its own keys.
  const tag = path.basename(out, ".json")
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const notifications = container.resolve(Modules.NOTIFICATION)
  const { rows } = await pg.raw(
    `select "to", channel, template, data, receiver_id, resource_type from notification where resource_id = ? order by id limit ?`,
    [pushId, Number(count)]
  )
  const inputs = rows.map((r, i) => ({ ...r, id: generateEntityId(undefined, "noti"), resource_id: `ceiling_${pushId}`, idempotency_key: `ceiling:${tag}:${pushId}:${i}` }))
  const startedAt = Date.now()
  const t0 = process.hrtime.bigint()
  let next = 0
  const lane = async () => {
    while (next < inputs.length) {
      const start = next
      next += CHUNK
      await notifications.createNotifications(inputs.slice(start, start + CHUNK))
    }
  }
  await Promise.all(Array.from({ length: lanes }, lane))
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9
  fs.writeFileSync(out, JSON.stringify({ seconds, notifications: inputs.length, lanes, started_at: startedAt, ended_at: Date.now() }))
  process.exit(0)
}

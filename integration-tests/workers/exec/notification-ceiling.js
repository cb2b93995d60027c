// `medusa exec ../exec/notification-ceiling.js <push_id> <count> <out.json>` (cwd
// integration-tests/workers/app), for `npm run bench -- pushes`: the Notification Module's own
// ceiling on this machine. Copies `count` of the push's notifications as Medusa stored them
// (to, channel, template, data; Medusa keeps no column for the email's rendered `content`, so
// the copies go without it — the module then has slightly less to carry than the push's sends
// did), and hands them to Medusa's
// `createNotifications` the way the pipeline does — 250 a call, one call in flight, each with an
// idempotency key and an id of its own — with nothing of the plugin around it (no claim, no
// consent check, no render, no record, no workflow). Writes { seconds, notifications }.
const fs = require("fs")
const { ContainerRegistrationKeys, Modules, generateEntityId } = require("@medusajs/framework/utils")

const CHUNK = 250

module.exports.default = async function notificationCeiling({ container, args }) {
  const [pushId, count, out] = args
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const notifications = container.resolve(Modules.NOTIFICATION)
  const { rows } = await pg.raw(
    `select "to", channel, template, data, receiver_id, resource_type from notification where resource_id = ? order by id limit ?`,
    [pushId, Number(count)]
  )
  const inputs = rows.map((r, i) => ({ ...r, id: generateEntityId(undefined, "noti"), resource_id: `ceiling_${pushId}`, idempotency_key: `ceiling:${pushId}:${i}` }))
  const t0 = process.hrtime.bigint()
  for (let i = 0; i < inputs.length; i += CHUNK) await notifications.createNotifications(inputs.slice(i, i + CHUNK))
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9
  fs.writeFileSync(out, JSON.stringify({ seconds, notifications: inputs.length }))
  process.exit(0)
}

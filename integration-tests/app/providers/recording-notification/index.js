// A Notification Module provider that records every send it is handed, one JSON line per call
// appended to the file named by its `file` option (or RECORDING_NOTIFICATIONS_FILE): the
// crash test, the two-worker test and the pushes benchmark count deliveries there, across
// processes and restarts. `delay_ms` (or RECORDING_NOTIFICATIONS_DELAY_MS) slows each send,
// as a real provider's round trip would.
const fs = require("fs")
const { AbstractNotificationProviderService, ModuleProvider, Modules } = require("@medusajs/framework/utils")

class RecordingNotificationService extends AbstractNotificationProviderService {
  static identifier = "coupon-marketing-recording"

  constructor(_deps, options = {}) {
    super()
    this.file = options.file || process.env.RECORDING_NOTIFICATIONS_FILE
    this.delayMs = Number(options.delay_ms ?? process.env.RECORDING_NOTIFICATIONS_DELAY_MS ?? 0)
    if (!this.file) throw new Error("recording-notification: set the `file` option or RECORDING_NOTIFICATIONS_FILE")
  }

  async send(notification) {
    if (this.delayMs > 0) await new Promise((r) => setTimeout(r, this.delayMs))
    const line = JSON.stringify({ id: notification.id, channel: notification.channel, to: notification.to, resource_id: notification.resource_id ?? null, pid: process.pid })
    // Synchronous append: once send() returns, the line is in the file (a SIGKILL right after keeps it).
    fs.appendFileSync(this.file, line + "\n")
    return { id: `rec_${notification.id}` }
  }
}

module.exports = ModuleProvider(Modules.NOTIFICATION, { services: [RecordingNotificationService] })

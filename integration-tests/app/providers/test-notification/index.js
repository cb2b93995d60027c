// A Notification Module provider for the test store's `email` channel: it records every send
// it accepts, and can be told to fail the next N sends (the delivery pipeline's retries).
// Tests reach its state through `global.__couponMarketingTestNotifications` (one app per run).
const { AbstractNotificationProviderService, ModuleProvider, Modules } = require("@medusajs/framework/utils")

const state = (global.__couponMarketingTestNotifications ??= { sent: [], attempts: 0, failNext: 0 })

class TestNotificationService extends AbstractNotificationProviderService {
  static identifier = "coupon-marketing-test"

  async send(notification) {
    state.attempts++
    if (state.failNext > 0) {
      state.failNext--
      throw new Error("Test provider: failing this send as told")
    }
    state.sent.push({ to: notification.to, channel: notification.channel, template: notification.template, data: notification.data, content: notification.content, id: notification.id })
    return { id: `test_${state.sent.length}` }
  }
}

module.exports = ModuleProvider(Modules.NOTIFICATION, { services: [TestNotificationService] })

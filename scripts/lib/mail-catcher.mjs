// The development store's mail catcher: maildev (SMTP server and web inbox, from the npm
// registry), started in this process on free ports. The store's `email` provider (the plugin's
// SMTP provider) sends to it; nothing leaves the machine.
import fs from "node:fs"
import path from "node:path"
import { freePort, isPortInUse } from "./postgres.mjs"
import { repoRoot } from "./medusa.mjs"

/** Where `npm run dev` writes the catcher's addresses for the other dev commands. */
export const mailCatcherFile = path.join(repoRoot, ".medusa-data", "mail-catcher.json")

/** `preferred` when it is free, else any free port. */
async function portFor(preferred) {
  return (await isPortInUse(preferred)) ? freePort() : preferred
}

/**
 * Starts maildev on 127.0.0.1: SMTP on `smtpPort` (default 1025, or a free one), the inbox on
 * `webPort` (default 1080, or a free one). Answers `{ smtpPort, webPort, inboxUrl, stop }`.
 */
export async function startMailCatcher({ smtpPort, webPort } = {}) {
  const { MailDev } = await import("maildev")
  smtpPort = smtpPort ?? (await portFor(1025))
  webPort = webPort ?? (await portFor(1080))
  const maildev = new MailDev({ smtp: smtpPort, ip: "127.0.0.1", web: webPort, webIp: "127.0.0.1", silent: true, maxEmails: 500 })
  await maildev.start()
  const inboxUrl = `http://localhost:${webPort}`
  fs.mkdirSync(path.dirname(mailCatcherFile), { recursive: true })
  fs.writeFileSync(mailCatcherFile, JSON.stringify({ smtp_host: "127.0.0.1", smtp_port: smtpPort, inbox_url: inboxUrl, pid: process.pid }, null, 2))
  let stopped = false
  return {
    smtpPort,
    webPort,
    inboxUrl,
    async stop() {
      if (stopped) return
      stopped = true
      fs.rmSync(mailCatcherFile, { force: true })
      await maildev.stop()
    },
  }
}

/** The running catcher's addresses (written by `npm run dev`), or null. */
export function readMailCatcher() {
  try {
    const info = JSON.parse(fs.readFileSync(mailCatcherFile, "utf8"))
    process.kill(info.pid, 0) // its `npm run dev` still runs
    return info
  } catch {
    return null
  }
}

/** The messages in the catcher's inbox (maildev 3's REST API: GET /api/email). */
export async function listCaughtEmails(inboxUrl) {
  const res = await fetch(`${inboxUrl}/api/email`)
  if (!res.ok) throw new Error(`GET ${inboxUrl}/api/email answered ${res.status}`)
  return res.json()
}

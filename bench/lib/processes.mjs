// Child processes of a benchmark: each in a process group of its own (scripts/lib/medusa.mjs
// startGroup), registered on the cleanup stack so that nothing outlives the run, and a look
// into /proc for the server's memory.
import fs from "node:fs"
import { startGroup } from "../../scripts/lib/medusa.mjs"

/**
 * Starts `bin args` in its own process group, output to `logFile`. The group is stopped by
 * the cleanup stack (SIGTERM, then SIGKILL), or right away by `killNow()` on a signal.
 * Answers `{ pid, exited, stop }`.
 */
export function spawnGroup(ctx, name, bin, args, { env, logFile }) {
  const out = fs.openSync(logFile, "a")
  const group = startGroup(bin, args, { env, stdio: ["ignore", out, out] })
  fs.closeSync(out)
  const pid = group.child.pid
  let stopped = false
  const stop = async (timeoutMs = 10_000) => {
    if (stopped) return group.exited
    stopped = true
    await group.stop(timeoutMs)
  }
  const forget = ctx.cleanup.add(`stop ${name}`, () => stop(), {
    kill: () => {
      try {
        process.kill(-pid, "SIGKILL")
      } catch {
        /* already gone */
      }
    },
  })
  return {
    pid,
    exited: group.exited,
    async stop() {
      await stop()
      forget()
    },
  }
}

/** Runs `bin args` to its end in its own group; throws (with the log's tail) when it fails. */
export async function runToEnd(ctx, name, bin, args, { env, logFile, timeoutMs = 300_000, hint }) {
  const group = spawnGroup(ctx, name, bin, args, { env, logFile })
  let timer
  const timeout = new Promise((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs)
  })
  const outcome = await Promise.race([group.exited, timeout])
  clearTimeout(timer)
  if (outcome === "timeout") {
    await group.stop()
    throw new Error(`${name} did not finish within ${Math.round(timeoutMs / 1000)} s (log: ${logFile})${hint ? `. ${hint}` : ""}`)
  }
  await group.stop()
  if (outcome.code !== 0) {
    throw new Error(`${name} failed (exit ${outcome.code ?? outcome.signal}); last lines of ${logFile}:\n${tail(logFile, 15)}`)
  }
}

export function tail(file, lines) {
  try {
    return fs.readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n")
  } catch {
    return "(no log)"
  }
}

/** The pids whose process group is `pgid`. */
export function groupMembers(pgid) {
  const pids = []
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8")
      // pid (comm) state ppid pgrp …: comm may hold spaces and parentheses, so split after ")".
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
      if (Number(fields[2]) === pgid) pids.push(Number(entry))
    } catch {
      /* gone meanwhile */
    }
  }
  return pids
}

/** The socket inodes listening on TCP `port` (IPv4 and IPv6). */
function listeningInodes(port) {
  const inodes = new Set()
  const hexPort = port.toString(16).toUpperCase().padStart(4, "0")
  for (const file of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let text = ""
    try {
      text = fs.readFileSync(file, "utf8")
    } catch {
      continue
    }
    for (const line of text.split("\n").slice(1)) {
      const cols = line.trim().split(/\s+/)
      if (cols.length < 10) continue
      const [, local, , state] = cols
      if (state === "0A" && local.endsWith(`:${hexPort}`)) inodes.add(cols[9])
    }
  }
  return inodes
}

/**
 * The process of group `pgid` that listens on `port`: the Node process serving HTTP (with
 * `medusa start` it is the group leader itself; with `medusa develop` a forked child).
 */
export function listeningPid(pgid, port) {
  const inodes = listeningInodes(port)
  for (const pid of groupMembers(pgid)) {
    let fds = []
    try {
      fds = fs.readdirSync(`/proc/${pid}/fd`)
    } catch {
      continue
    }
    for (const fd of fds) {
      try {
        const m = /^socket:\[(\d+)\]$/.exec(fs.readlinkSync(`/proc/${pid}/fd/${fd}`))
        if (m && inodes.has(m[1])) return pid
      } catch {
        /* fd closed meanwhile */
      }
    }
  }
  return null
}

/** VmRSS and VmHWM of a process, in kB. */
export function memoryOf(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8")
  const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN)
  return { rssKb: kb("VmRSS"), hwmKb: kb("VmHWM") }
}

/** Resets the peak resident set size (VmHWM) of a process to its current one. */
export function resetPeak(pid) {
  fs.writeFileSync(`/proc/${pid}/clear_refs`, "5")
}

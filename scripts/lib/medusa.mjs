// Running the Medusa CLI from the scripts: one-shot commands, and long-running servers in a
// process group of their own so that stopping them leaves nothing behind.
import { spawn } from "node:child_process"
import path from "node:path"
import { fileURLToPath } from "node:url"

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..")

export function medusaBin(cwd = repoRoot) {
  return path.join(cwd, "node_modules", ".bin", "medusa")
}

/**
 * Runs `medusa <args>` to completion; throws when it fails. Asynchronous on purpose: an
 * embedded Postgres started by this process logs through a pipe that only a free event loop
 * drains (see lib/postgres.mjs).
 */
export async function runMedusa(args, { cwd = repoRoot, env = process.env, bin = medusaBin(cwd), quiet = false } = {}) {
  const child = spawn(bin, args, { cwd, env, stdio: quiet ? "pipe" : "inherit" })
  let stdout = ""
  let stderr = ""
  child.stdout?.on("data", (d) => (stdout += d))
  child.stderr?.on("data", (d) => (stderr += d))
  const status = await new Promise((resolve) => child.on("close", (code, signal) => resolve(code ?? signal)))
  if (status !== 0) {
    const out = quiet ? `\n${stdout}${stderr}` : ""
    throw new Error(`medusa ${args.join(" ")} failed (exit ${status})${out}`)
  }
  return { status, stdout, stderr }
}

/**
 * Starts a long-running command in its own process group. `stop()` signals the whole group
 * (Medusa's develop server forks a child that would otherwise keep the port) and waits.
 */
export function startGroup(command, args, { cwd = repoRoot, env = process.env, stdio = "inherit" } = {}) {
  const child = spawn(command, args, { cwd, env, stdio, detached: true })
  const exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })))
  const signalGroup = (signal) => {
    try {
      process.kill(-child.pid, signal)
    } catch {
      /* already gone */
    }
  }
  return {
    child,
    exited,
    async stop(timeoutMs = 15000) {
      signalGroup("SIGTERM")
      const timer = setTimeout(() => signalGroup("SIGKILL"), timeoutMs)
      await exited
      clearTimeout(timer)
      // The group may outlive its leader for a moment: make sure nothing stays.
      signalGroup("SIGKILL")
    },
  }
}

/** Waits until GET url answers 200, or throws after timeoutMs. */
export async function waitForHttp(url, { timeoutMs = 180000, intervalMs = 500, exited } = {}) {
  const deadline = Date.now() + timeoutMs
  let died = false
  exited?.then(() => (died = true))
  while (Date.now() < deadline) {
    if (died) throw new Error(`The server exited before ${url} answered`)
    try {
      const res = await fetch(url)
      if (res.ok) return
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, intervalMs))
  }
  throw new Error(`${url} did not answer 200 within ${Math.round(timeoutMs / 1000)} s`)
}

/**
 * What the process tests share: Medusa processes of the workers' app (integration-tests/workers/app)
 * in process groups of their own, the database server they use, and the recording provider's file.
 */
import fs from "fs"
import path from "path"
import { ChildProcess, spawn } from "child_process"
import { Client } from "pg"

const repoRoot = path.resolve(__dirname, "..", "..")
export const appDir = path.join(__dirname, "app")
const medusa = path.join(repoRoot, "node_modules", ".bin", "medusa")

export function serverUrl(database: string) {
  const auth = process.env.DB_USERNAME ? `${process.env.DB_USERNAME}:${process.env.DB_PASSWORD ?? ""}@` : ""
  return `postgres://${auth}${process.env.DB_HOST ?? "localhost"}:${process.env.DB_PORT ?? 5432}/${database}`
}

/** One statement on the server's `postgres` database (create / drop a test database). */
export async function admin(sql: string) {
  const client = new Client({ connectionString: serverUrl("postgres") })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

/** Queries on one database, the client closed after. */
export async function withDb<T>(url: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

export type Proc = { child: ChildProcess; exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>; log: string }

/** `medusa <args>` in the workers' app, in a process group of its own, output to a log file. */
export function start(args: string[], env: NodeJS.ProcessEnv, logFile: string, cwd = appDir): Proc {
  const out = fs.openSync(logFile, "a")
  const child = spawn(medusa, args, { cwd, env, stdio: ["ignore", out, out], detached: true })
  fs.closeSync(out)
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })))
  return { child, exited, log: logFile }
}

export function killGroup(p: Proc, signal: NodeJS.Signals) {
  try {
    process.kill(-p.child.pid!, signal)
  } catch {
    /* gone */
  }
}

/** `medusa <args>` to its end; throws with the log's tail when it fails or outlives the timeout. */
export async function runToEnd(args: string[], env: NodeJS.ProcessEnv, logFile: string, timeoutMs = 240_000, cwd = appDir) {
  const p = start(args, env, logFile, cwd)
  const timer = setTimeout(() => killGroup(p, "SIGKILL"), timeoutMs)
  const { code, signal } = await p.exited
  clearTimeout(timer)
  killGroup(p, "SIGKILL")
  if (code !== 0) throw new Error(`medusa ${args.join(" ")} failed (${code ?? signal}):\n${tail(logFile)}`)
}

export const tail = (file: string, n = 30) => (fs.existsSync(file) ? fs.readFileSync(file, "utf8").trimEnd().split("\n").slice(-n).join("\n") : "(no log)")

export type RecordedSend = { id: string; channel: string; to: string; resource_id: string | null; pid: number }
/** Every send the recording provider was handed, across processes. */
export const recorded = (file: string): RecordedSend[] =>
  fs.existsSync(file) ? fs.readFileSync(file, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as RecordedSend) : []

/** Sends per (channel, recipient): the duplicates and the distinct count. */
export function sendCounts(sends: RecordedSend[]) {
  const byKey = new Map<string, number>()
  for (const s of sends) byKey.set(`${s.channel}|${s.to}`, (byKey.get(`${s.channel}|${s.to}`) ?? 0) + 1)
  return { duplicates: [...byKey.values()].filter((n) => n > 1).length, distinct: byKey.size, sends: sends.length }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

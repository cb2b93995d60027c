#!/usr/bin/env node
// `npm run db:generate`: writes a migration for the plugin's changed models
// (`medusa plugin:db:generate`). The command needs a Postgres connection: it gets a throw-away
// embedded one unless DB_HOST is set.
import path from "node:path"
import { startEmbeddedPostgres } from "./lib/postgres.mjs"
import { repoRoot, runMedusa } from "./lib/medusa.mjs"

let database
try {
  const env = { ...process.env }
  if (!env.DB_HOST) {
    database = await startEmbeddedPostgres({ dataDir: path.join(repoRoot, ".medusa-test-data", `generate-postgres-${process.pid}`), ephemeral: true })
    Object.assign(env, { DB_HOST: "localhost", DB_PORT: String(database.port), DB_USERNAME: "postgres", DB_PASSWORD: "postgres" })
  }
  await runMedusa(["plugin:db:generate"], { env })
} finally {
  await database?.stop()
}

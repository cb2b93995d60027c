import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * COUPON-32: failed coupon attempts are counted in one atomic statement per attempt (the
 * counter was a read-then-write in the cache, so parallel guesses all got through). One row
 * per key (`cart:<id>`, `ip:<address>`, `customer:<id>`) and fixed one-minute window. No model:
 * nothing but the throttle reads it, with raw SQL.
 */
export class Migration20261202070000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "cm_attempt_counter" ("key" text not null, "window_start" timestamptz not null default now(), "attempts" integer not null default 0, constraint "cm_attempt_counter_pkey" primary key ("key"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cm_attempt_counter_window" ON "cm_attempt_counter" ("window_start");`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "cm_attempt_counter" cascade;`)
  }
}

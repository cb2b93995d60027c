import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * The delivery pipeline: one row per message (purpose, recipient, channel; unique key), sent
 * and retried by the delivery job. (The snapshot also gains cm_points_entry.created_by, which
 * Migration20261126090000 added by hand.)
 */
export class Migration20261202112007 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "cm_delivery" ("id" text not null, "key" text not null, "purpose" text not null, "channel" text not null, "customer_id" text null, "to" text not null, "template" text not null, "data" jsonb null, "content" jsonb null, "resource_id" text null, "resource_type" text null, "status" text check ("status" in ('pending', 'sent', 'failed', 'skipped')) not null default 'pending', "attempts" integer not null default 0, "next_attempt_at" timestamptz not null, "last_error" text null, "sent_at" timestamptz null, "notification_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cm_delivery_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cm_delivery_deleted_at" ON "cm_delivery" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cm_delivery_key_unique" ON "cm_delivery" ("key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cm_delivery_due" ON "cm_delivery" ("next_attempt_at") WHERE deleted_at IS NULL AND status = 'pending';`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cm_delivery_resource" ON "cm_delivery" ("resource_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "cm_delivery" cascade;`);
  }

}

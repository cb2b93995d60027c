import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202161325 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "cm_push" ("id" text not null, "type" text check ("type" in ('advertising', 'compensation', 'direct')) not null, "status" text check ("status" in ('scheduled', 'sending', 'sent', 'cancelled', 'failed')) not null default 'scheduled', "coupon_id" text not null, "send_at" timestamptz not null, "channels" jsonb not null, "audience" jsonb not null, "best_items" jsonb not null, "banner" jsonb null, "recipients" integer not null default 0, "excluded" jsonb null, "resolve_cursor" text null, "resolved_at" timestamptz null, "started_at" timestamptz null, "sent_at" timestamptz null, "cancelled_at" timestamptz null, "planned_recipients" integer not null default 0, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cm_push_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cm_push_deleted_at" ON "cm_push" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cm_push_due" ON "cm_push" ("send_at") WHERE deleted_at IS NULL AND status IN ('scheduled', 'sending');`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cm_push_type_send_at" ON "cm_push" ("type", "send_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "cm_push" cascade;`);
  }

}

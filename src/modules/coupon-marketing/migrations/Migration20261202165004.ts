import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202165004 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "cm_membership_gift_grant" drop constraint if exists "cm_membership_gift_grant_unique";`);
    this.addSql(`create table if not exists "cm_membership_gift" ("id" text not null, "name" text not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "draft" boolean not null default false, "closed_at" timestamptz null, "prizes" jsonb not null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cm_membership_gift_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cm_membership_gift_deleted_at" ON "cm_membership_gift" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cm_membership_gift_window" ON "cm_membership_gift" ("starts_at", "ends_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "cm_membership_gift_grant" ("id" text not null, "activity_id" text not null, "customer_id" text not null, "status" text check ("status" in ('granting', 'granted')) not null default 'granting', "prizes" jsonb null, "granted_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cm_membership_gift_grant_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cm_membership_gift_grant_deleted_at" ON "cm_membership_gift_grant" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cm_membership_gift_grant_unique" ON "cm_membership_gift_grant" ("activity_id", "customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cm_membership_gift_grant_activity" ON "cm_membership_gift_grant" ("activity_id", "created_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "cm_membership_gift" cascade;`);

    this.addSql(`drop table if exists "cm_membership_gift_grant" cascade;`);
  }

}

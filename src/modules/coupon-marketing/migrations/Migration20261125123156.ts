import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125123156 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "cm_coupon_archive" ("id" text not null, "coupon_id" text not null, "name" text not null, "audience" text not null, "code_mode" text not null, "benefit_type" text not null, "benefit_value" numeric null, "currency_code" text not null, "starts_at" timestamptz null, "ended_at" timestamptz null, "codes_issued" integer not null default 0, "uses" integer not null default 0, "eligible_total" numeric not null default 0, "discount_total" numeric not null default 0, "purged_at" timestamptz not null, "raw_benefit_value" jsonb null, "raw_eligible_total" jsonb not null default '{"value":"0","precision":20}', "raw_discount_total" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cm_coupon_archive_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cm_coupon_archive_deleted_at" ON "cm_coupon_archive" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cm_coupon_archive_coupon_id" ON "cm_coupon_archive" ("coupon_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "cm_coupon_archive" cascade;`);
  }

}

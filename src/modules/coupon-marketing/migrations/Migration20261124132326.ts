import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124132326 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "cm_settings" drop constraint if exists "cm_settings_scope_unique";`);
    this.addSql(`create table if not exists "cm_settings" ("id" text not null, "scope" text not null, "show_code_form" boolean not null default true, "code_form_position" text check ("code_form_position" in ('above_checkout', 'below_checkout')) not null default 'above_checkout', "guide_text" text not null default '', "show_my_coupons" boolean not null default true, "points_basis" text check ("points_basis" in ('after_discount', 'before_discount')) not null default 'after_discount', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cm_settings_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cm_settings_scope_unique" ON "cm_settings" ("scope") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cm_settings_deleted_at" ON "cm_settings" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "cm_settings" cascade;`);
  }

}

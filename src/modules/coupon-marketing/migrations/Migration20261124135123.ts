import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124135123 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "cm_coupon_usage" drop constraint if exists "cm_coupon_usage_cart_unique";`);
    this.addSql(`alter table if exists "cm_coupon_code" drop constraint if exists "cm_coupon_code_code_unique";`);
    this.addSql(`alter table if exists "cm_cart_coupon" drop constraint if exists "cm_cart_coupon_cart_unique";`);
    this.addSql(`alter table if exists "cm_coupon" drop constraint if exists "cm_coupon_gift_variant_unique";`);
    this.addSql(`alter table if exists "cm_coupon" drop constraint if exists "cm_coupon_code_unique";`);
    this.addSql(`create table if not exists "cm_coupon" ("id" text not null, "name" text not null, "audience" text check ("audience" in ('anyone', 'all_customers', 'segment', 'members_only')) not null, "code_mode" text check ("code_mode" in ('fixed', 'individual')) not null, "code" text null, "customer_group_id" text null, "validity_type" text check ("validity_type" in ('window', 'relative')) not null, "starts_at" timestamptz null, "ends_at" timestamptz null, "valid_days" integer null, "benefit_type" text check ("benefit_type" in ('fixed_amount', 'percent', 'per_item_amount', 'free_shipping', 'gift_product')) not null, "benefit_value" numeric null, "gift_variant_id" text null, "currency_code" text not null, "condition_type" text check ("condition_type" in ('none', 'min_total', 'max_total', 'min_unit_price')) not null default 'none', "condition_value" numeric null, "category_ids" text[] not null default '{}', "per_customer_limit" integer null, "total_limit" integer null, "promotion_id" text null, "promotion_code" text null, "codes_issued_at" timestamptz null, "last_code_expires_at" timestamptz null, "metadata" jsonb null, "raw_benefit_value" jsonb null, "raw_condition_value" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cm_coupon_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cm_coupon_deleted_at" ON "cm_coupon" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cm_coupon_code_unique" ON "cm_coupon" ("code") WHERE code IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cm_coupon_gift_variant_unique" ON "cm_coupon" ("gift_variant_id") WHERE gift_variant_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cm_coupon_promotion_id" ON "cm_coupon" ("promotion_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cm_coupon_ends_at" ON "cm_coupon" ("ends_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "cm_cart_coupon" ("id" text not null, "cart_id" text not null, "code" text not null, "coupon_code_id" text null, "customer_id" text null, "coupon_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cm_cart_coupon_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cm_cart_coupon_coupon_id" ON "cm_cart_coupon" ("coupon_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cm_cart_coupon_deleted_at" ON "cm_cart_coupon" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cm_cart_coupon_cart_unique" ON "cm_cart_coupon" ("cart_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "cm_coupon_code" ("id" text not null, "code" text not null, "customer_id" text not null, "max_uses" integer not null default 1, "uses" integer not null default 0, "expires_at" timestamptz null, "source" text not null default 'admin', "source_id" text null, "coupon_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cm_coupon_code_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cm_coupon_code_coupon_id" ON "cm_coupon_code" ("coupon_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cm_coupon_code_deleted_at" ON "cm_coupon_code" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cm_coupon_code_code_unique" ON "cm_coupon_code" ("code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cm_coupon_code_coupon_customer" ON "cm_coupon_code" ("coupon_id", "customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cm_coupon_code_customer" ON "cm_coupon_code" ("customer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "cm_coupon_usage" ("id" text not null, "code" text not null, "coupon_code_id" text null, "customer_id" text null, "email" text null, "cart_id" text not null, "order_id" text null, "currency_code" text not null, "eligible_total" numeric not null default 0, "discount_total" numeric not null default 0, "released_at" timestamptz null, "coupon_id" text not null, "raw_eligible_total" jsonb not null default '{"value":"0","precision":20}', "raw_discount_total" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cm_coupon_usage_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cm_coupon_usage_coupon_id" ON "cm_coupon_usage" ("coupon_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cm_coupon_usage_deleted_at" ON "cm_coupon_usage" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cm_coupon_usage_cart_unique" ON "cm_coupon_usage" ("cart_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cm_coupon_usage_order" ON "cm_coupon_usage" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cm_coupon_usage_coupon_customer" ON "cm_coupon_usage" ("coupon_id", "customer_id") WHERE deleted_at IS NULL AND released_at IS NULL;`);

    this.addSql(`alter table if exists "cm_cart_coupon" add constraint "cm_cart_coupon_coupon_id_foreign" foreign key ("coupon_id") references "cm_coupon" ("id") on update cascade;`);

    this.addSql(`alter table if exists "cm_coupon_code" add constraint "cm_coupon_code_coupon_id_foreign" foreign key ("coupon_id") references "cm_coupon" ("id") on update cascade;`);

    this.addSql(`alter table if exists "cm_coupon_usage" add constraint "cm_coupon_usage_coupon_id_foreign" foreign key ("coupon_id") references "cm_coupon" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "cm_cart_coupon" drop constraint if exists "cm_cart_coupon_coupon_id_foreign";`);

    this.addSql(`alter table if exists "cm_coupon_code" drop constraint if exists "cm_coupon_code_coupon_id_foreign";`);

    this.addSql(`alter table if exists "cm_coupon_usage" drop constraint if exists "cm_coupon_usage_coupon_id_foreign";`);

    this.addSql(`drop table if exists "cm_coupon" cascade;`);

    this.addSql(`drop table if exists "cm_cart_coupon" cascade;`);

    this.addSql(`drop table if exists "cm_coupon_code" cascade;`);

    this.addSql(`drop table if exists "cm_coupon_usage" cascade;`);
  }

}

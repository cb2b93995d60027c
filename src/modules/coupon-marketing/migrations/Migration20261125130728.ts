import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125130728 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "cm_points_entry" drop constraint if exists "cm_points_entry_key_unique";`);
    this.addSql(`alter table if exists "cm_points_account" drop constraint if exists "cm_points_account_customer_unique";`);
    this.addSql(`alter table if exists "cm_budget_entry" drop constraint if exists "cm_budget_entry_key_unique";`);
    this.addSql(`alter table if exists "cm_budget_account" drop constraint if exists "cm_budget_account_currency_unique";`);
    this.addSql(`create table if not exists "cm_budget_account" ("id" text not null, "currency_code" text not null, "deposited" numeric not null default 0, "drawn" numeric not null default 0, "deposits" integer not null default 0, "raw_deposited" jsonb not null default '{"value":"0","precision":20}', "raw_drawn" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cm_budget_account_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cm_budget_account_deleted_at" ON "cm_budget_account" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cm_budget_account_currency_unique" ON "cm_budget_account" ("currency_code") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "cm_budget_entry" ("id" text not null, "type" text check ("type" in ('deposit', 'draw')) not null, "amount" numeric not null, "currency_code" text not null, "reason" text null, "deposit_number" text null, "exchange_id" text null, "idempotency_key" text not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cm_budget_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cm_budget_entry_deleted_at" ON "cm_budget_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cm_budget_entry_key_unique" ON "cm_budget_entry" ("idempotency_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cm_budget_entry_currency" ON "cm_budget_entry" ("currency_code", "type") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "cm_exchange_offer" ("id" text not null, "name" text not null, "coupon_id" text not null, "face_value" numeric not null, "threshold" numeric not null default 0, "currency_code" text not null, "points_cost" integer not null, "stock" integer not null, "exchanged_count" integer not null default 0, "per_customer_limit" integer null, "valid_days" integer not null, "starts_at" timestamptz null, "ends_at" timestamptz null, "compliance" text check ("compliance" in ('compliant', 'non_compliant')) not null default 'compliant', "non_compliant_reason" text null, "rival_coupon_id" text null, "raw_face_value" jsonb not null, "raw_threshold" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cm_exchange_offer_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cm_exchange_offer_deleted_at" ON "cm_exchange_offer" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cm_exchange_offer_coupon" ON "cm_exchange_offer" ("coupon_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "cm_points_account" ("id" text not null, "customer_id" text not null, "balance" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cm_points_account_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cm_points_account_deleted_at" ON "cm_points_account" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cm_points_account_customer_unique" ON "cm_points_account" ("customer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "cm_points_entry" ("id" text not null, "customer_id" text not null, "type" text check ("type" in ('earn', 'redeem', 'refund', 'expire', 'adjust', 'gift')) not null, "points" integer not null, "reason" text not null, "idempotency_key" text not null, "order_id" text null, "exchange_id" text null, "expires_at" timestamptz null, "remaining" integer not null default 0, "balance_after" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cm_points_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cm_points_entry_deleted_at" ON "cm_points_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cm_points_entry_key_unique" ON "cm_points_entry" ("idempotency_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cm_points_entry_customer" ON "cm_points_entry" ("customer_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cm_points_entry_expiring" ON "cm_points_entry" ("expires_at") WHERE deleted_at IS NULL AND remaining > 0;`);

    this.addSql(`create table if not exists "cm_points_exchange" ("id" text not null, "offer_id" text not null, "customer_id" text not null, "points" integer not null, "face_value" numeric not null, "currency_code" text not null, "coupon_id" text not null, "coupon_code_id" text not null, "reminded_at" timestamptz null, "raw_face_value" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cm_points_exchange_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cm_points_exchange_deleted_at" ON "cm_points_exchange" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cm_points_exchange_offer_customer" ON "cm_points_exchange" ("offer_id", "customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cm_points_exchange_customer" ON "cm_points_exchange" ("customer_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "cm_budget_account" cascade;`);

    this.addSql(`drop table if exists "cm_budget_entry" cascade;`);

    this.addSql(`drop table if exists "cm_exchange_offer" cascade;`);

    this.addSql(`drop table if exists "cm_points_account" cascade;`);

    this.addSql(`drop table if exists "cm_points_entry" cascade;`);

    this.addSql(`drop table if exists "cm_points_exchange" cascade;`);
  }

}

import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202152252 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "cm_message_preference" drop constraint if exists "cm_message_preference_customer_unique";`);
    this.addSql(`alter table if exists "cm_follower" drop constraint if exists "cm_follower_open_unique";`);
    this.addSql(`create table if not exists "cm_email_verification" ("id" text not null, "customer_id" text not null, "email" text not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cm_email_verification_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cm_email_verification_deleted_at" ON "cm_email_verification" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cm_email_verification_customer" ON "cm_email_verification" ("customer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "cm_follower" ("id" text not null, "customer_id" text not null, "followed_at" timestamptz not null, "unfollowed_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cm_follower_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cm_follower_deleted_at" ON "cm_follower" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cm_follower_open_unique" ON "cm_follower" ("customer_id") WHERE deleted_at IS NULL AND unfollowed_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cm_follower_followed_at" ON "cm_follower" ("followed_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "cm_message_preference" ("id" text not null, "customer_id" text not null, "email" boolean not null default true, "feed" boolean not null default true, "push" boolean not null default true, "email_verified_at" timestamptz null, "email_verified_address" text null, "unsubscribed_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cm_message_preference_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cm_message_preference_deleted_at" ON "cm_message_preference" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cm_message_preference_customer_unique" ON "cm_message_preference" ("customer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "cm_delivery" add column if not exists "read_at" timestamptz null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cm_delivery_inbox" ON "cm_delivery" ("customer_id", "channel", "sent_at") WHERE deleted_at IS NULL AND status = 'sent';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "cm_email_verification" cascade;`);

    this.addSql(`drop table if exists "cm_follower" cascade;`);

    this.addSql(`drop table if exists "cm_message_preference" cascade;`);

    this.addSql(`drop index if exists "IDX_cm_delivery_inbox";`);
    this.addSql(`alter table if exists "cm_delivery" drop column if exists "read_at";`);
  }

}

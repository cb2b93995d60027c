import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202161015 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "cm_settings" add column if not exists "email_verification_subject" text not null default '', add column if not exists "email_verification_intro" text not null default '', add column if not exists "coupon_push_subject" text not null default '', add column if not exists "coupon_push_intro" text not null default '', add column if not exists "exchange_reminder_subject" text not null default '', add column if not exists "exchange_reminder_intro" text not null default '';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "cm_settings" drop column if exists "email_verification_subject", drop column if exists "email_verification_intro", drop column if exists "coupon_push_subject", drop column if exists "coupon_push_intro", drop column if exists "exchange_reminder_subject", drop column if exists "exchange_reminder_intro";`);
  }

}

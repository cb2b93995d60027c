import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125132803 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "cm_coupon_usage" add column if not exists "order_display_id" integer null, add column if not exists "ordered_at" timestamptz null, add column if not exists "orderer_name" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "cm_coupon_usage" drop column if exists "order_display_id", drop column if exists "ordered_at", drop column if exists "orderer_name";`);
  }

}

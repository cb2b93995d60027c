import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * The author of a manual points adjustment gets its own column. Adjustments written before it
 * carried the author at the end of the reason (" (by user_…)"): it moves to the column, so the
 * reason a shopper reads is the admin's text alone.
 */
export class Migration20261126090000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "cm_points_entry" add column if not exists "created_by" text null;`);
    this.addSql(`update "cm_points_entry"
      set "created_by" = substring("reason" from '\\(by (user_[0-9A-Za-z]+)\\)$'),
          "reason" = regexp_replace("reason", '\\s*\\(by user_[0-9A-Za-z]+\\)$', '')
      where "type" = 'adjust' and "created_by" is null and "reason" ~ '\\(by user_[0-9A-Za-z]+\\)$';`);
  }

  override async down(): Promise<void> {
    this.addSql(`update "cm_points_entry" set "reason" = "reason" || ' (by ' || "created_by" || ')' where "created_by" is not null;`);
    this.addSql(`alter table if exists "cm_points_entry" drop column if exists "created_by";`);
  }

}

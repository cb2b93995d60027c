import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203135211 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index if exists "IDX_cm_delivery_due";`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cm_delivery_due_in_order" ON "cm_delivery" ("next_attempt_at", "id") WHERE deleted_at IS NULL AND status = 'pending';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_cm_delivery_due_in_order";`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cm_delivery_due" ON "cm_delivery" ("next_attempt_at") WHERE deleted_at IS NULL AND status = 'pending';`);
  }

}

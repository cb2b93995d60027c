import type { SqlManager } from "./sql"
import type { InboxMessageRow } from "../types/followers"

const INBOX = `from cm_delivery where customer_id = ? and channel = 'feed' and status = 'sent' and deleted_at is null`

/** PUSH-12: one customer's in-app messages (the `feed` deliveries sent to them), newest first; their count and unread count. */
export async function listInbox(manager: SqlManager, customerId: string, page: { limit: number; offset: number }) {
  const rows = await manager.execute<InboxMessageRow[]>(
    `select id, template, purpose, data, content, sent_at, read_at ${INBOX}
      order by sent_at desc, id desc limit ? offset ?`,
    [customerId, page.limit, page.offset]
  )
  const [{ count, unread_count }] = await manager.execute<{ count: number; unread_count: number }[]>(
    `select count(*)::int as count, (count(*) filter (where read_at is null))::int as unread_count ${INBOX}`,
    [customerId]
  )
  return { rows, count, unread_count }
}

/** PUSH-12: marks the customer's own messages read (the given ids, or all); others' ids are ignored. Answers how many changed. */
export async function markInboxRead(manager: SqlManager, customerId: string, ids: string[] | undefined, now: Date): Promise<number> {
  if (ids && !ids.length) return 0
  const rows = await manager.execute<{ id: string }[]>(
    `update cm_delivery set read_at = ?, updated_at = now()
      where customer_id = ? and channel = 'feed' and status = 'sent' and deleted_at is null and read_at is null
        ${ids ? "and id in (?)" : ""}
      returning id`,
    [now, customerId, ...(ids ? [ids] : [])]
  )
  return rows.length
}

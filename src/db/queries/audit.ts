/**
 * The audit log of admin changes. Entries are statements meant for the same batch as the change
 * they record, so a change and its entry are committed together or not at all.
 */
import { desc, lt, sql, type SQL } from 'drizzle-orm'
import type { Db } from '../client'
import { auditLog } from '../schema'

export interface AuditEntry {
  action: string
  /** `<kind>:<id>`, or SQL computing it when the id is only known inside the batch. */
  subject: string | SQL
  detail?: Record<string, unknown>
  client?: string | null
}

/**
 * Records one change. With `onlyOnce`, nothing is written when the same action on the same
 * subject is already logged, which keeps a replayed batch (see db/batch.ts) from logging twice.
 */
export function recordAudit(db: Db, entry: AuditEntry, options: { onlyOnce?: boolean } = {}) {
  const subject = typeof entry.subject === 'string' ? sql`${entry.subject}` : entry.subject
  const detail = JSON.stringify(entry.detail ?? {})
  const once = options.onlyOnce
    ? sql`and not exists (select 1 from audit_log l where l.action = ${entry.action} and l.subject = s.subject)`
    : sql``
  return db.run(sql`insert into audit_log (action, subject, detail, client)
    select ${entry.action}, s.subject, ${detail}, ${entry.client ?? null}
    from (select ${subject} as subject) s
    where s.subject is not null ${once}`)
}

/** One page of the log, newest first; keyset on id. */
export function listAudit(db: Db, limit: number, beforeId?: number) {
  return db
    .select()
    .from(auditLog)
    .where(beforeId ? lt(auditLog.id, beforeId) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(limit + 1)
}

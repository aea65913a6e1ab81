/**
 * Runs drizzle queries as one D1 batch: one round trip, atomic for writes.
 *
 * This does what drizzle's `batch(db, )` does, except that it also binds the parameters of raw
 * `db.run(sql`…`)` items; drizzle 0.45's D1 batch reads a prepared statement those items do not
 * have and throws. Each item is built by drizzle and its result mapped by drizzle, so the
 * result types are drizzle's own.
 */
import type { BatchItem, BatchResponse } from 'drizzle-orm/batch'
import type { Db } from './client'

interface PreparedItem {
  getQuery(): { sql: string; params: unknown[] }
  mapResult(result: unknown, isFromBatch: boolean): unknown
}

export async function batch<T extends readonly [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]]>(
  db: Db,
  items: T,
): Promise<BatchResponse<T>>
/** A batch assembled at run time: results are untyped (D1Result for writes, rows for reads). */
export async function batch(db: Db, items: readonly BatchItem<'sqlite'>[]): Promise<unknown[]>
export async function batch(db: Db, items: readonly BatchItem<'sqlite'>[]): Promise<unknown[]> {
  if (items.length === 0) return []
  const prepared = items.map((item) => (item as unknown as { _prepare(): PreparedItem })._prepare())
  const statements = prepared.map((p) => {
    const { sql, params } = p.getQuery()
    return db.$client.prepare(sql).bind(...params)
  })
  const results = await db.$client.batch(statements)
  return results.map((result, i) => prepared[i]!.mapResult(result, true))
}

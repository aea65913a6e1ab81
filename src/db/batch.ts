/**
 * Runs drizzle queries as one D1 batch: one round trip, atomic for writes.
 *
 * This does what drizzle's `batch(db, )` does, except that it also binds the parameters of raw
 * `db.run(sql`…`)` items; drizzle 0.45's D1 batch reads a prepared statement those items do not
 * have and throws. Each item is built by drizzle and its result mapped by drizzle, so the
 * result types are drizzle's own.
 *
 * D1 sometimes fails a request for reasons that have nothing to do with it (the connection to
 * the database drops, its object is reset or moved). Such a batch is sent again, with backoff,
 * when sending it twice is harmless: when it only reads, or when its caller says it is
 * idempotent (the ingest batch: every insert is `on conflict do nothing` and every derived
 * value is recomputed). Otherwise, and when the retries run out, the request fails with a 503
 * and `Retry-After`: the client may retry, and nothing was half-written (a batch is atomic).
 */
import type { BatchItem, BatchResponse } from 'drizzle-orm/batch'
import { Problem } from '../lib/problem'
import type { Db } from './client'

interface PreparedItem {
  getQuery(): { sql: string; params: unknown[] }
  mapResult(result: unknown, isFromBatch: boolean): unknown
}

export interface BatchOptions {
  /** Sending the batch twice has the same effect as sending it once. Read-only batches are. */
  idempotent?: boolean
}

/** Messages of D1 errors that say the request may succeed if sent again. */
const TRANSIENT_D1_ERRORS = [
  /network connection lost/i,
  /object to be reset/i,
  /reset because its code was updated/i,
  /cannot resolve d1 db due to transient issue/i,
  /transient issue on remote node/i,
  /storage operation exceeded timeout/i,
  /internal error in durable object storage/i,
]

export function isTransientD1Error(err: unknown): boolean {
  const message = err instanceof Error ? `${err.message} ${String(err.cause ?? '')}` : String(err)
  return TRANSIENT_D1_ERRORS.some((pattern) => pattern.test(message))
}

/** Attempts in all, and the delay before the first retry (doubled each time, with jitter). */
export const D1_RETRY = { attempts: 3, baseDelayMs: 50 }

const READ_ONLY = /^\s*select\b/i

export async function batch<T extends readonly [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]]>(
  db: Db,
  items: T,
  options?: BatchOptions,
): Promise<BatchResponse<T>>
/** A batch assembled at run time: results are untyped (D1Result for writes, rows for reads). */
export async function batch(db: Db, items: readonly BatchItem<'sqlite'>[], options?: BatchOptions): Promise<unknown[]>
export async function batch(db: Db, items: readonly BatchItem<'sqlite'>[], options: BatchOptions = {}): Promise<unknown[]> {
  if (items.length === 0) return []
  const prepared = items.map((item) => (item as unknown as { _prepare(): PreparedItem })._prepare())
  const queries = prepared.map((p) => p.getQuery())
  const statements = queries.map(({ sql, params }) => db.$client.prepare(sql).bind(...params))
  const retryable = options.idempotent || queries.every((q) => READ_ONLY.test(q.sql))
  const results = await sendWithRetry(() => db.$client.batch(statements), retryable)
  return results.map((result, i) => prepared[i]!.mapResult(result, true))
}

async function sendWithRetry<R>(send: () => Promise<R>, retryable: boolean): Promise<R> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await send()
    } catch (err) {
      if (!isTransientD1Error(err)) throw err
      if (!retryable || attempt >= D1_RETRY.attempts) {
        console.warn('D1 transient error, giving up', { attempt, retryable, error: String(err) })
        throw new Problem(503, 'Service Unavailable', 'The database was briefly unreachable. Try again in a moment (a write is applied whole or not at all).', undefined, {
          'retry-after': '1',
        })
      }
      const delay = D1_RETRY.baseDelayMs * 2 ** (attempt - 1)
      await new Promise((resolve) => setTimeout(resolve, delay / 2 + Math.random() * delay))
    }
  }
}

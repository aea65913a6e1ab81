/**
 * One batch for a view whose counts may be answered from stored answers (`facet_cache`).
 *
 * A count that no maintained counter answers is built guarded by `unlessAnswered(key)`: when a
 * current answer is stored, SQLite skips it and the stored answer is read instead (a few rows);
 * when none is, it counts in the same batch, and its result is stored after the response has
 * gone (`waitUntil`), with the data version read in that batch. Either way the view is still one
 * round trip, and never stale: any change to a measure moves the version.
 */
import type { BatchItem, BatchResponse } from 'drizzle-orm/batch'
import { batch } from './batch'
import type { Db } from './client'
import { currentAnswers, dataVersion, storeAnswers } from './queries/facet-cache'

/** A count query returning `Row`s and, when it may be answered from `facet_cache`, its key. */
export interface Counted<Row> {
  query: BatchItem<'sqlite'>
  /** Set only when the query is guarded by `unlessAnswered(key)`. */
  key?: string
  /** Type only: what the query returns. */
  readonly rowType?: Row
}

type ResultOf<E> = E extends Counted<infer Row> ? Row[] : E extends BatchItem<'sqlite'> ? BatchResponse<[E]>[0] : never
type Entry = BatchItem<'sqlite'> | Counted<unknown>

function isCounted(entry: Entry): entry is Counted<unknown> {
  return 'query' in entry && !('_prepare' in entry)
}

/**
 * Runs plain queries and counts as one batch; results come back in the entries' order, with
 * stored answers in place of skipped counts. `waitUntil` keeps storing new answers alive after
 * the response (the request's execution context).
 */
export async function batchWithCachedCounts<const E extends readonly [Entry, ...Entry[]]>(
  db: Db,
  entries: E,
  waitUntil: (promise: Promise<unknown>) => void,
): Promise<{ -readonly [I in keyof E]: ResultOf<E[I]> }> {
  const keys = entries.flatMap((e) => (isCounted(e) && e.key ? [e.key] : []))
  const queries = entries.map((e) => (isCounted(e) ? e.query : e))
  if (keys.length === 0) return (await batch(db, queries)) as never
  const results = await batch(db, [...queries, dataVersion(db), currentAnswers(db, keys)])
  const [version] = results[queries.length] as { version: number }[]
  const stored = new Map((results[queries.length + 1] as { key: string; body: string }[]).map((a) => [a.key, a.body]))
  const fresh: { key: string; body: string }[] = []
  const answers = entries.map((entry, i) => {
    if (!isCounted(entry) || !entry.key) return results[i]
    const body = stored.get(entry.key)
    if (body !== undefined) return JSON.parse(body) as unknown
    fresh.push({ key: entry.key, body: JSON.stringify(results[i]) })
    return results[i]
  })
  if (fresh.length && version) {
    waitUntil(batch(db, storeAnswers(db, version.version, fresh)).catch((err) => console.warn('storing counts failed', String(err))))
  }
  return answers as never
}

/**
 * Makes what each request costs in D1 visible: every `batch()` through the wrapped binding adds
 * its statements, SQL time and rows read to the request's tally, which the `serverTiming`
 * middleware reports as `Server-Timing: d1;dur=<ms>;desc="queries=<n> rows_read=<n>"`.
 *
 * Only `batch()` is metered because only its results carry `meta` through drizzle (drizzle
 * reads single statements with `raw()`, which has none). That is why every query in this code
 * base goes through `batch()` in db/batch.ts, which is also what keeps each view to one round trip.
 */
import type { MiddlewareHandler } from 'hono'

export interface D1Tally {
  queries: number
  rowsRead: number
  rowsWritten: number
  durationMs: number
}

export const newTally = (): D1Tally => ({ queries: 0, rowsRead: 0, rowsWritten: 0, durationMs: 0 })

export function meteredD1(db: D1Database, tally: D1Tally): D1Database {
  return new Proxy(db, {
    get(target, prop, receiver) {
      if (prop === 'batch') {
        return async <T>(statements: D1PreparedStatement[]) => {
          const results = await target.batch<T>(statements)
          for (const result of results) {
            tally.queries += 1
            tally.rowsRead += result.meta?.rows_read ?? 0
            tally.rowsWritten += result.meta?.rows_written ?? 0
            tally.durationMs += result.meta?.duration ?? 0
          }
          return results
        }
      }
      const value = Reflect.get(target, prop, receiver)
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
}

export function serverTimingHeader(tally: D1Tally): string {
  const dur = Math.round(tally.durationMs * 1000) / 1000
  return `d1;dur=${dur};desc="queries=${tally.queries} rows_read=${tally.rowsRead} rows_written=${tally.rowsWritten}"`
}

/** Adds the request's D1 tally to the response, errors included. */
export const serverTiming = (): MiddlewareHandler<{ Variables: { d1Tally: D1Tally } }> => async (c, next) => {
  const tally = newTally()
  c.set('d1Tally', tally)
  await next()
  c.res.headers.append('Server-Timing', serverTimingHeader(tally))
}

/**
 * Full-text search over the FTS5 tables of migration 0001. `measure_search` holds, per measure
 * (rowid = measure id), its target's names and every quote of its evidence; `target_search`
 * holds every name a target is known by. Both are rewritten for the rows a write touches, in
 * the same batch as the write.
 */
import { sql, type SQL } from 'drizzle-orm'
import type { Db } from '../client'

/**
 * Turns user words into an FTS5 query that matches rows containing all of them (each word may
 * be the start of a longer one). Every word is quoted, so FTS5 syntax in the input is inert.
 * Returns undefined when the input has no words at all.
 */
export function toFtsQuery(q: string): string | undefined {
  const words = q.normalize('NFKC').match(/[\p{L}\p{N}]+/gu)?.slice(0, 12) ?? []
  return words.length ? words.map((w) => `"${w}"*`).join(' ') : undefined
}

export const measureIdsMatching = (ftsQuery: string): SQL =>
  sql`select rowid from measure_search where measure_search match ${ftsQuery}`

export const targetIdsMatching = (ftsQuery: string): SQL =>
  sql`select target_id from target_search where target_search match ${ftsQuery}`

/** Rewrites the search rows of the measures fed by one article. */
export function refreshMeasureSearchForArticle(db: Db, contentHash: string) {
  return refreshMeasureSearch(
    db,
    sql`select distinct e.measure_id from evidence e join articles a on a.id = e.article_id where a.content_hash = ${contentHash}`,
  )
}

/** Rewrites the search rows of the measures the subquery `touched` selects. */
export function refreshMeasureSearch(db: Db, touched: SQL) {
  return [
    db.run(sql`delete from measure_search where rowid in (${touched})`),
    db.run(sql`insert into measure_search (rowid, body)
      select m.id,
        t.name || ' ' || coalesce((select group_concat(ta.name, ' ') from target_aliases ta where ta.target_id = t.id), '')
          || ' ' || coalesce((select group_concat(e.quote, ' ') from evidence e where e.measure_id = m.id), '')
      from measures m join targets t on t.id = m.target_id
      where m.id in (${touched})`),
  ] as const
}

/** Rewrites the search rows of the given targets. */
export function refreshTargetSearch(db: Db, targetIds: string[]) {
  const ids = sql.join(
    targetIds.map((id) => sql`${id}`),
    sql`, `,
  )
  return [
    db.run(sql`delete from target_search where target_id in (${ids})`),
    db.run(sql`insert into target_search (target_id, names)
      select t.id, t.name || ' ' || coalesce((select group_concat(ta.name, ' ') from target_aliases ta where ta.target_id = t.id), '')
      from targets t where t.id in (${ids})`),
  ] as const
}

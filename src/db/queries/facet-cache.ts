/**
 * Stored answers of counts that no maintained counter gives: the target facet under an
 * authority filter, facets under several filters or a search, the overview matrix. Each answer
 * is kept with the data version it was counted at (`data_versions`, moved by triggers on every
 * change to a measure that a count could see), so a stored answer is served only while nothing
 * it counted has changed. See `db/cached-counts.ts` for how a view uses them.
 */
import { and, eq, inArray, lt, sql, type SQL } from 'drizzle-orm'
import type { Db } from '../client'
import { dataVersions, facetCache } from '../schema'

/** Answers kept at most; the oldest go first (a bound on what odd filter mixes can store). */
export const FACET_CACHE_ENTRIES = 1000

// raw names: drizzle prints columns without their table in single-table selects, which is
// ambiguous inside the correlated subqueries these are used in
const currentVersion = sql`(select dv.version from data_versions dv where dv.name = 'measures')`

/** The data version now. Read in the same batch as a count, it is the version that count saw. */
export function dataVersion(db: Db) {
  return db.select({ version: dataVersions.version }).from(dataVersions).where(eq(dataVersions.name, 'measures'))
}

/** The stored answers for these keys that are still current. */
export function currentAnswers(db: Db, keys: string[]) {
  return db
    .select({ key: facetCache.key, body: facetCache.body })
    .from(facetCache)
    .where(and(inArray(facetCache.key, keys), sql`${facetCache.version} = ${currentVersion}`))
}

/**
 * A derived table with one row while `key` has no current answer stored, and none once it has.
 * First in a count's FROM and CROSS JOINed to what it counts (a cross join keeps its place in
 * SQLite's join order), it makes the count cost nothing when the answer is stored: the outer
 * loop has no row, so the inner one never starts. (The same test in the WHERE clause would be
 * checked row by row.)
 */
export function unlessAnswered(key: string): SQL {
  return sql`(select 1 as unanswered where not exists (
    select 1 from facet_cache fc where fc.key = ${key} and fc.version = ${currentVersion}))`
}

/**
 * Stores answers counted at `version`. An answer of a newer version is never overwritten by an
 * older one (two requests may race); answers of older versions, which can no longer be served,
 * are dropped, and the table keeps the newest `FACET_CACHE_ENTRIES`.
 */
export function storeAnswers(db: Db, version: number, answers: { key: string; body: string }[]) {
  return [
    db
      .insert(facetCache)
      .values(answers.map((a) => ({ ...a, version })))
      .onConflictDoUpdate({
        target: facetCache.key,
        set: { version: sql`excluded.version`, body: sql`excluded.body` },
        setWhere: sql`excluded.version > ${facetCache.version}`,
      }),
    db.delete(facetCache).where(lt(facetCache.version, version)),
    db.run(sql`delete from facet_cache where rowid not in (select rowid from facet_cache order by rowid desc limit ${FACET_CACHE_ENTRIES})`),
  ] as const
}

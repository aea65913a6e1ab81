/** Authorities with how many measures each has. */
import { and, asc, eq, sql } from 'drizzle-orm'
import type { Db } from '../client'
import { authorities, facetCounts } from '../schema'

/**
 * Every authority with its measure count, from the maintained counters (`facet_counts`): one
 * counter row per authority instead of counting its measures on every request.
 */
export function listAuthorities(db: Db) {
  return db
    .select({
      id: authorities.id,
      name: authorities.name,
      kind: authorities.kind,
      measureCount: sql<number>`coalesce(${facetCounts.count}, 0)`.as('measure_count'),
    })
    .from(authorities)
    .leftJoin(facetCounts, and(eq(facetCounts.facet, 'authority'), eq(facetCounts.value, authorities.id)))
    .orderBy(asc(authorities.id))
}

/** Authorities with how many measures each has. */
import { asc, count, eq } from 'drizzle-orm'
import type { Db } from '../client'
import { authorities, measures } from '../schema'

export function listAuthorities(db: Db) {
  return db
    .select({ id: authorities.id, name: authorities.name, kind: authorities.kind, measureCount: count(measures.id) })
    .from(authorities)
    .leftJoin(measures, eq(measures.authorityId, authorities.id))
    .groupBy(authorities.id)
    .orderBy(asc(authorities.id))
}

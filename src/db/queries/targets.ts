/** Targets, their aliases and name resolution. */
import { and, asc, eq, gt, inArray, sql, type SQL } from 'drizzle-orm'
import type { TargetKind } from '../../domain/taxonomy'
import type { Db } from '../client'
import { targetAliases, targets } from '../schema'
import { chunksFor } from './articles'
import { targetIdsMatching } from './search'

/** The targets already known under any of these name keys (see domain/names.ts). */
export function targetsByAliasKeys(db: Db, keys: string[]) {
  return chunksFor(keys, 1).map((chunk) =>
    db
      .select({ key: targetAliases.key, targetId: targets.id, name: targets.name, kind: targets.kind })
      .from(targetAliases)
      .innerJoin(targets, eq(targets.id, targetAliases.targetId))
      .where(inArray(targetAliases.key, chunk)),
  )
}

export interface TargetFilters {
  kind?: TargetKind[]
  ftsQuery?: string
}

/**
 * One page of targets in id order, with how many measures each has (one counter row per
 * target from `facet_counts`, so it costs the page, not the target's measures).
 */
export function listTargets(db: Db, filters: TargetFilters, limit: number, afterId?: string) {
  const where: (SQL | undefined)[] = [
    filters.kind?.length ? inArray(targets.kind, filters.kind) : undefined,
    filters.ftsQuery ? sql`${targets.id} in (${targetIdsMatching(filters.ftsQuery)})` : undefined,
    afterId ? gt(targets.id, afterId) : undefined,
  ]
  return db
    .select({
      id: targets.id,
      name: targets.name,
      kind: targets.kind,
      // the maintained counter (facet_counts, kept by triggers on measures): one row per target.
      // Written out: in a one-table select drizzle prints columns without their table, which
      // inside this subquery would bind `id` to facet_counts instead of the outer targets row
      measureCount: sql<number>`coalesce((select fc.count from facet_counts fc where fc.facet = 'target' and fc.value = "targets"."id"), 0)`.as(
        'measure_count',
      ),
    })
    .from(targets)
    .where(and(...where))
    .orderBy(asc(targets.id))
    .limit(limit + 1)
}

export function targetById(db: Db, id: string) {
  return db.select({ id: targets.id, name: targets.name, kind: targets.kind }).from(targets).where(eq(targets.id, id))
}

export function aliasesOfTarget(db: Db, id: string) {
  return db
    .select({ name: targetAliases.name })
    .from(targetAliases)
    .where(eq(targetAliases.targetId, id))
    .orderBy(asc(targetAliases.name))
}

/** Sources of scheduled refreshes, their feed items, official listings and runs. */
import { and, asc, desc, eq, inArray, isNull, ne, sql } from 'drizzle-orm'
import type { Db } from '../client'
import { authorities, officialListings, refreshRunSources, refreshRuns, sourceItems, sources, targetAliases, targets } from '../schema'
import { chunksFor, recomputeMeasures, recordMeasureEvents, rowsPerInsert } from './articles'
import { refreshMeasureSearch } from './search'

export type SourceRow = typeof sources.$inferSelect

export const sourceColumns = {
  id: sources.id,
  kind: sources.kind,
  url: sources.url,
  aliasesUrl: sources.aliasesUrl,
  name: sources.name,
  createdAt: sources.createdAt,
  lastRunAt: sources.lastRunAt,
  lastEntryCount: sources.lastEntryCount,
}

export function insertSource(db: Db, values: typeof sources.$inferInsert) {
  return db.insert(sources).values(values).returning(sourceColumns)
}

export function listActiveSources(db: Db) {
  return db.select(sourceColumns).from(sources).where(isNull(sources.deletedAt)).orderBy(asc(sources.id))
}

export function activeSourceById(db: Db, id: number) {
  return db
    .select()
    .from(sources)
    .where(and(eq(sources.id, id), isNull(sources.deletedAt)))
}

export function activeSourcesFull(db: Db) {
  return db.select().from(sources).where(isNull(sources.deletedAt)).orderBy(asc(sources.id))
}

/** Soft delete: the source stops running, its items, listings and runs stay. */
export function deleteSource(db: Db, id: number, at: string) {
  return db
    .update(sources)
    .set({ deletedAt: at })
    .where(and(eq(sources.id, id), isNull(sources.deletedAt)))
    .returning({ id: sources.id })
}

export function updateSourceState(db: Db, id: number, values: Partial<typeof sources.$inferInsert>) {
  return db.update(sources).set(values).where(eq(sources.id, id))
}

// ---- feed items

export function insertFeedItems(db: Db, sourceId: number, items: { itemKey: string; url: string; title?: string; publishedAt?: string }[]) {
  return chunksFor(items, rowsPerInsert(sourceItems)).map((rows) =>
    db
      .insert(sourceItems)
      .values(rows.map((r) => ({ sourceId, itemKey: r.itemKey, url: r.url, title: r.title ?? null, publishedAt: r.publishedAt ?? null })))
      .onConflictDoNothing(),
  )
}

/** Items still to fetch, oldest first: the ones a budget-limited run left behind come first. */
export function pendingFeedItems(db: Db, sourceId: number, limit: number) {
  return db
    .select()
    .from(sourceItems)
    .where(and(eq(sourceItems.state, 'pending'), eq(sourceItems.sourceId, sourceId)))
    .orderBy(asc(sourceItems.id))
    .limit(limit)
}

export function markFeedItem(db: Db, id: number, values: Partial<typeof sourceItems.$inferInsert>) {
  return db.update(sourceItems).set(values).where(eq(sourceItems.id, id))
}

// ---- official lists

/** Every name of every tracked person, organisation and vessel, for list matching. */
export function trackedNames(db: Db) {
  return [
    db
      .select({ targetId: targets.id, kind: targets.kind, name: targetAliases.name })
      .from(targetAliases)
      .innerJoin(targets, eq(targets.id, targetAliases.targetId))
      .where(ne(targets.kind, 'country')),
    db.select({ count: sql<number>`count(*)` }).from(targets),
  ] as const
}

export interface MatchedListing {
  targetId: string
  authorityId: string
  authorityName: string
  type: 'asset_freeze' | 'travel_ban' | 'arms_embargo' | 'sanctions'
  listName: string
  entryId: string
  entryName: string
  program: string | null
  firstSeenOn: string
}

/**
 * The statements that record one accepted, complete list download: listings seen (new or
 * again), official evidence that confirms their measures (`in_effect`, dated when the listing
 * was first seen), and, for listings this download no longer has, `lifted` evidence dated
 * today. Then the touched measures are recomputed, their changes logged and their search rows
 * rewritten, all in the same batch.
 */
export function recordListDownload(db: Db, sourceId: number, runStartedAt: string, today: string, matches: MatchedListing[]) {
  const seenNow = sql`select id from official_listings where source_id = ${sourceId} and last_seen_at = ${runStartedAt}`
  const goneNow = sql`select id from official_listings where source_id = ${sourceId} and removed_on is null and last_seen_at < ${runStartedAt}`
  const listingMeasure = sql`join measures m on m.authority_id = l.authority_id and m.type = l.type and m.target_id = l.target_id`
  const touchedMeasures = sql`select m.id from official_listings l ${listingMeasure}
    where l.source_id = ${sourceId} and (l.last_seen_at = ${runStartedAt} or l.removed_on = ${today})`
  const authorityRows = [...new Map(matches.map((m) => [m.authorityId, { id: m.authorityId, name: m.authorityName, kind: m.authorityId.length === 2 ? 'state' : 'organization' }])).values()]
  const confirm = db.run(sql`insert into evidence (measure_id, listing_id, finding_index, status, reported_on, quote, span_start, span_end)
    select m.id, l.id, 0, 'in_effect', l.first_seen_on,
      'Listed on ' || l.list_name || coalesce(' under ' || l.program, '') || ' as ' || l.entry_name || ' (entry ' || l.entry_id || ')', 0, 0
    from official_listings l ${listingMeasure}
    where l.id in (${seenNow})
    on conflict do nothing`)
  const lift = db.run(sql`insert into evidence (measure_id, listing_id, finding_index, status, reported_on, quote, span_start, span_end)
    select m.id, l.id, 0, 'lifted', ${today},
      'No longer on ' || l.list_name || ' (entry ' || l.entry_id || ', ' || l.entry_name || ') in the download of ' || ${today}, 0, 0
    from official_listings l ${listingMeasure}
    where l.id in (${goneNow})
    on conflict do nothing`)
  const statements = [
    ...chunksFor(authorityRows, rowsPerInsert(authorities)).map((rows) => db.insert(authorities).values(rows).onConflictDoNothing()),
    ...chunksFor(matches, rowsPerInsert(officialListings)).map((rows) =>
      db
        .insert(officialListings)
        .values(rows.map((m) => ({ sourceId, ...m, lastSeenAt: runStartedAt, removedOn: null })))
        .onConflictDoUpdate({
          target: [officialListings.sourceId, officialListings.entryId, officialListings.targetId, officialListings.authorityId, officialListings.type],
          set: { lastSeenAt: runStartedAt, removedOn: null, entryName: sql`excluded.entry_name`, program: sql`excluded.program` },
        }),
    ),
    // a listing of a target the news never reported under this authority creates the measure
    db.run(sql`insert into measures (authority_id, type, target_id, status, first_reported_on, last_reported_on)
      select distinct l.authority_id, l.type, l.target_id, 'in_effect', l.first_seen_on, l.first_seen_on
      from official_listings l where l.id in (${seenNow})
      on conflict do nothing`),
    confirm,
    lift,
    // the lift evidence above reads `removed_on is null`, so the listings are marked after it
    db.update(officialListings).set({ removedOn: today }).where(sql`${officialListings.id} in (${goneNow})`),
    recomputeMeasures(db, touchedMeasures),
    recordMeasureEvents(db, touchedMeasures, null),
    ...refreshMeasureSearch(db, touchedMeasures),
  ]
  return { statements, confirmIndex: statements.indexOf(confirm), liftIndex: statements.indexOf(lift) }
}

/** Where a target is officially listed. */
export function listingsOfTarget(db: Db, targetId: string) {
  return db
    .select({
      listName: officialListings.listName,
      authorityId: officialListings.authorityId,
      type: officialListings.type,
      entryId: officialListings.entryId,
      entryName: officialListings.entryName,
      program: officialListings.program,
      firstSeenOn: officialListings.firstSeenOn,
      removedOn: officialListings.removedOn,
      sourceUrl: sources.url,
    })
    .from(officialListings)
    .innerJoin(sources, eq(sources.id, officialListings.sourceId))
    .where(eq(officialListings.targetId, targetId))
    .orderBy(asc(officialListings.firstSeenOn))
}

// ---- runs

export function insertRun(db: Db, trigger: 'cron' | 'manual', startedAt: string) {
  return db.insert(refreshRuns).values({ trigger, startedAt }).returning({ id: refreshRuns.id })
}

export function finishRun(db: Db, id: number, finishedAt: string) {
  return db.update(refreshRuns).set({ finishedAt }).where(eq(refreshRuns.id, id))
}

export function insertRunSource(db: Db, values: typeof refreshRunSources.$inferInsert) {
  return db.insert(refreshRunSources).values(values)
}

export function listRuns(db: Db, limit: number, beforeId?: number) {
  return db
    .select()
    .from(refreshRuns)
    .where(beforeId ? sql`${refreshRuns.id} < ${beforeId}` : undefined)
    .orderBy(desc(refreshRuns.id))
    .limit(limit + 1)
}

export function runSourcesOf(db: Db, runIds: number[]) {
  return db
    .select()
    .from(refreshRunSources)
    .where(inArray(refreshRunSources.runId, runIds.length ? runIds : [-1]))
    .orderBy(asc(refreshRunSources.id))
}


/**
 * Reads of measures: the filtered list, facet counts and one measure with its evidence.
 * Each function returns unexecuted drizzle queries; callers run them with `batch()` (db/batch.ts) so a
 * view is one round trip (and is metered, see lib/d1-metering.ts).
 */
import { and, asc, count, desc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm'
import type { MeasureType, Status } from '../../domain/taxonomy'
import type { Db } from '../client'
import { articles, authorities, evidence, measures, officialListings, sources, targets } from '../schema'
import { measureIdsMatching } from './search'

export const MEASURE_SORTS = ['-lastReportedOn', 'lastReportedOn', '-firstReportedOn', 'firstReportedOn'] as const
export type MeasureSort = (typeof MEASURE_SORTS)[number]

export interface MeasureFilters {
  authority?: string[]
  type?: MeasureType[]
  status?: Status[]
  target?: string[]
  /** An FTS5 query built by `toFtsQuery`. */
  ftsQuery?: string
  /** Inclusive bounds on the day a measure was last reported. */
  since?: string
  until?: string
}

export interface MeasurePage {
  sort: MeasureSort
  limit: number
  after?: { value: string | number; id: number }
}

function filterConditions(f: MeasureFilters): SQL | undefined {
  return and(
    f.authority?.length ? inArray(measures.authorityId, f.authority) : undefined,
    f.type?.length ? inArray(measures.type, f.type) : undefined,
    f.status?.length ? inArray(measures.status, f.status) : undefined,
    f.target?.length ? inArray(measures.targetId, f.target) : undefined,
    f.since ? gte(measures.lastReportedOn, f.since) : undefined,
    f.until ? lte(measures.lastReportedOn, f.until) : undefined,
    f.ftsQuery ? sql`${measures.id} in (${measureIdsMatching(f.ftsQuery)})` : undefined,
  )
}

function sortColumn(sort: MeasureSort) {
  return sort.endsWith('firstReportedOn') ? measures.firstReportedOn : measures.lastReportedOn
}

// D1 returns batch rows as objects keyed by column name, so two joined columns with the same
// name would overwrite each other: every joined column that shares a name gets an alias.
const measureColumns = {
  id: measures.id,
  authorityId: measures.authorityId,
  authorityName: sql<string>`${authorities.name}`.as('authority_name'),
  type: measures.type,
  status: measures.status,
  targetId: measures.targetId,
  targetName: sql<string>`${targets.name}`.as('target_name'),
  targetKind: targets.kind,
  firstReportedOn: measures.firstReportedOn,
  lastReportedOn: measures.lastReportedOn,
  evidenceCount: measures.evidenceCount,
}

export type MeasureRow = {
  id: number
  authorityId: string
  authorityName: string
  type: MeasureType
  status: Status
  targetId: string
  targetName: string
  targetKind: string
  firstReportedOn: string
  lastReportedOn: string
  evidenceCount: number
}

/**
 * One page of measures in keyset order: (sort column, id), both descending or both ascending.
 * Asks for `limit + 1` rows so the caller knows whether another page exists.
 */
export function listMeasures(db: Db, filters: MeasureFilters, page: MeasurePage) {
  const column = sortColumn(page.sort)
  const descending = page.sort.startsWith('-')
  const keyset = page.after
    ? descending
      ? sql`(${column}, ${measures.id}) < (${page.after.value}, ${page.after.id})`
      : sql`(${column}, ${measures.id}) > (${page.after.value}, ${page.after.id})`
    : undefined
  const order = descending ? [desc(column), desc(measures.id)] : [asc(column), asc(measures.id)]
  return db
    .select(measureColumns)
    .from(measures)
    .innerJoin(authorities, eq(authorities.id, measures.authorityId))
    .innerJoin(targets, eq(targets.id, measures.targetId))
    .where(and(filterConditions(filters), keyset))
    .orderBy(...order)
    .limit(page.limit + 1)
}

/** The sort value of a row, for its cursor. */
export function sortValue(row: MeasureRow, sort: MeasureSort): string {
  return sort.endsWith('firstReportedOn') ? row.firstReportedOn : row.lastReportedOn
}

/** Counts by authority, type, status and target (top 25) under the same filters. */
export function measureFacets(db: Db, filters: MeasureFilters) {
  const where = filterConditions(filters)
  return [
    db
      .select({ value: measures.authorityId, name: authorities.name, count: count() })
      .from(measures)
      .innerJoin(authorities, eq(authorities.id, measures.authorityId))
      .where(where)
      .groupBy(measures.authorityId)
      .orderBy(desc(count()), asc(measures.authorityId)),
    db
      .select({ value: measures.type, count: count() })
      .from(measures)
      .where(where)
      .groupBy(measures.type)
      .orderBy(desc(count()), asc(measures.type)),
    db
      .select({ value: measures.status, count: count() })
      .from(measures)
      .where(where)
      .groupBy(measures.status)
      .orderBy(desc(count()), asc(measures.status)),
    db
      .select({ value: measures.targetId, name: targets.name, count: count() })
      .from(measures)
      .innerJoin(targets, eq(targets.id, measures.targetId))
      .where(where)
      .groupBy(measures.targetId)
      .orderBy(desc(count()), asc(measures.targetId))
      .limit(25),
  ] as const
}

/** One measure and its evidence in publication order (oldest first). */
export function measureWithEvidence(db: Db, id: number) {
  return [
    db
      .select(measureColumns)
      .from(measures)
      .innerJoin(authorities, eq(authorities.id, measures.authorityId))
      .innerJoin(targets, eq(targets.id, measures.targetId))
      .where(eq(measures.id, id)),
    db
      .select({
        id: evidence.id,
        status: evidence.status,
        reportedOn: evidence.reportedOn,
        quote: evidence.quote,
        spanStart: evidence.spanStart,
        spanEnd: evidence.spanEnd,
        articleId: sql<number | null>`${articles.id}`.as('article_id'),
        title: articles.title,
        url: articles.url,
        listingId: evidence.listingId,
        listName: officialListings.listName,
        listEntryId: officialListings.entryId,
        listProgram: officialListings.program,
        // aliased: `url` is already the article's
        listUrl: sql<string | null>`${sources.url}`.as('list_url'),
      })
      .from(evidence)
      // evidence comes from an article or from an official listing
      .leftJoin(articles, eq(articles.id, evidence.articleId))
      .leftJoin(officialListings, eq(officialListings.id, evidence.listingId))
      .leftJoin(sources, eq(sources.id, officialListings.sourceId))
      .where(eq(evidence.measureId, id))
      .orderBy(asc(evidence.reportedOn), asc(evidence.id)),
  ] as const
}

/** Every measure against one target, most recently reported first. */
export function measuresOfTarget(db: Db, targetId: string) {
  return db
    .select(measureColumns)
    .from(measures)
    .innerJoin(authorities, eq(authorities.id, measures.authorityId))
    .innerJoin(targets, eq(targets.id, measures.targetId))
    .where(eq(measures.targetId, targetId))
    .orderBy(desc(measures.lastReportedOn), desc(measures.id))
}

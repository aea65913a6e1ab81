/**
 * Reads of measures: the filtered list, facet counts and one measure with its evidence.
 * Each function returns unexecuted drizzle queries; callers run them with `batch()` (db/batch.ts) so a
 * view is one round trip (and is metered, see lib/d1-metering.ts).
 */
import { and, asc, count, desc, eq, gte, lte, sql, type SQL } from 'drizzle-orm'
import type { MeasureType, Status } from '../../domain/taxonomy'
import type { Db } from '../client'
import { articles, authorities, evidence, facetCounts, measureCounts, measures, officialListings, sources, targets } from '../schema'
import type { Counted } from '../cached-counts'
import { unlessAnswered } from './facet-cache'
import { inValues } from './value-lists'
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
    f.authority?.length ? inValues(measures.authorityId, f.authority) : undefined,
    f.type?.length ? inValues(measures.type, f.type) : undefined,
    f.status?.length ? inValues(measures.status, f.status) : undefined,
    f.target?.length ? inValues(measures.targetId, f.target) : undefined,
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
  // read with the row at no extra cost; the embed and exports join their source by these keys
  sourceEvidenceId: measures.sourceEvidenceId,
  latestEvidenceId: measures.latestEvidenceId,
  inEffectSince: measures.inEffectSince,
  program: measures.program,
  targetAliasNames: targets.aliasNames,
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
    .where(and(splitByValue(filters, page, keyset) ?? filterConditions(filters), keyset))
    .orderBy(...order)
    .limit(page.limit + 1)
}

/**
 * For a filter with several values (`authority=us,eu,gb`): the ids of the page, taken as the
 * first `limit + 1` of each value from that filter's (value, sort column, id) index, one ordered
 * range per value. SQLite cannot merge several ranges of one index in order,
 * so `authority_id IN (…) ORDER BY last_reported_on` would read every measure of every value and
 * sort them all (86,964 rows read for a page of 20 at 100,000 measures); this reads at most
 * (values × (limit + 1)) index entries and sorts only those. Undefined when it does not apply
 * (one value per filter, or a single target).
 */
function splitByValue(filters: MeasureFilters, page: MeasurePage, keyset: SQL | undefined): SQL | undefined {
  // one target is already a short range of its own index: reading it whole and sorting is cheaper
  if (filters.target?.length === 1) return undefined
  const dimension = (['target', 'authority', 'type', 'status'] as const).find((k) => (filters[k]?.length ?? 0) > 1)
  // D1 allows at most five SELECTs in one compound; more values are read through the plain
  // filter (every measure of every value, sorted: slower, but rare).
  if (!dimension || filters[dimension]!.length > COMPOUND_TERMS) return undefined
  const direction = page.sort.startsWith('-') ? sql`desc` : sql`asc`
  const column = sortColumn(page.sort)
  const branches = filters[dimension]!.map((value) => {
    const conditions = and(filterConditions({ ...filters, [dimension]: [value] }), keyset)
    // each branch is its own subquery: SQLite allows ORDER BY / LIMIT only there in a compound
    return sql`select id, sort_value from (select ${measures.id} as id, ${column} as sort_value from ${measures} where ${conditions}
      order by ${column} ${direction}, ${measures.id} ${direction} limit ${page.limit + 1})`
  })
  // the page's ids are chosen among the candidates from the index entries alone (sort value and
  // id), so only the `limit + 1` chosen measures are looked up and joined to their names
  return sql`${measures.id} in (select id from (${sql.join(branches, sql` union all `)})
    order by sort_value ${direction}, id ${direction} limit ${page.limit + 1})`
}

// The most SELECTs D1 accepts in one compound statement (SQLite's own default is 500).
const COMPOUND_TERMS = 5

/** The sort value of a row, for its cursor. */
export function sortValue(row: MeasureRow, sort: MeasureSort): string {
  return sort.endsWith('firstReportedOn') ? row.firstReportedOn : row.lastReportedOn
}

type CountedFilter = 'authority' | 'type' | 'status' | 'target'

/** Whether the filters restrict nothing but the listed dimensions. */
function onlyFilters(f: MeasureFilters, allowed: CountedFilter[]): boolean {
  const used = (['authority', 'type', 'status', 'target'] as const).filter((k) => f[k]?.length)
  return used.every((k) => allowed.includes(k)) && !f.ftsQuery && !f.since && !f.until
}

/** A facet value with its display name (authorities, targets) and how many measures it has. */
export type NamedCount = { value: string; name: string; count: number }

/** The key of a count's stored answer: the facet and every filter, in a canonical order. */
function countKey(facet: CountedFilter, f: MeasureFilters): string {
  const sorted = (values: string[] | undefined) => (values?.length ? [...values].sort() : undefined)
  return `facet:${facet}:${JSON.stringify([sorted(f.authority), sorted(f.type), sorted(f.status), sorted(f.target), f.ftsQuery, f.since, f.until])}`
}

/**
 * Counts by authority, type, status and target (top 25) under the same filters, each as a
 * `Counted` for `batchWithCachedCounts` (db/cached-counts.ts).
 *
 * Each facet is read from the cheapest source that is exact for these filters: the maintained
 * counters of `facet_counts` when nothing but the facet's own dimension is filtered (a few dozen
 * rows), `measure_counts` when only authority, type and status are (up to a few hundred rows of
 * combinations), and otherwise the matching measures themselves (a target's, a search's, a date
 * range's, or the target facet under an authority filter). All but the first carry a key (but
 * a search's): once counted, the answer is stored and served until a measure changes.
 */
export function measureFacets(db: Db, filters: MeasureFilters) {
  const where = filterConditions(filters)
  const counters = (facet: CountedFilter, values: string[] | undefined) =>
    and(eq(facetCounts.facet, facet), sql`${facetCounts.count} > 0`, values?.length ? inValues(facetCounts.value, values) : undefined)
  const combined = and(
    sql`${measureCounts.count} > 0`,
    filters.authority?.length ? inValues(measureCounts.authorityId, filters.authority) : undefined,
    filters.type?.length ? inValues(measureCounts.type, filters.type) : undefined,
    filters.status?.length ? inValues(measureCounts.status, filters.status) : undefined,
  )
  const total = sql<number>`sum(${measureCounts.count})`
  // counted only while no current answer is stored under this key; a search's counts are not
  // stored (they are proportional to its matches, and a search row changes with every quote)
  const stored = (facet: CountedFilter) => {
    if (filters.ftsQuery) return { key: undefined, from: sql`(select 1 as unanswered) as unanswered` }
    const key = countKey(facet, filters)
    return { key, from: sql`${unlessAnswered(key)} as unanswered` }
  }
  const authority = (): Counted<NamedCount> => {
    if (onlyFilters(filters, ['authority']))
      return {
        query: db
          .select({ value: sql<string>`${facetCounts.value}`.as('value'), name: authorities.name, count: facetCounts.count })
          .from(facetCounts)
          .innerJoin(authorities, eq(authorities.id, facetCounts.value))
          .where(counters('authority', filters.authority))
          .orderBy(desc(facetCounts.count), asc(facetCounts.value)),
      }
    if (onlyFilters(filters, ['authority', 'type', 'status'])) {
      const { key, from } = stored('authority')
      return {
        key,
        query: db
          .select({ value: sql<string>`${measureCounts.authorityId}`.as('value'), name: authorities.name, count: total })
          .from(from)
          .crossJoin(measureCounts)
          .innerJoin(authorities, eq(authorities.id, measureCounts.authorityId))
          .where(combined)
          .groupBy(measureCounts.authorityId)
          .orderBy(desc(total), asc(measureCounts.authorityId)),
      }
    }
    const { key, from } = stored('authority')
    return {
      key,
      query: db
        .select({ value: sql<string>`${measures.authorityId}`.as('value'), name: authorities.name, count: count() })
        .from(from)
        .crossJoin(measures)
        .innerJoin(authorities, eq(authorities.id, measures.authorityId))
        .where(where)
        .groupBy(measures.authorityId)
        .orderBy(desc(count()), asc(measures.authorityId)),
    }
  }
  const byDimension = <K extends 'type' | 'status'>(facet: K): Counted<{ value: K extends 'type' ? MeasureType : Status; count: number }> => {
    if (onlyFilters(filters, [facet]))
      return {
        query: db
          .select({ value: sql<string>`${facetCounts.value}`.as('value'), count: facetCounts.count })
          .from(facetCounts)
          .where(counters(facet, filters[facet]))
          .orderBy(desc(facetCounts.count), asc(facetCounts.value)),
      }
    if (onlyFilters(filters, ['authority', 'type', 'status'])) {
      const { key, from } = stored(facet)
      return {
        key,
        query: db
          .select({ value: sql<string>`${measureCounts[facet]}`.as('value'), count: total })
          .from(from)
          .crossJoin(measureCounts)
          .where(combined)
          .groupBy(measureCounts[facet])
          .orderBy(desc(total), asc(measureCounts[facet])),
      }
    }
    const { key, from } = stored(facet)
    return {
      key,
      query: db
        .select({ value: sql<string>`${measures[facet]}`.as('value'), count: count() })
        .from(from)
        .crossJoin(measures)
        .where(where)
        .groupBy(measures[facet])
        .orderBy(desc(count()), asc(measures[facet])),
    }
  }
  const target = (): Counted<NamedCount> => {
    if (onlyFilters(filters, ['target']))
      return {
        query: db
          .select({ value: sql<string>`${facetCounts.value}`.as('value'), name: targets.name, count: facetCounts.count })
          .from(facetCounts)
          .innerJoin(targets, eq(targets.id, facetCounts.value))
          .where(counters('target', filters.target))
          .orderBy(desc(facetCounts.count), asc(facetCounts.value))
          .limit(25),
      }
    const { key, from } = stored('target')
    return {
      key,
      query: db
        .select({ value: sql<string>`${measures.targetId}`.as('value'), name: targets.name, count: count() })
        .from(from)
        .crossJoin(measures)
        .innerJoin(targets, eq(targets.id, measures.targetId))
        .where(where)
        .groupBy(measures.targetId)
        .orderBy(desc(count()), asc(measures.targetId))
        .limit(25),
    }
  }
  return { authority: authority(), type: byDimension('type'), status: byDimension('status'), target: target() }
}

/**
 * A piece of evidence with its source: the article that reported it, or the official listing
 * that confirmed or lifted it. Select from `evidence` left-joined to articles, official_listings
 * and sources (see `measureWithEvidence`).
 */
export const evidenceColumns = {
  id: evidence.id,
  status: evidence.status,
  reportedOn: evidence.reportedOn,
  quote: evidence.quote,
  spanStart: evidence.spanStart,
  spanEnd: evidence.spanEnd,
  // aliased: D1 keys batch rows by column name, and several joined tables have `id` and `url`
  articleId: sql<number | null>`${articles.id}`.as('article_id'),
  title: articles.title,
  url: articles.url,
  listingId: evidence.listingId,
  listName: officialListings.listName,
  listEntryId: officialListings.entryId,
  listProgram: officialListings.program,
  listUrl: sql<string | null>`${sources.url}`.as('list_url'),
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
      .select(evidenceColumns)
      .from(evidence)
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

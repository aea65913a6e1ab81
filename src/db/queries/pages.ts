/**
 * Reads behind the tracker's HTML pages and its embeds (widget and iframe). Like every query
 * module, these return unexecuted drizzle queries for `batch()`; they build on the list and
 * filters of `measures.ts` rather than restating them.
 */
import { asc, desc, eq, sql } from 'drizzle-orm'
import type { Db } from '../client'
import type { MeasureType, Status } from '../../domain/taxonomy'
import type { Counted } from '../cached-counts'
import { articles, authorities, evidence, measureCounts, measures, officialListings, sources } from '../schema'
import { unlessAnswered } from './facet-cache'
import { evidenceColumns, listMeasures, type MeasureFilters, type MeasurePage } from './measures'

/**
 * A page of measures exactly as `listMeasures` selects and orders it, each with its best
 * source: the evidence that reports the measure's current status, preferring one with a link
 * (an article with a URL, or an official list), then the most recent. The recompute that sets
 * the status chooses it (`measures.source_evidence_id`), so here it is one lookup by key per
 * listed measure.
 */
export function listMeasuresWithSource(db: Db, filters: MeasureFilters, page: MeasurePage) {
  const listed = listMeasures(db, filters, page).as('listed')
  const column = page.sort.endsWith('firstReportedOn') ? listed.firstReportedOn : listed.lastReportedOn
  const order = page.sort.startsWith('-') ? [desc(column), desc(listed.id)] : [asc(column), asc(listed.id)]
  return db
    .select({
      id: listed.id,
      authorityId: listed.authorityId,
      authorityName: listed.authorityName,
      type: listed.type,
      status: listed.status,
      targetId: listed.targetId,
      targetName: listed.targetName,
      targetKind: listed.targetKind,
      firstReportedOn: listed.firstReportedOn,
      lastReportedOn: listed.lastReportedOn,
      evidenceCount: listed.evidenceCount,
      sourceQuote: sql<string | null>`${evidence.quote}`.as('source_quote'),
      sourceReportedOn: sql<string | null>`${evidence.reportedOn}`.as('source_reported_on'),
      sourceTitle: sql<string | null>`${articles.title}`.as('source_title'),
      sourceUrl: sql<string | null>`${articles.url}`.as('source_url'),
      sourceList: sql<string | null>`${officialListings.listName}`.as('source_list'),
      sourceListUrl: sql<string | null>`${sources.url}`.as('source_list_url'),
    })
    .from(listed)
    .leftJoin(evidence, eq(evidence.id, listed.sourceEvidenceId))
    .leftJoin(articles, eq(articles.id, evidence.articleId))
    .leftJoin(officialListings, eq(officialListings.id, evidence.listingId))
    .leftJoin(sources, eq(sources.id, officialListings.sourceId))
    .orderBy(...order)
}

export type MeasureWithSourceRow = Awaited<ReturnType<typeof listMeasuresWithSource>>[number]

/**
 * Every evidence (from articles and official lists) of every measure against one target,
 * grouped by measure and in date order within it: what a target's page shows as status
 * histories. The same columns as the evidence of `measureWithEvidence`.
 */
export function evidenceOfTarget(db: Db, targetId: string) {
  return db
    .select({ measureId: evidence.measureId, ...evidenceColumns })
    .from(evidence)
    .innerJoin(measures, eq(measures.id, evidence.measureId))
    .leftJoin(articles, eq(articles.id, evidence.articleId))
    .leftJoin(officialListings, eq(officialListings.id, evidence.listingId))
    .leftJoin(sources, eq(sources.id, officialListings.sourceId))
    .where(eq(measures.targetId, targetId))
    .orderBy(asc(evidence.measureId), asc(evidence.reportedOn), asc(evidence.id))
}

/** One cell of the overview matrix: measures of one authority and type in one status. */
export type MatrixCell = { authorityId: string; type: MeasureType; status: Status; count: number }

const MATRIX_KEY = 'overview:matrix'

/**
 * Measures counted by authority, type and current status: which authority has done what.
 * Read from the maintained counters (`measure_counts`, one row per combination that has
 * measures) rather than by grouping every measure; with 45 authorities that is still thousands
 * of rows, so the answer is also stored (`facet_cache`) and read back whole until a measure
 * changes. Authority names come from `authorityNames`, once each rather than once per cell.
 */
export function measureMatrix(db: Db): Counted<MatrixCell> {
  return {
    key: MATRIX_KEY,
    query: db
      .select({ authorityId: measureCounts.authorityId, type: measureCounts.type, status: measureCounts.status, count: measureCounts.count })
      .from(sql`${unlessAnswered(MATRIX_KEY)} as unanswered`)
      .crossJoin(measureCounts)
      // no ORDER BY: the page groups and sorts the cells itself, and the table's own order is one row read per cell
      .where(sql`${measureCounts.count} > 0`),
  }
}

/** Every authority's name by id. */
export function authorityNames(db: Db) {
  return db.select({ id: authorities.id, name: authorities.name }).from(authorities)
}

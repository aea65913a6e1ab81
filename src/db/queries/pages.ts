/**
 * Reads behind the tracker's HTML pages and its embeds (widget and iframe). Like every query
 * module, these return unexecuted drizzle queries for `batch()`; they build on the list and
 * filters of `measures.ts` rather than restating them.
 */
import { asc, desc, eq, sql } from 'drizzle-orm'
import type { Db } from '../client'
import { articles, authorities, evidence, measureCounts, measures, officialListings, sources } from '../schema'
import { evidenceColumns, listMeasures, type MeasureFilters, type MeasurePage } from './measures'

/**
 * A page of measures exactly as `listMeasures` selects and orders it, each with its best
 * source: the evidence that reports the measure's current status, preferring one with a link
 * (an article with a URL, or an official list), then the most recent. The source is one index
 * lookup per listed measure (evidence_measure_idx), so the cost stays proportional to the page.
 */
export function listMeasuresWithSource(db: Db, filters: MeasureFilters, page: MeasurePage) {
  const listed = listMeasures(db, filters, page).as('listed')
  const bestEvidenceId = sql`(
    select e.id from evidence e left join articles a on a.id = e.article_id
    where e.measure_id = ${listed.id}
    order by e.status = ${listed.status} desc, (a.url is null and e.listing_id is null), e.reported_on desc, e.id desc
    limit 1)`
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
    .leftJoin(evidence, eq(evidence.id, bestEvidenceId))
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

/**
 * Measures counted by authority, type and current status: which authority has done what.
 * Read from the maintained counters (`measure_counts`, one row per combination that has
 * measures) rather than by grouping every measure.
 */
export function measureMatrix(db: Db) {
  return db
    .select({
      authorityId: measureCounts.authorityId,
      authorityName: authorities.name,
      type: measureCounts.type,
      status: measureCounts.status,
      count: measureCounts.count,
    })
    .from(measureCounts)
    .innerJoin(authorities, eq(authorities.id, measureCounts.authorityId))
    .where(sql`${measureCounts.count} > 0`)
    .orderBy(asc(measureCounts.authorityId), asc(measureCounts.type), asc(measureCounts.status))
}

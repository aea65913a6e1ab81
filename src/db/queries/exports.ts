/**
 * Reads behind the exports (CSV, NDJSON, FollowTheMoney): the page of `listMeasures` (same
 * filters, same keyset order) with each measure's latest source joined in.
 *
 * "Latest source" is the measure's most recent evidence, by the day it was reported and then by
 * id: `evidence_measure_idx (measure_id, reported_on, id)` answers that with one backwards index
 * seek per measure, so a page costs what it returns.
 */
import { asc, desc, eq, sql } from 'drizzle-orm'
import type { Status } from '../../domain/taxonomy'
import type { Db } from '../client'
import { articles, evidence, officialListings, sources } from '../schema'
import { listMeasures, type MeasureFilters, type MeasurePage } from './measures'

/**
 * One page of measures for an export, in the order of `GET /api/sanctions` with the same sort,
 * with the latest source of each. Asks for `limit + 1` rows, like `listMeasures`.
 */
export function exportPage(db: Db, filters: MeasureFilters, page: MeasurePage) {
  const m = listMeasures(db, filters, page).as('m')
  const descending = page.sort.startsWith('-')
  const sortColumn = page.sort.endsWith('firstReportedOn') ? m.firstReportedOn : m.lastReportedOn
  const direction = descending ? desc : asc
  return db
    .select({
      id: m.id,
      authorityId: m.authorityId,
      authorityName: m.authorityName,
      type: m.type,
      status: m.status,
      targetId: m.targetId,
      targetName: m.targetName,
      targetKind: m.targetKind,
      firstReportedOn: m.firstReportedOn,
      lastReportedOn: m.lastReportedOn,
      evidenceCount: m.evidenceCount,
      // aliased: D1 batch rows are keyed by column name (see measures.ts)
      sourceEvidenceId: sql<number | null>`${evidence.id}`.as('source_evidence_id'),
      sourceStatus: sql<Status | null>`${evidence.status}`.as('source_status'),
      sourceReportedOn: sql<string | null>`${evidence.reportedOn}`.as('source_reported_on'),
      sourceQuote: sql<string | null>`${evidence.quote}`.as('source_quote'),
      sourceArticleId: sql<number | null>`${articles.id}`.as('source_article_id'),
      sourceArticleTitle: sql<string | null>`${articles.title}`.as('source_article_title'),
      sourceArticleUrl: sql<string | null>`${articles.url}`.as('source_article_url'),
      sourceListName: sql<string | null>`${officialListings.listName}`.as('source_list_name'),
      sourceListEntryId: sql<string | null>`${officialListings.entryId}`.as('source_list_entry_id'),
      sourceListUrl: sql<string | null>`${sources.url}`.as('source_list_url'),
      program: sql<string | null>`(select ol.program from evidence e2 join official_listings ol on ol.id = e2.listing_id
        where e2.measure_id = ${m.id} and ol.program is not null order by e2.reported_on desc, e2.id desc limit 1)`.as('program'),
      inEffectSince: sql<string | null>`(select min(e3.reported_on) from evidence e3 where e3.measure_id = ${m.id} and e3.status = 'in_effect')`.as(
        'in_effect_since',
      ),
      targetAliases: sql<string>`(select json_group_array(ta.name) from (select distinct name from target_aliases where target_id = ${m.targetId} order by name) ta)`.as(
        'target_aliases',
      ),
    })
    .from(m)
    .leftJoin(
      evidence,
      eq(evidence.id, sql`(select e1.id from evidence e1 where e1.measure_id = ${m.id} order by e1.reported_on desc, e1.id desc limit 1)`),
    )
    .leftJoin(articles, eq(articles.id, evidence.articleId))
    .leftJoin(officialListings, eq(officialListings.id, evidence.listingId))
    .leftJoin(sources, eq(sources.id, officialListings.sourceId))
    .orderBy(direction(sortColumn), direction(m.id))
}

/** One measure of an export with its latest source (see `exportPage`). */
export type ExportRow = Awaited<ReturnType<typeof exportPage>>[number]

/**
 * A version of everything an export shows, for its ETag: it moves whenever evidence, a measure
 * event or a target alias is added, which is every way a measure, its latest source or a
 * target's names change. Three primary-key maxima: constant cost, whatever the size.
 */
export function exportDataVersion(db: Db) {
  return db
    .select({
      version: sql<string>`(select coalesce(max(id), 0) from evidence) || '.' || (select coalesce(max(id), 0) from measure_events) || '.' || (select coalesce(max(rowid), 0) from target_aliases)`.as(
        'version',
      ),
    })
    .from(sql`(select 1)`)
}

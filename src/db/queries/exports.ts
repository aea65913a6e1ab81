/**
 * Reads behind the exports (CSV, NDJSON, FollowTheMoney): the page of `listMeasures` (same
 * filters, same keyset order) with each measure's latest source joined in.
 *
 * "Latest source" is the measure's most recent evidence, by the day it was reported and then by
 * id. The recompute that sets a measure's status also keeps its id (`measures.latest_evidence_id`),
 * its program and the day it took effect, and triggers keep each target's names on its row
 * (`targets.alias_names`), so an exported measure is a few lookups by key.
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
      program: m.program,
      inEffectSince: m.inEffectSince,
      targetAliases: m.targetAliasNames,
    })
    .from(m)
    .leftJoin(evidence, eq(evidence.id, m.latestEvidenceId))
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

/**
 * Reads of the change log (`measure_events`): the newest events for the feeds, and the events
 * webhook deliveries carry. Each event comes with its measure, names and the evidence that
 * caused it (chosen when the event was recorded: `measure_events.evidence_id`).
 */
import { and, desc, eq, inArray, sql, type SQL, type SQLWrapper } from 'drizzle-orm'
import { inValues } from './value-lists'
import type { MeasureType, Status, TargetKind } from '../../domain/taxonomy'
import type { Db } from '../client'
import { articles, authorities, evidence, measureEvents, officialListings, sources, targets } from '../schema'

export interface EventFilters {
  authority?: string[]
  type?: MeasureType[]
  /** The status an event moved the measure to. */
  status?: Status[]
  target?: string[]
}

function eventsWithSource(db: Db) {
  return db
    .select({
      eventId: measureEvents.id,
      // aliased: D1 batch rows are keyed by column name (see measures.ts), and targets has a kind too
      kind: sql<'created' | 'status_changed'>`${measureEvents.kind}`.as('event_kind'),
      fromStatus: measureEvents.fromStatus,
      toStatus: measureEvents.toStatus,
      reportedOn: measureEvents.reportedOn,
      recordedAt: measureEvents.createdAt,
      measureId: measureEvents.measureId,
      authorityId: sql<string>`${measureEvents.authorityId}`.as('authority_id'),
      authorityName: sql<string>`${authorities.name}`.as('authority_name'),
      type: measureEvents.type,
      targetId: sql<string>`${measureEvents.targetId}`.as('target_id'),
      targetName: sql<string>`${targets.name}`.as('target_name'),
      targetKind: sql<TargetKind>`${targets.kind}`.as('target_kind'),
      quote: evidence.quote,
      articleId: sql<number | null>`${articles.id}`.as('source_article_id'),
      articleTitle: sql<string | null>`${articles.title}`.as('source_article_title'),
      articleUrl: sql<string | null>`${articles.url}`.as('source_article_url'),
      listName: officialListings.listName,
      listUrl: sql<string | null>`${sources.url}`.as('source_list_url'),
    })
    .from(measureEvents)
    .innerJoin(authorities, eq(authorities.id, measureEvents.authorityId))
    .innerJoin(targets, eq(targets.id, measureEvents.targetId))
    .leftJoin(evidence, eq(evidence.id, measureEvents.evidenceId))
    .leftJoin(articles, eq(articles.id, evidence.articleId))
    .leftJoin(officialListings, eq(officialListings.id, evidence.listingId))
    .leftJoin(sources, eq(sources.id, officialListings.sourceId))
    .$dynamic()
}

export type EventRow = Awaited<ReturnType<typeof eventsWithSource>>[number]

function eventConditions(f: EventFilters): SQL | undefined {
  return and(
    f.authority?.length ? inValues(measureEvents.authorityId, f.authority) : undefined,
    f.type?.length ? inValues(measureEvents.type, f.type) : undefined,
    f.status?.length ? inValues(measureEvents.toStatus, f.status) : undefined,
    f.target?.length ? inValues(measureEvents.targetId, f.target) : undefined,
  )
}

/** The newest events under the filters, newest first (by the order they were recorded). */
export function latestEvents(db: Db, filters: EventFilters, limit: number) {
  return eventsWithSource(db).where(eventConditions(filters)).orderBy(desc(measureEvents.id)).limit(limit)
}

/** The events with these ids (a list, or a subquery of ids), oldest first. */
export function eventsByIds(db: Db, ids: number[] | SQLWrapper) {
  return eventsWithSource(db).where(inArray(measureEvents.id, ids)).orderBy(measureEvents.id)
}

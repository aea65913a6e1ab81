/**
 * The one schema of the tracker. drizzle-kit generates the SQL migrations in `migrations/` from
 * this file; the full-text index (an FTS5 virtual table drizzle cannot describe) lives in a
 * custom migration next to them.
 *
 * Ids: articles, measures and evidence use integer keys (compact indexes, cheap keyset
 * pagination); authorities and targets use their taxonomy ids (`us`, `vladimir-putin`), which
 * are already stable and readable.
 */
import { sql } from 'drizzle-orm'
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { MEASURE_TYPES, STATUSES, TARGET_KINDS } from '../domain/taxonomy'

export const articles = sqliteTable(
  'articles',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** SHA-256 of the text: posting the same text twice is the same article. */
    contentHash: text('content_hash').notNull(),
    url: text('url'),
    title: text('title'),
    /** YYYY-MM-DD; the day the article was published, or ingested when it gives none. */
    publishedOn: text('published_on').notNull(),
    /** The publication time as given, when it was more precise than a day. */
    publishedAt: text('published_at'),
    text: text('text').notNull(),
    findingCount: integer('finding_count').notNull().default(0),
    createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  },
  (t) => [
    uniqueIndex('articles_content_hash_uq').on(t.contentHash),
    // SQLite allows many NULLs under a unique index, so "unique when given" needs nothing more.
    uniqueIndex('articles_url_uq').on(t.url),
    index('articles_published_idx').on(t.publishedOn, t.id),
  ],
)

export const authorities = sqliteTable('authorities', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  /** `state` or `organization`. */
  kind: text('kind').notNull(),
})

export const targets = sqliteTable(
  'targets',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    kind: text('kind', { enum: TARGET_KINDS }).notNull(),
  },
  (t) => [index('targets_kind_idx').on(t.kind, t.id)],
)

/**
 * Every spelling a target has been reported under. `key` is the folded form names are matched
 * on (slug with transliteration variants folded), so "Sergei Lavrov" finds "Sergey Lavrov".
 */
export const targetAliases = sqliteTable(
  'target_aliases',
  {
    key: text('key').notNull(),
    targetId: text('target_id')
      .notNull()
      .references(() => targets.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
  },
  // One row per (key, target, spelling): a spelling that folds to a key the target already has
  // is still kept, so a target page lists every way it has been written.
  (t) => [primaryKey({ columns: [t.key, t.targetId, t.name] }), index('target_aliases_target_idx').on(t.targetId)],
)

/** The lasting record of one (authority, type, target), merged from every article about it. */
export const measures = sqliteTable(
  'measures',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    authorityId: text('authority_id')
      .notNull()
      .references(() => authorities.id),
    type: text('type', { enum: MEASURE_TYPES }).notNull(),
    targetId: text('target_id')
      .notNull()
      .references(() => targets.id),
    /** The status reported by the most recent evidence (by publication date). */
    status: text('status', { enum: STATUSES }).notNull(),
    firstReportedOn: text('first_reported_on').notNull(),
    lastReportedOn: text('last_reported_on').notNull(),
    evidenceCount: integer('evidence_count').notNull().default(0),
    /**
     * Status and evidence count as they were before the last recompute. D1 batches cannot carry
     * values between statements, so the recompute keeps the old values here and the next
     * statement of the same batch turns the difference into a measure event.
     */
    previousStatus: text('previous_status', { enum: STATUSES }),
    previousEvidenceCount: integer('previous_evidence_count').notNull().default(0),
  },
  (t) => [
    uniqueIndex('measures_identity_uq').on(t.authorityId, t.type, t.targetId),
    // One index per filter, each ending in the default sort key so a filtered page is read in
    // order from the index instead of sorted after a scan.
    index('measures_last_reported_idx').on(t.lastReportedOn, t.id),
    index('measures_first_reported_idx').on(t.firstReportedOn, t.id),
    index('measures_authority_idx').on(t.authorityId, t.lastReportedOn, t.id),
    index('measures_type_idx').on(t.type, t.lastReportedOn, t.id),
    index('measures_status_idx').on(t.status, t.lastReportedOn, t.id),
    index('measures_target_idx').on(t.targetId, t.lastReportedOn, t.id),
  ],
)

/**
 * One finding of one article as it bears on one measure: the status as that article reported
 * it, with the quote and its character span. A measure's status history is its evidence in
 * publication order.
 */
export const evidence = sqliteTable(
  'evidence',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    measureId: integer('measure_id')
      .notNull()
      .references(() => measures.id, { onDelete: 'cascade' }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    /** Position of the finding in the article's findings, so the findings can be rebuilt. */
    findingIndex: integer('finding_index').notNull(),
    status: text('status', { enum: STATUSES }).notNull(),
    /** The article's publication day, copied here so history and status need no join. */
    reportedOn: text('reported_on').notNull(),
    quote: text('quote').notNull(),
    spanStart: integer('span_start').notNull(),
    spanEnd: integer('span_end').notNull(),
  },
  (t) => [
    uniqueIndex('evidence_finding_uq').on(t.articleId, t.findingIndex, t.measureId),
    index('evidence_measure_idx').on(t.measureId, t.reportedOn, t.id),
  ],
)

/**
 * What changed, in order: a measure first recorded, or its current status moved. Feeds and
 * notifications read this log; authority, type and target are copied in so that a feed for one
 * target or authority is an index range.
 */
export const measureEvents = sqliteTable(
  'measure_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    measureId: integer('measure_id')
      .notNull()
      .references(() => measures.id, { onDelete: 'cascade' }),
    authorityId: text('authority_id').notNull(),
    type: text('type', { enum: MEASURE_TYPES }).notNull(),
    targetId: text('target_id').notNull(),
    /** `created` or `status_changed`. */
    kind: text('kind', { enum: ['created', 'status_changed'] }).notNull(),
    fromStatus: text('from_status', { enum: STATUSES }),
    toStatus: text('to_status', { enum: STATUSES }).notNull(),
    /** The article whose ingest caused the change. */
    articleId: integer('article_id').references(() => articles.id, { onDelete: 'set null' }),
    /** The measure's last reported day after the change. */
    reportedOn: text('reported_on').notNull(),
    createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  },
  (t) => [
    index('measure_events_measure_idx').on(t.measureId, t.id),
    index('measure_events_authority_idx').on(t.authorityId, t.id),
    index('measure_events_target_idx').on(t.targetId, t.id),
    index('measure_events_type_idx').on(t.type, t.id),
  ],
)

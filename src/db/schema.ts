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
    /**
     * Its distinct alias spellings as a sorted JSON array, kept by triggers on `target_aliases`
     * (migration `facet_cache_version_and_backfill`), so an export reads a target's names with
     * the target row instead of one index entry per name for every exported measure.
     */
    aliasNames: text('alias_names').notNull().default('[]'),
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
  // (target, name) covers reading a target's names, one index entry per name (exports list them for every measure)
  (t) => [primaryKey({ columns: [t.key, t.targetId, t.name] }), index('target_aliases_target_name_idx').on(t.targetId, t.name)],
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
     * The evidence that shows the current status: the most recent one reporting it, preferring
     * one with a link (an article with a URL, or an official list). Set by the same recompute as
     * the status, so the views that show each measure with its source (the widget, the embed,
     * exports) fetch one row by key instead of ranking every measure's evidence on each read. No
     * foreign key: evidence already references measures, and every path that deletes evidence
     * recomputes this in the same batch.
     */
    sourceEvidenceId: integer('source_evidence_id'),
    /** Its most recent evidence (by day reported, then id), the source exports carry; set likewise. */
    latestEvidenceId: integer('latest_evidence_id'),
    /** The first day any evidence reported it in effect (null if none has); for exports. */
    inEffectSince: text('in_effect_since'),
    /** The program of the most recent official listing that names one (null if none); for exports. */
    program: text('program'),
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
    // The common two-filter combinations, so that e.g. `authority=jp&type=export_ban` reads its
    // page in order instead of walking one filter's index and discarding the other's misses
    // (BENCHMARKS.md: 8,732 rows read for 20 returned before, at 100,000 measures).
    index('measures_authority_type_idx').on(t.authorityId, t.type, t.lastReportedOn, t.id),
    index('measures_authority_status_idx').on(t.authorityId, t.status, t.lastReportedOn, t.id),
    index('measures_type_status_idx').on(t.type, t.status, t.lastReportedOn, t.id),
    // All three, so `authority=jp&type=export_ban&status=adopted` reads its page in order too
    // (682 rows read for 20 returned through the pair index, at 100,000 measures).
    index('measures_authority_type_status_idx').on(t.authorityId, t.type, t.status, t.lastReportedOn, t.id),
    // The single filters again, ending in the other sort key: `authority=us&sort=-firstReportedOn`
    // read all 52,733 US measures and sorted them. A first reported day changes only when an
    // older article arrives, so these indexes cost little beyond the insert.
    index('measures_authority_first_idx').on(t.authorityId, t.firstReportedOn, t.id),
    index('measures_type_first_idx').on(t.type, t.firstReportedOn, t.id),
    index('measures_status_first_idx').on(t.status, t.firstReportedOn, t.id),
    index('measures_target_first_idx').on(t.targetId, t.firstReportedOn, t.id),
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
    /** The article that reported it; null for evidence from an official list. */
    articleId: integer('article_id').references(() => articles.id, { onDelete: 'cascade' }),
    /** The official listing that confirmed or lifted it; null for evidence from an article. */
    listingId: integer('listing_id').references(() => officialListings.id, { onDelete: 'cascade' }),
    /** Position of the finding in the article's findings, so the findings can be rebuilt (0 for lists). */
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
    // a listing confirms its measure once and lifts it once
    uniqueIndex('evidence_listing_uq').on(t.listingId, t.measureId, t.status),
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
    /**
     * The evidence behind the change (of that article, or the official listing), chosen when the
     * event is recorded so the feeds look it up by key. Dangles (and the feed shows no source)
     * once a retraction deletes that evidence.
     */
    evidenceId: integer('evidence_id'),
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

/**
 * Where scheduled refreshes pull from: a news feed (RSS 2.0 / Atom) or an official sanctions
 * list. A deleted source keeps its rows (`deletedAt`) so its past results stay explainable.
 */
export const sources = sqliteTable('sources', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  kind: text('kind', { enum: ['feed', 'ofac-sdn', 'opensanctions'] }).notNull(),
  url: text('url').notNull(),
  /** OFAC's alt.csv, for `ofac-sdn`. */
  aliasesUrl: text('aliases_url'),
  name: text('name').notNull(),
  createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  deletedAt: text('deleted_at'),
  /** Validators of the last complete download, for conditional requests. */
  etag: text('etag'),
  lastModified: text('last_modified'),
  aliasesEtag: text('aliases_etag'),
  aliasesLastModified: text('aliases_last_modified'),
  /** Entries in the last accepted list download: a download that shrinks implausibly is refused. */
  lastEntryCount: integer('last_entry_count'),
  /** How many targets were tracked when the list was last checked: new targets force a re-check. */
  checkedTargetCount: integer('checked_target_count'),
  lastRunAt: text('last_run_at'),
})

/** Feed items seen, so each is fetched and ingested once; pending ones carry over to the next run. */
export const sourceItems = sqliteTable(
  'source_items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sourceId: integer('source_id')
      .notNull()
      .references(() => sources.id),
    /** The item's guid / id, or its link when it has none. */
    itemKey: text('item_key').notNull(),
    url: text('url').notNull(),
    title: text('title'),
    publishedAt: text('published_at'),
    state: text('state', { enum: ['pending', 'ingested', 'failed'] }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    articleId: integer('article_id').references(() => articles.id, { onDelete: 'set null' }),
    error: text('error'),
    firstSeenAt: text('first_seen_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  },
  (t) => [uniqueIndex('source_items_key_uq').on(t.sourceId, t.itemKey), index('source_items_state_idx').on(t.state, t.sourceId, t.id)],
)

/** A tracked target found on an official list: the list's own entry, and when it was seen there. */
export const officialListings = sqliteTable(
  'official_listings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sourceId: integer('source_id')
      .notNull()
      .references(() => sources.id),
    targetId: text('target_id')
      .notNull()
      .references(() => targets.id, { onDelete: 'cascade' }),
    authorityId: text('authority_id').notNull(),
    type: text('type', { enum: MEASURE_TYPES }).notNull(),
    listName: text('list_name').notNull(),
    /** The list's own id of the entry (OFAC ent_num, OpenSanctions id). */
    entryId: text('entry_id').notNull(),
    entryName: text('entry_name').notNull(),
    program: text('program'),
    firstSeenOn: text('first_seen_on').notNull(),
    /** Start time of the last run whose download listed the entry; older means no longer listed. */
    lastSeenAt: text('last_seen_at').notNull(),
    /** Set when a complete later download no longer lists the entry. */
    removedOn: text('removed_on'),
  },
  (t) => [
    // one entry can carry several authorities' sanctions (OpenSanctions merges lists)
    uniqueIndex('official_listings_entry_uq').on(t.sourceId, t.entryId, t.targetId, t.authorityId, t.type),
    index('official_listings_target_idx').on(t.targetId),
  ],
)

/** One refresh, from the Cron Trigger or `POST /api/refresh`. */
export const refreshRuns = sqliteTable('refresh_runs', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  trigger: text('trigger', { enum: ['cron', 'manual'] }).notNull(),
  startedAt: text('started_at').notNull(),
  finishedAt: text('finished_at'),
})

/** What one run did with one source. */
export const refreshRunSources = sqliteTable(
  'refresh_run_sources',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    runId: integer('run_id')
      .notNull()
      .references(() => refreshRuns.id, { onDelete: 'cascade' }),
    sourceId: integer('source_id')
      .notNull()
      .references(() => sources.id),
    /** `ok`, `not_modified`, `partial` (budget reached; resumes next run) or `failed`. */
    outcome: text('outcome', { enum: ['ok', 'not_modified', 'partial', 'failed'] }).notNull(),
    requests: integer('requests').notNull().default(0),
    itemsSeen: integer('items_seen').notNull().default(0),
    newArticles: integer('new_articles').notNull().default(0),
    findings: integer('findings').notNull().default(0),
    confirmations: integer('confirmations').notNull().default(0),
    lifts: integer('lifts').notNull().default(0),
    /** JSON array of error messages. */
    errors: text('errors').notNull().default('[]'),
    durationMs: integer('duration_ms').notNull().default(0),
  },
  (t) => [index('refresh_run_sources_run_idx').on(t.runId)],
)

/**
 * A URL that receives signed POSTs for new measures and status changes. Deliveries are
 * enqueued for the measure events after `lastEventId` (a new hook starts at the newest event,
 * so it never receives the backlog), in the same batch that records them.
 */
export const webhooks = sqliteTable('webhooks', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  url: text('url').notNull(),
  /** The HMAC-SHA256 key of `X-Signature`; shown once, when the hook is registered. */
  secret: text('secret').notNull(),
  /** JSON array of the event names it receives (`measure.created`, `measure.status_changed`). */
  events: text('events').notNull(),
  /** JSON object of filters (`authority`, `type`, `status`, `target`: arrays of ids); `{}` is every event. */
  filters: text('filters').notNull().default('{}'),
  /** `paused` after too many consecutive failed attempts: nothing is sent until it is resumed. */
  status: text('status', { enum: ['active', 'paused'] }).notNull().default('active'),
  lastEventId: integer('last_event_id').notNull().default(0),
  consecutiveFailures: integer('consecutive_failures').notNull().default(0),
  pausedAt: text('paused_at'),
  lastSuccessAt: text('last_success_at'),
  lastFailureAt: text('last_failure_at'),
  lastError: text('last_error'),
  /** The origin the hook was registered through: links in payloads are absolute against it. */
  linkOrigin: text('link_origin').notNull(),
  createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
})

/**
 * One event for one hook, kept after it is delivered (the delivery log). A pending delivery is
 * sent when `next_attempt_at` has passed and its hook is active; each failed attempt moves
 * `next_attempt_at` back exponentially. `claim` marks the run that is sending it right now.
 */
export const webhookDeliveries = sqliteTable(
  'webhook_deliveries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    webhookId: integer('webhook_id')
      .notNull()
      .references(() => webhooks.id, { onDelete: 'cascade' }),
    eventId: integer('event_id')
      .notNull()
      .references(() => measureEvents.id, { onDelete: 'cascade' }),
    state: text('state', { enum: ['pending', 'delivered'] }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: text('next_attempt_at').notNull(),
    claim: text('claim'),
    /** The JSON body, fixed at the first attempt so every retry sends the same bytes. */
    body: text('body'),
    lastAttemptAt: text('last_attempt_at'),
    /** HTTP status of the last attempt; null when it got no response. */
    responseStatus: integer('response_status'),
    error: text('error'),
    deliveredAt: text('delivered_at'),
    createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  },
  (t) => [
    uniqueIndex('webhook_deliveries_event_uq').on(t.webhookId, t.eventId),
    index('webhook_deliveries_due_idx').on(t.state, t.nextAttemptAt),
    index('webhook_deliveries_claim_idx').on(t.claim),
  ],
)

/**
 * Every change an admin made through the API (article posted or retracted, source registered or
 * removed, refresh run, webhook registered, removed or resumed), written in the same batch as
 * the change where it can be, so the log cannot miss a change that happened.
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
    /** e.g. `article.create`, `article.delete`, `source.create`, `refresh.run`, `webhook.delete`. */
    action: text('action').notNull(),
    /** What was changed, as `<kind>:<id>` (`article:12`). */
    subject: text('subject').notNull(),
    /** JSON object with what is worth keeping about the change (title, url, counts). */
    detail: text('detail').notNull().default('{}'),
    /** Who: the client address the request came from (there is one admin token). */
    client: text('client'),
  },
  (t) => [index('audit_log_subject_idx').on(t.subject)],
)

/**
 * Measures counted per facet value (`authority`, `type`, `status`, `target`), so the unfiltered
 * facets, the authorities list and the home page read a few dozen counter rows instead of
 * counting 100,000 measures on every request. Kept by SQLite triggers on `measures` (custom
 * migration `measure_counters`): every insert, status change or delete of a measure, whatever
 * path writes it (ingest, official lists, retraction), updates the counters in the same
 * statement, so they cannot drift from the table. Rows that fall to 0 are kept and skipped.
 */
export const facetCounts = sqliteTable(
  'facet_counts',
  {
    facet: text('facet', { enum: ['authority', 'type', 'status', 'target'] }).notNull(),
    value: text('value').notNull(),
    count: integer('count').notNull(),
  },
  // the top targets are the last entries of this index: 25 rows read for the top 25
  (t) => [primaryKey({ columns: [t.facet, t.value] }), index('facet_counts_top_idx').on(t.facet, t.count, t.value)],
)

/**
 * Measures counted per (authority, type, status): the overview matrix, read whole (at most one
 * row per combination of the vocabulary) instead of grouping every measure. Kept by the same
 * triggers as `facet_counts`.
 */
export const measureCounts = sqliteTable(
  'measure_counts',
  {
    authorityId: text('authority_id').notNull(),
    type: text('type', { enum: MEASURE_TYPES }).notNull(),
    status: text('status', { enum: STATUSES }).notNull(),
    count: integer('count').notNull(),
  },
  // Facets under a type or a status filter read their range instead of every combination
  // (8,775 rows read for `type=asset_freeze&status=lifted` at 100,000 measures without them).
  (t) => [
    primaryKey({ columns: [t.authorityId, t.type, t.status] }),
    index('measure_counts_type_idx').on(t.type, t.status, t.authorityId),
    index('measure_counts_status_idx').on(t.status, t.authorityId, t.type),
  ],
)

/**
 * A version of everything facet counts depend on: SQLite triggers on `measures` (migration
 * `facet_cache`) add one whenever a measure is inserted, deleted, or changes authority, type,
 * status or target. One row, `measures`.
 */
export const dataVersions = sqliteTable('data_versions', {
  name: text('name').primaryKey(),
  version: integer('version').notNull(),
})

/**
 * Counts no maintained counter answers (the target facet under an authority filter, facets under
 * several filters, the overview matrix), kept with the data version they were counted at. A
 * request whose key holds the current version reads the stored answer (a few rows) instead of
 * counting the matching measures; any change to a measure moves the version, so an answer is
 * never served stale. Written after the response, by the request that missed.
 */
export const facetCache = sqliteTable('facet_cache', {
  key: text('key').primaryKey(),
  version: integer('version').notNull(),
  body: text('body').notNull(),
})

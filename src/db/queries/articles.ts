/**
 * Articles: the idempotency check before an ingest, the statements of an ingest (run as one
 * atomic D1 batch), and the article views.
 */
import { asc, desc, eq, getTableColumns, or, sql, type SQL, type Table } from 'drizzle-orm'
import type { BatchItem } from 'drizzle-orm/batch'
import type { MeasureType, Status } from '../../domain/taxonomy'
import type { Db } from '../client'
import { articles, authorities, evidence, measures, targetAliases, targets } from '../schema'
import { refreshMeasureSearchForArticle, refreshTargetSearch } from './search'
import { enqueueWebhookDeliveries } from './webhooks'

/** D1 binds at most 100 parameters per statement; multi-row inserts are cut to fit. */
export const D1_MAX_PARAMS = 100

/**
 * Rows per multi-row INSERT into `table`: drizzle binds a parameter for every column of every
 * row (defaults included), so the column count is the parameters per row.
 */
export function rowsPerInsert(table: Table): number {
  return Object.keys(getTableColumns(table)).length
}

export function chunksFor<T>(rows: T[], paramsPerRow: number): T[][] {
  const size = Math.max(1, Math.floor(D1_MAX_PARAMS / paramsPerRow))
  const chunks: T[][] = []
  for (let i = 0; i < rows.length; i += size) chunks.push(rows.slice(i, i + size))
  return chunks
}

/** SQL rank of a status column, in lifecycle order (see domain/taxonomy STATUS_RANK). */
export const statusRank = (column: SQL | typeof evidence.status): SQL =>
  sql`case ${column} when 'proposed' then 1 when 'announced' then 2 when 'adopted' then 3 when 'in_effect' then 4 when 'lifted' then 5 else 0 end`

export const articleSummaryColumns = {
  id: articles.id,
  title: articles.title,
  url: articles.url,
  publishedOn: articles.publishedOn,
  publishedAt: articles.publishedAt,
  contentHash: articles.contentHash,
  findingCount: articles.findingCount,
  createdAt: articles.createdAt,
}

/** An article already stored with this text or this URL, if any. */
export function articleByHashOrUrl(db: Db, contentHash: string, url: string | undefined) {
  return db
    .select(articleSummaryColumns)
    .from(articles)
    .where(url ? or(eq(articles.contentHash, contentHash), eq(articles.url, url)) : eq(articles.contentHash, contentHash))
    .limit(2)
}

export interface ArticleRecord {
  contentHash: string
  url?: string
  title?: string
  publishedOn: string
  publishedAt?: string
  text: string
  findingCount: number
}

export interface EvidenceRecord {
  findingIndex: number
  authorityId: string
  type: MeasureType
  targetId: string
  status: Status
  quote: string
  spanStart: number
  spanEnd: number
}

export interface IngestRecords {
  article: ArticleRecord
  authorities: { id: string; name: string; kind: string }[]
  targets: { id: string; name: string; kind: 'person' | 'organization' | 'country' | 'vessel' }[]
  aliases: { key: string; targetId: string; name: string }[]
  evidence: EvidenceRecord[]
}

/**
 * Every statement of one ingest, in order. Run together by `batch()` (db/batch.ts) they either all apply
 * or none does. Rows that already exist are left alone (`on conflict do nothing`), and measure
 * status and dates are recomputed from the evidence rather than patched, so a replay of the
 * same ingest (two identical POSTs racing) changes nothing.
 */
export function ingestStatements(db: Db, r: IngestRecords): [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]] {
  const hash = r.article.contentHash
  return [
    db
      .insert(articles)
      .values({ ...r.article, url: r.article.url ?? null, title: r.article.title ?? null, publishedAt: r.article.publishedAt ?? null })
      .onConflictDoNothing({ target: articles.contentHash }),
    ...chunksFor(r.authorities, rowsPerInsert(authorities)).map((rows) => db.insert(authorities).values(rows).onConflictDoNothing()),
    ...chunksFor(r.targets, rowsPerInsert(targets)).map((rows) => db.insert(targets).values(rows).onConflictDoNothing()),
    ...chunksFor(r.aliases, rowsPerInsert(targetAliases)).map((rows) => db.insert(targetAliases).values(rows).onConflictDoNothing()),
    ...chunksFor(uniqueMeasures(r.evidence, r.article.publishedOn), rowsPerInsert(measures)).map((rows) =>
      db.insert(measures).values(rows).onConflictDoNothing(),
    ),
    // 8 parameters per row in the VALUES list, plus the content hash
    ...chunksFor(r.evidence, 9).map((rows) => insertEvidence(db, rows, hash, r.article.publishedOn)),
    recomputeMeasuresOfArticle(db, hash),
    recordMeasureEventsOfArticle(db, hash),
    // webhook deliveries for those events, atomic with them (see queries/webhooks.ts)
    ...enqueueWebhookDeliveries(db),
    ...refreshMeasureSearchForArticle(db, hash),
    ...chunksFor(r.targets, 1).flatMap((rows) => refreshTargetSearch(db, rows.map((t) => t.id))),
  ]
}

function uniqueMeasures(rows: EvidenceRecord[], reportedOn: string) {
  const seen = new Map<string, typeof measures.$inferInsert>()
  for (const e of rows) {
    const key = `${e.authorityId}|${e.type}|${e.targetId}`
    if (!seen.has(key)) {
      // status and dates are placeholders: recomputeMeasuresOfArticle sets them from evidence
      seen.set(key, {
        authorityId: e.authorityId,
        type: e.type,
        targetId: e.targetId,
        status: e.status,
        firstReportedOn: reportedOn,
        lastReportedOn: reportedOn,
      })
    }
  }
  return [...seen.values()]
}

function insertEvidence(db: Db, rows: EvidenceRecord[], contentHash: string, reportedOn: string) {
  const values = sql.join(
    rows.map(
      (e) =>
        sql`(${e.findingIndex}, ${e.authorityId}, ${e.type}, ${e.targetId}, ${e.status}, ${e.quote}, ${e.spanStart}, ${e.spanEnd})`,
    ),
    sql`, `,
  )
  // The ids of the article and measures are only known inside the batch, so they are joined in.
  return db.run(sql`with v(finding_index, authority_id, type, target_id, status, quote, span_start, span_end) as (values ${values})
    insert into evidence (measure_id, article_id, finding_index, status, reported_on, quote, span_start, span_end)
    select m.id, a.id, v.finding_index, v.status, a.published_on, v.quote, v.span_start, v.span_end
    from v
    join measures m on m.authority_id = v.authority_id and m.type = v.type and m.target_id = v.target_id
    join articles a on a.content_hash = ${contentHash}
    where true
    on conflict do nothing`)
}

/** The measures an article feeds, as a subquery. */
const measuresOfArticleHash = (contentHash: string) =>
  sql`select distinct e.measure_id from evidence e join articles a on a.id = e.article_id where a.content_hash = ${contentHash}`

/**
 * Sets status, first/last reported days and evidence count of the measures an article feeds,
 * from their evidence: the current status is the one reported by the most recent evidence;
 * on the same day, the most advanced one.
 */
export function recomputeMeasuresOfArticle(db: Db, contentHash: string) {
  return recomputeMeasures(db, measuresOfArticleHash(contentHash))
}

export function recomputeMeasures(db: Db, measureIds: SQL) {
  const currentStatus = sql`(select e.status from evidence e where e.measure_id = measures.id
    order by e.reported_on desc, ${statusRank(sql`e.status`)} desc, e.id desc limit 1)`
  // In an UPDATE every right-hand side reads the row as it was, so previous_* get the old values
  // (and the source is chosen by the new status, recomputed, not by the old column).
  return db.run(sql`update measures set
      previous_status = status,
      previous_evidence_count = evidence_count,
      status = ${currentStatus},
      first_reported_on = (select min(e.reported_on) from evidence e where e.measure_id = measures.id),
      last_reported_on = (select max(e.reported_on) from evidence e where e.measure_id = measures.id),
      evidence_count = (select count(*) from evidence e where e.measure_id = measures.id),
      source_evidence_id = (select e.id from evidence e left join articles a on a.id = e.article_id
        where e.measure_id = measures.id and e.status = ${currentStatus}
        order by (a.url is null and e.listing_id is null), e.reported_on desc, e.id desc limit 1),
      latest_evidence_id = (select e.id from evidence e where e.measure_id = measures.id order by e.reported_on desc, e.id desc limit 1),
      in_effect_since = (select min(e.reported_on) from evidence e where e.measure_id = measures.id and e.status = 'in_effect'),
      program = (select ol.program from evidence e join official_listings ol on ol.id = e.listing_id
        where e.measure_id = measures.id and ol.program is not null order by e.reported_on desc, e.id desc limit 1)
    where id in (${measureIds})`)
}

/**
 * The most recent evidence (`x`) of the measure `measureId` that meets `condition`. Choices that
 * rank by several criteria are chains of these in `coalesce`, because SQLite 3.51 refuses outer
 * columns in a subquery's ORDER BY.
 */
function latestEvidenceWhere(measureId: SQL, condition: SQL): SQL {
  return sql`(select x.id from evidence x where x.measure_id = ${measureId} and ${condition} order by x.reported_on desc, x.id desc limit 1)`
}

export function recordMeasureEventsOfArticle(db: Db, contentHash: string) {
  return recordMeasureEvents(db, measuresOfArticleHash(contentHash), sql`(select id from articles where content_hash = ${contentHash})`)
}

/**
 * Turns the last recompute of these measures into events: `created` for a measure that had no
 * evidence before, `status_changed` where the current status moved. `articleId` is the article
 * that caused it (null for an official list).
 */
export function recordMeasureEvents(db: Db, measureIds: SQL, articleId: SQL | null) {
  const article = articleId ?? sql`null`
  // The evidence behind it: the article's own (or, without one, a listing's) reporting the new
  // status, else the article's own, else any reporting the new status, else the latest.
  const latest = (condition: SQL) => latestEvidenceWhere(sql`m.id`, condition)
  const causingEvidence = sql`coalesce(${latest(sql`x.article_id is ${article} and x.status = m.status`)},
    ${latest(sql`x.article_id is ${article}`)}, ${latest(sql`x.status = m.status`)}, ${latest(sql`true`)})`
  return db.run(sql`insert into measure_events (measure_id, authority_id, type, target_id, kind, from_status, to_status, article_id, evidence_id, reported_on)
    select m.id, m.authority_id, m.type, m.target_id,
      case when m.previous_evidence_count = 0 then 'created' else 'status_changed' end,
      case when m.previous_evidence_count = 0 then null else m.previous_status end,
      m.status, ${article}, ${causingEvidence}, m.last_reported_on
    from measures m
    where m.id in (${measureIds})
      and (m.previous_evidence_count = 0 or m.previous_status is not m.status)`)
}

/**
 * Events of these measures whose evidence was deleted (a retracted article's) point again at the
 * evidence that now best shows their new status, else the latest: the feeds keep a source.
 */
export function rechooseEventEvidence(db: Db, measureIds: SQL) {
  const latest = (condition: SQL) => latestEvidenceWhere(sql`measure_events.measure_id`, condition)
  return db.run(sql`update measure_events set evidence_id = coalesce(${latest(sql`x.status = measure_events.to_status`)}, ${latest(sql`true`)})
    where measure_id in (${measureIds}) and evidence_id is not null
      and not exists (select 1 from evidence e where e.id = measure_events.evidence_id)`)
}

/** The evidence rows of one article with what their measures are, to rebuild its findings. */
export function findingsOfArticle(db: Db, articleId: number | SQL) {
  return db
    .select({
      findingIndex: evidence.findingIndex,
      measureId: evidence.measureId,
      status: evidence.status,
      quote: evidence.quote,
      spanStart: evidence.spanStart,
      spanEnd: evidence.spanEnd,
      authorityId: measures.authorityId,
      // aliased: D1 batch rows are keyed by column name (see measures.ts)
      authorityName: sql<string>`${authorities.name}`.as('authority_name'),
      type: measures.type,
      targetId: targets.id,
      targetName: sql<string>`${targets.name}`.as('target_name'),
      targetKind: targets.kind,
    })
    .from(evidence)
    .innerJoin(measures, eq(measures.id, evidence.measureId))
    .innerJoin(authorities, eq(authorities.id, measures.authorityId))
    .innerJoin(targets, eq(targets.id, measures.targetId))
    .where(eq(evidence.articleId, articleId))
    .orderBy(asc(evidence.findingIndex), asc(evidence.id))
}

export function articleByHash(db: Db, contentHash: string) {
  return db.select(articleSummaryColumns).from(articles).where(eq(articles.contentHash, contentHash))
}

export function findingsOfArticleByHash(db: Db, contentHash: string) {
  return findingsOfArticle(db, sql`(select id from articles where content_hash = ${contentHash})`)
}

export function articleById(db: Db, id: number) {
  return db
    .select({ ...articleSummaryColumns, text: articles.text })
    .from(articles)
    .where(eq(articles.id, id))
}

/** One page of articles, newest publication first; keyset on (published_on, id). */
export function listArticles(db: Db, limit: number, after?: { value: string; id: number }) {
  return db
    .select(articleSummaryColumns)
    .from(articles)
    .where(after ? sql`(${articles.publishedOn}, ${articles.id}) < (${after.value}, ${after.id})` : undefined)
    .orderBy(desc(articles.publishedOn), desc(articles.id))
    .limit(limit + 1)
}

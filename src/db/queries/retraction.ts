/**
 * Retracting an article (`DELETE /api/articles/{id}`): its evidence goes, and everything derived
 * from evidence is derived again, as if the article had never been posted. All statements run
 * in one batch, so a retraction is applied whole or not at all.
 */
import { eq, inArray, sql, type SQL } from 'drizzle-orm'
import type { BatchItem } from 'drizzle-orm/batch'
import type { Db } from '../client'
import { articles, evidence, measures } from '../schema'
import { recordAudit, type AuditEntry } from './audit'
import { rechooseEventEvidence, recomputeMeasures, recordMeasureEvents } from './articles'
import { refreshMeasureSearch, refreshTargetSearch } from './search'
import { enqueueWebhookDeliveries } from './webhooks'

/** What a retraction must know first: the article, and the measures and targets it feeds. */
export function articleToRetract(db: Db, articleId: number) {
  return [
    db.select({ id: articles.id, title: articles.title, url: articles.url }).from(articles).where(eq(articles.id, articleId)),
    db
      .selectDistinct({ measureId: evidence.measureId, targetId: measures.targetId })
      .from(evidence)
      .innerJoin(measures, eq(measures.id, evidence.measureId))
      .where(eq(evidence.articleId, articleId)),
  ] as const
}

const idList = (ids: (number | string)[]): SQL =>
  ids.length ? sql.join(ids.map((id) => sql`${id}`), sql`, `) : sql`null`

/**
 * The retraction batch. The article's evidence goes with it (foreign-key cascade); a measure left
 * without evidence is deleted, with its search row and its events (cascade); the others get
 * their status, dates and counts recomputed, a `status_changed` event where the status moved,
 * and new search rows. A target left without measures or listings is deleted too. The
 * result of the second statement lists the deleted article (empty when it was already gone).
 */
export function retractionStatements(
  db: Db,
  articleId: number,
  affected: { measureIds: number[]; targetIds: string[] },
  audit: AuditEntry,
): [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]] {
  const measureIds = idList(affected.measureIds)
  const targetIds = idList(affected.targetIds)
  const withoutEvidence = sql`select m.id from measures m where m.id in (${measureIds})
    and not exists (select 1 from evidence e where e.measure_id = m.id)`
  const orphanTargets = sql`select t.id from targets t where t.id in (${targetIds})
    and not exists (select 1 from measures m where m.target_id = t.id)
    and not exists (select 1 from official_listings l where l.target_id = t.id)`
  return [
    // logged only while the article exists: of two racing retractions, one deletes and logs
    recordAudit(db, { ...audit, subject: sql`(select ${audit.subject} where exists (select 1 from articles where id = ${articleId}))` }),
    db.delete(articles).where(eq(articles.id, articleId)).returning({ id: articles.id }),
    db.run(sql`delete from measure_search where rowid in (${withoutEvidence})`),
    db.run(sql`delete from measures where id in (${withoutEvidence})`),
    recomputeMeasures(db, measureIds),
    recordMeasureEvents(db, measureIds, null),
    rechooseEventEvidence(db, measureIds),
    ...enqueueWebhookDeliveries(db),
    ...refreshMeasureSearch(db, measureIds),
    db.run(sql`delete from target_search where target_id in (${orphanTargets})`),
    db.run(sql`delete from targets where id in (${orphanTargets})`),
  ]
}

/** Which of these measures still exist (after a retraction). */
export function measuresStillPresent(db: Db, measureIds: number[]) {
  return db.select({ id: measures.id }).from(measures).where(inArray(measures.id, measureIds.length ? measureIds : [-1]))
}

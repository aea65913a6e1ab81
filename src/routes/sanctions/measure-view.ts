/** Shapes stored rows into the API's measure views. */
import type { MeasureRow } from '../../db/queries/measures'
import { STATUS_RANK, type Status, type TargetKind } from '../../domain/taxonomy'

export function toMeasure(row: MeasureRow) {
  return {
    id: row.id,
    authority: { id: row.authorityId, name: row.authorityName },
    type: row.type,
    status: row.status,
    target: { id: row.targetId, name: row.targetName, kind: row.targetKind as TargetKind },
    firstReportedOn: row.firstReportedOn,
    lastReportedOn: row.lastReportedOn,
    evidenceCount: row.evidenceCount,
  }
}

interface EvidenceRow {
  id: number
  status: Status
  reportedOn: string
  quote: string
  spanStart: number
  spanEnd: number
  articleId: number
  title: string | null
  url: string | null
}

export function toEvidence(row: EvidenceRow) {
  return {
    id: row.id,
    status: row.status,
    reportedOn: row.reportedOn,
    quote: row.quote,
    span: [row.spanStart, row.spanEnd] as [number, number],
    article: { id: row.articleId, title: row.title, url: row.url },
  }
}

/**
 * The status history: one entry per article, in publication order, with the most advanced
 * status that article reported (the rule for one article) and the quote that reported it.
 */
export function statusHistory(rows: EvidenceRow[]) {
  const byArticle = new Map<number, EvidenceRow>()
  for (const row of rows) {
    const current = byArticle.get(row.articleId)
    if (!current || STATUS_RANK[row.status] > STATUS_RANK[current.status]) byArticle.set(row.articleId, row)
  }
  return [...byArticle.values()]
    .sort((a, b) => a.reportedOn.localeCompare(b.reportedOn) || a.id - b.id)
    .map((row) => ({
      status: row.status,
      reportedOn: row.reportedOn,
      article: { id: row.articleId, title: row.title, url: row.url },
      quote: row.quote,
    }))
}

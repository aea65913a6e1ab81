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
  articleId: number | null
  title: string | null
  url: string | null
  listingId: number | null
  listName: string | null
  listEntryId: string | null
  listProgram: string | null
  listUrl: string | null
}

/** Where a piece of evidence comes from: an article, or an official list's entry. */
function sourceOf(row: EvidenceRow) {
  return {
    article: row.articleId === null ? null : { id: row.articleId, title: row.title, url: row.url },
    listing:
      row.listingId === null
        ? null
        : { id: row.listingId, list: row.listName ?? '', entryId: row.listEntryId ?? '', program: row.listProgram, url: row.listUrl },
  }
}

export function toEvidence(row: EvidenceRow) {
  return {
    id: row.id,
    status: row.status,
    reportedOn: row.reportedOn,
    quote: row.quote,
    span: [row.spanStart, row.spanEnd] as [number, number],
    ...sourceOf(row),
  }
}

/**
 * The status history: one entry per source (article, or official listing and status), in date
 * order, with the most advanced status an article reported (the rule for one article) and the
 * quote that reported it.
 */
export function statusHistory(rows: EvidenceRow[]) {
  const bySource = new Map<string, EvidenceRow>()
  for (const row of rows) {
    const key = row.articleId !== null ? `a${row.articleId}` : `l${row.listingId}:${row.status}`
    const current = bySource.get(key)
    if (!current || STATUS_RANK[row.status] > STATUS_RANK[current.status]) bySource.set(key, row)
  }
  return [...bySource.values()]
    .sort((a, b) => a.reportedOn.localeCompare(b.reportedOn) || a.id - b.id)
    .map((row) => ({ status: row.status, reportedOn: row.reportedOn, quote: row.quote, ...sourceOf(row) }))
}

/**
 * Rebuilds an article's findings from its stored evidence, so that a first POST, a repeated
 * POST and `GET /api/articles/:id` all answer with the same shape from the same rows.
 */
import type { MeasureType, Status, TargetKind } from '../domain/taxonomy'

export interface FindingEvidenceRow {
  findingIndex: number
  measureId: number
  status: Status
  quote: string
  spanStart: number
  spanEnd: number
  authorityId: string
  authorityName: string
  type: MeasureType
  targetId: string
  targetName: string
  targetKind: string
}

export interface FindingView {
  authority: { id: string; name: string }
  type: MeasureType
  status: Status
  targets: { id: string; name: string; kind: TargetKind }[]
  quote: string
  span: [number, number]
  measureIds: number[]
}

/** Groups evidence rows (ordered by finding index) back into findings. */
export function findingsFromEvidence(rows: FindingEvidenceRow[]): FindingView[] {
  const byIndex = new Map<number, FindingView>()
  for (const row of rows) {
    let finding = byIndex.get(row.findingIndex)
    if (!finding) {
      finding = {
        authority: { id: row.authorityId, name: row.authorityName },
        type: row.type,
        status: row.status,
        targets: [],
        quote: row.quote,
        span: [row.spanStart, row.spanEnd],
        measureIds: [],
      }
      byIndex.set(row.findingIndex, finding)
    }
    finding.targets.push({ id: row.targetId, name: row.targetName, kind: row.targetKind as TargetKind })
    finding.measureIds.push(row.measureId)
  }
  return [...byIndex.values()]
}

/** The NDJSON export's line: a measure as `GET /api/sanctions` shows it, with its latest source. */
import type { ExportRow } from '../db/queries/exports'
import { toMeasure } from '../routes/sanctions/measure-view'

export function measureWithLatestSource(row: ExportRow, url: string) {
  return {
    ...toMeasure(row),
    url,
    latestSource:
      row.sourceEvidenceId === null
        ? null
        : {
            status: row.sourceStatus,
            reportedOn: row.sourceReportedOn,
            quote: row.sourceQuote,
            article: row.sourceArticleId === null ? null : { id: row.sourceArticleId, title: row.sourceArticleTitle, url: row.sourceArticleUrl },
            listing: row.sourceListName === null ? null : { list: row.sourceListName, entryId: row.sourceListEntryId, url: row.sourceListUrl },
          },
  }
}

export function ndjsonLine(value: unknown): string {
  // JSON.stringify escapes every control character, so a value never spans two lines.
  return `${JSON.stringify(value)}\n`
}

/**
 * CSV as RFC 4180 writes it: comma-separated fields, CRLF after every record, a field quoted
 * when it holds a comma, a double quote, CR or LF, and quotes inside doubled.
 */
import type { ExportRow } from '../db/queries/exports'

/**
 * A spreadsheet treats a cell that starts with one of these as a formula. Quotes and names
 * come from news text nobody here vetted, so such a text field gets a leading apostrophe
 * (what spreadsheets themselves use to mean "text") rather than being evaluated.
 */
const FORMULA_START = /^[=+\-@\t\r]/

export function csvField(value: string | number | null | undefined, opts: { text?: boolean } = {}): string {
  if (value === null || value === undefined) return ''
  let s = String(value)
  if (opts.text && FORMULA_START.test(s)) s = `'${s}`
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

export function csvRecord(fields: string[]): string {
  return `${fields.join(',')}\r\n`
}

/** The columns of `GET /api/sanctions.csv`, in order. */
export const MEASURE_CSV_COLUMNS = [
  'id',
  'url',
  'authority_id',
  'authority_name',
  'type',
  'status',
  'target_id',
  'target_name',
  'target_kind',
  'first_reported_on',
  'last_reported_on',
  'evidence_count',
  'source_kind',
  'source_reported_on',
  'source_status',
  'source_title',
  'source_url',
  'source_quote',
] as const

export const MEASURE_CSV_HEADER = csvRecord([...MEASURE_CSV_COLUMNS])

/** One measure with its latest source as a CSV record; `url` is the measure's API URL. */
export function measureCsvRecord(row: ExportRow, url: string): string {
  const source = row.sourceEvidenceId === null ? null : row.sourceArticleId !== null ? 'article' : 'list'
  return csvRecord([
    csvField(row.id),
    csvField(url),
    csvField(row.authorityId),
    csvField(row.authorityName, { text: true }),
    csvField(row.type),
    csvField(row.status),
    csvField(row.targetId),
    csvField(row.targetName, { text: true }),
    csvField(row.targetKind),
    csvField(row.firstReportedOn),
    csvField(row.lastReportedOn),
    csvField(row.evidenceCount),
    csvField(source),
    csvField(row.sourceReportedOn),
    csvField(row.sourceStatus),
    csvField(source === 'list' ? row.sourceListName : row.sourceArticleTitle, { text: true }),
    csvField(source === 'list' ? row.sourceListUrl : row.sourceArticleUrl, { text: true }),
    csvField(row.sourceQuote, { text: true }),
  ])
}

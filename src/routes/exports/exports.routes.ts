import { createRoute, z } from '@hono/zod-openapi'
import { MEASURE_SORTS } from '../../db/queries/measures'
import { problemResponse } from '../common.schemas'
import { MeasureFilterQuery } from '../sanctions/sanctions.routes'
import { MEASURE_CSV_COLUMNS } from '../../exports/csv'

/** The most measures one export carries; narrow the filters (e.g. `since`/`until`) for more. */
export const MAX_EXPORT_ROWS = 50_000

const ExportQuery = MeasureFilterQuery.extend({
  sort: z
    .enum(MEASURE_SORTS, { error: `sort must be one of ${MEASURE_SORTS.join(', ')}` })
    .default('-lastReportedOn')
    .openapi({ param: { name: 'sort', in: 'query' } }),
})

const exportHeaders = {
  'Content-Disposition': { schema: { type: 'string' as const }, description: 'attachment, with a file name' },
  'X-Export-Limit': { schema: { type: 'integer' as const }, description: `The most measures an export carries (${MAX_EXPORT_ROWS}).` },
}

const notModified = { description: 'Nothing changed since the ETag sent in If-None-Match' }

const COMMON = `Same filters and order as \`GET /api/sanctions\` (no pagination: every matching measure, at most ${MAX_EXPORT_ROWS}), streamed as it is read. The weak ETag changes whenever the data does; \`If-None-Match\` answers 304.`

export const exportCsv = createRoute({
  method: 'get',
  path: '/api/sanctions.csv',
  tags: ['Exports'],
  summary: 'Measures as CSV, one row per measure with its latest source',
  description: `${COMMON} RFC 4180: UTF-8, a header row, CRLF line ends. Columns: ${MEASURE_CSV_COLUMNS.join(', ')}. Text that a spreadsheet would read as a formula (starting with =, +, -, @) is prefixed with an apostrophe.`,
  request: {
    query: ExportQuery.extend({
      bom: z
        .enum(['true', 'false'])
        .default('false')
        .openapi({ param: { name: 'bom', in: 'query' }, description: 'Start with a UTF-8 byte order mark, for spreadsheets that need one to read UTF-8.' }),
    }),
  },
  responses: {
    200: {
      content: { 'text/csv': { schema: z.string().openapi({ description: 'text/csv; charset=utf-8; header=present' }) } },
      headers: exportHeaders,
      description: 'The CSV file',
    },
    304: notModified,
    400: problemResponse('Unknown filter value or malformed parameter'),
  },
})

export const exportNdjson = createRoute({
  method: 'get',
  path: '/api/sanctions.ndjson',
  tags: ['Exports'],
  summary: 'Measures as newline-delimited JSON, one measure per line',
  description: `${COMMON} Each line is a measure as \`GET /api/sanctions\` shows it, plus \`url\` and \`latestSource\` (status, day, quote and article or list entry of its most recent evidence).`,
  request: { query: ExportQuery },
  responses: {
    200: {
      content: { 'application/x-ndjson': { schema: z.string().openapi({ description: 'One JSON object per line.' }) } },
      headers: exportHeaders,
      description: 'The NDJSON file',
    },
    304: notModified,
    400: problemResponse('Unknown filter value or malformed parameter'),
  },
})

export const exportFtm = createRoute({
  method: 'get',
  path: '/api/sanctions.ftm.json',
  tags: ['Exports'],
  summary: 'Measures as FollowTheMoney entities, one per line (for OpenSanctions and Aleph)',
  description: `${COMMON} Each line is an FtM entity \`{id, schema, properties}\`: a \`Sanction\` per measure (entity, authority, country, program, provisions, status, listingDate, startDate, endDate, modifiedAt, sourceUrl, summary, recordId) after a \`Person\`, \`Organization\`, \`Vessel\` or (for a country) \`LegalEntity\` per target. Ids are stable: \`st-sanction-<authority>-<type>-<target>\` and \`st-target-<target>\`.`,
  request: { query: ExportQuery },
  responses: {
    200: {
      content: { 'application/x-ndjson': { schema: z.string().openapi({ description: 'One FtM entity (JSON) per line.' }) } },
      headers: exportHeaders,
      description: 'The FtM entities',
    },
    304: notModified,
    400: problemResponse('Unknown filter value or malformed parameter'),
  },
})

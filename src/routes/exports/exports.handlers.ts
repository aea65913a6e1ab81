import type { Context } from 'hono'
import { batch } from '../../db/batch'
import { exportDataVersion, exportPage, type ExportRow } from '../../db/queries/exports'
import { sortValue, type MeasureSort } from '../../db/queries/measures'
import { MEASURE_CSV_HEADER, measureCsvRecord } from '../../exports/csv'
import { ftmLines } from '../../exports/ftm'
import { measureWithLatestSource, ndjsonLine } from '../../exports/measure-json'
import { pagedTextStream, type Page } from '../../exports/stream'
import type { Cursor } from '../../lib/cursor'
import type { AppEnv, AppRouteHandler } from '../../app-env'
import { measureFilters } from '../sanctions/sanctions.handlers'
import { MAX_EXPORT_ROWS, type exportCsv, type exportFtm, type exportNdjson } from './exports.routes'

/** Measures read per D1 query: a few hundred rows keep each round trip well under D1's limits. */
const CHUNK_ROWS = 500

type ExportQuery = Parameters<typeof measureFilters>[0] & { sort: MeasureSort }

/**
 * The export's rows, one keyset page of `exportPage` per D1 batch. The first batch also reads
 * the data version, which becomes the ETag.
 */
function measurePages(c: Context<AppEnv>, query: ExportQuery) {
  const filters = measureFilters(query)
  const db = c.var.db
  const state: { version?: string } = {}
  const fetchPage = async (after: Cursor | undefined): Promise<Page<ExportRow, Cursor>> => {
    const pageQuery = exportPage(db, filters, { sort: query.sort, limit: CHUNK_ROWS, after })
    let rows: ExportRow[]
    if (after === undefined) {
      const [first, [version]] = await batch(db, [pageQuery, exportDataVersion(db)])
      rows = first
      state.version = version?.version
    } else {
      ;[rows] = await batch(db, [pageQuery])
    }
    const page = rows.slice(0, CHUNK_ROWS)
    const last = page[page.length - 1]
    return { rows: page, next: rows.length > CHUNK_ROWS && last ? { value: sortValue(last, query.sort), id: last.id } : undefined }
  }
  return { fetchPage, state }
}

async function download(
  c: Context<AppEnv>,
  query: ExportQuery,
  file: { name: string; contentType: string; header?: string; encode: (row: ExportRow, url: string) => string },
): Promise<Response> {
  const origin = new URL(c.req.url).origin
  const pages = measurePages(c, query)
  const body = await pagedTextStream({
    fetchPage: pages.fetchPage,
    encode: (row) => file.encode(row, `${origin}/api/sanctions/${row.id}`),
    header: file.header,
    maxRows: MAX_EXPORT_ROWS,
  })
  // Weak: it names the data, not the bytes. Set here, it also spares any ETag middleware from
  // reading (buffering) the whole stream to digest it.
  const etag = `W/"${pages.state.version}"`
  if (etagMatches(c.req.header('if-none-match'), etag)) {
    await body.cancel()
    return c.body(null, 304, { etag })
  }
  return c.body(body, 200, {
    'content-type': file.contentType,
    'content-disposition': `attachment; filename="${file.name}"`,
    'x-export-limit': String(MAX_EXPORT_ROWS),
    etag,
  })
}

/** Weak comparison (RFC 9110 §8.8.3.2), as If-None-Match uses. */
function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '')
  return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(etag))
}

export const csv: AppRouteHandler<typeof exportCsv> = async (c) => {
  const query = c.req.valid('query')
  return download(c, query, {
    name: 'sanctions.csv',
    contentType: 'text/csv; charset=utf-8; header=present',
    header: (query.bom === 'true' ? '\uFEFF' : '') + MEASURE_CSV_HEADER,
    encode: measureCsvRecord,
  })
}

export const ndjson: AppRouteHandler<typeof exportNdjson> = async (c) => {
  return download(c, c.req.valid('query'), {
    name: 'sanctions.ndjson',
    contentType: 'application/x-ndjson; charset=utf-8',
    encode: (row, url) => ndjsonLine(measureWithLatestSource(row, url)),
  })
}

export const ftm: AppRouteHandler<typeof exportFtm> = async (c) => {
  const seenTargets = new Set<string>()
  return download(c, c.req.valid('query'), {
    name: 'sanctions.ftm.json',
    contentType: 'application/x-ndjson; charset=utf-8',
    encode: (row) => ftmLines(row, seenTargets),
  })
}

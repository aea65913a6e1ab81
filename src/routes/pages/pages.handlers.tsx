/**
 * The tracker's HTML pages. Each is one D1 round trip (`batch`) built from the same named
 * queries as the JSON API, rendered on the server. A bad filter or cursor answers an HTML
 * error page with the problem's status, not JSON.
 */
import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { AppEnv } from '../../app-env'
import { batch } from '../../db/batch'
import { batchWithCachedCounts } from '../../db/cached-counts'
import { listAuthorities } from '../../db/queries/authorities'
import { listMeasures, measureFacets, measuresOfTarget } from '../../db/queries/measures'
import { authorityNames, evidenceOfTarget, measureMatrix } from '../../db/queries/pages'
import { aliasesOfTarget, targetById } from '../../db/queries/targets'
import { MEASURE_TYPES, type MeasureType, type Status } from '../../domain/taxonomy'
import { decodeCursor, encodeCursor } from '../../lib/cursor'
import { Problem } from '../../lib/problem'
import { SITE_CSS, SITE_JS } from '../../pages/assets'
import { EmbedCodePage } from '../../pages/embed-code'
import { ErrorPage } from '../../pages/error'
import { apiQuery, parseEmbedOptions, parsePageFilters, type ListFilter, type PageFilters } from '../../pages/filters'
import { HomePage } from '../../pages/home'
import { OverviewPage, type MatrixRow } from '../../pages/overview'
import { sendPage } from '../../pages/render'
import { TargetPage } from '../../pages/target'
import { WIDGET_VERSION } from '../../widget/widget-asset.js'
import { measureFilters } from '../sanctions/sanctions.handlers'
import { statusHistory, toMeasure } from '../sanctions/measure-view'

type PageContext = Context<AppEnv>

/** Measures per page of the home page. */
export const HOME_PAGE_SIZE = 25

const SITE_POLICY = { styles: [SITE_CSS], scripts: [SITE_JS], frameAncestors: "'none'" } as const

const TARGET_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export function errorPage(c: PageContext, status: ContentfulStatusCode, title: string, details: string[]) {
  return sendPage(c, <ErrorPage status={status} title={title} details={details} />, SITE_POLICY, status)
}

/** Keeps work alive after the page is sent (storing counts a page had to make). */
const waitUntilOf = (c: PageContext) => (promise: Promise<unknown>) => c.executionCtx.waitUntil(promise)

/** Runs a page handler; a client error it throws (bad cursor, bad `q`) becomes an HTML page. */
export function page(handler: (c: PageContext) => Promise<Response>) {
  return async (c: PageContext): Promise<Response> => {
    try {
      return await handler(c)
    } catch (err) {
      if (err instanceof Problem && err.status < 500) return errorPage(c, err.status, err.title, [err.detail])
      throw err
    }
  }
}

/** The filters of the request URL, or the 400 page that says which value is wrong. */
function filtersOf(c: PageContext): { filters: PageFilters } | { response: Promise<Response> } {
  const parsed = parsePageFilters(new URL(c.req.url))
  return parsed.ok ? { filters: parsed.filters } : { response: errorPage(c, 400, 'Unknown filter value', parsed.errors) }
}

export const home = page(async (c) => {
  const parsed = filtersOf(c)
  if ('response' in parsed) return parsed.response
  const { filters } = parsed
  const cursor = c.req.query('cursor')
  const after = cursor ? decodeCursor(cursor) : undefined
  // Each facet counts under the other filters, so it shows what choosing another value adds.
  const others = (name: ListFilter) => measureFilters(apiQuery({ ...filters, [name]: [] }))
  const db = c.var.db
  const [rows, authority, type, status, target] = await batchWithCachedCounts(
    db,
    [
      listMeasures(db, measureFilters(apiQuery(filters)), { sort: '-lastReportedOn', limit: HOME_PAGE_SIZE, after }),
      measureFacets(db, others('authority')).authority,
      measureFacets(db, others('type')).type,
      measureFacets(db, others('status')).status,
      measureFacets(db, others('target')).target,
    ],
    waitUntilOf(c),
  )
  const measures = rows.slice(0, HOME_PAGE_SIZE)
  const last = measures[measures.length - 1]
  const nextCursor = rows.length > HOME_PAGE_SIZE && last ? encodeCursor({ value: last.lastReportedOn, id: last.id }) : null
  // Status counts are taken under every other filter: the chosen statuses' counts add up to the total.
  const total = status.filter((s) => !filters.status.length || filters.status.includes(s.value)).reduce((sum, s) => sum + s.count, 0)
  return sendPage(
    c,
    <HomePage
      filters={filters}
      measures={measures.map(toMeasure)}
      nextCursor={nextCursor}
      paged={Boolean(after)}
      facets={{ authority, type, status, target }}
      total={total}
    />,
    SITE_POLICY,
  )
})

export const target = page(async (c) => {
  const id = c.req.param('id') ?? ''
  if (!TARGET_ID.test(id) || id.length > 200) return errorPage(c, 404, 'No such target', [`There is no target with id “${id}”.`])
  const db = c.var.db
  const [[found], aliases, measures, evidence] = await batch(db, [
    targetById(db, id),
    aliasesOfTarget(db, id),
    measuresOfTarget(db, id),
    evidenceOfTarget(db, id),
  ])
  if (!found) return errorPage(c, 404, 'No such target', [`There is no target with id “${id}”.`])
  const evidenceByMeasure = new Map<number, typeof evidence>()
  for (const row of evidence) {
    const rows = evidenceByMeasure.get(row.measureId)
    if (rows) rows.push(row)
    else evidenceByMeasure.set(row.measureId, [row])
  }
  const names = [...new Set(aliases.map((a) => a.name))].filter((n) => n !== found.name)
  return sendPage(
    c,
    <TargetPage
      target={found}
      aliases={names}
      measures={measures.map((m) => ({ ...toMeasure(m), history: statusHistory(evidenceByMeasure.get(m.id) ?? []) }))}
    />,
    SITE_POLICY,
  )
})

export const overview = page(async (c) => {
  const db = c.var.db
  const [cells, authorities] = await batchWithCachedCounts(db, [measureMatrix(db), authorityNames(db)], waitUntilOf(c))
  const names = new Map(authorities.map((a) => [a.id, a.name]))
  const rows = new Map<string, MatrixRow>()
  const byType: Partial<Record<MeasureType, number>> = {}
  let all = 0
  for (const cell of cells) {
    const row = rows.get(cell.authorityId) ?? { authority: { id: cell.authorityId, name: names.get(cell.authorityId) ?? cell.authorityId }, cells: {}, total: 0 }
    rows.set(cell.authorityId, row)
    const entry = (row.cells[cell.type] ??= { count: 0, byStatus: {} })
    entry.count += cell.count
    entry.byStatus[cell.status as Status] = (entry.byStatus[cell.status as Status] ?? 0) + cell.count
    row.total += cell.count
    byType[cell.type] = (byType[cell.type] ?? 0) + cell.count
    all += cell.count
  }
  // Most active authorities first; the types that occur, in taxonomy order.
  const sorted = [...rows.values()].sort((a, b) => b.total - a.total || a.authority.name.localeCompare(b.authority.name))
  const types = MEASURE_TYPES.filter((t) => byType[t])
  return sendPage(c, <OverviewPage types={types} rows={sorted} totals={{ byType, all }} />, SITE_POLICY)
})

export const embedCode = page(async (c) => {
  const parsed = filtersOf(c)
  if ('response' in parsed) return parsed.response
  const options = parseEmbedOptions(new URL(c.req.url))
  if (!options.ok) return errorPage(c, 400, 'Invalid embed option', options.errors)
  const db = c.var.db
  const [authorities, targets] = await batchWithCachedCounts(db, [listAuthorities(db), measureFacets(db, {}).target], waitUntilOf(c))
  return sendPage(
    c,
    <EmbedCodePage
      filters={parsed.filters}
      limit={options.limit}
      theme={options.theme}
      origin={new URL(c.req.url).origin}
      widgetVersion={WIDGET_VERSION}
      authorities={authorities.filter((a) => a.measureCount > 0)}
      targets={targets}
    />,
    // the preview loads the widget (script, API) and the iframe embed from this origin
    { ...SITE_POLICY, loadsWidget: true },
  )
})

/** The tracker's mark, as the pages' icon. */
export const FAVICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><rect x="2" y="3" width="20" height="18" rx="4" fill="#2f6fde"/>' +
  '<path d="M6 8h12M6 12h8M6 16h10" stroke="#fff" stroke-width="2" stroke-linecap="round"/></svg>'

export const favicon = (c: PageContext) =>
  c.body(FAVICON_SVG, 200, { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'public, max-age=86400, stale-while-revalidate=604800' })

/**
 * The embeds: `GET /widget.js` (the `<sanctions-tracker>` element), `GET /api/embed` (what it
 * reads) and `GET /embed` (the iframe embed, a server-rendered page).
 */
import type { Context } from 'hono'
import type { AppEnv, AppRouteHandler } from '../../app-env'
import { batch } from '../../db/batch'
import { listMeasuresWithSource } from '../../db/queries/pages'
import { decodeCursor, encodeCursor } from '../../lib/cursor'
import { IMMUTABLE_CACHE } from '../../lib/http-cache'
import { Problem } from '../../lib/problem'
import { EMBED_CSS, EMBED_JS } from '../../pages/assets'
import { EmbedPage } from '../../pages/embed'
import { apiQuery, parseEmbedOptions, parsePageFilters, queryString, type PageFilters } from '../../pages/filters'
import { sendPage } from '../../pages/render'
import { WIDGET_JS, WIDGET_VERSION } from '../../widget/widget-asset.js'
import { splitList } from '../common.schemas'
import { measureFilters } from '../sanctions/sanctions.handlers'
import { toEmbedMeasure } from './embed-view'
import type { listEmbedMeasures } from './embed.routes'

/**
 * `/widget.js` keeps its URL for years in pages that embed it, so it is revalidated (ETag = the
 * version) after a day and served stale meanwhile; `/widget.js?v=<version>` never changes.
 */
export const WIDGET_CACHE = 'public, max-age=86400, stale-while-revalidate=604800'

export const widget = (c: Context<AppEnv>) =>
  c.body(WIDGET_JS, 200, {
    'Content-Type': 'text/javascript; charset=utf-8',
    ETag: `"${WIDGET_VERSION}"`,
    'Cache-Control': c.req.query('v') === WIDGET_VERSION ? IMMUTABLE_CACHE : WIDGET_CACHE,
  })

/** The tracker's full view of these filters. */
const fullViewUrl = (origin: string, filters: PageFilters) => `${origin}/${queryString(filters)}`

export const list: AppRouteHandler<typeof listEmbedMeasures> = async (c) => {
  const query = c.req.valid('query')
  const after = query.cursor ? decodeCursor(query.cursor) : undefined
  const origin = new URL(c.req.url).origin
  const db = c.var.db
  const [rows] = await batch(db, [listMeasuresWithSource(db, measureFilters(query), { sort: '-lastReportedOn', limit: query.limit, after })])
  const page = rows.slice(0, query.limit)
  const last = page[page.length - 1]
  const nextCursor = rows.length > query.limit && last ? encodeCursor({ value: last.lastReportedOn, id: last.id }) : null
  const filters: PageFilters = {
    authority: splitList(query.authority),
    type: splitList(query.type),
    status: splitList(query.status),
    target: splitList(query.target),
    q: query.q,
  }
  return c.json({ data: page.map((row) => toEmbedMeasure(row, origin)), nextCursor, url: fullViewUrl(origin, filters) }, 200)
}

const EMBED_POLICY = { styles: [EMBED_CSS], scripts: [EMBED_JS], frameAncestors: '*' } as const

export const embed = async (c: Context<AppEnv>) => {
  const url = new URL(c.req.url)
  const parsed = parsePageFilters(url)
  const options = parseEmbedOptions(url)
  const theme = options.ok ? options.theme : 'light'
  const invalid = (status: 400, details: string[]) =>
    sendPage(c, <EmbedPage measures={[]} moreUrl={`${url.origin}/`} theme={theme} error={`This embed has an invalid option (${details.join('; ')}).`} />, EMBED_POLICY, status)
  if (!parsed.ok || !options.ok) return invalid(400, [...(parsed.ok ? [] : parsed.errors), ...(options.ok ? [] : options.errors)])
  let filters
  try {
    filters = measureFilters(apiQuery(parsed.filters))
  } catch (err) {
    if (err instanceof Problem) return invalid(400, [err.detail])
    throw err
  }
  const db = c.var.db
  const [rows] = await batch(db, [listMeasuresWithSource(db, filters, { sort: '-lastReportedOn', limit: options.limit })])
  const measures = rows.slice(0, options.limit).map((row) => toEmbedMeasure(row, url.origin))
  // one target asked for: name it in the title, as the widget does
  const title = parsed.filters.target.length === 1 && measures[0] ? `Sanctions against ${measures[0].target.name}` : undefined
  return sendPage(c, <EmbedPage measures={measures} moreUrl={fullViewUrl(url.origin, parsed.filters)} theme={theme} title={title} />, EMBED_POLICY)
}

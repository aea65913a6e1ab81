import type { Context } from 'hono'
import { batch } from '../../db/batch'
import { latestEvents, type EventFilters } from '../../db/queries/events'
import type { MeasureType, Status } from '../../domain/taxonomy'
import type { AppEnv, AppRouteHandler } from '../../app-env'
import { splitList } from '../common.schemas'
import { atomFeed as renderAtom, type FeedMeta } from './atom'
import { feedEntry, type FeedEntry } from './feed-entry'
import { jsonFeed as renderJsonFeed } from './json-feed'
import type { atomFeed, jsonFeed } from './feeds.routes'

type FeedQuery = { authority?: string; type?: string; status?: string; target?: string; limit: number }

async function feedEntries(c: Context<AppEnv>, query: FeedQuery): Promise<{ entries: FeedEntry[]; meta: FeedMeta; origin: string }> {
  const filters: EventFilters = {
    authority: splitList(query.authority),
    type: splitList(query.type) as MeasureType[],
    status: splitList(query.status) as Status[],
    target: splitList(query.target),
  }
  const db = c.var.db
  const [rows] = await batch(db, [latestEvents(db, filters, query.limit)])
  const url = new URL(c.req.url)
  const entries = rows.map((row) => feedEntry(row, url.origin))
  const described = Object.entries(filters)
    .filter(([, values]) => values?.length)
    .map(([name, values]) => `${name} ${values!.join(', ')}`)
  const alternate = new URLSearchParams()
  for (const name of ['authority', 'type', 'target'] as const) if (query[name]) alternate.set(name, query[name]!)
  return {
    entries,
    origin: url.origin,
    meta: {
      title: `Sanctions tracker: new measures and status changes${described.length ? ` (${described.join('; ')})` : ''}`,
      subtitle: 'Sanctions measures reported in the news: each new measure and each change of its status, with the quote that reported it.',
      selfUrl: url.href,
      alternateUrl: `${url.origin}/api/sanctions${alternate.size ? `?${alternate}` : ''}`,
      // An empty feed has a fixed date, so its ETag stays the same until something happens.
      updated: entries[0]?.recordedAt ?? '1970-01-01T00:00:00.000Z',
    },
  }
}

export const atom: AppRouteHandler<typeof atomFeed> = async (c) => {
  const { entries, meta } = await feedEntries(c, c.req.valid('query'))
  return c.body(renderAtom(meta, entries), 200, { 'content-type': 'application/atom+xml; charset=utf-8' })
}

export const json: AppRouteHandler<typeof jsonFeed> = async (c) => {
  const { entries, meta, origin } = await feedEntries(c, c.req.valid('query'))
  const body = renderJsonFeed({ ...meta, homePageUrl: `${origin}/` }, entries)
  return c.body(JSON.stringify(body), 200, { 'content-type': 'application/feed+json; charset=utf-8' })
}

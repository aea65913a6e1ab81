import { batch } from '../../db/batch'
import { batchWithCachedCounts } from '../../db/cached-counts'
import { listMeasures, measureFacets, measureWithEvidence, sortValue, type MeasureFilters } from '../../db/queries/measures'
import { toFtsQuery } from '../../db/queries/search'
import type { MeasureType, Status } from '../../domain/taxonomy'
import { decodeCursor, encodeCursor } from '../../lib/cursor'
import { badRequest, notFound } from '../../lib/problem'
import type { AppRouteHandler } from '../../app-env'
import { splitList } from '../common.schemas'
import { statusHistory, toEvidence, toMeasure } from './measure-view'
import type { getSanction, listSanctions, sanctionFacets } from './sanctions.routes'

type FilterQuery = {
  authority?: string
  type?: string
  status?: string
  target?: string
  q?: string
  since?: string
  until?: string
}

/** Turns validated query parameters into query filters. */
export function measureFilters(query: FilterQuery): MeasureFilters {
  const ftsQuery = query.q === undefined ? undefined : toFtsQuery(query.q)
  if (query.q !== undefined && !ftsQuery) throw badRequest('q must contain at least one letter or digit.')
  if (query.since && query.until && query.since > query.until) throw badRequest('since must not be after until.')
  return {
    authority: splitList(query.authority),
    type: splitList(query.type) as MeasureType[],
    status: splitList(query.status) as Status[],
    target: splitList(query.target),
    ftsQuery,
    since: query.since,
    until: query.until,
  }
}

export const list: AppRouteHandler<typeof listSanctions> = async (c) => {
  const query = c.req.valid('query')
  const after = query.cursor ? decodeCursor(query.cursor) : undefined
  const db = c.var.db
  const [rows] = await batch(db, [listMeasures(db, measureFilters(query), { sort: query.sort, limit: query.limit, after })])
  const page = rows.slice(0, query.limit)
  const last = page[page.length - 1]
  const nextCursor = rows.length > query.limit && last ? encodeCursor({ value: sortValue(last, query.sort), id: last.id }) : null
  return c.json({ data: page.map(toMeasure), nextCursor }, 200)
}

export const facets: AppRouteHandler<typeof sanctionFacets> = async (c) => {
  const db = c.var.db
  const facets = measureFacets(db, measureFilters(c.req.valid('query')))
  const [authority, type, status, target] = await batchWithCachedCounts(
    db,
    [facets.authority, facets.type, facets.status, facets.target],
    (promise) => c.executionCtx.waitUntil(promise),
  )
  return c.json({ authority, type, status, target }, 200)
}

export const get: AppRouteHandler<typeof getSanction> = async (c) => {
  const { id } = c.req.valid('param')
  const db = c.var.db
  const [[measure], evidence] = await batch(db, measureWithEvidence(db, id))
  if (!measure) throw notFound(`No measure with id ${id}.`)
  return c.json({ ...toMeasure(measure), evidence: evidence.map(toEvidence), history: statusHistory(evidence) }, 200)
}

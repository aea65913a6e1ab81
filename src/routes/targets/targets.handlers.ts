import { batch } from '../../db/batch'
import { measuresOfTarget } from '../../db/queries/measures'
import { toFtsQuery } from '../../db/queries/search'
import { listingsOfTarget } from '../../db/queries/sources'
import { aliasesOfTarget, listTargets as listTargetsQuery, targetById } from '../../db/queries/targets'
import type { TargetKind } from '../../domain/taxonomy'
import { decodeCursor, encodeCursor } from '../../lib/cursor'
import { badRequest, notFound } from '../../lib/problem'
import type { AppRouteHandler } from '../../app-env'
import { splitList } from '../common.schemas'
import { toMeasure } from '../sanctions/measure-view'
import type { getTarget, listTargets } from './targets.routes'

export const list: AppRouteHandler<typeof listTargets> = async (c) => {
  const { q, kind, limit, cursor } = c.req.valid('query')
  const ftsQuery = q === undefined ? undefined : toFtsQuery(q)
  if (q !== undefined && !ftsQuery) throw badRequest('q must contain at least one letter or digit.')
  const after = cursor ? String(decodeCursor(cursor).value) : undefined
  const db = c.var.db
  const [rows] = await batch(db, [listTargetsQuery(db, { kind: splitList(kind) as TargetKind[], ftsQuery }, limit, after)])
  const page = rows.slice(0, limit)
  const last = page[page.length - 1]
  const nextCursor = rows.length > limit && last ? encodeCursor({ value: last.id, id: 0 }) : null
  return c.json({ data: page.map((t) => ({ ...t, kind: t.kind as TargetKind })), nextCursor }, 200)
}

export const get: AppRouteHandler<typeof getTarget> = async (c) => {
  const { id } = c.req.valid('param')
  const db = c.var.db
  const [[target], aliases, measures, listings] = await batch(db, [
    targetById(db, id),
    aliasesOfTarget(db, id),
    measuresOfTarget(db, id),
    listingsOfTarget(db, id),
  ])
  if (!target) throw notFound(`No target with id ${id}.`)
  const names = [...new Set(aliases.map((a) => a.name))].filter((n) => n !== target.name)
  return c.json(
    {
      ...target,
      kind: target.kind as TargetKind,
      aliases: names,
      measures: measures.map(toMeasure),
      listings: listings.map(({ listName, authorityId, sourceUrl, ...rest }) => ({ list: listName, authority: authorityId, url: sourceUrl, ...rest })),
    },
    200,
  )
}

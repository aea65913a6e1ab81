import { batch } from '../../db/batch'
import { measuresOfTarget } from '../../db/queries/measures'
import { toFtsQuery } from '../../db/queries/search'
import { aliasesOfTarget, listTargets as listTargetsQuery, measureCountOfTargets, targetById } from '../../db/queries/targets'
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
  // Counts for just this page's targets; a second round trip only when the page is not empty.
  const counts = page.length ? (await batch(db, [measureCountOfTargets(db, page.map((t) => t.id))]))[0] : []
  const countOf = new Map(counts.map((r) => [r.targetId, r.count]))
  const last = page[page.length - 1]
  const nextCursor = rows.length > limit && last ? encodeCursor({ value: last.id, id: 0 }) : null
  return c.json({ data: page.map((t) => ({ ...t, measureCount: countOf.get(t.id) ?? 0 })), nextCursor }, 200)
}

export const get: AppRouteHandler<typeof getTarget> = async (c) => {
  const { id } = c.req.valid('param')
  const db = c.var.db
  const [[target], aliases, measures] = await batch(db, [targetById(db, id), aliasesOfTarget(db, id), measuresOfTarget(db, id)])
  if (!target) throw notFound(`No target with id ${id}.`)
  const names = [...new Set(aliases.map((a) => a.name))].filter((n) => n !== target.name)
  return c.json({ ...target, aliases: names, measures: measures.map(toMeasure) }, 200)
}

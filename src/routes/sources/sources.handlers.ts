import { sql } from 'drizzle-orm'
import { batch } from '../../db/batch'
import { deleteSource as deleteSourceQuery, insertSource, listActiveSources } from '../../db/queries/sources'
import { recordAudit } from '../../db/queries/audit'
import { badRequest, notFound } from '../../lib/problem'
import { clientAddress } from '../../lib/request-guards'
import { sourceUrlProblem } from '../../refresh/fetch-guard'
import type { AppRouteHandler } from '../../app-env'
import type { createSource, deleteSource, listSources } from './sources.routes'

const DEFAULT_NAMES = { feed: 'News feed', 'ofac-sdn': 'OFAC SDN List', opensanctions: 'OpenSanctions' } as const

export const create: AppRouteHandler<typeof createSource> = async (c) => {
  const input = c.req.valid('json')
  const allowPrivate = c.env.ALLOW_PRIVATE_SOURCES === 'true'
  for (const [field, value] of [['url', input.url], ['aliasesUrl', input.aliasesUrl]] as const) {
    const problem = value === undefined ? undefined : sourceUrlProblem(value, allowPrivate)
    if (problem) throw badRequest(`${field} ${problem}.`, [{ path: field, message: problem }])
  }
  if (input.aliasesUrl && input.kind !== 'ofac-sdn') throw badRequest('aliasesUrl only applies to kind ofac-sdn.')
  const name = input.name ?? `${DEFAULT_NAMES[input.kind]} (${new URL(input.url).hostname})`
  const db = c.var.db
  const [[source]] = await batch(db, [
    insertSource(db, { kind: input.kind, url: input.url, aliasesUrl: input.aliasesUrl ?? null, name }),
    recordAudit(db, {
      action: 'source.create',
      subject: sql`'source:' || last_insert_rowid()`,
      detail: { kind: input.kind, url: input.url, name },
      client: clientAddress(c),
    }),
  ])
  return c.json(source!, 201)
}

export const list: AppRouteHandler<typeof listSources> = async (c) => {
  const [rows] = await batch(c.var.db, [listActiveSources(c.var.db)])
  return c.json({ data: rows }, 200)
}

export const remove: AppRouteHandler<typeof deleteSource> = async (c) => {
  const { id } = c.req.valid('param')
  const db = c.var.db
  const [deleted] = await batch(db, [
    deleteSourceQuery(db, id, new Date().toISOString()),
    // logged only when the update above changed the source (it was active)
    recordAudit(db, { action: 'source.delete', subject: sql`(select ${`source:${id}`} where changes() > 0)`, client: clientAddress(c) }),
  ])
  if (!deleted.length) throw notFound(`No active source with id ${id}.`)
  return c.body(null, 204)
}

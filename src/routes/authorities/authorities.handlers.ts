import { batch } from '../../db/batch'
import { listAuthorities as listAuthoritiesQuery } from '../../db/queries/authorities'
import type { AuthorityKind } from '../../domain/authorities'
import type { AppRouteHandler } from '../../app-env'
import type { listAuthorities } from './authorities.routes'

export const list: AppRouteHandler<typeof listAuthorities> = async (c) => {
  const db = c.var.db
  const [rows] = await batch(db, [listAuthoritiesQuery(db)])
  return c.json({ data: rows.map((r) => ({ ...r, kind: r.kind as AuthorityKind })) }, 200)
}

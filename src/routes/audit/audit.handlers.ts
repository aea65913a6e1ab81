import { batch } from '../../db/batch'
import { listAudit as listAuditQuery } from '../../db/queries/audit'
import { decodeCursor, encodeCursor } from '../../lib/cursor'
import type { AppRouteHandler } from '../../app-env'
import type { listAudit } from './audit.routes'

export const list: AppRouteHandler<typeof listAudit> = async (c) => {
  const { limit, cursor } = c.req.valid('query')
  const before = cursor ? decodeCursor(cursor).id : undefined
  const [rows] = await batch(c.var.db, [listAuditQuery(c.var.db, limit, before)])
  const page = rows.slice(0, limit)
  const last = page[page.length - 1]
  return c.json(
    {
      data: page.map((r) => ({ ...r, detail: JSON.parse(r.detail) as Record<string, unknown> })),
      nextCursor: rows.length > limit && last ? encodeCursor({ value: 0, id: last.id }) : null,
    },
    200,
  )
}

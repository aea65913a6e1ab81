import { batch } from '../../db/batch'
import { activeSourceById, listRuns as listRunsQuery, runSourcesOf } from '../../db/queries/sources'
import { decodeCursor, encodeCursor } from '../../lib/cursor'
import { recordAudit } from '../../db/queries/audit'
import { notFound } from '../../lib/problem'
import { clientAddress } from '../../lib/request-guards'
import { refreshOptionsFromEnv } from '../../refresh/config'
import { runRefresh } from '../../refresh/run-refresh'
import type { AppRouteHandler } from '../../app-env'
import type { listRuns, runRefreshNow } from './refresh.routes'

export const run: AppRouteHandler<typeof runRefreshNow> = async (c) => {
  const { source } = c.req.valid('query')
  if (source !== undefined) {
    const [found] = await batch(c.var.db, [activeSourceById(c.var.db, source)])
    if (!found.length) throw notFound(`No active source with id ${source}.`)
  }
  const summary = await runRefresh(c.var.db, { ...refreshOptionsFromEnv(c.env), trigger: 'manual', sourceId: source })
  // A run is many batches (one per source and item), so its entry is written once it is done.
  const totals = summary.sources.reduce(
    (t, s) => ({ newArticles: t.newArticles + s.newArticles, findings: t.findings + s.findings, lifts: t.lifts + s.lifts }),
    { newArticles: 0, findings: 0, lifts: 0 },
  )
  await batch(c.var.db, [
    recordAudit(c.var.db, { action: 'refresh.run', subject: `refresh_run:${summary.id}`, detail: { source: source ?? null, ...totals }, client: clientAddress(c) }),
  ])
  return c.json(summary, 200)
}

export const list: AppRouteHandler<typeof listRuns> = async (c) => {
  const { limit, cursor } = c.req.valid('query')
  const before = cursor ? decodeCursor(cursor).id : undefined
  const db = c.var.db
  const [runs] = await batch(db, [listRunsQuery(db, limit, before)])
  const page = runs.slice(0, limit)
  const [sources] = await batch(db, [runSourcesOf(db, page.map((r) => r.id))])
  const data = page.map((r) => ({
    ...r,
    sources: sources
      .filter((s) => s.runId === r.id)
      .map(({ id: _id, runId: _runId, errors, ...rest }) => ({ ...rest, errors: JSON.parse(errors) as string[] })),
  }))
  const last = page[page.length - 1]
  return c.json({ data, nextCursor: runs.length > limit && last ? encodeCursor({ value: 0, id: last.id }) : null }, 200)
}

import { sql } from 'drizzle-orm'
import { batch } from '../../db/batch'
import * as q from '../../db/queries/webhooks'
import type { WebhookEvent, WebhookFilters, WebhookRow } from '../../db/queries/webhooks'
import { decodeCursor, encodeCursor } from '../../lib/cursor'
import { recordAudit } from '../../db/queries/audit'
import { badRequest, notFound } from '../../lib/problem'
import { sourceUrlProblem } from '../../refresh/fetch-guard'
import { clientAddress } from '../../lib/request-guards'
import { newWebhookSecret } from '../../webhooks/signing'
import { deliverWebhooksInBackground } from '../../webhooks'
import { eventName } from '../../webhooks/payload'
import type { Context } from 'hono'
import type { AppEnv, AppRouteHandler } from '../../app-env'
import type { createWebhook, deleteWebhook, getWebhook, listDeliveries, listWebhooks, resumeWebhook } from './webhooks.routes'

function toWebhook(row: WebhookRow) {
  return {
    ...row,
    events: JSON.parse(row.events) as WebhookEvent[],
    filters: JSON.parse(row.filters) as WebhookFilters,
  }
}

const noWebhook = (id: number) => notFound(`No webhook with id ${id}.`)

/** An audit entry for a change to hook `id`, written only if the hook exists when it runs. */
function auditIfWebhookExists(c: Context<AppEnv>, action: string, id: number) {
  const subject = sql`(select ${`webhook:${id}`} where exists (select 1 from webhooks where id = ${id}))`
  return recordAudit(c.var.db, { action, subject, client: clientAddress(c) })
}

export const create: AppRouteHandler<typeof createWebhook> = async (c) => {
  const input = c.req.valid('json')
  // Deliveries are requests from inside Cloudflare's network: no private targets (SSRF).
  const urlProblem = sourceUrlProblem(input.url, c.env.ALLOW_PRIVATE_SOURCES === 'true')
  if (urlProblem) throw badRequest(`url ${urlProblem}.`, [{ path: 'url', message: urlProblem }])
  const secret = newWebhookSecret()
  const db = c.var.db
  const [[inserted]] = await batch(db, [
    q.insertWebhook(db, {
      url: input.url,
      secret,
      events: input.events ? [...new Set(input.events)] : [...q.WEBHOOK_EVENTS],
      filters: input.filters ?? {},
      linkOrigin: new URL(c.req.url).origin,
    }),
    recordAudit(db, {
      action: 'webhook.create',
      subject: sql`'webhook:' || last_insert_rowid()`,
      detail: { url: input.url, events: input.events ?? null, filters: input.filters ?? {} },
      client: clientAddress(c),
    }),
  ])
  const [[hook]] = await batch(db, [q.webhookById(db, inserted!.id)])
  return c.json({ ...toWebhook(hook!), secret }, 201)
}

export const list: AppRouteHandler<typeof listWebhooks> = async (c) => {
  const [rows] = await batch(c.var.db, [q.listWebhooks(c.var.db)])
  return c.json({ data: rows.map(toWebhook) }, 200)
}

export const get: AppRouteHandler<typeof getWebhook> = async (c) => {
  const { id } = c.req.valid('param')
  const [[hook]] = await batch(c.var.db, [q.webhookById(c.var.db, id)])
  if (!hook) throw noWebhook(id)
  return c.json(toWebhook(hook), 200)
}

export const remove: AppRouteHandler<typeof deleteWebhook> = async (c) => {
  const { id } = c.req.valid('param')
  const db = c.var.db
  const [, , deleted] = await batch(db, [auditIfWebhookExists(c, 'webhook.delete', id), ...q.deleteWebhook(db, id)])
  if (deleted.length === 0) throw noWebhook(id)
  return c.body(null, 204)
}

export const resume: AppRouteHandler<typeof resumeWebhook> = async (c) => {
  const { id } = c.req.valid('param')
  const db = c.var.db
  const [, resumed, , [hook]] = await batch(db, [auditIfWebhookExists(c, 'webhook.resume', id), ...q.resumeWebhook(db, id), q.webhookById(db, id)])
  if (resumed.length === 0 || !hook) throw noWebhook(id)
  if (hook.pendingDeliveries > 0) deliverWebhooksInBackground(c)
  return c.json(toWebhook(hook), 200)
}

export const deliveries: AppRouteHandler<typeof listDeliveries> = async (c) => {
  const { id } = c.req.valid('param')
  const { limit, cursor } = c.req.valid('query')
  const before = cursor ? Number(decodeCursor(cursor).value) : undefined
  const db = c.var.db
  const [[hook], rows] = await batch(db, [q.webhookById(db, id), q.deliveriesOf(db, id, limit, before)])
  if (!hook) throw noWebhook(id)
  const page = rows.slice(0, limit)
  const last = page[page.length - 1]
  const nextCursor = rows.length > limit && last ? encodeCursor({ value: last.eventId, id: last.id }) : null
  return c.json(
    {
      data: page.map(({ kind, ...d }) => ({ ...d, event: eventName(kind), nextAttemptAt: d.state === 'pending' ? d.nextAttemptAt : null })),
      nextCursor,
    },
    200,
  )
}

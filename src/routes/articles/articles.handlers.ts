import { batch } from '../../db/batch'
import { articleById, findingsOfArticle, listArticles as listArticlesQuery } from '../../db/queries/articles'
import { articleToRetract, measuresStillPresent, retractionStatements } from '../../db/queries/retraction'
import { ingestArticle } from '../../ingest/ingest-article'
import { deliverWebhooksInBackground } from '../../webhooks'
import { findingsFromEvidence } from '../../ingest/findings-view'
import { decodeCursor, encodeCursor } from '../../lib/cursor'
import { Problem, notFound } from '../../lib/problem'
import { clientAddress } from '../../lib/request-guards'
import type { AppRouteHandler } from '../../app-env'
import { MAX_TEXT_BYTES, type createArticle, type deleteArticle, type getArticle, type listArticles } from './articles.routes'

export const create: AppRouteHandler<typeof createArticle> = async (c) => {
  const input = c.req.valid('json')
  const bytes = new TextEncoder().encode(input.text).byteLength
  if (bytes > MAX_TEXT_BYTES) {
    throw new Problem(413, 'Content Too Large', `text is ${bytes} bytes; the limit is ${MAX_TEXT_BYTES} bytes (200 KB).`)
  }
  const { created, article, findings } = await ingestArticle(c.var.db, input, { audit: { client: clientAddress(c) } })
  // the ingest enqueued webhook deliveries for any new measure or status change: send them now
  if (created && findings.length > 0) deliverWebhooksInBackground(c)
  return c.json({ article, findings }, created ? 201 : 200)
}

export const list: AppRouteHandler<typeof listArticles> = async (c) => {
  const { limit, cursor } = c.req.valid('query')
  const after = cursor ? decodeCursor(cursor) : undefined
  const [rows] = await batch(c.var.db, [listArticlesQuery(c.var.db, limit, after && { value: String(after.value), id: after.id })])
  const page = rows.slice(0, limit)
  const last = page[page.length - 1]
  const nextCursor = rows.length > limit && last ? encodeCursor({ value: last.publishedOn, id: last.id }) : null
  return c.json({ data: page, nextCursor }, 200)
}

export const get: AppRouteHandler<typeof getArticle> = async (c) => {
  const { id } = c.req.valid('param')
  const [[article], rows] = await batch(c.var.db, [articleById(c.var.db, id), findingsOfArticle(c.var.db, id)])
  if (!article) throw notFound(`No article with id ${id}.`)
  return c.json({ article, findings: findingsFromEvidence(rows) }, 200)
}

export const remove: AppRouteHandler<typeof deleteArticle> = async (c) => {
  const { id } = c.req.valid('param')
  const db = c.var.db
  // The evidence of a stored article never changes, so what it feeds can be read first.
  const [[article], fed] = await batch(db, articleToRetract(db, id))
  if (!article) throw notFound(`No article with id ${id}.`)
  const measureIds = [...new Set(fed.map((r) => r.measureId))]
  const targetIds = [...new Set(fed.map((r) => r.targetId))]
  const audit = {
    action: 'article.delete',
    subject: `article:${id}`,
    detail: { title: article.title, url: article.url, measures: measureIds },
    client: clientAddress(c),
  }
  const results = await batch(db, [...retractionStatements(db, id, { measureIds, targetIds }, audit), measuresStillPresent(db, measureIds)])
  const deleted = results[1] as { id: number }[]
  if (deleted.length === 0) throw notFound(`No article with id ${id}.`)
  const kept = new Set((results[results.length - 1] as { id: number }[]).map((r) => r.id))
  // status changes caused by the retraction were enqueued for webhooks in the batch
  deliverWebhooksInBackground(c)
  return c.json(
    {
      article,
      measuresRecomputed: measureIds.filter((m) => kept.has(m)),
      measuresRemoved: measureIds.filter((m) => !kept.has(m)),
    },
    200,
  )
}

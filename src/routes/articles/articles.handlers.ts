import { batch } from '../../db/batch'
import { articleById, findingsOfArticle, listArticles as listArticlesQuery } from '../../db/queries/articles'
import { ingestArticle } from '../../ingest/ingest-article'
import { deliverWebhooksInBackground } from '../../webhooks'
import { findingsFromEvidence } from '../../ingest/findings-view'
import { decodeCursor, encodeCursor } from '../../lib/cursor'
import { Problem, notFound } from '../../lib/problem'
import type { AppRouteHandler } from '../../app-env'
import { MAX_TEXT_BYTES, type createArticle, type getArticle, type listArticles } from './articles.routes'

export const create: AppRouteHandler<typeof createArticle> = async (c) => {
  const input = c.req.valid('json')
  const bytes = new TextEncoder().encode(input.text).byteLength
  if (bytes > MAX_TEXT_BYTES) {
    throw new Problem(413, 'Content Too Large', `text is ${bytes} bytes; the limit is ${MAX_TEXT_BYTES} bytes (200 KB).`)
  }
  const { created, article, findings } = await ingestArticle(c.var.db, input)
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

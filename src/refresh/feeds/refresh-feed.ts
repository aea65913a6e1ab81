/**
 * One feed source in one run: fetch the feed (conditionally), remember its items, then fetch
 * and ingest pending items' pages within the run's budget. Items a run cannot reach stay
 * pending and are taken first next time; an item that keeps failing is given up after three
 * attempts and its error kept.
 */
import { batch } from '../../db/batch'
import { insertFeedItems, markFeedItem, pendingFeedItems, updateSourceState } from '../../db/queries/sources'
import { ingestArticle } from '../../ingest/ingest-article'
import { Problem } from '../../lib/problem'
import { budgetSpent, guardedFetch, readTextCapped, SourceFetchError } from '../fetch-guard'
import type { RunContext, SourceRunResult } from '../types'
import { articleTextFromHtml } from './article-text'
import { parseFeed } from './parse-feed'

const MAX_ITEM_ATTEMPTS = 3
const MAX_PAGE_BYTES = 2 * 1024 * 1024

export async function refreshFeed(run: RunContext, result: SourceRunResult): Promise<void> {
  const { db, source } = run
  const before = run.budget.remaining
  try {
    const headers: Record<string, string> = { accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5' }
    if (source.etag) headers['if-none-match'] = source.etag
    if (source.lastModified) headers['if-modified-since'] = source.lastModified
    const res = await guardedFetch(source.url, { allowPrivate: run.allowPrivate, budget: run.budget, headers })
    if (res.status === 304) {
      await res.body?.cancel()
      result.outcome = 'not_modified'
    } else if (!res.ok) {
      await res.body?.cancel()
      throw new SourceFetchError(`GET ${source.url} answered ${res.status}`)
    } else {
      const items = parseFeed(await readTextCapped(res, run.maxFeedBytes), source.url)
      result.itemsSeen = items.length
      const writes = insertFeedItems(db, source.id, items.map((i) => ({ itemKey: i.key, url: i.url, title: i.title, publishedAt: i.publishedAt })))
      // the feed's validators are stored with its items, so a 304 never hides unseen items
      await batch(db, [
        ...writes,
        updateSourceState(db, source.id, { etag: res.headers.get('etag'), lastModified: res.headers.get('last-modified') }),
      ])
    }
    await ingestPendingItems(run, result)
  } finally {
    result.requests += before - run.budget.remaining
  }
}

async function ingestPendingItems(run: RunContext, result: SourceRunResult): Promise<void> {
  const { db, source } = run
  const [pending] = await batch(db, [pendingFeedItems(db, source.id, run.maxItemsPerSource + 1)])
  for (const [index, item] of pending.entries()) {
    if (index >= run.maxItemsPerSource || budgetSpent(run.budget)) {
      result.outcome = result.outcome === 'failed' ? 'failed' : 'partial'
      return
    }
    try {
      const res = await guardedFetch(item.url, { allowPrivate: run.allowPrivate, budget: run.budget, headers: { accept: 'text/html' } })
      if (!res.ok) {
        await res.body?.cancel()
        throw new SourceFetchError(`GET ${item.url} answered ${res.status}`)
      }
      const capped = new Response(await readTextCapped(res, MAX_PAGE_BYTES), { headers: { 'content-type': 'text/html' } })
      const page = await articleTextFromHtml(capped)
      const title = item.title ?? page.title
      if (!page.text) throw new SourceFetchError(`no article text found at ${item.url}`)
      const ingested = await ingestArticle(db, {
        text: title && !page.text.startsWith(title) ? `${title}\n${page.text}` : page.text,
        title: title || undefined,
        url: item.url,
        publishedAt: item.publishedAt ?? undefined,
      })
      if (ingested.created) {
        result.newArticles++
        result.findings += ingested.findings.length
      }
      await batch(db, [markFeedItem(db, item.id, { state: 'ingested', articleId: ingested.article.id, attempts: item.attempts + 1, error: null })])
    } catch (err) {
      const message = err instanceof Problem ? err.detail : err instanceof Error ? err.message : String(err)
      result.errors.push(`item ${item.url}: ${message}`)
      const attempts = item.attempts + 1
      await batch(db, [markFeedItem(db, item.id, { attempts, error: message, state: attempts >= MAX_ITEM_ATTEMPTS ? 'failed' : 'pending' })])
    }
  }
}

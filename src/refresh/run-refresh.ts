/**
 * A refresh run: every active source (or one), each isolated from the others. A source that
 * times out, answers an error, or sends something malformed or oversized is recorded as failed
 * for this run; what is stored is only ever changed by a complete, atomic batch.
 */
import { batch } from '../db/batch'
import type { Db } from '../db/client'
import { activeSourceById, activeSourcesFull, finishRun, insertRun, insertRunSource, updateSourceState } from '../db/queries/sources'
import type { FetchBudget } from './fetch-guard'
import { refreshFeed } from './feeds/refresh-feed'
import { refreshList } from './lists/refresh-list'
import { emptyResult, type RunContext, type SourceRunResult } from './types'

export interface RefreshOptions {
  trigger: 'cron' | 'manual'
  sourceId?: number
  allowPrivate: boolean
  /** Subrequests the whole run may make (Workers: 50 per invocation on Free, 1000 on Paid). */
  subrequestBudget: number
  maxItemsPerSource?: number
  now?: Date
}

export interface RunSummary {
  id: number
  trigger: 'cron' | 'manual'
  startedAt: string
  finishedAt: string
  sources: SourceRunResult[]
}

export async function runRefresh(db: Db, options: RefreshOptions): Promise<RunSummary> {
  const now = options.now ?? new Date()
  const startedAt = now.toISOString()
  const [sourceRows, [run]] = await batch(db, [
    options.sourceId === undefined ? activeSourcesFull(db) : activeSourceById(db, options.sourceId),
    insertRun(db, options.trigger, startedAt),
  ])
  // D1 subrequests count too: each source spends a few on its own writes.
  const budget: FetchBudget = { remaining: options.subrequestBudget }
  const results: SourceRunResult[] = []
  for (const source of sourceRows) {
    const result = emptyResult(source.id)
    const started = Date.now()
    const context: RunContext = {
      db,
      source,
      budget,
      allowPrivate: options.allowPrivate,
      runStartedAt: startedAt,
      today: startedAt.slice(0, 10),
      maxItemsPerSource: options.maxItemsPerSource ?? 20,
      maxFeedBytes: 5 * 1024 * 1024,
      maxListBytes: 100 * 1024 * 1024,
    }
    try {
      if (source.kind === 'feed') await refreshFeed(context, result)
      else await refreshList(context, result)
    } catch (err) {
      result.outcome = 'failed'
      result.errors.push(err instanceof Error ? err.message : String(err))
      console.warn(`refresh of source ${source.id} (${source.url}) failed:`, result.errors.at(-1))
    }
    result.durationMs = Date.now() - started
    results.push(result)
    await batch(db, [
      insertRunSource(db, { runId: run!.id, ...result, errors: JSON.stringify(result.errors) }),
      updateSourceState(db, source.id, { lastRunAt: startedAt }),
    ])
  }
  const finishedAt = new Date().toISOString()
  await batch(db, [finishRun(db, run!.id, finishedAt)])
  return { id: run!.id, trigger: options.trigger, startedAt, finishedAt, sources: results }
}

import type { Db } from '../db/client'
import type { SourceRow } from '../db/queries/sources'
import type { FetchBudget } from './fetch-guard'

/** What one run did with one source; stored in refresh_run_sources and answered by the API. */
export interface SourceRunResult {
  sourceId: number
  outcome: 'ok' | 'not_modified' | 'partial' | 'failed'
  requests: number
  itemsSeen: number
  newArticles: number
  findings: number
  confirmations: number
  lifts: number
  errors: string[]
  durationMs: number
}

export interface RunContext {
  db: Db
  source: SourceRow
  budget: FetchBudget
  allowPrivate: boolean
  /** ISO time the run started: marks what this run saw. */
  runStartedAt: string
  today: string
  /** Feed items ingested at most per source and run (the rest wait for the next run). */
  maxItemsPerSource: number
  maxFeedBytes: number
  maxListBytes: number
}

export const emptyResult = (sourceId: number): SourceRunResult => ({
  sourceId,
  outcome: 'ok',
  requests: 0,
  itemsSeen: 0,
  newArticles: 0,
  findings: 0,
  confirmations: 0,
  lifts: 0,
  errors: [],
  durationMs: 0,
})

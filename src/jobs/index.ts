import { deliverWebhooksJob } from '../webhooks'
import { refreshSourcesJob } from './refresh-sources'

/**
 * Jobs that every Cron Trigger runs, in order. A job does a bounded amount of work per run
 * (Workers limit CPU time and subrequests per invocation) and resumes on the next run.
 */
export interface JobContext {
  env: Env
  ctx: ExecutionContext
  scheduledTime: Date
  cron: string
}

export interface ScheduledJob {
  name: string
  run(context: JobContext): Promise<void>
}

// Webhooks run after the refresh, so what it ingested is delivered in the same invocation.
export const SCHEDULED_JOBS: ScheduledJob[] = [refreshSourcesJob, deliverWebhooksJob]

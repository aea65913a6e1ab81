import { createDb } from '../db/client'
import { refreshOptionsFromEnv } from '../refresh/config'
import { runRefresh } from '../refresh/run-refresh'
import type { ScheduledJob } from '.'

/** Pulls every active source: news feeds and official lists (see src/refresh/). */
export const refreshSourcesJob: ScheduledJob = {
  name: 'refresh-sources',
  async run({ env, scheduledTime }) {
    const summary = await runRefresh(createDb(env.DB), { ...refreshOptionsFromEnv(env), trigger: 'cron', now: scheduledTime })
    const failed = summary.sources.filter((s) => s.outcome === 'failed')
    console.log(`refresh run ${summary.id}: ${summary.sources.length} sources, ${failed.length} failed`)
  },
}

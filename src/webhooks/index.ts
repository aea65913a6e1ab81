/**
 * Webhooks from the outside: the scheduled job that retries due deliveries, and the kick that
 * sends new deliveries right after a write, without delaying its response.
 */
import type { Context } from 'hono'
import type { AppEnv } from '../app-env'
import { createDb } from '../db/client'
import type { ScheduledJob } from '../jobs'
import { deliverDueWebhooks } from './deliver'

/**
 * Deliveries per cron run. Each is a subrequest, and a scheduled invocation shares its
 * subrequest limit (50 on the Workers Free plan) with the other jobs.
 */
export const DELIVERIES_PER_RUN = 20
/** Deliveries sent straight after a write; the rest wait for the next cron run. */
export const DELIVERIES_PER_KICK = 10

export const deliverWebhooksJob: ScheduledJob = {
  name: 'deliver-webhooks',
  async run({ env }) {
    const result = await deliverDueWebhooks(createDb(env.DB), { budget: DELIVERIES_PER_RUN })
    if (result.attempted) console.log('webhook deliveries', result)
  },
}

/** Starts sending due deliveries once the response is on its way (`waitUntil`). */
export function deliverWebhooksInBackground(c: Context<AppEnv>): void {
  let ctx: Context['executionCtx']
  try {
    ctx = c.executionCtx
  } catch {
    return // no execution context (app.request in a unit test): the cron run sends them
  }
  ctx.waitUntil(
    deliverDueWebhooks(createDb(c.env.DB), { budget: DELIVERIES_PER_KICK }).catch((err) => console.error('webhook delivery failed', err)),
  )
}

/**
 * The Cron Trigger handler. Each job is independent: one that throws is logged and the others
 * still run, so a failing job never starves the rest of a scheduled invocation.
 */
import { SCHEDULED_JOBS } from './jobs'

export async function scheduled(controller: ScheduledController, env: Env, ctx: ExecutionContext): Promise<void> {
  for (const job of SCHEDULED_JOBS) {
    try {
      await job.run({ env, ctx, scheduledTime: new Date(controller.scheduledTime), cron: controller.cron })
    } catch (err) {
      console.error(`scheduled job ${job.name} failed`, err)
    }
  }
}

/** Refresh settings from the Worker's variables (wrangler.toml `[vars]`). */
import type { RefreshOptions } from './run-refresh'

export function refreshOptionsFromEnv(env: Env): Omit<RefreshOptions, 'trigger'> {
  const budget = Number(env.REFRESH_SUBREQUEST_BUDGET)
  const items = Number(env.REFRESH_MAX_ITEMS_PER_SOURCE)
  return {
    allowPrivate: env.ALLOW_PRIVATE_SOURCES === 'true',
    // Workers Free allows 50 subrequests per invocation; D1 calls count too, so the default
    // leaves room for them. Raise it on the Paid plan (1,000).
    subrequestBudget: Number.isFinite(budget) && budget > 0 ? budget : 30,
    maxItemsPerSource: Number.isFinite(items) && items > 0 ? items : 10,
  }
}

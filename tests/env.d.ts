import type { D1Migration } from 'cloudflare:test'

declare global {
  namespace Cloudflare {
    interface Env {
      TEST_MIGRATIONS: D1Migration[]
      /** Examples per route in the property-based tests (vitest.config.ts; env FUZZ_RUNS). */
      FUZZ_RUNS: string
    }
  }
}

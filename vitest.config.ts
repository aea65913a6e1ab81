import path from 'node:path'
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin'
import { defineConfig } from 'vitest/config'
import { buildWidget } from './src/widget/build.mjs'
import { outboundService } from './tests/support/outbound-service'

// Two projects, both run by `npm test`:
// - workers: tests run inside workerd with the bindings of wrangler.toml and a real local D1.
//   The migrations are read here (in Node) and applied by tests/setup/apply-migrations.ts,
//   so the tests use exactly the SQL that `wrangler d1 migrations apply` runs.
// - browser: tests run in Node and drive Chromium (playwright-core) against `wrangler dev`,
//   which tests/browser/global-setup.ts starts with a fresh local D1.
export default defineConfig(async () => {
  // The Worker serves the built widget (src/widget/widget-asset.js, generated): build it first.
  await buildWidget()
  const migrations = await readD1Migrations(path.join(import.meta.dirname, 'migrations'))
  return {
    test: {
      projects: [
        {
          plugins: [
            cloudflareTest({
              wrangler: { configPath: './wrangler.toml' },
              miniflare: {
                bindings: {
                  TEST_MIGRATIONS: migrations,
                  ADMIN_TOKEN: 'test-admin-token',
                  // property-based tests: examples per route (FUZZ_RUNS=1000 npm test for a long run)
                  FUZZ_RUNS: process.env.FUZZ_RUNS ?? '25',
                },
                // The limits of wrangler.toml would make the suite depend on how fast it runs;
                // tests/hardening/rate-limit.test.ts checks the limiting with its own limiter.
                ratelimits: {
                  WRITE_LIMITER: { namespace_id: '7101', simple: { limit: 1_000_000, period: 60 } },
                  EXPENSIVE_READ_LIMITER: { namespace_id: '7102', simple: { limit: 1_000_000, period: 60 } },
                },
                // services outside the Worker that tests talk to (an OpenAPI validator)
                outboundService,
              },
            }),
          ],
          test: {
            name: 'workers',
            include: ['tests/**/*.test.ts'],
            exclude: ['tests/browser/**'],
            setupFiles: ['./tests/setup/apply-migrations.ts'],
          },
        },
        {
          test: {
            name: 'browser',
            include: ['tests/browser/**/*.test.ts'],
            environment: 'node',
            globalSetup: ['./tests/browser/global-setup.ts'],
            testTimeout: 60_000,
            hookTimeout: 120_000,
            // pages load over real HTTP: give expect.poll more than its default second
            expect: { poll: { timeout: 10_000 } },
          },
        },
      ],
    },
  }
})

import { applyD1Migrations } from 'cloudflare:test'
import { env } from 'cloudflare:workers'

// Setup files run outside per-test storage isolation, so applying here is idempotent:
// already-applied migrations are skipped.
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS)

/**
 * Helpers of the hardening tests: the app called with bindings of the test's choosing (a D1 that
 * fails on cue, a rate limiter that says no), and the app's route table.
 */
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import app from '../../src/app'
import { ADMIN_TOKEN } from '../support/api'

export const ORIGIN = 'http://tracker.test'
export const auth = { authorization: `Bearer ${ADMIN_TOKEN}` }
export const jsonAuth = { ...auth, 'content-type': 'application/json' }

/** The Worker's app with some bindings replaced. */
export async function fetchWith(bindings: Partial<Env>, path: string, init?: RequestInit): Promise<Response> {
  const ctx = createExecutionContext()
  const res = await app.fetch(new Request(`${ORIGIN}${path}`, init), { ...env, ...bindings }, ctx)
  await waitOnExecutionContext(ctx)
  return res
}

/** Every route the app serves, as Hono registered it (middleware entries left out). */
export function routeTable(): { method: string; path: string }[] {
  const seen = new Set<string>()
  return app.routes
    .filter((r) => r.method !== 'ALL' && r.path !== '/*' && !r.path.endsWith('*'))
    .map((r) => ({ method: r.method, path: r.path }))
    .filter((r) => {
      const key = `${r.method} ${r.path}`
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
}

export type FaultMode = 'before' | 'after-commit'

/**
 * A D1 binding whose next `failures` batches fail with `message`: before reaching the database
 * ('before'), or after it committed, as when the connection drops before the answer arrives
 * ('after-commit'). `only` picks which batches may fail (default: all).
 */
export function flakyD1(
  failures: number,
  message = 'D1_ERROR: Network connection lost.',
  mode: FaultMode = 'before',
  only: (statements: D1PreparedStatement[]) => boolean = () => true,
): D1Database & { failed: number; batches: number } {
  const db = env.DB
  const state = { failed: 0, batches: 0 }
  return new Proxy(db, {
    get(target, prop) {
      if (prop === 'failed') return state.failed
      if (prop === 'batches') return state.batches
      if (prop === 'batch') {
        return async (statements: D1PreparedStatement[]) => {
          state.batches++
          const fail = state.failed < failures && only(statements)
          if (fail && mode === 'before') {
            state.failed++
            throw new Error(message)
          }
          const results = await target.batch(statements)
          if (fail) {
            state.failed++
            throw new Error(message)
          }
          return results
        }
      }
      const value = Reflect.get(target, prop)
      return typeof value === 'function' ? value.bind(target) : value
    },
  }) as D1Database & { failed: number; batches: number }
}

/** Rows of a SQL count against the test's D1. */
export async function count(sqlText: string, ...params: unknown[]): Promise<number> {
  const row = await env.DB.prepare(sqlText).bind(...params).first<{ n: number }>()
  return row?.n ?? 0
}

/**
 * Rate limits with the Workers Rate Limiting binding (`[[ratelimits]]` in wrangler.toml).
 *
 * - Writes (every method but GET, HEAD and OPTIONS), keyed by the bearer token when one is
 *   sent (a digest of it, never the token itself) and by client address otherwise, so guessing
 *   tokens is as limited as using one.
 * - Expensive reads (the exports, and any view with a full-text `q`), keyed by client address.
 *
 * Over the limit the answer is a 429 problem with `Retry-After` (the binding counts in windows
 * of `period` seconds). A deployment without the bindings is not limited, and neither is a
 * failure of the limiter itself: it must not take the API down with it.
 */
import type { Context, MiddlewareHandler } from 'hono'
import { Problem } from './problem'

/** The `period` of both limiters in wrangler.toml, in seconds. */
export const RATE_LIMIT_PERIOD_SECONDS = 60

interface Limiter {
  limit(options: { key: string }): Promise<{ success: boolean }>
}

interface RateLimitBindings {
  WRITE_LIMITER?: Limiter
  EXPENSIVE_READ_LIMITER?: Limiter
}

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])
const EXPORT_PATH = /^\/api\/sanctions\.(csv|ndjson|ftm\.json)$/

/** Reads that cost more than a page of an index: a whole export, or a full-text search. */
export function isExpensiveRead(c: Context): boolean {
  return EXPORT_PATH.test(c.req.path) || (c.req.query('q') ?? '').trim() !== ''
}

async function tokenDigest(authorization: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(authorization))
  return [...new Uint8Array(digest).slice(0, 12)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

export function rateLimit(): MiddlewareHandler<{ Bindings: RateLimitBindings }> {
  return async (c, next) => {
    const client = c.req.header('cf-connecting-ip') ?? 'unknown'
    let limiter: Limiter | undefined
    let key: string | undefined
    if (!READ_METHODS.has(c.req.method)) {
      limiter = c.env.WRITE_LIMITER
      const authorization = c.req.header('authorization')
      key = authorization ? `token:${await tokenDigest(authorization)}` : `client:${client}`
    } else if (c.req.method !== 'OPTIONS' && isExpensiveRead(c)) {
      limiter = c.env.EXPENSIVE_READ_LIMITER
      key = `client:${client}`
    }
    if (limiter && key) {
      let allowed = true
      try {
        allowed = (await limiter.limit({ key })).success
      } catch (err) {
        console.warn('rate limiter unavailable; request let through', String(err))
      }
      if (!allowed) {
        throw new Problem(429, 'Too Many Requests', `Too many requests of this kind from this client; try again in ${RATE_LIMIT_PERIOD_SECONDS} seconds.`, undefined, {
          'retry-after': String(RATE_LIMIT_PERIOD_SECONDS),
        })
      }
    }
    await next()
  }
}

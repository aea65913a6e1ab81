/**
 * HTTP caching of public reads. Every public GET view (JSON, HTML pages, the embed) is the same
 * for everyone, so browsers and Cloudflare's edge may keep it: a short `max-age` keeps the
 * views fresh after an ingest, `stale-while-revalidate` lets caches answer at once while they
 * refetch, and an ETag turns each refetch of an unchanged view into a bodiless 304.
 *
 * The ETag is Hono's `etag` middleware (a digest of the body, or the ETag a handler set, as
 * `/widget.js` does with its version). Requests that carry credentials are never marked
 * cacheable: whatever they answer may depend on who asks.
 */
import type { MiddlewareHandler } from 'hono'
import { etag, RETAINED_304_HEADERS } from 'hono/etag'

/** How long a public view may be served without asking, then served stale while refetched. */
export const PUBLIC_VIEW_CACHE = 'public, max-age=60, stale-while-revalidate=600'

/** For URLs whose content never changes (they carry a version). */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable'

/**
 * ETag, `Cache-Control` and `If-None-Match` → 304 for successful GET and HEAD answers of requests
 * without credentials. A handler that sets its own `Cache-Control` (or `no-store`) keeps it.
 */
export function publicCache(cacheControl = PUBLIC_VIEW_CACHE): MiddlewareHandler {
  // A 304 keeps the CORS headers: a cross-origin revalidation must pass the CORS check too.
  const tagged = etag({ retainedHeaders: [...RETAINED_304_HEADERS, 'access-control-allow-origin', 'access-control-expose-headers'] })
  return async (c, next) => {
    const method = c.req.method
    if ((method !== 'GET' && method !== 'HEAD') || c.req.header('authorization') || c.req.header('cookie')) return next()
    // The Cache-Control header is set inside the etag middleware, so that its 304 answers,
    // which keep Cache-Control, carry it too.
    return tagged(c, async () => {
      await next()
      if (c.res.status === 200 && !c.res.headers.has('cache-control')) c.res.headers.set('Cache-Control', cacheControl)
    })
  }
}

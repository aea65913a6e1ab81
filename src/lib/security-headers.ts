/**
 * Who may read and who may frame what the tracker serves.
 *
 * - CORS: public reads (GET and HEAD) may be read by any origin, which is what lets the widget
 *   on a newsroom's page call the API. Nothing else is CORS-enabled: a preflight asking for
 *   POST, DELETE or any other method is not approved, so no other site's script can write.
 * - Framing: nothing may be framed (`X-Frame-Options: DENY`, `frame-ancestors 'none'`) except
 *   a response whose own Content-Security-Policy allows it with `frame-ancestors`, which only
 *   the iframe embed does.
 * - Every response that sets no Content-Security-Policy (JSON, scripts) gets one that allows
 *   nothing; HTML pages set their own (see pages/csp.ts).
 */
import type { MiddlewareHandler } from 'hono'
import { cors } from 'hono/cors'
import { secureHeaders } from 'hono/secure-headers'

const READ_METHODS = ['GET', 'HEAD']

/** `Access-Control-Allow-Origin: *` for GET and HEAD, and for preflights of GET and HEAD only. */
export function publicReadCors(): MiddlewareHandler {
  const allowReads = cors({
    origin: '*',
    allowMethods: READ_METHODS,
    exposeHeaders: ['ETag', 'Server-Timing'],
    maxAge: 86400,
  })
  return async (c, next) => {
    const method = c.req.method
    const preflightOf = method === 'OPTIONS' ? c.req.header('access-control-request-method')?.toUpperCase() : undefined
    if (READ_METHODS.includes(method) || (preflightOf && READ_METHODS.includes(preflightOf))) return allowReads(c, next)
    // Anything else, including a preflight for a write, gets no CORS headers: the browser refuses.
    return next()
  }
}

/** True when a Content-Security-Policy lets some other page frame the response. */
export function allowsFraming(csp: string | null): boolean {
  const ancestors = csp?.match(/(?:^|;)\s*frame-ancestors\s+([^;]*)/i)?.[1]?.trim()
  return ancestors !== undefined && ancestors !== "'none'"
}

/** Hono's secure headers, tuned for a public API whose script and embed run on other sites. */
export function securityHeaders(): MiddlewareHandler {
  const secure = secureHeaders({
    // decided per response below
    xFrameOptions: false,
    // The widget script, the API and the embed are loaded by other sites by design.
    crossOriginResourcePolicy: 'cross-origin',
    referrerPolicy: 'strict-origin-when-cross-origin',
    contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
    // a page's own Content-Security-Policy wins over the default above
    overwrite: false,
  })
  return (c, next) =>
    secure(c, async () => {
      await next()
      if (!allowsFraming(c.res.headers.get('content-security-policy'))) c.res.headers.set('X-Frame-Options', 'DENY')
    })
}

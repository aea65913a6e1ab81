/**
 * The app's frame: routers that validate with zod and report failures as problems, the
 * per-request metered database, CORS, security and caching headers, one error translator, and
 * the OpenAPI document.
 */
import { OpenAPIHono } from '@hono/zod-openapi'
import { createDb } from './db/client'
import { meteredD1, serverTiming } from './lib/d1-metering'
import { publicCache } from './lib/http-cache'
import { rateLimit } from './lib/rate-limit'
import { publicReadCors, securityHeaders } from './lib/security-headers'
import { Problem, problemResponse, toProblem } from './lib/problem'
import type { AppEnv, AppOpenAPI } from './app-env'

/** A router whose request validation failures become 400 problems naming each bad field. */
export function createRouter(): AppOpenAPI {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        const errors = result.error.issues.map((issue) => ({
          path: issue.path.join('.') || result.target,
          message: issue.message,
        }))
        const detail = errors.map((e) => `${e.path}: ${e.message}`).join('; ')
        throw new Problem(400, 'Bad Request', detail, errors)
      }
    },
  })
}

export function createApp(): AppOpenAPI {
  const app = createRouter()
  app.use('*', serverTiming(), async (c, next) => {
    c.set('db', createDb(meteredD1(c.env.DB, c.var.d1Tally)))
    await next()
  })
  // Public reads are readable from any origin (the widget) and cacheable (ETag, 304); only the
  // embed may be framed. See lib/security-headers.ts and lib/http-cache.ts.
  app.use('*', publicReadCors(), securityHeaders(), publicCache())
  // After the headers above, so a 429 carries them too; before any route's work (and before
  // the token check, which limits token guessing as well). See lib/rate-limit.ts.
  app.use('*', rateLimit())
  app.notFound((c) => problemResponse(c, new Problem(404, 'Not Found', `No route for ${c.req.method} ${new URL(c.req.url).pathname}.`)))
  app.onError((err, c) => {
    const problem = toProblem(err)
    // a 503 Problem is an expected, already-logged condition (db/batch.ts); anything else is a bug
    if (problem.status >= 500 && !(err instanceof Problem)) console.error('unhandled error', c.req.method, c.req.path, err)
    return problemResponse(c, problem)
  })
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    description: 'The ADMIN_TOKEN secret.',
  })
  return app
}

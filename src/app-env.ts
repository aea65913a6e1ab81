import type { OpenAPIHono, RouteConfig, RouteHandler } from '@hono/zod-openapi'
import type { Db } from './db/client'
import type { D1Tally } from './lib/d1-metering'

export interface AppEnv {
  Bindings: Env
  Variables: {
    /** drizzle over the request's metered D1 binding. */
    db: Db
    d1Tally: D1Tally
  }
}

export type AppOpenAPI = OpenAPIHono<AppEnv>
export type AppRouteHandler<R extends RouteConfig> = RouteHandler<R, AppEnv>

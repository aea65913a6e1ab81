/**
 * One error shape for the whole API: RFC 9457 problem details (`application/problem+json`).
 * Handlers and helpers throw a `Problem`; `app.onError` turns it, and anything else thrown,
 * into a response in exactly one place.
 */
import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'

export interface ProblemBody {
  type: string
  title: string
  status: number
  detail: string
  /** Field-level reasons for validation errors. */
  errors?: { path: string; message: string }[]
}

export class Problem extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly title: string,
    readonly detail: string,
    readonly errors?: ProblemBody['errors'],
    readonly headers?: Record<string, string>,
  ) {
    super(detail)
  }
}

export const badRequest = (detail: string, errors?: ProblemBody['errors']) =>
  new Problem(400, 'Bad Request', detail, errors)
export const notFound = (detail: string) => new Problem(404, 'Not Found', detail)

export function problemResponse(c: Context, problem: Problem): Response {
  const body: ProblemBody = {
    type: 'about:blank',
    title: problem.title,
    status: problem.status,
    detail: problem.detail,
    ...(problem.errors ? { errors: problem.errors } : {}),
  }
  return c.body(JSON.stringify(body), problem.status, {
    'content-type': 'application/problem+json',
    ...problem.headers,
  })
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  503: 'Service Unavailable',
}

/** Maps anything thrown while handling a request to a problem. */
export function toProblem(err: unknown): Problem {
  if (err instanceof Problem) return err
  if (err instanceof HTTPException) {
    const status = err.status as ContentfulStatusCode
    const headers: Record<string, string> = {}
    const challenge = err.res?.headers.get('www-authenticate')
    if (challenge) headers['www-authenticate'] = challenge
    const detail =
      status === 401
        ? 'A valid bearer token is required: send `Authorization: Bearer <ADMIN_TOKEN>`.'
        : err.message || TITLES[status] || 'Request failed.'
    return new Problem(status, TITLES[status] ?? 'Error', detail, undefined, headers)
  }
  return new Problem(500, 'Internal Server Error', 'The request could not be completed.')
}

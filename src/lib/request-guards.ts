/**
 * Checks on a request made before its body is read.
 */
import type { Context, MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { Problem } from './problem'

/**
 * 415 unless the body is declared JSON (`application/json` or a `+json` type). Checked before
 * parsing: without it, a form or text body would reach the JSON validator as an empty object
 * and come back as a misleading "field required".
 */
export const requireJson = (): MiddlewareHandler => async (c, next) => {
  const mediaType = c.req.header('content-type')?.split(';', 1)[0]?.trim().toLowerCase() ?? ''
  if (mediaType !== 'application/json' && !/^application\/[\w.-]+\+json$/.test(mediaType)) {
    throw new Problem(
      415,
      'Unsupported Media Type',
      `The body must be JSON, sent with \`Content-Type: application/json\`${mediaType ? ` (not ${mediaType})` : ''}.`,
      undefined,
      { accept: 'application/json' },
    )
  }
  await next()
}

/** The client's address as Cloudflare reports it; null outside Cloudflare (tests, local tools). */
export function clientAddress(c: Context): string | null {
  return c.req.header('cf-connecting-ip') ?? null
}

/** 413 for a body over `maxBytes`, counted as it arrives (before it is parsed). */
export const limitBody = (maxBytes: number): MiddlewareHandler =>
  bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new Problem(413, 'Content Too Large', `The request body is over the limit of ${maxBytes} bytes.`)
    },
  })

/** The body checks of a small JSON write (sources, webhooks): 16 KB at most, JSON only. */
export const smallJsonBody = () => [limitBody(16 * 1024), requireJson()] as const

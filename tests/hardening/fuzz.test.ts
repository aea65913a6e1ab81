/**
 * Property-based tests over every route of the app's route table: random, oversized and
 * wrongly typed query strings, path parameters, headers and bodies, with odd Unicode and SQL and
 * markup fragments mixed in. Whatever comes in, the answer is never a 5xx, and a 4xx from the
 * API is a problem+json that says what was wrong.
 *
 * FUZZ_RUNS (vitest.config.ts; default 25) sets the examples per property: `FUZZ_RUNS=2000
 * npx vitest run tests/hardening/fuzz.test.ts` for a long run.
 */
import { env } from 'cloudflare:workers'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { api, postArticle } from '../support/api'
import { auth, routeTable } from './support'

const RUNS = Math.max(1, Number(env.FUZZ_RUNS) || 25)
const settings = { numRuns: RUNS, endOnFailure: true }
// a property runs RUNS requests: give it time in proportion (a soak with the soak off)
const TIMEOUT_MS = 10_000 + RUNS * 250

const FRAGMENTS = [
  "' or 1=1 --",
  '"; drop table measures; --',
  ') union select * from articles --',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '*',
  '"',
  'NEAR(a b)',
  'a OR b',
  '%00',
  '\u0000',
  '\uFEFF',
  '\u202Eevil',
  '\uD800',
  '𝕏𝖞𝖟',
  'ǅ',
  'İ',
  'ﬀ',
  '../../etc/passwd',
  '-1',
  '1e309',
  'NaN',
  '9007199254740993',
  '0x10',
  '',
  ' ',
  ',,,',
  'us,eu,,un',
  '2022-02-30',
  '2022-13-01',
  'null',
  '[]',
  '{}',
]

/** Strings a client might send: short and long, ASCII and not, with hostile fragments. */
const nasty = fc.oneof(
  fc.constantFrom(...FRAGMENTS),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.integer().map(String),
  fc.double().map(String),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 6 }).map((a) => a.join(',')),
  fc.string({ minLength: 3000, maxLength: 6000 }),
)

const PARAM_NAMES = ['authority', 'type', 'status', 'target', 'q', 'since', 'until', 'sort', 'limit', 'cursor', 'kind', 'theme', 'bom', 'source', 'v', 'page', 'x']

const query = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...PARAM_NAMES), fc.string({ maxLength: 10 })), nasty), { maxLength: 6 })

/** Headers that may change how a request is read; values that are not valid header text are skipped. */
const headers = fc.dictionary(
  fc.constantFrom('accept', 'accept-language', 'if-none-match', 'if-modified-since', 'origin', 'range', 'cookie', 'x-forwarded-for', 'authorization', 'user-agent'),
  fc.oneof(nasty, fc.constant('*/*'), fc.constant('W/"x"'), fc.constant('bytes=0-1')),
  { maxKeys: 4 },
)

function headerSafe(h: Record<string, string>): Record<string, string> {
  // Header values can only carry visible Latin-1 text: a client cannot send anything else.
  return Object.fromEntries(Object.entries(h).filter(([, v]) => /^[\t\x20-\x7e\x80-\xff]*$/.test(v)))
}

function url(path: string, params: [string, string][]): string {
  const qs = new URLSearchParams(params).toString()
  return qs ? `${path}?${qs}` : path
}

/** The answer is no 5xx; a 4xx from the API (JSON routes) is a problem with a detail. */
async function expectClearAnswer(res: Response, what: string) {
  const text = new TextDecoder().decode(await res.arrayBuffer())
  expect(res.status, `${what} → ${res.status} ${text.slice(0, 300)}`).toBeLessThan(500)
  if (res.status >= 400) {
    const type = res.headers.get('content-type') ?? ''
    if (type.startsWith('application/problem+json')) {
      const body = JSON.parse(text)
      expect(body.status, what).toBe(res.status)
      expect(body.detail, what).toEqual(expect.any(String))
      expect(body.detail.length, what).toBeGreaterThan(0)
    } else {
      // only the HTML pages answer their errors as a page (for people, not programs)
      expect(type, `${what} → ${res.status} as ${type}`).toMatch(/^text\/html/)
      expect(new URL(what.split(' ')[1]!, 'http://x').pathname.startsWith('/api/'), what).toBe(false)
    }
  }
}

const wellFormed = (s: string) => s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
// a URL carries Unicode scalar values only: a lone surrogate reaches the server as U+FFFD
const concrete = (path: string, param: string) => path.replace(/:[^/]+/g, encodeURIComponent(wellFormed(param)))

describe('fuzzing every route', () => {
  const routes = routeTable()
  const reads = routes.filter((r) => r.method === 'GET')
  const writes = routes.filter((r) => r.method !== 'GET' && r.method !== 'HEAD' && r.method !== 'OPTIONS')

  beforeAll(async () => {
    // something to find, so filters and paths reach the database with data in it
    await postArticle({ text: 'The European Union on Monday froze the assets of Roman Abramovich.', publishedAt: '2022-02-28' })
  })

  it('covers the routes of the app', () => {
    expect(reads.length).toBeGreaterThan(15)
    expect(writes.length).toBeGreaterThan(5)
  })

  for (const { path } of routes.filter((r) => r.method === 'GET')) {
    it(`GET ${path}: random query strings, path parameters and headers`, async () => {
      await fc.assert(
        fc.asyncProperty(query, nasty, headers, fc.boolean(), async (params, param, h, admin) => {
          const target = url(concrete(path, param), params)
          const res = await api(target, { headers: { ...headerSafe(h), ...(admin ? auth : {}) } })
          await expectClearAnswer(res, `GET ${target}`)
        }),
        settings,
      )
    }, TIMEOUT_MS)
  }

  /** Bodies: JSON of any shape, JSON with the right keys and wrong values, and non-JSON. */
  const fieldNames = ['text', 'title', 'url', 'publishedAt', 'kind', 'name', 'aliasesUrl', 'events', 'filters', 'authority', 'type']
  const jsonValue = fc.oneof(nasty, fc.integer(), fc.boolean(), fc.constant(null), fc.array(nasty, { maxLength: 3 }), fc.dictionary(fc.constantFrom(...fieldNames), nasty, { maxKeys: 3 }))
  const body = fc.oneof(
    fc.json({ maxDepth: 3 }),
    fc.dictionary(fc.constantFrom(...fieldNames), jsonValue, { maxKeys: 5 }).map((o) => JSON.stringify(o)),
    nasty,
    fc.constant(''),
    fc.constant('{"text": '),
    fc.constant('[' .repeat(2000)),
  )
  const contentType = fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', '', 'application/problem+json')

  // The refresh fetches registered sources; it is fuzzed in its own test below, before the body
  // fuzzing could register one.
  for (const { method, path } of writes.filter((r) => r.path !== '/api/refresh')) {
    it(`${method} ${path}: random bodies, content types and path parameters, with the token`, async () => {
      await fc.assert(
        fc.asyncProperty(body, contentType, nasty, query, async (payload, type, param, params) => {
          const target = url(concrete(path, param), params)
          const headers: Record<string, string> = { ...auth }
          if (type) headers['content-type'] = type
          const res = await api(target, { method, headers, body: payload })
          await expectClearAnswer(res, `${method} ${target} (${type})`)
        }),
        settings,
      )
    }, TIMEOUT_MS)
  }

  it('POST /api/refresh: random query strings, with no sources registered', async () => {
    await fc.assert(
      fc.asyncProperty(query, async (params) => {
        const target = url('/api/refresh', params)
        const res = await api(target, { method: 'POST', headers: auth })
        await expectClearAnswer(res, `POST ${target}`)
      }),
      { ...settings, numRuns: Math.min(RUNS, 10) },
    )
  }, TIMEOUT_MS)

  it('unknown paths and methods: a 404 or 405 problem', async () => {
    await fc.assert(
      fc.asyncProperty(fc.webPath(), fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE'), async (path, method) => {
        const res = await api(path || '/', { method, headers: auth })
        await expectClearAnswer(res, `${method} ${path}`)
      }),
      settings,
    )
  }, TIMEOUT_MS)
})

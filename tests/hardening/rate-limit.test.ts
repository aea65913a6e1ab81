/**
 * Rate limiting, with limiters of the test's own (the bindings of wrangler.toml count in real
 * time, which would make the test depend on its speed). The bindings themselves are checked to
 * exist with the names the code reads.
 */
import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { ADMIN_TOKEN, expectProblem } from '../support/api'
import { auth, fetchWith, jsonAuth } from './support'

/** Allows `allowed` calls per key, then refuses; records the keys it was asked about. */
function countingLimiter(allowed: number) {
  const counts = new Map<string, number>()
  const keys: string[] = []
  return {
    keys,
    limit: async ({ key }: { key: string }) => {
      keys.push(key)
      const n = (counts.get(key) ?? 0) + 1
      counts.set(key, n)
      return { success: n <= allowed }
    },
  }
}

describe('rate limiting', () => {
  it('binds both limiters from wrangler.toml', () => {
    expect(typeof env.WRITE_LIMITER.limit).toBe('function')
    expect(typeof env.EXPENSIVE_READ_LIMITER.limit).toBe('function')
  })

  it('limits writes per token, with 429 and Retry-After, before any work is done', async () => {
    const writes = countingLimiter(2)
    const bindings = { WRITE_LIMITER: writes as unknown as RateLimit }
    const post = (headers: Record<string, string>) =>
      fetchWith(bindings, '/api/sources', { method: 'POST', headers, body: JSON.stringify({ kind: 'feed', url: 'https://news.example/rl.rss' }) })
    expect((await post(jsonAuth)).status).toBe(201)
    expect((await post(jsonAuth)).status).toBe(201)
    const limited = await post(jsonAuth)
    await expectProblem(limited, 429)
    expect(limited.headers.get('retry-after')).toBe('60')
    expect(limited.headers.get('x-content-type-options')).toBe('nosniff')
    // the key is a digest of the token, never the token
    expect(writes.keys[0]).toMatch(/^token:[0-9a-f]{24}$/)
    expect(writes.keys.join()).not.toContain(ADMIN_TOKEN)
    // another client without a token is counted on its own (and still needs a token)
    await expectProblem(await post({ 'content-type': 'application/json', 'cf-connecting-ip': '198.51.100.1' }), 401)
    expect(writes.keys.at(-1)).toBe('client:198.51.100.1')
    // guessing tokens is limited too: each wrong token is a key, but a client's wrong tokens add up
    const guesses = countingLimiter(1)
    const guess = (token: string) =>
      fetchWith({ WRITE_LIMITER: guesses as unknown as RateLimit }, '/api/articles/1', { method: 'DELETE', headers: { authorization: `Bearer ${token}` } })
    await expectProblem(await guess('a'), 401)
    await expectProblem(await guess('a'), 429)
  })

  it('limits exports and full-text searches per client, and not cheap reads', async () => {
    const reads = countingLimiter(1)
    const bindings = { EXPENSIVE_READ_LIMITER: reads as unknown as RateLimit }
    const headers = { 'cf-connecting-ip': '192.0.2.44' }
    for (const path of ['/api/sanctions?limit=1', '/api/sanctions/facets', '/api/targets', '/']) {
      expect((await fetchWith(bindings, path, { headers })).status, path).toBe(200)
    }
    expect(reads.keys).toEqual([])
    expect((await fetchWith(bindings, '/api/sanctions.csv', { headers })).status).toBe(200)
    const limited = await fetchWith(bindings, '/api/sanctions.ndjson', { headers })
    await expectProblem(limited, 429)
    expect(limited.headers.get('retry-after')).toBe('60')
    await expectProblem(await fetchWith(bindings, '/api/sanctions?q=lavrov', { headers }), 429)
    await expectProblem(await fetchWith(bindings, '/api/targets?q=lavrov', { headers }), 429)
    expect(new Set(reads.keys)).toEqual(new Set(['client:192.0.2.44']))
    // another client has its own budget
    expect((await fetchWith(bindings, '/api/sanctions?q=lavrov', { headers: { 'cf-connecting-ip': '192.0.2.45' } })).status).toBe(200)
    // reads never count against the write limit
    const writes = countingLimiter(0)
    expect((await fetchWith({ WRITE_LIMITER: writes as unknown as RateLimit }, '/api/sources', { headers: auth })).status).toBe(200)
  })

  it('lets requests through when the limiter itself fails', async () => {
    const broken = { limit: async () => { throw new Error('limiter down') } } as unknown as RateLimit
    expect((await fetchWith({ EXPENSIVE_READ_LIMITER: broken }, '/api/sanctions?q=x')).status).toBe(200)
  })
})

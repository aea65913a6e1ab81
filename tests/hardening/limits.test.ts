import { describe, expect, it } from 'vitest'
import { api, expectProblem } from '../support/api'
import { auth, jsonAuth } from './support'

const JSON_WRITES = [
  { path: '/api/articles', body: { text: 'Japan froze the assets of Sergey Lavrov.' } },
  { path: '/api/sources', body: { kind: 'feed', url: 'https://news.example/limits.rss' } },
  { path: '/api/webhooks', body: { url: 'https://hooks.example/limits' } },
]

describe('request limits', () => {
  it.each(JSON_WRITES)('415 for a body that is not declared JSON: $path', async ({ path, body }) => {
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonp', undefined]) {
      const headers: Record<string, string> = { ...auth }
      if (contentType) headers['content-type'] = contentType
      const res = await api(path, { method: 'POST', headers, body: JSON.stringify(body) })
      const problem = await expectProblem(res, 415)
      expect(problem.detail).toContain('application/json')
    }
    // the same body as JSON passes this check (with a charset, too)
    const ok = await api(path, { method: 'POST', headers: { ...auth, 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(body) })
    expect(ok.status).toBeLessThan(300)
  })

  it('checks the token before the content type: no hints for strangers', async () => {
    await expectProblem(await api('/api/sources', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' }), 401)
  })

  it.each([
    { path: '/api/articles', size: 2_000_000 },
    { path: '/api/sources', size: 20_000 },
    { path: '/api/webhooks', size: 20_000 },
  ])('413 for a body over the limit: $path', async ({ path, size }) => {
    const res = await api(path, { method: 'POST', headers: jsonAuth, body: JSON.stringify({ text: 'a'.repeat(size), url: 'x'.repeat(size) }) })
    await expectProblem(res, 413)
  })

  it('400 for malformed JSON', async () => {
    for (const path of ['/api/articles', '/api/sources', '/api/webhooks']) {
      await expectProblem(await api(path, { method: 'POST', headers: jsonAuth, body: '{"text": ' }), 400)
    }
  })

  it('caps page sizes and filter lists', async () => {
    for (const path of ['/api/sanctions', '/api/articles', '/api/targets', '/feed.json', '/api/embed', '/api/audit']) {
      const res = await api(`${path}?limit=101`, { headers: auth })
      expect(res.status, path).toBe(400)
    }
    const many = Array.from({ length: 51 }, (_, i) => `t${i}`).join(',')
    await expectProblem(await api(`/api/sanctions?target=${many}`), 400)
    await expectProblem(await api(`/api/sanctions.csv?target=${many}`), 400)
    await expectProblem(await api(`/api/sanctions?q=${'x'.repeat(5000)}`), 400)
  })

  it('refuses sources and webhooks that point into a private network (SSRF)', async () => {
    for (const url of ['http://127.0.0.1/x', 'http://localhost:8787/api', 'http://169.254.169.254/latest/meta-data', 'http://10.0.0.5/', 'http://[::1]/']) {
      for (const [path, body] of [['/api/sources', { kind: 'feed', url }], ['/api/webhooks', { url }]] as const) {
        const problem = await expectProblem(await api(path, { method: 'POST', headers: jsonAuth, body: JSON.stringify(body) }), 400)
        expect(problem.detail, `${path} ${url}`).toMatch(/private, loopback or link-local/)
      }
    }
  })

  it('bounds exports', async () => {
    const res = await api('/api/sanctions.ndjson')
    expect(res.status).toBe(200)
    expect(Number(res.headers.get('x-export-limit'))).toBe(50_000)
    await res.body?.cancel()
  })
})

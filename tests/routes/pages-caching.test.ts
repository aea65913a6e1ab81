/**
 * Headers every answer carries: caching of public reads (ETag, Cache-Control, 304), CORS for
 * public reads only, and who may frame what.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { ADMIN_TOKEN, api, postArticle } from '../support/api'
import { SEED } from '../support/corpus'

const PUBLIC_CACHE = 'public, max-age=60, stale-while-revalidate=600'
const OTHER_ORIGIN = 'https://news.example'

beforeAll(async () => {
  expect((await postArticle(SEED)).status).toBe(201)
})

describe('caching of public reads', () => {
  const views = ['/', '/overview', '/targets/vladimir-putin', '/embed?target=vladimir-putin', '/api/sanctions', '/api/sanctions/facets', '/api/embed', '/api/targets/vladimir-putin', '/api/authorities', '/api/articles']

  it('sends an ETag and a short max-age with stale-while-revalidate, and answers If-None-Match with 304', async () => {
    for (const path of views) {
      const res = await api(path)
      expect(res.status, path).toBe(200)
      const etag = res.headers.get('etag')
      expect(etag, path).toMatch(/^"[0-9a-f]{40}"$/)
      expect(res.headers.get('cache-control'), path).toBe(PUBLIC_CACHE)
      const again = await api(path, { headers: { 'if-none-match': etag!, origin: OTHER_ORIGIN } })
      expect(again.status, path).toBe(304)
      expect(await again.text()).toBe('')
      expect(again.headers.get('etag')).toBe(etag)
      expect(again.headers.get('cache-control')).toBe(PUBLIC_CACHE)
      // a cross-origin revalidation passes the CORS check too
      expect(again.headers.get('access-control-allow-origin')).toBe('*')
    }
  })

  it('gives a view a new ETag when its data changes', async () => {
    const before = (await api('/api/sanctions')).headers.get('etag')
    const beforePage = (await api('/')).headers.get('etag')
    const added = await postArticle({ title: 'Japan', publishedAt: '2022-03-05', text: 'Japan\nJapan on Friday froze the assets of Alisher Usmanov.' })
    expect(added.status).toBe(201)
    expect(added.body.findings.length).toBeGreaterThan(0)
    const after = await api('/api/sanctions', { headers: { 'if-none-match': before! } })
    expect(after.status).toBe(200)
    expect(after.headers.get('etag')).not.toBe(before)
    expect((await api('/')).headers.get('etag')).not.toBe(beforePage)
  })

  it('answers HEAD like GET, without a body', async () => {
    const res = await api('/api/sanctions', { method: 'HEAD' })
    expect(res.status).toBe(200)
    expect(res.headers.get('etag')).toMatch(/^"/)
    expect(await res.text()).toBe('')
  })

  it('marks nothing cacheable that failed, was written, or carried credentials', async () => {
    const failed = await api('/api/sanctions?type=nope')
    expect(failed.status).toBe(400)
    expect(failed.headers.get('cache-control')).toBeNull()
    expect(failed.headers.get('etag')).toBeNull()
    const written = await postArticle(SEED)
    expect(written.res.headers.get('cache-control')).toBeNull()
    expect(written.res.headers.get('etag')).toBeNull()
    const withToken = await api('/api/sanctions', { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })
    expect(withToken.status).toBe(200)
    expect(withToken.headers.get('cache-control')).toBeNull()
    expect(withToken.headers.get('etag')).toBeNull()
  })
})

describe('CORS', () => {
  it('lets any origin read public GET views', async () => {
    for (const path of ['/api/sanctions', '/api/embed', '/widget.js']) {
      const res = await api(path, { headers: { origin: OTHER_ORIGIN } })
      expect(res.headers.get('access-control-allow-origin'), path).toBe('*')
      expect(res.headers.get('access-control-expose-headers')).toBe('ETag,Server-Timing')
    }
  })

  it('approves preflights for GET and HEAD only', async () => {
    const get = await api('/api/sanctions', {
      method: 'OPTIONS',
      headers: { origin: OTHER_ORIGIN, 'access-control-request-method': 'GET' },
    })
    expect(get.status).toBe(204)
    expect(get.headers.get('access-control-allow-origin')).toBe('*')
    expect(get.headers.get('access-control-allow-methods')).toBe('GET,HEAD')
    for (const method of ['POST', 'DELETE', 'PUT', 'PATCH']) {
      const preflight = await api('/api/articles', {
        method: 'OPTIONS',
        headers: { origin: OTHER_ORIGIN, 'access-control-request-method': method, 'access-control-request-headers': 'authorization,content-type' },
      })
      expect(preflight.headers.get('access-control-allow-origin'), method).toBeNull()
      expect(preflight.headers.get('access-control-allow-methods')).toBeNull()
      expect(preflight.headers.get('access-control-allow-headers')).toBeNull()
    }
  })

  it('gives writes no CORS headers, so another origin cannot read their answers', async () => {
    const res = await api('/api/articles', {
      method: 'POST',
      headers: { origin: OTHER_ORIGIN, 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
      body: JSON.stringify({ text: 'Nothing here.' }),
    })
    expect(res.status).toBeLessThan(300)
    expect(res.headers.get('access-control-allow-origin')).toBeNull()
    const refused = await api('/api/articles', { method: 'POST', headers: { origin: OTHER_ORIGIN, 'content-type': 'application/json' }, body: '{}' })
    expect(refused.status).toBe(401)
    expect(refused.headers.get('access-control-allow-origin')).toBeNull()
  })
})

describe('framing and content policy', () => {
  it('forbids framing the API, the admin API and the pages; allows it for the embed', async () => {
    const admin = await api('/api/articles', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
    for (const res of [admin, await api('/api/sanctions'), await api('/widget.js'), await api('/'), await api('/api/nothing')]) {
      expect(res.headers.get('x-frame-options')).toBe('DENY')
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    }
    expect((await api('/api/sanctions')).headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'")
    const embed = await api('/embed')
    expect(embed.headers.get('x-frame-options')).toBeNull()
    expect(embed.headers.get('content-security-policy')).toContain('frame-ancestors *')
  })

  it('lets other sites load the script and read the API (Cross-Origin-Resource-Policy), with nosniff', async () => {
    for (const path of ['/widget.js', '/api/sanctions', '/embed']) {
      const res = await api(path)
      expect(res.headers.get('cross-origin-resource-policy'), path).toBe('cross-origin')
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    }
  })
})

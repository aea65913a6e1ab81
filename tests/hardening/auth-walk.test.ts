/**
 * Walks the app's own route table, so a route added later is covered without editing this test:
 * every route that is not a read must refuse a request without the token (or with a wrong one),
 * and so must every read the OpenAPI document marks as admin-only.
 */
import { describe, expect, it } from 'vitest'
import { api, expectProblem } from '../support/api'
import { routeTable } from './support'

const READS = new Set(['GET', 'HEAD', 'OPTIONS'])
const concrete = (path: string) => path.replace(/:[^/]+/g, '1')

describe('the route table', () => {
  const routes = routeTable()
  const writes = routes.filter((r) => !READS.has(r.method))

  it('has the write routes this test is about', () => {
    const names = writes.map((r) => `${r.method} ${r.path}`)
    for (const known of ['POST /api/articles', 'DELETE /api/articles/:id', 'POST /api/sources', 'DELETE /api/sources/:id', 'POST /api/refresh', 'POST /api/webhooks']) {
      expect(names).toContain(known)
    }
  })

  it('refuses every non-GET route without the token, or with a wrong one', async () => {
    for (const { method, path } of writes) {
      for (const headers of [{} as Record<string, string>, { authorization: 'Bearer wrong-token' }, { authorization: 'Basic dGVzdDp0ZXN0' }, { authorization: 'Bearer ' }]) {
        const res = await api(concrete(path), { method, headers: { ...headers, 'content-type': 'application/json' }, body: '{}' })
        const problem = await expectProblem(res, 401)
        expect(problem.detail, `${method} ${path}`).toMatch(/bearer token/i)
      }
    }
  })

  it('accepts only the exact token (compared in constant time, src/lib/auth.ts)', async () => {
    const { ADMIN_TOKEN } = await import('../support/api')
    const near = [ADMIN_TOKEN.slice(0, -1), `${ADMIN_TOKEN}x`, `${ADMIN_TOKEN.slice(0, -1)}X`, ADMIN_TOKEN.toUpperCase(), `x${ADMIN_TOKEN}`]
    for (const token of near) await expectProblem(await api('/api/sources', { headers: { authorization: `Bearer ${token}` } }), 401)
    expect((await api('/api/sources', { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })).status).toBe(200)
  })

  it('refuses every admin read (bearerAuth in the OpenAPI document) without the token', async () => {
    const doc = (await (await api('/openapi.json')).json()) as any
    const adminReads = Object.entries(doc.paths as Record<string, Record<string, any>>).flatMap(([path, ops]) =>
      Object.entries(ops)
        .filter(([method, op]) => method === 'get' && op.security?.some((s: any) => 'bearerAuth' in s))
        .map(([, _op]) => path.replace(/\{[^}]+\}/g, '1')),
    )
    expect(adminReads).toEqual(expect.arrayContaining(['/api/sources', '/api/audit', '/api/refresh/runs', '/api/webhooks']))
    for (const path of adminReads) await expectProblem(await api(path), 401)
  })

  it('approves no cross-origin preflight for any write route, and approves reads', async () => {
    for (const { method, path } of writes) {
      const res = await api(concrete(path), {
        method: 'OPTIONS',
        headers: { origin: 'https://elsewhere.example', 'access-control-request-method': method, 'access-control-request-headers': 'authorization,content-type' },
      })
      expect(res.headers.get('access-control-allow-origin'), `${method} ${path}`).toBeNull()
      expect(res.headers.get('access-control-allow-methods'), `${method} ${path}`).toBeNull()
    }
    const read = await api('/api/sanctions', { method: 'OPTIONS', headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'GET' } })
    expect(read.headers.get('access-control-allow-origin')).toBe('*')
  })

  it('documents every write as needing the bearer token', async () => {
    const doc = (await (await api('/openapi.json')).json()) as any
    for (const { method, path } of writes) {
      const op = doc.paths[path.replace(/:([^/]+)/g, '{$1}')]?.[method.toLowerCase()]
      expect(op, `${method} ${path} is in the OpenAPI document`).toBeDefined()
      expect(op.security, `${method} ${path}`).toEqual([{ bearerAuth: [] }])
    }
  })
})

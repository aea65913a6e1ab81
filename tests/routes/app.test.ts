import { describe, expect, it } from 'vitest'
import app from '../../src/app'
import { api, expectProblem, getJson } from '../support/api'

describe('the app frame', () => {
  it('serves an OpenAPI 3.1 document that documents every route the app serves', async () => {
    const { status, body } = await getJson('/openapi.json')
    expect(status).toBe(200)
    expect(body.openapi).toBe('3.1.0')
    expect(body.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' })
    const documented = new Set(Object.entries(body.paths).flatMap(([path, ops]: [string, any]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`)))
    const served = app.routes
      .filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/'))
      .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`)
    expect(served.length).toBeGreaterThan(5)
    for (const route of served) expect(documented, route).toContain(route)
    expect(body.paths['/api/articles'].post.security).toEqual([{ bearerAuth: [] }])
  })

  it('answers unknown routes with a 404 problem', async () => {
    const problem = await expectProblem(await api('/api/nothing-here'), 404)
    expect(problem.detail).toContain('/api/nothing-here')
  })

  it('adds Server-Timing to every answer, errors included', async () => {
    const res = await api('/api/sanctions/facets?type=nope')
    expect(res.status).toBe(400)
    expect(res.headers.get('server-timing')).toMatch(/^d1;dur=/)
  })
})

/**
 * The OpenAPI document: valid OpenAPI 3.1 by an independent validator, and complete: every
 * route the app serves under /api/ and /feed.* is documented (and nothing documented is
 * missing), admin routes declare the bearer scheme and their 401, and the download and feed
 * routes their media types. Plus the interactive reference at /docs.
 */
import { describe, expect, it } from 'vitest'
import app from '../../src/app'
import { DOCS_INIT_SCRIPT, SWAGGER_UI_VERSION } from '../../src/routes/docs/docs.index'
import { api, getJson } from '../support/api'
import { OPENAPI_VALIDATOR_URL } from '../support/outbound-service'

type Operation = { security?: unknown; responses: Record<string, { content?: Record<string, unknown> }>; parameters?: { name: string; in: string }[] }

async function openapi() {
  const { status, body } = await getJson('/openapi.json')
  expect(status).toBe(200)
  return body as { openapi: string; paths: Record<string, Record<string, Operation>>; components: any }
}

const isApiRoute = (path: string) => path.startsWith('/api/') || path.startsWith('/feed.')

describe('GET /openapi.json', () => {
  it('is a valid OpenAPI 3.1 document by @seriousme/openapi-schema-validator', async () => {
    const doc = await openapi()
    expect(doc.openapi).toBe('3.1.0')
    const res = await fetch(OPENAPI_VALIDATOR_URL, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(doc) })
    const result = (await res.json()) as { valid: boolean; errors?: unknown; version: string }
    expect(result.errors, JSON.stringify(result.errors, null, 1)?.slice(0, 2000)).toBeUndefined()
    expect(result).toMatchObject({ valid: true, version: '3.1' })
  })

  it('the validator is not a rubber stamp: it rejects a broken document', async () => {
    const doc = await openapi()
    const broken = structuredClone(doc)
    broken.paths['/api/sanctions.csv']!.get!.responses = 'none' as never
    const res = await fetch(OPENAPI_VALIDATOR_URL, { method: 'POST', body: JSON.stringify(broken) })
    expect(((await res.json()) as { valid: boolean }).valid).toBe(false)
  })

  it('documents every API route the app serves, and serves every route it documents', async () => {
    const doc = await openapi()
    const documented = new Set(
      Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`)),
    )
    const served = new Set(
      app.routes
        .filter((r) => r.method !== 'ALL' && isApiRoute(r.path))
        .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`),
    )
    for (const route of served) expect(documented, `${route} is served but not documented`).toContain(route)
    for (const route of documented) expect(served, `${route} is documented but not served`).toContain(route)
    for (const route of [
      'GET /api/sanctions.csv',
      'GET /api/sanctions.ndjson',
      'GET /api/sanctions.ftm.json',
      'GET /feed.atom',
      'GET /feed.json',
      'POST /api/webhooks',
      'GET /api/webhooks',
      'GET /api/webhooks/{id}',
      'DELETE /api/webhooks/{id}',
      'POST /api/webhooks/{id}/resume',
      'GET /api/webhooks/{id}/deliveries',
    ]) {
      expect(served).toContain(route)
    }
  })

  it('declares the bearer scheme on every admin route, with its 401', async () => {
    const doc = await openapi()
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' })
    const webhookOps = Object.entries(doc.paths)
      .filter(([path]) => path.startsWith('/api/webhooks'))
      .flatMap(([, ops]) => Object.values(ops))
    expect(webhookOps).toHaveLength(6)
    for (const op of [...webhookOps, doc.paths['/api/articles']!.post!]) {
      expect(op.security).toEqual([{ bearerAuth: [] }])
      expect(op.responses['401']?.content?.['application/problem+json']).toBeDefined()
    }
    // and nowhere else is a token asked for by the new public routes
    for (const path of ['/api/sanctions.csv', '/feed.atom', '/feed.json']) expect(doc.paths[path]!.get!.security).toBeUndefined()
  })

  it('documents the media types, parameters and errors of the downloads and feeds', async () => {
    const doc = await openapi()
    const get = (path: string) => doc.paths[path]!.get!
    expect(Object.keys(get('/api/sanctions.csv').responses['200']!.content!)).toEqual(['text/csv'])
    expect(Object.keys(get('/api/sanctions.ndjson').responses['200']!.content!)).toEqual(['application/x-ndjson'])
    expect(Object.keys(get('/api/sanctions.ftm.json').responses['200']!.content!)).toEqual(['application/x-ndjson'])
    expect(Object.keys(get('/feed.atom').responses['200']!.content!)).toEqual(['application/atom+xml'])
    expect(Object.keys(get('/feed.json').responses['200']!.content!)).toEqual(['application/feed+json'])
    const listParams = get('/api/sanctions').parameters!.map((p) => p.name).filter((n) => n !== 'limit' && n !== 'cursor')
    for (const path of ['/api/sanctions.csv', '/api/sanctions.ndjson', '/api/sanctions.ftm.json']) {
      const names = get(path).parameters!.map((p) => p.name)
      // the same filters as GET /api/sanctions
      for (const name of listParams) expect(names, `${path} ${name}`).toContain(name)
      expect(get(path).responses['400']).toBeDefined()
    }
    for (const path of ['/feed.atom', '/feed.json']) {
      expect(get(path).parameters!.map((p) => p.name).sort()).toEqual(['authority', 'limit', 'status', 'target', 'type'])
      expect(get(path).responses['304']).toBeDefined()
    }
    expect(doc.paths['/api/webhooks']!.post!.responses['201']!.content!['application/json']).toBeDefined()
  })
})

describe('GET /docs', () => {
  it('serves Swagger UI over /openapi.json, its assets pinned by integrity and its one inline script allowed by hash', async () => {
    const res = await api('/docs')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)
    const html = await res.text()
    expect(html).toContain(`swagger-ui-dist@${SWAGGER_UI_VERSION}/swagger-ui-bundle.js`)
    expect(html).toMatch(/<script src="[^"]+swagger-ui-bundle\.js" integrity="sha384-[A-Za-z0-9+/=]{64}" crossorigin="anonymous">/)
    expect(html).toMatch(/<link rel="stylesheet" href="[^"]+swagger-ui\.css" integrity="sha384-[A-Za-z0-9+/=]{64}"/)
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1])
    expect(inline).toEqual([DOCS_INIT_SCRIPT])
    expect(DOCS_INIT_SCRIPT).toContain("url: '/openapi.json'")
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(DOCS_INIT_SCRIPT))
    const hash = btoa(String.fromCharCode(...new Uint8Array(digest)))
    const csp = res.headers.get('content-security-policy') ?? ''
    expect(csp).toContain(`'sha256-${hash}'`)
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain("connect-src 'self'")
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/)
  })
})

/** The webhook admin API: registration, listing, removal, and who may use it. */
import { describe, expect, it } from 'vitest'
import { ADMIN_TOKEN, api, expectProblem } from '../support/api'

const auth = { authorization: `Bearer ${ADMIN_TOKEN}` }

function register(body: unknown, headers: Record<string, string> = auth) {
  return api('/api/webhooks', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })
}

describe('the webhook API', () => {
  it('registers a hook: 201 with its secret, shown once', async () => {
    const res = await register({ url: 'https://example.org/hooks/a', filters: { authority: ['us', 'eu'], type: ['asset_freeze'] } })
    expect(res.status).toBe(201)
    const hook = (await res.json()) as any
    expect(hook).toMatchObject({
      url: 'https://example.org/hooks/a',
      events: ['measure.created', 'measure.status_changed'],
      filters: { authority: ['us', 'eu'], type: ['asset_freeze'] },
      status: 'active',
      consecutiveFailures: 0,
      pendingDeliveries: 0,
      pausedAt: null,
    })
    expect(hook.secret).toMatch(/^whsec_[0-9a-f]{64}$/)

    const listed = (await (await api('/api/webhooks', { headers: auth })).json()) as any
    expect(listed.data.map((h: any) => h.id)).toContain(hook.id)
    for (const h of listed.data) expect(h).not.toHaveProperty('secret')
    const one = (await (await api(`/api/webhooks/${hook.id}`, { headers: auth })).json()) as any
    expect(one).toEqual(listed.data.find((h: any) => h.id === hook.id))
    expect(one).not.toHaveProperty('secret')

    // each hook gets its own secret
    const other = (await (await register({ url: 'https://example.org/hooks/b', events: ['measure.status_changed'] })).json()) as any
    expect(other.secret).not.toBe(hook.secret)
    expect(other.events).toEqual(['measure.status_changed'])
  })

  it('refuses URLs that are not http(s), credentials in URLs, unknown events and unknown filter values', async () => {
    const cases: [unknown, string][] = [
      [{ url: 'ftp://example.org/x' }, 'url'],
      [{ url: 'javascript:alert(1)' }, 'url'],
      [{ url: 'not a url' }, 'url'],
      [{ url: 'https://user:pass@example.org/x' }, 'credentials'],
      [{ url: 'https://example.org/x', events: ['measure.deleted'] }, 'events'],
      [{ url: 'https://example.org/x', events: [] }, 'events'],
      [{ url: 'https://example.org/x', filters: { type: ['asset-freeze'] } }, 'filters.type'],
      [{ url: 'https://example.org/x', filters: { authority: ['xx'] } }, 'filters.authority'],
      [{ url: 'https://example.org/x', filters: { target: ['Not A Slug'] } }, 'filters.target'],
      [{ url: 'https://example.org/x', filters: { colour: ['red'] } }, 'filters'],
      [{}, 'url'],
    ]
    for (const [body, field] of cases) {
      const problem = await expectProblem(await register(body), 400)
      expect(problem.detail, JSON.stringify(body)).toContain(field)
    }
    const malformed = await api('/api/webhooks', { method: 'POST', headers: { 'content-type': 'application/json', ...auth }, body: '{' })
    await expectProblem(malformed, 400)
  })

  it('removes a hook with 204, then answers 404 for it', async () => {
    const hook = (await (await register({ url: 'https://example.org/hooks/gone' })).json()) as any
    const removed = await api(`/api/webhooks/${hook.id}`, { method: 'DELETE', headers: auth })
    expect(removed.status).toBe(204)
    expect(await removed.text()).toBe('')
    await expectProblem(await api(`/api/webhooks/${hook.id}`, { headers: auth }), 404)
    await expectProblem(await api(`/api/webhooks/${hook.id}`, { method: 'DELETE', headers: auth }), 404)
    await expectProblem(await api(`/api/webhooks/${hook.id}/deliveries`, { headers: auth }), 404)
    await expectProblem(await api(`/api/webhooks/${hook.id}/resume`, { method: 'POST', headers: auth }), 404)
    await expectProblem(await api('/api/webhooks/abc', { headers: auth }), 400)
  })

  it('answers 401 to every webhook route without the admin token, or with a wrong one', async () => {
    const routes: [string, string][] = [
      ['POST', '/api/webhooks'],
      ['GET', '/api/webhooks'],
      ['GET', '/api/webhooks/1'],
      ['DELETE', '/api/webhooks/1'],
      ['POST', '/api/webhooks/1/resume'],
      ['GET', '/api/webhooks/1/deliveries'],
    ]
    for (const [method, path] of routes) {
      for (const headers of [{}, { authorization: 'Bearer wrong-token' }] as Record<string, string>[]) {
        const body = method === 'POST' ? JSON.stringify({ url: 'https://example.org/x' }) : undefined
        const problem = await expectProblem(await api(path, { method, headers: { 'content-type': 'application/json', ...headers }, body }), 401)
        expect(problem.detail, `${method} ${path}`).toContain('bearer token')
      }
    }
  })
})

import { describe, expect, it } from 'vitest'
import { api, expectProblem, postArticle } from '../support/api'
import { auth, jsonAuth } from './support'

async function auditLog(): Promise<any[]> {
  const res = await api('/api/audit?limit=100', { headers: { ...auth, 'cf-connecting-ip': '203.0.113.9' } })
  expect(res.status).toBe(200)
  return ((await res.json()) as any).data
}

describe('GET /api/audit', () => {
  it('records every admin change, newest first, once', async () => {
    const headers = { ...jsonAuth, 'cf-connecting-ip': '203.0.113.7' }
    const posted = await postArticle({ text: 'The United Kingdom froze the assets of Anton Belov.', publishedAt: '2022-06-01' })
    // the same text again changes nothing and logs nothing
    await postArticle({ text: 'The United Kingdom froze the assets of Anton Belov.', publishedAt: '2022-06-01' })
    const source = (await (await api('/api/sources', { method: 'POST', headers, body: JSON.stringify({ kind: 'feed', url: 'https://news.example/a.rss' }) })).json()) as any
    expect((await api(`/api/sources/${source.id}`, { method: 'DELETE', headers })).status).toBe(204)
    expect((await api(`/api/sources/${source.id}`, { method: 'DELETE', headers })).status).toBe(404)
    const hook = (await (await api('/api/webhooks', { method: 'POST', headers, body: JSON.stringify({ url: 'https://hooks.example/in' }) })).json()) as any
    expect((await api(`/api/webhooks/${hook.id}/resume`, { method: 'POST', headers })).status).toBe(200)
    expect((await api(`/api/webhooks/${hook.id}`, { method: 'DELETE', headers })).status).toBe(204)
    const run = (await (await api('/api/refresh', { method: 'POST', headers })).json()) as any
    expect((await api(`/api/articles/${posted.body.article.id}`, { method: 'DELETE', headers })).status).toBe(200)

    const log = await auditLog()
    expect(log.map((e) => [e.action, e.subject])).toEqual([
      ['article.delete', `article:${posted.body.article.id}`],
      ['refresh.run', `refresh_run:${run.id}`],
      ['webhook.delete', `webhook:${hook.id}`],
      ['webhook.resume', `webhook:${hook.id}`],
      ['webhook.create', `webhook:${hook.id}`],
      ['source.delete', `source:${source.id}`],
      ['source.create', `source:${source.id}`],
      ['article.create', `article:${posted.body.article.id}`],
    ])
    expect(log[0]).toMatchObject({ client: '203.0.113.7', detail: { title: expect.any(String) } })
    expect(log.at(-1).detail).toMatchObject({ findings: posted.body.findings.length })
    for (const e of log) expect(e.at).toMatch(/^\d{4}-\d\d-\d\dT/)
  })

  it('is for the admin only, and pages', async () => {
    await expectProblem(await api('/api/audit'), 401)
    const first = (await (await api('/api/audit?limit=2', { headers: auth })).json()) as any
    expect(first.data).toHaveLength(2)
    const next = (await (await api(`/api/audit?limit=2&cursor=${first.nextCursor}`, { headers: auth })).json()) as any
    expect(next.data[0].id).toBeLessThan(first.data[1].id)
  })
})

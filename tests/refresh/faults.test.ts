import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test'
import { env, exports } from 'cloudflare:workers'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import worker from '../../src/index'
import { ADMIN_TOKEN, api, getJson } from '../support/api'
import { fakeInternet, type FakeInternet } from '../support/fake-internet'
import canadaPage from '../fixtures/refresh/canada-belarus.html?raw'
import rss from '../fixtures/refresh/news.rss?raw'
import japanPage from '../fixtures/refresh/japan-oligarch.html?raw'

const admin = { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' }
const respond = (body: BodyInit, type = 'text/html') => () => new Response(body, { headers: { 'content-type': type } })

async function addSource(url: string) {
  const res = await api('/api/sources', { method: 'POST', headers: admin, body: JSON.stringify({ kind: 'feed', url }) })
  return ((await res.json()) as any).id as number
}

const state = async () => ({
  articles: (await getJson('/api/articles?limit=100')).body.data.map((a: any) => a.id),
  measures: (await getJson('/api/sanctions?limit=100')).body.data.map((m: any) => `${m.id}:${m.status}`),
})

let net: FakeInternet
beforeEach(() => {
  net = fakeInternet({
    'https://good.example/feed.rss': respond(rss.replaceAll('news.example', 'good.example'), 'application/rss+xml'),
    'https://good.example/2022/03/01/canada-belarus': respond(canadaPage),
    'https://good.example/2022/03/02/japan-oligarch': respond(japanPage),
    'https://slow.example/feed.rss': () => {
      throw new DOMException('The operation was aborted due to timeout', 'TimeoutError')
    },
    'https://down.example/feed.rss': () => new Response('<h1>Bad gateway</h1>', { status: 502 }),
    'https://broken.example/feed.rss': respond('<rss><channel><item><title>cut off', 'application/rss+xml'),
    'https://huge.example/feed.rss': () =>
      new Response(
        new ReadableStream({
          pull(controller) {
            controller.enqueue(new TextEncoder().encode(`<!-- ${'x'.repeat(1024 * 1024)} -->`))
          },
        }),
        { headers: { 'content-type': 'application/rss+xml' } },
      ),
  })
})
afterEach(() => net.restore())

describe('a failing source', () => {
  it('is recorded as failed for the run, never stops the others, and changes nothing stored', async () => {
    const bad = {
      slow: await addSource('https://slow.example/feed.rss'),
      down: await addSource('https://down.example/feed.rss'),
      broken: await addSource('https://broken.example/feed.rss'),
      huge: await addSource('https://huge.example/feed.rss'),
    }
    const before = await state()
    const res = await api('/api/refresh', { method: 'POST', headers: admin })
    const run = (await res.json()) as any
    const outcome = (id: number) => run.sources.find((s: any) => s.sourceId === id)
    expect(outcome(bad.slow)).toMatchObject({ outcome: 'failed', newArticles: 0 })
    expect(outcome(bad.slow).errors[0]).toMatch(/timed out/)
    expect(outcome(bad.down).errors[0]).toMatch(/502/)
    expect(outcome(bad.broken).errors[0]).toMatch(/malformed XML/)
    expect(outcome(bad.huge).errors[0]).toMatch(/limit/)
    expect(await state()).toEqual(before)

    // a good source in the same run is refreshed as usual
    const good = await addSource('https://good.example/feed.rss')
    const second = (await (await api('/api/refresh', { method: 'POST', headers: admin })).json()) as any
    expect(second.sources.find((s: any) => s.sourceId === good)).toMatchObject({ outcome: 'ok', newArticles: 2 })
    expect(second.sources.filter((s: any) => s.outcome === 'failed')).toHaveLength(4)
    expect((await state()).articles).toHaveLength(2)
  })

  it('refuses to follow a redirect into a private network', async () => {
    net.set('https://redirect.example/feed.rss', () => new Response(null, { status: 302, headers: { location: 'http://169.254.169.254/latest/meta-data' } }))
    const id = await addSource('https://redirect.example/feed.rss')
    const run = (await (await api(`/api/refresh?source=${id}`, { method: 'POST', headers: admin })).json()) as any
    expect(run.sources[0].outcome).toBe('failed')
    expect(run.sources[0].errors[0]).toMatch(/private/)
    expect(net.requests.some((r) => r.url.includes('169.254'))).toBe(false)
  })

  it('answers 404 for a refresh of an unknown source', async () => {
    const res = await api('/api/refresh?source=9999', { method: 'POST', headers: admin })
    expect(res.status).toBe(404)
  })
})

describe('the Cron Trigger', () => {
  it('runs the same refresh as POST /api/refresh and records it as a cron run', async () => {
    const controller = createScheduledController({ scheduledTime: new Date('2022-03-05T06:17:00Z'), cron: '17 * * * *' })
    const ctx = createExecutionContext()
    await worker.scheduled(controller, env, ctx)
    await waitOnExecutionContext(ctx)
    const runs = (await (await exports.default.fetch(new Request('http://tracker.test/api/refresh/runs?limit=1', { headers: admin }))).json()) as any
    expect(runs.data[0]).toMatchObject({ trigger: 'cron', startedAt: '2022-03-05T06:17:00.000Z' })
    expect(runs.data[0].sources.length).toBeGreaterThanOrEqual(6)
    expect(runs.data[0].finishedAt).toBeTruthy()
  })
})

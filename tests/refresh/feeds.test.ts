import { env } from 'cloudflare:workers'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createDb } from '../../src/db/client'
import { runRefresh } from '../../src/refresh/run-refresh'
import { ADMIN_TOKEN, api, expectProblem, getJson } from '../support/api'
import { cacheable, fakeInternet, type FakeInternet } from '../support/fake-internet'
import australiaPage from '../fixtures/refresh/australia-sechin.html?raw'
import canadaPage from '../fixtures/refresh/canada-belarus.html?raw'
import japanPage from '../fixtures/refresh/japan-oligarch.html?raw'
import rssUpdated from '../fixtures/refresh/news-updated.rss?raw'
import rss from '../fixtures/refresh/news.rss?raw'
import swissPage from '../fixtures/refresh/swiss-timchenko.html?raw'
import atom from '../fixtures/refresh/wire.atom?raw'

const admin = { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' }
const html = (body: string) => () => new Response(body, { headers: { 'content-type': 'text/html; charset=utf-8' } })

async function addSource(body: Record<string, unknown>) {
  const res = await api('/api/sources', { method: 'POST', headers: admin, body: JSON.stringify(body) })
  return { status: res.status, body: (await res.json()) as any, res }
}

async function refresh(sourceId?: number) {
  const res = await api(`/api/refresh${sourceId ? `?source=${sourceId}` : ''}`, { method: 'POST', headers: admin })
  expect(res.status).toBe(200)
  return (await res.json()) as any
}

const measureKeys = async () =>
  ((await getJson('/api/sanctions?limit=100')).body.data as any[]).map((m) => `${m.authority.id}:${m.type}:${m.target.id}:${m.status}`).sort()

let net: FakeInternet
beforeEach(() => {
  net = fakeInternet({
    'https://news.example/feed.rss': cacheable(rss, 'application/rss+xml', '"rss-v1"'),
    'https://news.example/2022/03/01/canada-belarus': html(canadaPage),
    'https://news.example/2022/03/02/japan-oligarch': html(japanPage),
    'https://news.example/2022/03/04/australia-sechin': html(australiaPage),
    'https://wire.example/europe.atom': () => new Response(atom, { headers: { 'content-type': 'application/atom+xml' } }),
    'https://wire.example/europe/5521': html(swissPage),
  })
})
afterEach(() => net.restore())

describe('sources', () => {
  it('are managed by admins only: create, list, delete', async () => {
    const anonymous = await api('/api/sources', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ kind: 'feed', url: 'https://news.example/x.rss' }) })
    await expectProblem(anonymous, 401)
    await expectProblem(await api('/api/sources'), 401)

    const created = await addSource({ kind: 'feed', url: 'https://news.example/other.rss', name: 'Other desk' })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({ kind: 'feed', url: 'https://news.example/other.rss', name: 'Other desk', lastRunAt: null })
    const listed = await api('/api/sources', { headers: admin })
    expect(((await listed.json()) as any).data.map((s: any) => s.id)).toContain(created.body.id)

    const deleted = await api(`/api/sources/${created.body.id}`, { method: 'DELETE', headers: admin })
    expect(deleted.status).toBe(204)
    const after = (await (await api('/api/sources', { headers: admin })).json()) as any
    expect(after.data.map((s: any) => s.id)).not.toContain(created.body.id)
    await expectProblem(await api(`/api/sources/${created.body.id}`, { method: 'DELETE', headers: admin }), 404)
  })

  it('refuses bad kinds and URLs that are not public http(s)', async () => {
    for (const body of [
      { kind: 'podcast', url: 'https://news.example/x' },
      { kind: 'feed', url: 'ftp://news.example/x' },
      { kind: 'feed', url: 'http://127.0.0.1:8080/feed' },
      { kind: 'feed', url: 'http://169.254.169.254/latest/meta-data' },
      { kind: 'feed', url: 'http://[::1]/feed' },
      { kind: 'ofac-sdn', url: 'https://lists.example/sdn.csv', aliasesUrl: 'http://10.0.0.5/alt.csv' },
      { kind: 'feed', url: 'https://news.example/x', aliasesUrl: 'https://news.example/alt.csv' },
      { url: 'https://news.example/x' },
    ]) {
      const { status, body: problem } = await addSource(body)
      expect(status, JSON.stringify(body)).toBe(400)
      expect(problem.detail.length).toBeGreaterThan(5)
    }
  })
})

describe('refreshing news feeds', () => {
  it('ingests each new item once across runs, answers 304s politely, and picks up new items', async () => {
    const { body: source } = await addSource({ kind: 'feed', url: 'https://news.example/feed.rss' })
    const first = await refresh(source.id)
    const firstSource = first.sources.find((s: any) => s.sourceId === source.id)
    expect(firstSource).toMatchObject({ outcome: 'ok', itemsSeen: 2, newArticles: 2, errors: [] })
    expect(firstSource.findings).toBeGreaterThanOrEqual(2)

    const keys = await measureKeys()
    expect(keys).toEqual(expect.arrayContaining(['ca:asset_freeze:viktor-sheiman:in_effect', 'jp:asset_freeze:oleg-deripaska:announced']))
    // nothing from the page chrome: scripts, navigation and sidebars are not the article
    expect(keys.join(' ')).not.toMatch(/boiler-plate|sidebar-person/)
    // the item's title and date are the article's
    const articles = (await getJson('/api/articles?limit=10')).body.data as any[]
    expect(articles.find((a) => a.url === 'https://news.example/2022/03/01/canada-belarus')).toMatchObject({
      title: 'Canada freezes assets of Belarusian official',
      publishedOn: '2022-03-01',
    })

    // unchanged feed: a conditional request, answered 304, nothing fetched again
    net.requests.length = 0
    const second = await refresh(source.id)
    expect(second.sources[0]).toMatchObject({ outcome: 'not_modified', newArticles: 0, requests: 1 })
    expect(net.requests[0]!.headers.get('if-none-match')).toBe('"rss-v1"')

    // a new item appears: only its page is fetched
    net.set('https://news.example/feed.rss', cacheable(rssUpdated, 'application/rss+xml', '"rss-v2"'))
    net.requests.length = 0
    const third = await refresh(source.id)
    expect(third.sources[0]).toMatchObject({ outcome: 'ok', itemsSeen: 3, newArticles: 1 })
    expect(net.requests.map((r) => r.url)).toEqual(['https://news.example/feed.rss', 'https://news.example/2022/03/04/australia-sechin'])
    expect(await measureKeys()).toContain('au:asset_freeze:igor-sechin:in_effect')
    expect((await getJson('/api/articles?limit=100')).body.data).toHaveLength(3)
  })

  it('reads Atom feeds the same way', async () => {
    const { body: source } = await addSource({ kind: 'feed', url: 'https://wire.example/europe.atom' })
    const run = await refresh(source.id)
    expect(run.sources[0]).toMatchObject({ outcome: 'ok', newArticles: 1 })
    expect(await measureKeys()).toContain('ch:asset_freeze:gennady-timchenko:in_effect')
  })

  it('stays within the per-run item budget and resumes where it stopped', async () => {
    const { body: source } = await addSource({ kind: 'feed', url: 'https://news.example/feed.rss', name: 'budgeted' })
    net.set('https://news.example/feed.rss', cacheable(rssUpdated, 'application/rss+xml', '"rss-v2"'))
    const db = createDb(env.DB)
    const states = async () =>
      (await env.DB.prepare('select state from source_items where source_id = ? order by id').bind(source.id).all<{ state: string }>()).results.map((r) => r.state)

    const first = await runRefresh(db, { trigger: 'manual', sourceId: source.id, allowPrivate: false, subrequestBudget: 50, maxItemsPerSource: 2 })
    expect(first.sources[0]).toMatchObject({ outcome: 'partial', itemsSeen: 3, requests: 3 })
    expect(await states()).toEqual(['ingested', 'ingested', 'pending'])

    // a run whose subrequest budget is spent on the feed itself leaves every item pending
    const starved = await runRefresh(db, { trigger: 'manual', sourceId: source.id, allowPrivate: false, subrequestBudget: 1, maxItemsPerSource: 2 })
    expect(starved.sources[0]).toMatchObject({ outcome: 'partial', requests: 1 })
    expect(await states()).toEqual(['ingested', 'ingested', 'pending'])

    const last = await runRefresh(db, { trigger: 'manual', sourceId: source.id, allowPrivate: false, subrequestBudget: 50, maxItemsPerSource: 2 })
    expect(last.sources[0]).toMatchObject({ outcome: 'not_modified', requests: 2 })
    expect(await states()).toEqual(['ingested', 'ingested', 'ingested'])
  })
})

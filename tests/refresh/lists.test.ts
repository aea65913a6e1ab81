import { env } from 'cloudflare:workers'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createDb } from '../../src/db/client'
import { runRefresh } from '../../src/refresh/run-refresh'
import { ADMIN_TOKEN, api, getJson, postArticle } from '../support/api'
import { cacheable, fakeInternet, type FakeInternet } from '../support/fake-internet'
import alt from '../fixtures/refresh/alt.csv?raw'
import sdnShrunk from '../fixtures/refresh/sdn-shrunk.csv?raw'
import sdnTruncated from '../fixtures/refresh/sdn-truncated.csv?raw'
import sdnWithoutLavrov from '../fixtures/refresh/sdn-without-lavrov.csv?raw'
import sdn from '../fixtures/refresh/sdn.csv?raw'
import openSanctions from '../fixtures/refresh/targets.simple.csv?raw'

const admin = { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' }
const csv = (body: string, etag?: string) => () => new Response(body, { headers: { 'content-type': 'text/csv', ...(etag ? { etag } : {}) } })
const db = createDb(env.DB)
const run = (sourceId: number, now: string) => runRefresh(db, { trigger: 'manual', sourceId, allowPrivate: false, subrequestBudget: 20, now: new Date(now) })

async function addSource(body: Record<string, unknown>) {
  const res = await api('/api/sources', { method: 'POST', headers: admin, body: JSON.stringify(body) })
  expect(res.status).toBe(201)
  return (await res.json()) as any
}

async function measure(authority: string, type: string, target: string) {
  const [m] = (await getJson(`/api/sanctions?authority=${authority}&type=${type}&target=${target}`)).body.data
  return m ? (await getJson(`/api/sanctions/${m.id}`)).body : undefined
}

const snapshot = async () => ({
  measures: (await getJson('/api/sanctions?limit=100')).body.data.map((m: any) => `${m.id}:${m.status}:${m.evidenceCount}`),
  listings: (await env.DB.prepare('select id, removed_on, last_seen_at from official_listings order by id').all()).results,
})

let net: FakeInternet
let ofac: { id: number }

beforeAll(async () => {
  // the news has reported on these people before any list is checked
  for (const text of [
    'The United States said on Friday it would freeze the assets of Vladimir Putin.',
    'The United States said on Friday it would freeze the assets of Sergey Lavrov.',
    'Britain said it was considering sanctions against Roman Abramovich.',
  ]) {
    expect((await postArticle({ text, publishedAt: '2022-02-25' })).status).toBe(201)
  }
})
beforeEach(() => {
  net = fakeInternet({
    'https://lists.example/sdn.csv': cacheable(sdn, 'text/csv', '"sdn-1"'),
    'https://lists.example/alt.csv': csv(alt),
    'https://lists.example/targets.simple.csv': csv(openSanctions),
  })
})
afterEach(() => net.restore())

describe('the OFAC SDN list', () => {
  it('confirms the measures of tracked targets it lists, and links no near misses', async () => {
    ofac = await addSource({ kind: 'ofac-sdn', url: 'https://lists.example/sdn.csv', aliasesUrl: 'https://lists.example/alt.csv' })
    const summary = await run(ofac.id, '2022-03-01T06:00:00Z')
    expect(summary.sources[0]).toMatchObject({ outcome: 'ok', itemsSeen: 47, confirmations: 2, lifts: 0, errors: [] })

    const putin = await measure('us', 'asset_freeze', 'vladimir-putin')
    expect(putin.status).toBe('in_effect')
    expect(putin.history.map((h: any) => [h.reportedOn, h.status, h.listing?.list ?? 'article'])).toEqual([
      ['2022-02-25', 'announced', 'article'],
      ['2022-03-01', 'in_effect', 'OFAC SDN List'],
    ])
    const official = putin.evidence.find((e: any) => e.listing)
    expect(official).toMatchObject({ status: 'in_effect', article: null, listing: { list: 'OFAC SDN List', entryId: '29071', program: 'RUSSIA-EO14024' } })
    expect(official.quote).toContain('PUTIN, Vladimir Vladimirovich')

    const lavrov = (await getJson('/api/targets/sergey-lavrov')).body
    expect(lavrov.listings).toEqual([
      expect.objectContaining({ list: 'OFAC SDN List', authority: 'us', entryId: '29072', entryName: 'LAVROV, Sergei Viktorovich', firstSeenOn: '2022-03-01', removedOn: null }),
    ])
    // the list's other Putin, Sergei and Vladimir are different people
    const listed = (await env.DB.prepare('select entry_id from official_listings').all<{ entry_id: string }>()).results.map((r) => r.entry_id)
    expect(listed.sort()).toEqual(['29071', '29072'])
    // a person tracked only as announced by the US but not on the list keeps its status
    expect((await measure('gb', 'sanctions', 'roman-abramovich'))?.status).toBe('proposed')
  })

  it('skips an unchanged list with a conditional request', async () => {
    net.requests.length = 0
    const summary = await run(ofac.id, '2022-03-02T06:00:00Z')
    expect(summary.sources[0]).toMatchObject({ outcome: 'not_modified', requests: 1, confirmations: 0, lifts: 0 })
    expect(net.requests[0]!.headers.get('if-none-match')).toBe('"sdn-1"')
  })

  it('never lifts anything from a truncated, shrunken or empty download, and leaves the data as it was', async () => {
    const before = await snapshot()
    for (const [body, reason] of [
      [sdnTruncated, /quoted field|truncated/],
      [sdnShrunk, /fewer|implausible/],
      ['', /no entries/],
      ['<html>Service Unavailable</html>', /columns|no entries/],
    ] as const) {
      net.set('https://lists.example/sdn.csv', csv(body, '"sdn-bad"'))
      const summary = await run(ofac.id, '2022-03-03T06:00:00Z')
      expect(summary.sources[0]!.outcome).toBe('failed')
      expect(summary.sources[0]!.errors.join(' ')).toMatch(reason)
      expect(await snapshot()).toEqual(before)
    }
    net.set('https://lists.example/sdn.csv', () => new Response('upstream down', { status: 503 }))
    expect((await run(ofac.id, '2022-03-03T07:00:00Z')).sources[0]).toMatchObject({ outcome: 'failed' })
    net.set('https://lists.example/alt.csv', () => new Response('gone', { status: 500 }))
    net.set('https://lists.example/sdn.csv', csv(sdnWithoutLavrov, '"sdn-2"'))
    // without its aliases file the download is incomplete: refused too
    expect((await run(ofac.id, '2022-03-03T08:00:00Z')).sources[0]).toMatchObject({ outcome: 'failed', lifts: 0 })
    expect(await snapshot()).toEqual(before)
  })

  it('lifts the measure of a target that a later complete download no longer lists', async () => {
    net.set('https://lists.example/sdn.csv', csv(sdnWithoutLavrov, '"sdn-2"'))
    const summary = await run(ofac.id, '2022-03-04T06:00:00Z')
    expect(summary.sources[0]).toMatchObject({ outcome: 'ok', confirmations: 0, lifts: 1 })
    const lavrov = await measure('us', 'asset_freeze', 'sergey-lavrov')
    expect(lavrov.status).toBe('lifted')
    expect(lavrov.history.at(-1)).toMatchObject({ status: 'lifted', reportedOn: '2022-03-04', listing: { list: 'OFAC SDN List', entryId: '29072' } })
    expect((await getJson('/api/targets/sergey-lavrov')).body.listings[0].removedOn).toBe('2022-03-04')
    expect((await measure('us', 'asset_freeze', 'vladimir-putin')).status).toBe('in_effect')
  })
})

describe('OpenSanctions targets.simple.csv', () => {
  it("records each listed sanction under its own authority, and links no one else of the name", async () => {
    const source = await addSource({ kind: 'opensanctions', url: 'https://lists.example/targets.simple.csv', name: 'Sanctioned entities' })
    const summary = await run(source.id, '2022-03-12T06:00:00Z')
    expect(summary.sources[0]).toMatchObject({ outcome: 'ok', itemsSeen: 4, confirmations: 2 })
    // the UK's proposed sanctions against him are confirmed by the UK list as an asset freeze
    expect((await measure('gb', 'asset_freeze', 'roman-abramovich')).history).toEqual([
      expect.objectContaining({ status: 'in_effect', reportedOn: '2022-03-10', listing: expect.objectContaining({ entryId: 'Q312406', program: 'GBR-RUS' }) }),
    ])
    expect((await measure('ca', 'sanctions', 'roman-abramovich')).status).toBe('in_effect')
    const listed = (await env.DB.prepare("select entry_id from official_listings where list_name like 'OpenSanctions%'").all<{ entry_id: string }>()).results
    expect(listed.map((r) => r.entry_id)).toEqual(['Q312406', 'Q312406'])
  })
})

describe('runs', () => {
  it('are listed newest first with what each source did', async () => {
    const res = await api('/api/refresh/runs?limit=3', { headers: admin })
    expect(res.status).toBe(200)
    const { data, nextCursor } = (await res.json()) as any
    expect(data).toHaveLength(3)
    expect(data[0].id).toBeGreaterThan(data[1].id)
    expect(data[0].sources[0]).toMatchObject({ outcome: 'ok', confirmations: 2, itemsSeen: 4 })
    expect(typeof data[0].sources[0].durationMs).toBe('number')
    expect(nextCursor).toBeTruthy()
    const older = (await (await api(`/api/refresh/runs?limit=3&cursor=${nextCursor}`, { headers: admin })).json()) as any
    expect(older.data[0].id).toBeLessThan(data[2].id)
    expect((await api('/api/refresh/runs')).status).toBe(401)
  })
})

/**
 * The maintained counters (facet_counts, measure_counts; kept by triggers on `measures`) must
 * always equal counting the measures themselves: after ingest, after a status change, after an
 * official list confirms and then lifts a measure, and after a delete. The views that read
 * them (facets, authorities, overview) must answer what counting would. So must the source
 * columns the recompute keeps on each measure (latest and current-status evidence, first day
 * in effect, program).
 */
import { env } from 'cloudflare:workers'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDb } from '../../src/db/client'
import { runRefresh } from '../../src/refresh/run-refresh'
import { ADMIN_TOKEN, api, d1Cost, getJson, postArticle } from '../support/api'
import { CORPUS } from '../support/corpus'
import { cacheable, fakeInternet, type FakeInternet } from '../support/fake-internet'
import alt from '../fixtures/refresh/alt.csv?raw'
import sdnWithoutLavrov from '../fixtures/refresh/sdn-without-lavrov.csv?raw'
import sdn from '../fixtures/refresh/sdn.csv?raw'

type Count = { facet: string; value: string; count: number }

const rows = async <T>(query: string) => (await env.DB.prepare(query).all<T>()).results

/** The counters as stored (zero rows are kept but mean nothing), and as counting says they should be. */
async function expectCountersToMatchMeasures() {
  const stored = await rows<Count>("select facet, value, count from facet_counts where count > 0 order by facet, value")
  const counted = await rows<Count>(`
    select 'authority' facet, authority_id value, count(*) count from measures group by authority_id
    union all select 'status', status, count(*) from measures group by status
    union all select 'target', target_id, count(*) from measures group by target_id
    union all select 'type', type, count(*) from measures group by type
    order by facet, value`)
  expect(stored).toEqual(counted)
  expect(await rows('select authority_id, type, status, count from measure_counts where count > 0 order by 1, 2, 3')).toEqual(
    await rows('select authority_id, type, status, count(*) count from measures group by 1, 2, 3 order by 1, 2, 3'),
  )
  expect(stored.length).toBeGreaterThan(0)
  await expectSourceColumnsToMatchEvidence()
}

/**
 * The columns the recompute keeps on each measure for the views that show a source (embed,
 * exports) equal choosing them from the evidence: the latest evidence, the evidence of the
 * current status (a linked one first), the first day in effect and the latest program.
 */
async function expectSourceColumnsToMatchEvidence() {
  const kept = await rows('select id, latest_evidence_id, source_evidence_id, in_effect_since, program from measures order by id')
  const chosen = await rows(`select m.id,
      (select e.id from evidence e where e.measure_id = m.id order by e.reported_on desc, e.id desc limit 1) latest_evidence_id,
      (select e.id from evidence e left join articles a on a.id = e.article_id where e.measure_id = m.id and e.status = m.status
        order by (a.url is null and e.listing_id is null), e.reported_on desc, e.id desc limit 1) source_evidence_id,
      (select min(e.reported_on) from evidence e where e.measure_id = m.id and e.status = 'in_effect') in_effect_since,
      (select ol.program from evidence e join official_listings ol on ol.id = e.listing_id
        where e.measure_id = m.id and ol.program is not null order by e.reported_on desc, e.id desc limit 1) program
    from measures m order by m.id`)
  expect(kept).toEqual(chosen)
  expect(kept.some((m) => (m as { source_evidence_id: number | null }).source_evidence_id === null)).toBe(false)
  // and each target's names, kept on its row for exports
  const names = await rows<{ id: string; alias_names: string }>('select id, alias_names from targets order by id')
  const aliases = await rows<{ target_id: string; name: string }>('select distinct target_id, name from target_aliases order by target_id, name')
  for (const { id, alias_names } of names) {
    expect(JSON.parse(alias_names)).toEqual(aliases.filter((a) => a.target_id === id).map((a) => a.name))
  }
  expect(names.length).toBeGreaterThan(0)
}

/** Facets as the API answers them, in a comparable form. */
async function facets(query: string) {
  const { body } = await getJson(`/api/sanctions/facets${query}`)
  return body as Record<'authority' | 'type' | 'status' | 'target', { value: string; count: number }[]>
}

let net: FakeInternet | undefined
afterAll(() => net?.restore())

beforeAll(async () => {
  for (const article of CORPUS) expect((await postArticle(article)).status).toBe(201)
  for (const text of [
    'The United States said on Friday it would freeze the assets of Sergey Lavrov.',
    'The United States said on Friday it would freeze the assets of Vladimir Putin.',
  ]) {
    expect((await postArticle({ text, publishedAt: '2022-02-25' })).status).toBe(201)
  }
})

describe('measure counters', () => {
  it('are kept by triggers that exist (a table rebuild by a later migration would drop them)', async () => {
    const triggers = (await rows<{ name: string }>("select name from sqlite_master where type = 'trigger' order by name")).map((t) => t.name)
    expect(triggers).toEqual(
      expect.arrayContaining([
        'measures_counters_insert', 'measures_counters_delete', 'measures_counters_update',
        'measures_version_insert', 'measures_version_delete', 'measures_version_update',
        'target_aliases_names_insert', 'target_aliases_names_delete',
      ]),
    )
  })

  it('equal counting the measures after ingest, and the facets read them', async () => {
    await expectCountersToMatchMeasures()
    const unfiltered = await facets('')
    const byStatus = await rows<{ value: string; count: number }>('select status value, count(*) count from measures group by status order by count desc, status')
    expect(unfiltered.status.map(({ value, count }) => ({ value, count }))).toEqual(byStatus)
    // a filter the counters cannot answer (a date range that covers everything) gives the same facets
    const counted = await facets('?since=1900-01-01')
    for (const facet of ['authority', 'type', 'status', 'target'] as const) expect(unfiltered[facet]).toEqual(counted[facet])
    // filtered by authority, type and status: from measure_counts; must match counting too
    const combined = await facets('?authority=us,eu&status=announced,adopted,in_effect')
    const countedCombined = await facets('?authority=us,eu&status=announced,adopted,in_effect&since=1900-01-01')
    expect(combined).toEqual(countedCombined)
    expect(combined.authority.length).toBeGreaterThan(0)
  })

  it('answer the unfiltered facets and the authorities from a few counter rows', async () => {
    const counterRows = (await rows<{ n: number }>('select count(*) n from facet_counts'))[0]!.n
    const cost = d1Cost(await api('/api/sanctions/facets'))
    expect(cost.queries).toBe(4)
    // the counters (each read once, with a name per authority and target), not the measures: counting reads more
    expect(cost.rowsRead).toBeLessThanOrEqual(3 * counterRows)
    // (a date range not asked before: counted, not answered from a stored count)
    expect(cost.rowsRead).toBeLessThan(d1Cost(await api('/api/sanctions/facets?since=1900-01-02')).rowsRead)
    const authorities = (await getJson('/api/authorities')).body.data as { id: string; measureCount: number }[]
    const counted = await rows<{ id: string; n: number }>('select authority_id id, count(*) n from measures group by authority_id')
    for (const { id, n } of counted) expect(authorities.find((a) => a.id === id)?.measureCount).toBe(n)
  })

  it('follow a status change reported by a later article', async () => {
    const before = (await facets('?authority=us&type=asset_freeze')).status
    expect((await postArticle({ text: 'The United States on Monday froze the assets of Sergey Lavrov.', publishedAt: '2022-03-07' })).status).toBe(201)
    await expectCountersToMatchMeasures()
    expect((await facets('?authority=us&type=asset_freeze')).status).not.toEqual(before)
  })

  it('follow an official list that confirms and then lifts a measure', async () => {
    const admin = { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' }
    net = fakeInternet({
      'https://lists.example/sdn.csv': cacheable(sdn, 'text/csv', '"sdn-1"'),
      'https://lists.example/alt.csv': () => new Response(alt, { headers: { 'content-type': 'text/csv' } }),
    })
    const res = await api('/api/sources', {
      method: 'POST',
      headers: admin,
      body: JSON.stringify({ kind: 'ofac-sdn', url: 'https://lists.example/sdn.csv', aliasesUrl: 'https://lists.example/alt.csv' }),
    })
    expect(res.status).toBe(201)
    const { id } = (await res.json()) as { id: number }
    const db = createDb(env.DB)
    const run = (now: string) => runRefresh(db, { trigger: 'manual', sourceId: id, allowPrivate: false, subrequestBudget: 20, now: new Date(now) })
    expect((await run('2022-03-08T06:00:00Z')).sources[0]!.confirmations).toBeGreaterThan(0)
    await expectCountersToMatchMeasures()
    net.set('https://lists.example/sdn.csv', () => new Response(sdnWithoutLavrov, { headers: { 'content-type': 'text/csv', etag: '"sdn-2"' } }))
    expect((await run('2022-03-09T06:00:00Z')).sources[0]!.lifts).toBeGreaterThan(0)
    await expectCountersToMatchMeasures()
    expect((await facets('?status=lifted')).status).toEqual([{ value: 'lifted', count: expect.any(Number) }])
  })

  it('follow deleted measures, and the overview shows the counted matrix', async () => {
    await env.DB.prepare("delete from measures where id = (select min(id) from measures)").run()
    await expectCountersToMatchMeasures()
    const page = await (await api('/overview')).text()
    const total = (await rows<{ n: number }>('select count(*) n from measures'))[0]!.n
    expect(page).toContain(String(total))
  })
})

import { beforeAll, describe, expect, it } from 'vitest'
import { api, d1Cost, expectProblem, getJson, postArticle } from '../support/api'
import { CORPUS } from '../support/corpus'

type Measure = {
  id: number
  authority: { id: string; name: string }
  type: string
  status: string
  target: { id: string; name: string; kind: string }
  firstReportedOn: string
  lastReportedOn: string
  evidenceCount: number
}

async function all(query = ''): Promise<Measure[]> {
  const out: Measure[] = []
  let cursor: string | null = null
  do {
    const sep = query ? '&' : ''
    const { status, body }: { status: number; body: any } = await getJson(`/api/sanctions?${query}${sep}limit=100${cursor ? `&cursor=${cursor}` : ''}`)
    expect(status).toBe(200)
    out.push(...body.data)
    cursor = body.nextCursor
  } while (cursor)
  return out
}

beforeAll(async () => {
  for (const article of CORPUS) expect((await postArticle(article)).status).toBe(201)
})

describe('GET /api/sanctions', () => {
  it('lists measures in the documented shape, most recently reported first', async () => {
    const measures = await all()
    expect(measures.length).toBeGreaterThan(15)
    for (const m of measures) {
      expect(Object.keys(m).sort()).toEqual(['authority', 'evidenceCount', 'firstReportedOn', 'id', 'lastReportedOn', 'status', 'target', 'type'])
      expect(m.evidenceCount).toBeGreaterThan(0)
      expect(m.firstReportedOn <= m.lastReportedOn).toBe(true)
    }
    const days = measures.map((m) => m.lastReportedOn)
    expect([...days].sort().reverse()).toEqual(days)
    // one measure per (authority, type, target)
    const keys = measures.map((m) => `${m.authority.id}|${m.type}|${m.target.id}`)
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('filters by each field alone and in combination', async () => {
    const everything = await all()
    const cases: [string, (m: Measure) => boolean][] = [
      ['authority=us', (m) => m.authority.id === 'us'],
      ['authority=eu,gb', (m) => ['eu', 'gb'].includes(m.authority.id)],
      ['type=asset_freeze', (m) => m.type === 'asset_freeze'],
      ['type=travel_ban,swift_exclusion', (m) => ['travel_ban', 'swift_exclusion'].includes(m.type)],
      ['status=in_effect', (m) => m.status === 'in_effect'],
      ['target=vladimir-putin', (m) => m.target.id === 'vladimir-putin'],
      ['authority=us&type=asset_freeze&target=vladimir-putin,sergey-lavrov', (m) => m.authority.id === 'us' && m.type === 'asset_freeze' && ['vladimir-putin', 'sergey-lavrov'].includes(m.target.id)],
      ['since=2022-02-27&until=2022-03-10', (m) => m.lastReportedOn >= '2022-02-27' && m.lastReportedOn <= '2022-03-10'],
      ['status=announced,adopted&authority=eu', (m) => ['announced', 'adopted'].includes(m.status) && m.authority.id === 'eu'],
    ]
    for (const [query, predicate] of cases) {
      const expected = everything.filter(predicate).map((m) => m.id).sort()
      const got = (await all(query)).map((m) => m.id).sort()
      expect(got, query).toEqual(expected)
      expect(got.length, `${query} should match something`).toBeGreaterThan(0)
    }
    const usPutinFreeze = await all('authority=us&type=asset_freeze&target=vladimir-putin')
    expect(usPutinFreeze).toHaveLength(1)
    expect(usPutinFreeze[0]!.status).toBe('announced')
  })

  it('finds measures by words in target names and quotes', async () => {
    const lavrov = await all('q=lavrov')
    expect(lavrov.length).toBeGreaterThan(0)
    expect(lavrov.some((m) => m.target.id === 'sergey-lavrov')).toBe(true)
    const swift = await all('q=swift')
    expect(swift.some((m) => m.type === 'swift_exclusion')).toBe(true)
    // words combine with AND, and with the other filters
    const both = await all('q=asset+freeze&authority=eu')
    expect(both.every((m) => m.authority.id === 'eu')).toBe(true)
    expect(await all('q=zzzzunmatched')).toEqual([])
    // FTS syntax in the input is inert, not an error
    expect((await getJson('/api/sanctions?q=%22NEAR(lavrov%20OR*')).status).toBe(200)
  })

  it('answers 400 naming the allowed values for an unknown filter value', async () => {
    const type = await expectProblem(await api('/api/sanctions?type=asset_freeze,asset-freezing'), 400)
    expect(type.detail).toContain('asset-freezing')
    expect(type.detail).toContain('asset_freeze, travel_ban')
    const status = await expectProblem(await api('/api/sanctions?status=done'), 400)
    expect(status.detail).toContain('proposed, announced, adopted, in_effect, lifted')
    const authority = await expectProblem(await api('/api/sanctions?authority=zz'), 400)
    expect(authority.detail).toMatch(/ISO 3166-1/)
    await expectProblem(await api('/api/sanctions?target=Vladimir%20Putin'), 400)
    const sort = await expectProblem(await api('/api/sanctions?sort=name'), 400)
    expect(sort.detail).toContain('-lastReportedOn')
    await expectProblem(await api('/api/sanctions?since=2022-13-01'), 400)
    await expectProblem(await api('/api/sanctions?since=2022-03-01&until=2022-02-01'), 400)
    await expectProblem(await api('/api/sanctions?q=%20%2C%2C'), 400)
    await expectProblem(await api('/api/sanctions?limit=500'), 400)
    await expectProblem(await api('/api/sanctions?cursor=eyJ4IjoxfQ'), 400)
  })

  it('pages with a cursor: every measure exactly once, in order, in each sort', async () => {
    for (const sort of ['-lastReportedOn', 'lastReportedOn', '-firstReportedOn', 'firstReportedOn']) {
      const full = (await getJson(`/api/sanctions?sort=${sort}&limit=100`)).body.data as Measure[]
      const paged: Measure[] = []
      let cursor: string | null = null
      do {
        const { body }: { body: any } = await getJson(`/api/sanctions?sort=${sort}&limit=3${cursor ? `&cursor=${cursor}` : ''}`)
        expect(body.data.length).toBeLessThanOrEqual(3)
        paged.push(...body.data)
        cursor = body.nextCursor
      } while (cursor)
      expect(paged.map((m) => m.id), sort).toEqual(full.map((m) => m.id))
      const field = sort.replace('-', '') as 'lastReportedOn' | 'firstReportedOn'
      const values = paged.map((m) => m[field])
      const sorted = [...values].sort()
      expect(values).toEqual(sort.startsWith('-') ? sorted.reverse() : sorted)
    }
  })

  it('keeps pages free of gaps and repeats while articles are added between them', async () => {
    const before = (await all()).map((m) => m.id)
    const seen: number[] = []
    let cursor: string | null = null
    let round = 0
    do {
      const { body }: { body: any } = await getJson(`/api/sanctions?limit=4${cursor ? `&cursor=${cursor}` : ''}`)
      seen.push(...body.data.map((m: Measure) => m.id))
      cursor = body.nextCursor
      // new measures, reported both later and earlier than the page being read
      const day = round % 2 ? '2030-01-0' + ((round % 9) + 1) : '2001-01-0' + ((round % 9) + 1)
      await postArticle({ text: `Australia on Tuesday froze the assets of Pavel Testovsky${round}.`, publishedAt: day })
      round++
    } while (cursor)
    expect(new Set(seen).size).toBe(seen.length)
    for (const id of before) expect(seen).toContain(id)
  })

  it('answers long lists in every filter (D1 binds at most 100 parameters and five SELECTs per compound)', async () => {
    const everything = await all()
    const targets = [...new Set(everything.map((m) => m.target.id))].slice(0, 7)
    expect(targets.length).toBe(7)
    const padding = Array.from({ length: 43 }, (_, i) => `no-such-target-${i}`)
    const states = 'us,gb,fr,de,it,es,nl,be,pl,se,no,fi,dk,ie,pt,at,ch,cz,sk,hu,ro,bg,gr,cy,mt,si,hr,ee,lv,lt,lu,is,ca,au,nz,jp,kr,cn,ru,ua,by,tr,il,ir,iq,sy,lb,sa,ae,qa'
    const query = `target=${[...targets, ...padding].join(',')}&authority=${states}`
    const expected = everything.filter((m) => targets.includes(m.target.id) && states.split(',').includes(m.authority.id)).map((m) => m.id).sort((a, b) => a - b)
    expect(expected.length).toBeGreaterThan(7)
    expect((await all(query)).map((m) => m.id).sort((a, b) => a - b)).toEqual(expected)
    // six values of one filter: more than one compound SELECT may hold
    const six = everything.filter((m) => targets.slice(0, 6).includes(m.target.id)).map((m) => m.id).sort((a, b) => a - b)
    expect((await all(`target=${targets.slice(0, 6).join(',')}`)).map((m) => m.id).sort((a, b) => a - b)).toEqual(six)
    for (const path of ['/api/sanctions/facets', '/api/sanctions.csv', '/api/sanctions.ndjson', '/api/sanctions.ftm.json', '/api/embed', '/feed.json', '/feed.atom']) {
      const res = await api(`${path}?${query}`)
      await res.arrayBuffer()
      expect([path, res.status]).toEqual([path, 200])
    }
  })

  it('reads each page in one D1 query and reports its cost in Server-Timing', async () => {
    const res = await api('/api/sanctions?authority=us&limit=5')
    const timing = res.headers.get('server-timing')
    expect(timing).toMatch(/^d1;dur=[\d.]+;desc="queries=1 rows_read=\d+ rows_written=0"$/)
    expect(d1Cost(res).queries).toBe(1)
  })
})

describe('GET /api/sanctions/facets', () => {
  it('counts by authority, type, status and target under the same filters', async () => {
    const everything = await all()
    const { status, body } = await getJson('/api/sanctions/facets')
    expect(status).toBe(200)
    for (const facet of ['authority', 'type', 'status'] as const) {
      const total = body[facet].reduce((n: number, f: any) => n + f.count, 0)
      expect(total, facet).toBe(everything.length)
    }
    const us = body.authority.find((f: any) => f.value === 'us')
    expect(us).toMatchObject({ name: 'United States', count: everything.filter((m) => m.authority.id === 'us').length })
    const putin = body.target.find((f: any) => f.value === 'vladimir-putin')
    expect(putin.count).toBe(everything.filter((m) => m.target.id === 'vladimir-putin').length)

    const filtered = (await getJson('/api/sanctions/facets?authority=gb')).body
    expect(filtered.authority).toEqual([expect.objectContaining({ value: 'gb', count: everything.filter((m) => m.authority.id === 'gb').length })])
    await expectProblem(await api('/api/sanctions/facets?type=nope'), 400)
  })
})

describe('GET /api/sanctions/:id', () => {
  it('answers the measure with its evidence and status history', async () => {
    const [measure] = await all('authority=eu&type=asset_freeze&target=sergey-lavrov')
    const { status, body } = await getJson(`/api/sanctions/${measure!.id}`)
    expect(status).toBe(200)
    expect(body).toMatchObject({ id: measure!.id, authority: { id: 'eu' }, type: 'asset_freeze', target: { id: 'sergey-lavrov', kind: 'person' } })
    expect(body.evidence.length).toBe(body.evidenceCount)
    expect(body.evidence[0].quote).toMatch(/asset freeze/i)
    expect(body.evidence[0].article).toMatchObject({ title: CORPUS[0].title })
    expect(body.history[0]).toMatchObject({ status: 'adopted', reportedOn: '2022-02-25' })
    await expectProblem(await api('/api/sanctions/987654'), 404)
    await expectProblem(await api('/api/sanctions/-1'), 400)
  })
})

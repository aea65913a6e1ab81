/**
 * The exports, read back with independent parsers: csv-parse (strict RFC 4180), JSON.parse per
 * line, and the FollowTheMoney model of @alephdata/followthemoney, which refuses any property
 * its schema does not define.
 */
import { Model, defaultModel, type Entity } from '@alephdata/followthemoney'
import { parse } from 'csv-parse/sync'
import { beforeAll, describe, expect, it } from 'vitest'
import { MEASURE_CSV_COLUMNS, csvField, csvRecord } from '../../src/exports/csv'
import { api, expectProblem, getJson, postArticle } from '../support/api'

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

const ARTICLES = [
  {
    text: 'The European Union is considering an asset freeze against Ivan Petrovsky, diplomats said.',
    title: 'EU weighs a freeze',
    url: 'https://news.example/eu-weighs',
    publishedAt: '2022-03-01',
  },
  {
    text: 'The European Union on Friday froze the assets of Ivan Petrovsky.',
    // a comma, quotes and non-ASCII text, to exercise quoting and UTF-8
    title: 'EU, "at last", freezes assets — Vermögen eingefroren',
    url: 'https://news.example/eu-freezes',
    publishedAt: '2022-03-04',
  },
  {
    text: 'Japan froze the assets of Sergey Lavrov on Tuesday.',
    // what a spreadsheet would run as a formula
    title: '=HYPERLINK("https://evil.example","click")',
    url: 'https://news.example/japan',
    publishedAt: '2022-03-02',
  },
  { text: 'Canada imposed a travel ban on Sergei Lavrov on Friday.', title: 'Canada bans Lavrov', url: 'https://news.example/canada', publishedAt: '2022-03-05' },
  { text: 'The United States imposed export controls on Russia on Thursday.', title: 'US export controls', url: 'https://news.example/us-russia', publishedAt: '2022-03-03' },
  { text: 'The United States froze the assets of Sberbank on Thursday.', title: 'US freezes Sberbank', url: 'https://news.example/us-sberbank', publishedAt: '2022-03-03' },
]

async function allMeasures(query = ''): Promise<Measure[]> {
  const out: Measure[] = []
  let cursor: string | null = null
  do {
    const { body }: { body: any } = await getJson(`/api/sanctions?${query}&limit=100${cursor ? `&cursor=${cursor}` : ''}`)
    out.push(...body.data)
    cursor = body.nextCursor
  } while (cursor)
  return out
}

async function download(path: string) {
  const res = await api(path)
  expect(res.status, path).toBe(200)
  // decoded by hand: Response.text() warns for media types it does not know as text (x-ndjson)
  return { res, text: new TextDecoder().decode(await res.arrayBuffer()) }
}

/** Strict: csv-parse refuses stray quotes and rows whose field count differs from the header. */
function parseCsv(text: string): Record<string, string>[] {
  return parse(text, { columns: true, bom: true, record_delimiter: '\r\n' })
}

let measures: Measure[]

beforeAll(async () => {
  for (const article of ARTICLES) expect((await postArticle(article)).status).toBe(201)
  measures = await allMeasures()
  // what the extractor makes of these sentences: the tests below rely on each kind of target
  const targets = new Set(measures.map((m) => `${m.target.id}:${m.target.kind}`))
  for (const t of ['ivan-petrovsky:person', 'sergey-lavrov:person', 'russia:country', 'sberbank:organization']) expect(targets).toContain(t)
})

describe('GET /api/sanctions.csv', () => {
  it('is RFC 4180 CSV with a header row, one row per measure, as GET /api/sanctions lists them', async () => {
    const { res, text } = await download('/api/sanctions.csv')
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present')
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="sanctions.csv"')
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.split('\r\n')[0]).toBe(MEASURE_CSV_COLUMNS.join(','))
    const rows = parseCsv(text)
    expect(rows.map((r) => Number(r.id))).toEqual(measures.map((m) => m.id))
    for (const [i, m] of measures.entries()) {
      const row = rows[i]!
      expect(row).toMatchObject({
        url: `http://tracker.test/api/sanctions/${m.id}`,
        authority_id: m.authority.id,
        authority_name: m.authority.name,
        type: m.type,
        status: m.status,
        target_id: m.target.id,
        target_name: m.target.name,
        target_kind: m.target.kind,
        first_reported_on: m.firstReportedOn,
        last_reported_on: m.lastReportedOn,
        evidence_count: String(m.evidenceCount),
      })
    }
  })

  it("carries each measure's latest source: the most recent evidence, its article and quote", async () => {
    const rows = parseCsv((await download('/api/sanctions.csv')).text)
    for (const row of rows) {
      const detail = (await getJson(`/api/sanctions/${row.id}`)).body
      const latest = detail.evidence[detail.evidence.length - 1]
      const { article } = (await getJson(`/api/articles/${latest.article.id}`)).body
      expect(row).toMatchObject({
        source_kind: 'article',
        source_reported_on: latest.reportedOn,
        source_status: latest.status,
        source_title: article.title.startsWith('=') ? `'${article.title}` : article.title,
        source_url: article.url,
        source_quote: latest.quote,
      })
    }
    const petrovsky = rows.find((r) => r.target_id === 'ivan-petrovsky' && r.type === 'asset_freeze')!
    // two articles: the later one is the latest source, and its title survives quoting intact
    expect(petrovsky.source_title).toBe('EU, "at last", freezes assets — Vermögen eingefroren')
    expect(petrovsky.source_reported_on).toBe('2022-03-04')
    expect(petrovsky.status).toBe('in_effect')
  })

  it('defuses text a spreadsheet would run as a formula', async () => {
    const rows = parseCsv((await download('/api/sanctions.csv?target=sergey-lavrov&type=asset_freeze')).text)
    expect(rows).toHaveLength(1)
    expect(rows[0]!.source_title).toBe(`'=HYPERLINK("https://evil.example","click")`)
  })

  it('takes the filters and sort of GET /api/sanctions', async () => {
    for (const query of ['authority=us', 'type=asset_freeze', 'status=in_effect,proposed', 'target=sergey-lavrov', 'q=lavrov', 'since=2022-03-04', 'sort=firstReportedOn', 'authority=eu&type=asset_freeze&sort=-firstReportedOn']) {
      const expected = (await allMeasures(query)).map((m) => String(m.id))
      const got = parseCsv((await download(`/api/sanctions.csv?${query}`)).text).map((r) => r.id)
      expect(got, query).toEqual(expected)
      expect(got.length, query).toBeGreaterThan(0)
    }
    // a filter nothing matches still answers the header
    const { text } = await download('/api/sanctions.csv?authority=nato')
    expect(text).toBe(`${MEASURE_CSV_COLUMNS.join(',')}\r\n`)
  })

  it('rejects a bad filter with a 400 problem before anything is streamed', async () => {
    const problem = await expectProblem(await api('/api/sanctions.csv?type=asset-freeze'), 400)
    expect(problem.detail).toContain('asset_freeze')
    await expectProblem(await api('/api/sanctions.ndjson?since=2022-13-01'), 400)
    await expectProblem(await api('/api/sanctions.ftm.json?sort=name'), 400)
  })

  it('starts with a byte order mark only when asked', async () => {
    const plain = await api('/api/sanctions.csv')
    expect(new Uint8Array(await plain.arrayBuffer()).slice(0, 2)).toEqual(new TextEncoder().encode('id'))
    const withBom = await api('/api/sanctions.csv?bom=true')
    expect([...new Uint8Array(await withBom.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  })
})

describe('GET /api/sanctions.ndjson', () => {
  it('is one measure per line: the API shape plus url and latest source', async () => {
    const { res, text } = await download('/api/sanctions.ndjson')
    expect(res.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8')
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="sanctions.ndjson"')
    expect(text.endsWith('\n')).toBe(true)
    const lines = text.trimEnd().split('\n').map((line) => JSON.parse(line))
    expect(lines).toHaveLength(measures.length)
    for (const [i, m] of measures.entries()) {
      const { url, latestSource, ...measure } = lines[i]
      expect(measure).toEqual(m)
      expect(url).toBe(`http://tracker.test/api/sanctions/${m.id}`)
      const detail = (await getJson(`/api/sanctions/${m.id}`)).body
      const latest = detail.evidence[detail.evidence.length - 1]
      const { article } = (await getJson(`/api/articles/${latest.article.id}`)).body
      expect(latestSource).toEqual({
        status: latest.status,
        reportedOn: latest.reportedOn,
        quote: latest.quote,
        article: { id: article.id, title: article.title, url: article.url },
        listing: null,
      })
    }
  })
})

describe('GET /api/sanctions.ftm.json', () => {
  const model = new Model(defaultModel)

  async function entities(query = '') {
    const { res, text } = await download(`/api/sanctions.ftm.json${query}`)
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="sanctions.ftm.json"')
    return text
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string; schema: string; properties: Record<string, string[]> })
  }

  it('is FollowTheMoney entities the FtM model accepts: a Sanction per measure, an entity per target', async () => {
    const raw = await entities()
    const parsed: Entity[] = raw.map((e) => model.getEntity(e)) // throws on an unknown schema or property
    const sanctions = parsed.filter((e) => e.schema.name === 'Sanction')
    expect(sanctions).toHaveLength(measures.length)
    const targetIds = new Set(measures.map((m) => m.target.id))
    expect(parsed.length).toBe(measures.length + targetIds.size)
    for (const entity of parsed) {
      expect(entity.id).toMatch(/^st-(sanction|target)-[a-z0-9-]+$/)
      // every property value is a string of the FtM type's shape
      for (const prop of entity.getProperties()) {
        for (const value of entity.getProperty(prop)) {
          expect(typeof value).toBe('string')
          if (prop.type.name === 'date') expect(value).toMatch(/^\d{4}-\d{2}-\d{2}$/)
          if (prop.type.name === 'country') expect([...model.getType('country').values.keys()]).toContain(value)
          if (prop.type.name === 'url') expect(() => new URL(value as string)).not.toThrow()
        }
      }
      for (const required of entity.schema.required ?? []) expect(entity.hasProperty(required), `${entity.id} ${required}`).toBe(true)
    }
  })

  it('writes each target before the sanctions that reference it, with the right schema and names', async () => {
    const raw = await entities()
    const seen = new Map<string, string>()
    for (const e of raw) {
      if (e.schema === 'Sanction') {
        const [target] = e.properties.entity!
        expect(seen.has(target!), `${e.id} references ${target} before it is written`).toBe(true)
        // the range of Sanction:entity is Thing: every schema written for a target is one
        expect(model.getSchema(seen.get(target!)).isA(model.getSchema('Thing'))).toBe(true)
      } else {
        expect(seen.has(e.id), `${e.id} written twice`).toBe(false)
        seen.set(e.id, e.schema)
      }
    }
    const byId = new Map(raw.map((e) => [e.id, e]))
    expect(byId.get('st-target-ivan-petrovsky')).toMatchObject({ schema: 'Person', properties: { name: ['Ivan Petrovsky'] } })
    expect(byId.get('st-target-sberbank')).toMatchObject({ schema: 'Organization', properties: { name: ['Sberbank'] } })
    // FtM has no schema for a state: a LegalEntity carrying the ISO code
    expect(byId.get('st-target-russia')).toMatchObject({ schema: 'LegalEntity', properties: { name: ['Russia'], country: ['ru'], jurisdiction: ['ru'] } })
    // every other spelling the target was reported under is an alias
    expect(byId.get('st-target-sergey-lavrov')!.properties.alias).toContain('Sergei Lavrov')
  })

  it('maps a measure onto Sanction properties', async () => {
    const raw = await entities('?target=ivan-petrovsky&type=asset_freeze')
    const sanction = raw.find((e) => e.schema === 'Sanction')!
    const measure = measures.find((m) => m.target.id === 'ivan-petrovsky' && m.type === 'asset_freeze')!
    expect(sanction).toEqual({
      id: 'st-sanction-eu-asset-freeze-ivan-petrovsky',
      schema: 'Sanction',
      properties: {
        entity: ['st-target-ivan-petrovsky'],
        authority: ['European Union'],
        country: ['eu'],
        provisions: ['Asset freeze'],
        status: ['in_effect'],
        listingDate: ['2022-03-01'],
        startDate: ['2022-03-04'],
        modifiedAt: ['2022-03-04'],
        sourceUrl: ['https://news.example/eu-freezes'],
        summary: ['The European Union on Friday froze the assets of Ivan Petrovsky.'],
        recordId: [String(measure.id)],
      },
    })
    // a measure of a state authority carries its ISO code as the sanction's country
    const us = (await entities('?authority=us')).filter((e) => e.schema === 'Sanction')
    expect(us.length).toBeGreaterThan(0)
    for (const e of us) expect(e.properties.country).toEqual(['us'])
  })

  it('gives the same ids in every export', async () => {
    const ids = (await entities()).map((e) => e.id).sort()
    const again = (await entities('?sort=firstReportedOn')).map((e) => e.id).sort()
    expect(again).toEqual(ids)
    expect(new Set(ids).size).toBe(ids.length)
  })
})

describe('export caching', () => {
  it('answers a weak ETag that names the data, 304 while it is unchanged, and a new one after an ingest', async () => {
    const first = await api('/api/sanctions.csv')
    const etag = first.headers.get('etag')!
    expect(etag).toMatch(/^W\/"\d+\.\d+\.\d+"$/)
    await first.body?.cancel()
    const again = await api('/api/sanctions.csv', { headers: { 'if-none-match': etag } })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    await postArticle({ text: 'Japan imposed a travel ban on Viktor Orlov.', publishedAt: '2022-03-09' })
    const changed = await api('/api/sanctions.csv', { headers: { 'if-none-match': etag } })
    expect(changed.status).toBe(200)
    expect(changed.headers.get('etag')).not.toBe(etag)
    expect(await changed.text()).toContain('viktor-orlov')
  })
})

describe('csvField', () => {
  it('quotes what RFC 4180 says to quote, and csv-parse reads every value back', () => {
    const values = ['plain', 'a,b', 'say "no"', 'two\r\nlines', 'lf\nonly', '', 'Škoda — ümlaut', ' spaced ']
    const text = csvRecord(values.map((v) => csvField(v))) + csvRecord(values.map((v) => csvField(v)))
    expect(parse(text, { record_delimiter: '\r\n' })).toEqual([values, values])
    expect(csvField('plain')).toBe('plain')
    expect(csvField('say "no"')).toBe('"say ""no"""')
    expect(csvField(null)).toBe('')
    expect(csvField(42)).toBe('42')
  })

  it('prefixes text a spreadsheet would evaluate, and leaves ids and numbers alone', () => {
    for (const formula of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx']) expect(csvField(formula, { text: true })).toMatch(/^"?'/)
    expect(csvField('-1')).toBe('-1')
    expect(csvField('Ivan', { text: true })).toBe('Ivan')
  })
})

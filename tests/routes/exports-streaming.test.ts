/**
 * Exports larger than one D1 page: every measure exactly once, in the API's order, across page
 * boundaries that fall inside runs of equal sort values; pages read only as the client reads;
 * and each page's query served by indexes.
 */
import { env } from 'cloudflare:workers'
import { parse } from 'csv-parse/sync'
import { beforeAll, describe, expect, it } from 'vitest'
import { createDb } from '../../src/db/client'
import { exportPage } from '../../src/db/queries/exports'
import { pagedTextStream } from '../../src/exports/stream'
import { api, getJson, postArticle } from '../support/api'

const BULK = 1234

/** The body as UTF-8 text (Response.text() warns for media types it does not know as text). */
const bodyText = async (res: Response) => new TextDecoder().decode(await res.arrayBuffer())

async function allIds(query: string): Promise<number[]> {
  const out: number[] = []
  let cursor: string | null = null
  do {
    const { body }: { body: any } = await getJson(`/api/sanctions?${query}&limit=100${cursor ? `&cursor=${cursor}` : ''}`)
    out.push(...body.data.map((m: { id: number }) => m.id))
    cursor = body.nextCursor
  } while (cursor)
  return out
}

beforeAll(async () => {
  expect((await postArticle({ text: 'The European Union on Friday froze the assets of Ivan Petrovsky.', publishedAt: '2022-03-04' })).status).toBe(201)
  // Many measures at once, straight into D1: 1234 targets with one measure and one piece of
  // evidence each, on 40 different days, so pages end inside runs of the same day.
  const numbers = `with recursive n(i) as (select 1 union all select i + 1 from n where i < ${BULK})`
  await env.DB.batch([
    env.DB.prepare(`insert into authorities (id, name, kind) values ('gb', 'United Kingdom', 'state') on conflict do nothing`),
    env.DB.prepare(`${numbers} insert into targets (id, name, kind) select printf('bulk-%04d', i), printf('Bulk Company %04d', i), 'organization' from n`),
    env.DB.prepare(`${numbers} insert into measures (authority_id, type, target_id, status, first_reported_on, last_reported_on, evidence_count)
      select 'gb', 'sanctions', printf('bulk-%04d', i), 'in_effect', date('2021-01-01', '+' || (i % 40) || ' days'), date('2021-06-01', '+' || (i % 40) || ' days'), 1 from n`),
    env.DB.prepare(`insert into evidence (measure_id, article_id, finding_index, status, reported_on, quote, span_start, span_end)
      select m.id, (select min(id) from articles), 0, 'in_effect', m.last_reported_on, 'Britain sanctioned ' || t.name || ', "it said".', 0, 10
      from measures m join targets t on t.id = m.target_id where m.target_id like 'bulk-%'`),
  ])
})

describe('exports beyond one page', () => {
  it('carry every measure exactly once, in the order of GET /api/sanctions, in every sort', async () => {
    for (const sort of ['-lastReportedOn', 'lastReportedOn', '-firstReportedOn', 'firstReportedOn']) {
      const expected = await allIds(`sort=${sort}`)
      expect(expected.length).toBe(BULK + 1)
      const csv = await (await api(`/api/sanctions.csv?sort=${sort}`)).text()
      const rows = parse(csv, { columns: true, record_delimiter: '\r\n' }) as { id: string; source_quote: string }[]
      expect(rows.map((r) => Number(r.id)), sort).toEqual(expected)
      const ndjson = (await bodyText(await api(`/api/sanctions.ndjson?sort=${sort}`))).trimEnd().split('\n')
      expect(ndjson.map((line) => JSON.parse(line).id), sort).toEqual(expected)
    }
  })

  it('keep the filters across pages', async () => {
    const expected = await allIds('authority=gb&since=2021-06-10')
    expect(expected.length).toBeGreaterThan(500)
    const rows = parse(await (await api('/api/sanctions.csv?authority=gb&since=2021-06-10')).text(), { columns: true }) as { id: string }[]
    expect(rows.map((r) => Number(r.id))).toEqual(expected)
  })

  it('write each FtM target once even when it spans pages', async () => {
    const lines = (await bodyText(await api('/api/sanctions.ftm.json'))).trimEnd().split('\n').map((l) => JSON.parse(l))
    const targets = lines.filter((e) => e.schema !== 'Sanction').map((e) => e.id)
    expect(new Set(targets).size).toBe(targets.length)
    expect(lines.filter((e) => e.schema === 'Sanction')).toHaveLength(BULK + 1)
  })

  it('read each page in index order, with each latest source looked up by key', async () => {
    const query = exportPage(createDb(env.DB), { authority: ['gb'] }, { sort: '-lastReportedOn', limit: 500 }).toSQL()
    const { results } = await env.DB.prepare(`explain query plan ${query.sql}`)
      .bind(...query.params)
      .all<{ detail: string }>()
    const plan = results.map((r) => r.detail).join('\n')
    expect(plan).toMatch(/SEARCH measures USING INDEX measures_authority_idx/)
    expect(plan).toMatch(/SEARCH evidence USING INTEGER PRIMARY KEY \(rowid=\?\)/)
    expect(plan).not.toMatch(/SCAN (evidence|articles|measures)(?! USING)/)
  })
})

describe('pagedTextStream', () => {
  function source(pages: number, rowsPerPage: number) {
    const calls: (number | undefined)[] = []
    const fetchPage = async (after: number | undefined) => {
      calls.push(after)
      const index = after ?? 0
      const rows = Array.from({ length: rowsPerPage }, (_, i) => index * rowsPerPage + i)
      return { rows, next: index + 1 < pages ? index + 1 : undefined }
    }
    return { calls, fetchPage }
  }

  it('reads a page only when the reader asks for more', async () => {
    const { calls, fetchPage } = source(5, 3)
    const stream = await pagedTextStream({ fetchPage, encode: (n) => `${n}\n`, header: 'n\n', maxRows: 100 })
    // the first page is read before the response starts, so a failing query is still a problem
    expect(calls).toEqual([undefined])
    const reader = stream.getReader()
    const decoder = new TextDecoder()
    expect(decoder.decode((await reader.read()).value)).toBe('n\n0\n1\n2\n')
    expect(calls).toEqual([undefined])
    expect(decoder.decode((await reader.read()).value)).toBe('3\n4\n5\n')
    expect(calls).toEqual([undefined, 1])
    await reader.cancel()
    expect(calls).toEqual([undefined, 1])
  })

  it('stops at the row limit', async () => {
    const { calls, fetchPage } = source(100, 10)
    const text = await new Response(await pagedTextStream({ fetchPage, encode: (n) => `${n},`, maxRows: 25 })).text()
    expect(text.split(',').filter(Boolean)).toHaveLength(25)
    expect(calls).toHaveLength(3)
  })

  it('ends with an error, not silently, when a later page fails', async () => {
    let n = 0
    const stream = await pagedTextStream({
      fetchPage: async () => {
        if (n++ > 0) throw new Error('D1 went away')
        return { rows: [1], next: 1 }
      },
      encode: String,
      maxRows: 10,
    })
    await expect(new Response(stream).text()).rejects.toThrow()
  })
})

/**
 * The change feeds, read back with feedsmith (an Atom / JSON Feed parser) and fast-xml-parser's
 * validator for well-formed XML.
 */
import { env } from 'cloudflare:workers'
import { XMLValidator } from 'fast-xml-parser'
import { parseAtomFeed, parseJsonFeed } from 'feedsmith'
import { beforeAll, describe, expect, it } from 'vitest'
import { createDb } from '../../src/db/client'
import { latestEvents } from '../../src/db/queries/events'
import { api, expectProblem, getJson, postArticle } from '../support/api'

const ARTICLES = [
  {
    text: 'The European Union is considering an asset freeze against Ivan Petrovsky, diplomats said.',
    title: 'EU weighs a freeze',
    url: 'https://news.example/weighs',
    publishedAt: '2022-03-01',
  },
  { text: 'Japan froze the assets of Sergey Lavrov on Tuesday.', title: 'Japan acts', url: 'https://news.example/japan', publishedAt: '2022-03-02' },
  {
    text: 'The European Union on Friday froze the assets of Ivan Petrovsky.',
    // markup and ampersands must arrive as text, not as markup
    title: 'Brussels <b>acts</b> & freezes "assets"',
    url: 'https://news.example/freezes?a=1&b=2',
    publishedAt: '2022-03-04',
  },
  { text: 'The United States imposed export controls on Russia on Thursday.', title: 'US export controls', url: 'https://news.example/us', publishedAt: '2022-03-03' },
]

/** An Atom text construct as feedsmith gives it: `{ value, type? }` (or a plain string). */
const text = (construct: unknown): string | undefined =>
  construct === undefined || typeof construct === 'string' ? construct : (construct as { value: string }).value

type Entry = { id: string; title: string; measureId: number; sourceUrl?: string; quote?: string; updated: string; tags: string[] }

/** The entries of a feed, in feed order, the same way from either format. */
async function atomEntries(query = ''): Promise<Entry[]> {
  const res = await api(`/feed.atom${query}`)
  expect(res.status).toBe(200)
  const xml = await res.text()
  expect(XMLValidator.validate(xml)).toBe(true)
  const feed = parseAtomFeed(xml)
  return (feed.entries ?? []).map((e) => {
    const alternate = e.links?.find((l) => l.rel === 'alternate')
    return {
      id: e.id!,
      title: text(e.title)!,
      measureId: Number(alternate!.href!.split('/').pop()),
      sourceUrl: e.links?.find((l) => l.rel === 'via')?.href,
      quote: text(e.summary),
      updated: e.updated!,
      tags: (e.categories ?? []).map((c) => c.term!),
    }
  })
}

async function jsonEntries(query = ''): Promise<Entry[]> {
  const res = await api(`/feed.json${query}`)
  expect(res.status).toBe(200)
  const feed = parseJsonFeed(await res.json())
  return (feed.items ?? []).map((item) => ({
    id: item.id!,
    title: item.title!,
    measureId: Number(item.url!.split('/').pop()),
    sourceUrl: item.external_url,
    quote: item.summary,
    updated: item.date_published!,
    tags: item.tags ?? [],
  }))
}

beforeAll(async () => {
  for (const article of ARTICLES) expect((await postArticle(article)).status).toBe(201)
})

describe('GET /feed.atom', () => {
  it('is a well-formed Atom feed of new measures and status changes, newest first', async () => {
    const res = await api('/feed.atom')
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
    const feed = parseAtomFeed(await res.text())
    expect(feed.id).toBe('http://tracker.test/feed.atom')
    expect(text(feed.title)).toContain('new measures and status changes')
    expect(feed.links).toContainEqual(expect.objectContaining({ rel: 'self', href: 'http://tracker.test/feed.atom' }))
    expect(feed.authors?.[0]?.name).toBe('Sanctions tracker')

    const entries = await atomEntries()
    expect(entries.map((e) => e.title)).toEqual([
      'New: United States: export ban against Russia (in effect)',
      'European Union: asset freeze against Ivan Petrovsky, proposed → in effect',
      'New: Japan: asset freeze against Sergey Lavrov (in effect)',
      'New: European Union: asset freeze against Ivan Petrovsky (proposed)',
    ])
    expect(feed.updated).toBe(entries[0]!.updated)
    const updated = entries.map((e) => e.updated)
    expect([...updated].sort().reverse()).toEqual(updated)
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length)
  })

  it('links each entry to its measure and quotes the source that reported the change', async () => {
    const change = (await atomEntries()).find((e) => e.title.includes('→'))
    const measure = (await getJson(`/api/sanctions/${change!.measureId}`)).body
    expect(measure).toMatchObject({ authority: { id: 'eu' }, type: 'asset_freeze', target: { id: 'ivan-petrovsky' }, status: 'in_effect' })
    expect(change!.quote).toBe('The European Union on Friday froze the assets of Ivan Petrovsky.')
    expect(change!.sourceUrl).toBe('https://news.example/freezes?a=1&b=2')
    expect(change!.tags).toEqual(['authority:eu', 'type:asset_freeze', 'status:in_effect', 'target:ivan-petrovsky'])
    // the HTML content carries the article title as text, escaped once
    const xml = await (await api('/feed.atom?target=ivan-petrovsky&limit=1')).text()
    const content = text(parseAtomFeed(xml).entries![0]!.content)!
    expect(content).toContain('Brussels &lt;b&gt;acts&lt;/b&gt; &amp; freezes &quot;assets&quot;')
    expect(content).toContain('<blockquote cite="https://news.example/freezes?a=1&amp;b=2">')
  })

  it('narrows to an authority, a type, a target or a status reached, like GET /api/sanctions', async () => {
    const cases: [string, number][] = [
      ['?target=ivan-petrovsky', 2],
      ['?authority=jp', 1],
      ['?type=export_ban', 1],
      ['?status=in_effect', 3],
      ['?authority=eu&status=proposed', 1],
      ['?target=sergey-lavrov,russia', 2],
      ['?authority=nato', 0],
      ['?limit=2', 2],
    ]
    for (const [query, count] of cases) {
      const atom = await atomEntries(query)
      expect(atom, query).toHaveLength(count)
      expect((await jsonEntries(query)).map((e) => e.id), query).toEqual(atom.map((e) => e.id))
    }
    for (const e of await atomEntries('?target=ivan-petrovsky')) expect(e.tags).toContain('target:ivan-petrovsky')
    for (const e of await atomEntries('?status=in_effect')) expect(e.tags).toContain('status:in_effect')
    const feed = parseAtomFeed(await (await api('/feed.atom?authority=jp')).text())
    expect(text(feed.title)).toContain('authority jp')
  })

  it('answers a bad filter with a 400 problem', async () => {
    expect((await expectProblem(await api('/feed.atom?type=freeze'), 400)).detail).toContain('asset_freeze')
    await expectProblem(await api('/feed.json?limit=500'), 400)
    await expectProblem(await api('/feed.json?authority=xx'), 400)
  })

  it('answers 304 to a reader whose copy is current, and a new ETag once something changed', async () => {
    const first = await api('/feed.atom?authority=eu')
    const etag = first.headers.get('etag')
    expect(etag).toBeTruthy()
    await first.body?.cancel()
    const again = await api('/feed.atom?authority=eu', { headers: { 'if-none-match': etag! } })
    expect(again.status).toBe(304)
    await postArticle({ text: 'The European Union on Friday froze the assets of Oleg Marchenko.', publishedAt: '2022-03-06' })
    const changed = await api('/feed.atom?authority=eu', { headers: { 'if-none-match': etag! } })
    expect(changed.status).toBe(200)
    expect((await atomEntries('?authority=eu'))[0]!.title).toBe('New: European Union: asset freeze against Oleg Marchenko (in effect)')
    await changed.body?.cancel()
  })
})

describe('GET /feed.json', () => {
  it('is a JSON Feed 1.1 with every required field, the same entries as the Atom feed', async () => {
    const res = await api('/feed.json')
    expect(res.headers.get('content-type')).toBe('application/feed+json; charset=utf-8')
    const body = (await res.json()) as any
    // required by JSON Feed 1.1: version, title, items; each item an id and content
    expect(body.version).toBe('https://jsonfeed.org/version/1.1')
    expect(typeof body.title).toBe('string')
    expect(body.feed_url).toBe('http://tracker.test/feed.json')
    expect(body.home_page_url).toBe('http://tracker.test/')
    for (const item of body.items) {
      expect(typeof item.id).toBe('string')
      expect(typeof item.content_html === 'string' || typeof item.content_text === 'string').toBe(true)
      expect(new Date(item.date_published).toISOString()).toBe(item.date_published)
      // extension keys start with an underscore, as the spec asks
      for (const key of Object.keys(item)) expect(['id', 'url', 'external_url', 'title', 'content_html', 'content_text', 'summary', 'date_published', 'tags'].includes(key) || key.startsWith('_')).toBe(true)
    }
    const parsed = parseJsonFeed(body)
    expect(parsed.items).toHaveLength(body.items.length)
    expect((await jsonEntries()).map((e) => [e.id, e.title, e.measureId, e.sourceUrl, e.quote])).toEqual(
      (await atomEntries()).map((e) => [e.id, e.title, e.measureId, e.sourceUrl, e.quote]),
    )
    const [first] = body.items
    expect(first._sanctions_tracker).toMatchObject({
      event: { kind: 'created', fromStatus: null, toStatus: 'in_effect' },
      measure: { authority: { id: 'eu' }, type: 'asset_freeze', target: { id: 'oleg-marchenko', kind: 'person' } },
    })
    expect(first.content_text).toContain('“The European Union on Friday froze the assets of Oleg Marchenko.”')
  })
})

describe('the feed query', () => {
  it('reads a feed per target or authority from its index, newest first without sorting', async () => {
    const db = createDb(env.DB)
    const plan = async (filters: Parameters<typeof latestEvents>[1]) => {
      const { sql, params } = latestEvents(db, filters, 50).toSQL()
      const { results } = await env.DB.prepare(`explain query plan ${sql}`)
        .bind(...params)
        .all<{ detail: string }>()
      return results.map((r) => r.detail).join('\n')
    }
    expect(await plan({ target: ['ivan-petrovsky'] })).toMatch(/SEARCH measure_events USING INDEX measure_events_target_idx \(target_id=\?\)/)
    expect(await plan({ authority: ['eu'] })).toMatch(/SEARCH measure_events USING INDEX measure_events_authority_idx \(authority_id=\?\)/)
    const all = await plan({})
    // the newest events are read in rowid order, with no sort, and each entry's quote is its
    // event's evidence, looked up by key (chosen when the event was recorded)
    expect(all).toMatch(/SCAN measure_events/)
    expect(all).not.toMatch(/TEMP B-TREE|CORRELATED/)
    expect(all).toMatch(/SEARCH evidence USING INTEGER PRIMARY KEY \(rowid=\?\)/)
  })
})

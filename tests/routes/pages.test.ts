import { env } from 'cloudflare:workers'
import { beforeAll, describe, expect, it } from 'vitest'
import { createDb } from '../../src/db/client'
import { evidenceOfTarget, listMeasuresWithSource, measureMatrix } from '../../src/db/queries/pages'
import { MARKUP_ARTICLE, MARKUP_PAYLOAD, MARKUP_TARGET, SCRIPT_PAYLOAD } from '../browser/markup-article'
import { WIDGET_VERSION } from '../../src/widget/widget-asset.js'
import { api, d1Cost, getJson, postArticle } from '../support/api'
import { CORPUS } from '../support/corpus'
import { attributesOf, decodeEntities, inlineAssets, sha256Source, textsOf } from '../support/html'

type Measure = { id: number; authority: { id: string; name: string }; type: string; status: string; target: { id: string; name: string } }
type Facet = { value: string; name?: string; count: number }
type Facets = { authority: Facet[]; type: Facet[]; status: Facet[]; target: Facet[] }

async function page(path: string): Promise<{ status: number; html: string; res: Response }> {
  const res = await api(path)
  return { status: res.status, html: await res.text(), res }
}

async function allMeasures(query = ''): Promise<Measure[]> {
  const { body } = await getJson<{ data: Measure[] }>(`/api/sanctions?${query}&limit=100`)
  return body.data
}

/** Target names listed in the measures table of a page. */
const listedTargets = (html: string) => textsOf(html, 'table.measures td[data-label=Target]')

/** "label count" of each checkbox of a facet fieldset, as the page shows it. */
async function facetEntries(html: string): Promise<string[]> {
  return (await textsOf(html, 'label.facet')).map((t) => t.replace(/ measures?$/, ''))
}

beforeAll(async () => {
  for (const article of [...CORPUS, MARKUP_ARTICLE]) expect((await postArticle(article)).status).toBe(201)
})

describe('GET / (home page)', () => {
  it('lists the latest measures, 25 a page, most recently reported first, in one D1 round trip', async () => {
    const everything = await allMeasures()
    expect(everything.length).toBeGreaterThan(25)
    const { status, html, res } = await page('/')
    expect(status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true)
    expect(await listedTargets(html)).toEqual(everything.slice(0, 25).map((m) => m.target.name))
    expect(await textsOf(html, '#results-title')).toEqual([`${everything.length} measures`])
    expect(d1Cost(res).queries).toBe(5)
  })

  it('pages with "Older measures" links until every measure was shown once', async () => {
    const everything = await allMeasures()
    const seen: string[] = []
    let path: string | null = '/'
    while (path) {
      const { html }: { html: string } = await page(path)
      seen.push(...(await listedTargets(html)))
      const next: (string | null)[] = await attributesOf(html, 'nav.pager a', 'href')
      path = next.find((href) => href?.includes('cursor=')) ?? null
    }
    expect(seen).toEqual(everything.map((m) => m.target.name))
  })

  it('filters like the API, comma lists and repeated parameters alike', async () => {
    const cases: [string, string][] = [
      ['/?authority=us,eu', 'authority=us,eu'],
      ['/?authority=us&authority=eu', 'authority=us,eu'],
      ['/?type=asset_freeze&status=announced,adopted', 'type=asset_freeze&status=announced,adopted'],
      ['/?target=vladimir-putin', 'target=vladimir-putin'],
      ['/?q=lavrov', 'q=lavrov'],
    ]
    for (const [path, query] of cases) {
      const expected = (await allMeasures(query)).slice(0, 25)
      expect(expected.length, query).toBeGreaterThan(0)
      const { html } = await page(path)
      expect(await listedTargets(html), path).toEqual(expected.map((m) => m.target.name))
    }
  })

  it('counts each facet under the other filters, so other values stay choosable', async () => {
    const { html } = await page('/?authority=eu&type=asset_freeze')
    const { body: byAuthority } = await getJson<Facets>('/api/sanctions/facets?type=asset_freeze')
    const { body: byType } = await getJson<Facets>('/api/sanctions/facets?authority=eu')
    const entries = await facetEntries(html)
    for (const f of byAuthority.authority) expect(entries).toContain(`${f.name} ${f.count}`)
    expect(entries).toContain(`Asset freeze ${byType.type.find((f) => f.value === 'asset_freeze')!.count}`)
    expect(byAuthority.authority.length).toBeGreaterThan(1)
    // the chosen values are checked, and each can be removed with one link
    expect(await attributesOf(html, 'input[type=checkbox][checked]', 'value')).toEqual(['eu', 'asset_freeze'])
    expect(await attributesOf(html, '.chips a', 'href')).toEqual(['/?type=asset_freeze', '/?authority=eu'])
    expect(await textsOf(html, '#results-title')).toEqual([`${(await allMeasures('authority=eu&type=asset_freeze')).length} measures`])
  })

  it('answers a bad filter or cursor with a 400 page that says what is wrong', async () => {
    const bad = await page('/?type=asset-freeze')
    expect(bad.status).toBe(400)
    expect(bad.res.headers.get('content-type')).toMatch(/^text\/html/)
    expect((await textsOf(bad.html, 'main li')).join(' ')).toContain('unknown type "asset-freeze"; allowed: asset_freeze')
    const cursor = await page('/?cursor=nonsense')
    expect(cursor.status).toBe(400)
    expect((await textsOf(cursor.html, 'main li')).join(' ')).toContain('cursor')
    const words = await page('/?q=%21%21')
    expect(words.status).toBe(400)
    expect((await textsOf(words.html, 'main li')).join(' ')).toContain('q must contain at least one letter or digit')
  })

  it('says so when nothing matches', async () => {
    const { status, html } = await page('/?target=nobody-at-all')
    expect(status).toBe(200)
    expect(await textsOf(html, 'p.card')).toEqual(['No measure matches these filters.'])
  })
})

describe('GET /targets/{id}', () => {
  it("shows every measure against the target with its status history, quotes and sources", async () => {
    const { body: target } = await getJson<{ name: string; aliases: string[]; measures: Measure[] }>('/api/targets/vladimir-putin')
    const { status, html } = await page('/targets/vladimir-putin')
    expect(status).toBe(200)
    expect(await textsOf(html, 'h1')).toEqual([target.name])
    expect(await attributesOf(html, 'section.measure', 'id')).toEqual(target.measures.map((m) => `measure-${m.id}`))
    for (const m of target.measures) {
      const { body: detail } = await getJson<{ history: { quote: string; article: { title: string } | null }[] }>(`/api/sanctions/${m.id}`)
      expect(await textsOf(html, `#measure-${m.id} blockquote`)).toEqual(detail.history.map((h) => h.quote.replace(/\s+/g, ' ').trim()))
      expect(await textsOf(html, `#measure-${m.id} .history li > span.small`)).toEqual(detail.history.map((h) => `Source: ${h.article!.title}`))
    }
  })

  it("links a source to its article's URL, opening outside the tracker", async () => {
    const article = {
      title: 'EU freezes Timchenko assets',
      url: 'https://news.example/eu-timchenko',
      publishedAt: '2022-03-02',
      text: 'EU freezes Timchenko assets\nThe European Union on Wednesday froze the assets of Gennady Timchenko, officials said.',
    }
    expect((await postArticle(article)).status).toBe(201)
    const { html } = await page('/targets/gennady-timchenko')
    expect(await attributesOf(html, '.history a', 'href')).toEqual([article.url])
    expect(await attributesOf(html, '.history a', 'rel')).toEqual(['noopener noreferrer'])
    expect(await textsOf(html, '.history a')).toEqual([article.title])
  })

  it('shows markup in quotes and titles as text', async () => {
    const { html } = await page(`/targets/${MARKUP_TARGET}`)
    expect(html).not.toContain(MARKUP_PAYLOAD)
    expect(html).not.toContain(SCRIPT_PAYLOAD)
    const quotes = (await textsOf(html, 'blockquote')).join(' ')
    expect(quotes).toContain(MARKUP_PAYLOAD)
    expect(quotes).toContain(SCRIPT_PAYLOAD)
    expect((await textsOf(html, '.history li > span.small')).join(' ')).toContain(MARKUP_ARTICLE.title)
  })

  it('answers an unknown or malformed target id with a 404 page', async () => {
    for (const id of ['nobody-at-all', 'Not_A_Slug']) {
      const { status, html } = await page(`/targets/${id}`)
      expect(status).toBe(404)
      expect(await textsOf(html, 'h1')).toEqual(['No such target'])
    }
  })
})

describe('GET /overview', () => {
  it('counts measures by authority and type, each count linking to those measures', async () => {
    const { status, html } = await page('/overview')
    expect(status).toBe(200)
    const { body: facets } = await getJson<Facets>('/api/sanctions/facets')
    const total = facets.authority.reduce((sum, f) => sum + f.count, 0)
    expect(await textsOf(html, 'tfoot td.num')).toEqual([String(total)])
    // rows: most active authority first, with its total
    const rows = await textsOf(html, 'tbody th[scope=row]')
    const totals = await textsOf(html, 'tbody td.num')
    expect(rows.map((name, i) => `${name} ${totals[i]}`)).toEqual(
      [...facets.authority].sort((a, b) => b.count - a.count || a.name!.localeCompare(b.name!)).map((f) => `${f.name} ${f.count}`),
    )
    // a cell links to its measures
    const hrefs = await attributesOf(html, 'tbody td a', 'href')
    const first = hrefs[0]!
    const query = first.slice(2)
    const count = Number((await textsOf(html, 'tbody td a'))[0]!.split(' ')[0])
    expect((await allMeasures(query)).length).toBe(count)
  })
})

describe('GET /embed-code (snippet generator)', () => {
  it('gives both embed forms for the chosen filters, and previews them', async () => {
    const { status, html } = await page('/embed-code?target=vladimir-putin&authority=us,eu&limit=3&theme=dark')
    expect(status).toBe(200)
    const [widget, iframe] = await textsOf(html, 'pre code')
    expect(widget).toBe(
      '<script src="http://tracker.test/widget.js" async></script> <sanctions-tracker target="vladimir-putin" authority="us,eu" limit="3" theme="dark"></sanctions-tracker>',
    )
    expect(iframe).toContain('<iframe src="http://tracker.test/embed?authority=us,eu&amp;target=vladimir-putin&amp;limit=3&amp;theme=dark"')
    expect(iframe).toContain('if(e.origin!=="http://tracker.test"')
    // the preview loads this version of the widget, and the iframe embed
    expect(await attributesOf(html, 'script[src]', 'src')).toEqual([`/widget.js?v=${WIDGET_VERSION}`])
    expect(await attributesOf(html, 'sanctions-tracker', 'authority')).toEqual(['us,eu'])
    expect(await attributesOf(html, 'iframe', 'src')).toEqual(['/embed?authority=us,eu&target=vladimir-putin&limit=3&theme=dark'])
  })

  it('escapes free text in the snippet attributes', async () => {
    const { html } = await page('/embed-code?q=%22lavrov%22%20%3Cb%3E')
    const [widget] = await textsOf(html, 'pre code')
    expect(widget).toContain('q="&quot;lavrov&quot; &lt;b&gt;"')
    expect(decodeEntities('&quot;lavrov&quot; &lt;b&gt;')).toBe('"lavrov" <b>')
  })

  it('refuses an invalid option with a 400 page', async () => {
    expect((await page('/embed-code?limit=500')).status).toBe(400)
  })
})

describe('every page', () => {
  const paths = ['/', '/targets/vladimir-putin', '/overview', '/embed-code', '/?type=nope', '/targets/nobody']

  it('may not be framed, and allows only its own inline style and script, by hash', async () => {
    for (const path of paths) {
      const { html, res } = await page(path)
      const csp = res.headers.get('content-security-policy')!
      expect(csp, path).toContain("frame-ancestors 'none'")
      expect(csp).toContain("default-src 'none'")
      expect(csp).not.toContain('unsafe-inline')
      expect(res.headers.get('x-frame-options')).toBe('DENY')
      const { styles, scripts } = await inlineAssets(html)
      expect(styles).toHaveLength(1)
      expect(scripts).toHaveLength(1)
      expect(csp).toContain(await sha256Source(styles[0]!))
      expect(csp).toContain(await sha256Source(scripts[0]!))
    }
  })

  it('has a language, a title, a viewport, a main landmark and navigation', async () => {
    for (const path of paths) {
      const { html } = await page(path)
      expect(html).toMatch(/^<!DOCTYPE html><html lang="en"/)
      expect((await textsOf(html, 'title'))[0]).toMatch(/Sanctions tracker/)
      expect(await attributesOf(html, 'meta[name=viewport]', 'content')).toEqual(['width=device-width, initial-scale=1'])
      expect(await attributesOf(html, 'main', 'id')).toEqual(['main'])
      expect(await attributesOf(html, 'nav[aria-label=Main] a', 'href')).toEqual(['/', '/overview', '/embed-code', '/docs'])
    }
  })
})

describe('GET /api and GET /favicon.svg', () => {
  it('keeps a machine-readable index of the API at /api', async () => {
    const { status, body } = await getJson<{ openapi: string; endpoints: string[] }>('/api')
    expect(status).toBe(200)
    expect(body.openapi).toBe('/openapi.json')
    expect(body.endpoints).toEqual(expect.arrayContaining(['GET /api/sanctions', 'GET /api/embed', 'GET /widget.js', 'GET /embed']))
  })

  it('serves the icon', async () => {
    const res = await api('/favicon.svg')
    expect(res.headers.get('content-type')).toBe('image/svg+xml')
    expect(await res.text()).toMatch(/^<svg /)
  })
})

describe('query plans of the pages and embeds', () => {
  const db = createDb(env.DB)
  async function plan(query: { toSQL(): { sql: string; params: unknown[] } }): Promise<string> {
    const { sql, params } = query.toSQL()
    const { results } = await env.DB.prepare(`explain query plan ${sql}`)
      .bind(...params)
      .all<{ detail: string }>()
    return results.map((r) => r.detail).join('\n')
  }

  it("a page of measures with sources reads the list's index, then each source by its key", async () => {
    const detail = await plan(listMeasuresWithSource(db, { authority: ['us'] }, { sort: '-lastReportedOn', limit: 5 }))
    expect(detail).toMatch(/SEARCH measures USING INDEX measures_authority_idx \(authority_id=\?\)/)
    expect(detail).toMatch(/SEARCH evidence USING INTEGER PRIMARY KEY \(rowid=\?\)/)
    expect(detail).not.toMatch(/CORRELATED SCALAR SUBQUERY/)
    expect(detail).not.toMatch(/SCAN (measures|evidence|articles)(?! USING)/)
  })

  it("a target page's evidence is an index range", async () => {
    const detail = await plan(evidenceOfTarget(db, 'vladimir-putin'))
    expect(detail).toMatch(/SEARCH measures USING COVERING INDEX measures_target(_first)?_idx \(target_id=\?\)/)
    expect(detail).toMatch(/SEARCH evidence USING INDEX evidence_measure_idx \(measure_id=\?\)/)
  })

  it('the overview reads the maintained counters, not the measures', async () => {
    const detail = await plan(measureMatrix(db).query as unknown as Parameters<typeof plan>[0])
    expect(detail).toMatch(/SCAN measure_counts/)
    expect(detail).not.toMatch(/\bmeasures\b/)
  })
})

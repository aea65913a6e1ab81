import { beforeAll, describe, expect, it } from 'vitest'
import { MARKUP_ARTICLE, MARKUP_PAYLOAD, MARKUP_TARGET, SCRIPT_PAYLOAD } from '../browser/markup-article'
import { api, expectProblem, getJson, postArticle } from '../support/api'
import { CORPUS } from '../support/corpus'
import { attributesOf, inlineAssets, sha256Source, textsOf } from '../support/html'

type Measure = { id: number; authority: { id: string; name: string }; type: string; status: string; target: { id: string; name: string } }
type EmbedMeasure = Measure & { url: string; source: { title: string | null; url: string | null; quote: string; reportedOn: string } | null }
type EmbedPage = { data: EmbedMeasure[]; nextCursor: string | null; url: string }

// Two articles report the same measure with the same status: the older one has a URL.
const WITH_URL = {
  title: 'EU freezes Timchenko assets',
  url: 'https://news.example/eu-timchenko',
  publishedAt: '2022-03-02',
  text: 'EU freezes Timchenko assets\nThe European Union on Wednesday froze the assets of Gennady Timchenko, officials said.',
}
const WITHOUT_URL = {
  title: 'More on Timchenko',
  publishedAt: '2022-03-04',
  text: 'More on Timchenko\nThe European Union on Friday froze the assets of Gennady Timchenko, a diplomat confirmed.',
}

beforeAll(async () => {
  for (const article of [...CORPUS, MARKUP_ARTICLE, WITH_URL, WITHOUT_URL]) expect((await postArticle(article)).status).toBe(201)
})

describe('GET /api/embed', () => {
  it('lists the measures of GET /api/sanctions, in its order, each with its page and its best source', async () => {
    for (const query of ['', 'authority=us,eu', 'target=vladimir-putin&authority=us,eu', 'type=asset_freeze&status=in_effect,adopted', 'q=lavrov']) {
      const limit = 7
      const { body: expected } = await getJson<{ data: Measure[] }>(`/api/sanctions?${query}&limit=${limit}`)
      const { status, body } = await getJson<EmbedPage>(`/api/embed?${query}&limit=${limit}`)
      expect(status).toBe(200)
      expect(body.data.map((m) => m.id)).toEqual(expected.data.map((m) => m.id))
      for (const m of body.data) {
        expect(m.url).toBe(`http://tracker.test/targets/${m.target.id}#measure-${m.id}`)
        expect(m.source).not.toBeNull()
        // the source supports the current status: it is one of the measure's evidence with that status
        const { body: detail } = await getJson<{ evidence: { status: string; quote: string }[] }>(`/api/sanctions/${m.id}`)
        expect(detail.evidence.filter((e) => e.status === m.status).map((e) => e.quote)).toContain(m.source!.quote)
      }
    }
  })

  it('prefers a source with a URL to a more recent one without', async () => {
    const { body } = await getJson<EmbedPage>('/api/embed?target=gennady-timchenko&authority=eu&type=asset_freeze')
    expect(body.data).toHaveLength(1)
    const { body: detail } = await getJson<{ evidence: unknown[] }>(`/api/sanctions/${body.data[0]!.id}`)
    expect(detail.evidence).toHaveLength(2)
    expect(body.data[0]!.source).toMatchObject({ title: WITH_URL.title, url: WITH_URL.url, reportedOn: '2022-03-02' })
  })

  it('says where the full view is and pages with a cursor', async () => {
    const { body } = await getJson<EmbedPage>('/api/embed?authority=eu,us&target=vladimir-putin')
    expect(body.url).toBe('http://tracker.test/?authority=eu,us&target=vladimir-putin')
    const first = await getJson<EmbedPage>('/api/embed?limit=3')
    expect(first.body.data).toHaveLength(3)
    expect(first.body.nextCursor).toBeTruthy()
    const second = await getJson<EmbedPage>(`/api/embed?limit=3&cursor=${first.body.nextCursor}`)
    const { body: all } = await getJson<{ data: Measure[] }>('/api/sanctions?limit=6')
    expect([...first.body.data, ...second.body.data].map((m) => m.id)).toEqual(all.data.map((m) => m.id))
  })

  it('defaults to 5 measures, allows at most 50, and names a bad filter value', async () => {
    expect((await getJson<EmbedPage>('/api/embed')).body.data).toHaveLength(5)
    expect((await expectProblem(await getJson('/api/embed?limit=51'), 400)).detail).toContain('limit')
    expect((await expectProblem(await getJson('/api/embed?type=asset-freeze'), 400)).detail).toContain('unknown type "asset-freeze"')
  })

  it('returns quotes and titles as the text they are (JSON), markup included', async () => {
    const { body } = await getJson<EmbedPage>(`/api/embed?target=${MARKUP_TARGET}`)
    expect(body.data.length).toBeGreaterThan(0)
    expect(body.data.map((m) => m.source!.title)).toContain(MARKUP_ARTICLE.title)
    expect(body.data.some((m) => m.source!.quote.includes(MARKUP_PAYLOAD))).toBe(true)
  })

  it('is documented in the OpenAPI document', async () => {
    const { body } = await getJson('/openapi.json')
    expect(body.paths['/api/embed'].get.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['authority', 'type', 'status', 'target', 'q', 'limit', 'cursor']),
    )
  })
})

describe('GET /embed (the iframe embed)', () => {
  it('is a complete HTML page listing the measures, without needing JavaScript', async () => {
    const res = await api('/embed?target=vladimir-putin&authority=us,eu')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)
    const html = await res.text()
    expect(html.startsWith('<!DOCTYPE html><html lang="en" class="light">')).toBe(true)
    const { body } = await getJson<EmbedPage>('/api/embed?target=vladimir-putin&authority=us,eu')
    expect(body.data.length).toBeGreaterThan(0)
    expect(await textsOf(html, 'li .n')).toEqual(body.data.map((m) => m.target.name))
    expect(await textsOf(html, 'li .badge')).toEqual(body.data.map((m) => m.status.replace('_', ' ').replace(/^./, (c) => c.toUpperCase())))
    expect(await textsOf(html, 'header strong')).toEqual(['Sanctions against Vladimir Putin'])
    // links leave the frame
    const targets = await attributesOf(html, 'a', 'target')
    expect(targets.length).toBeGreaterThan(body.data.length)
    expect(new Set(targets)).toEqual(new Set(['_blank']))
    expect(await attributesOf(html, 'footer a', 'href')).toEqual(['http://tracker.test/?authority=us,eu&target=vladimir-putin'])
  })

  it('may be framed by any site, runs only its own inline script and style (by hash)', async () => {
    const res = await api('/embed?target=vladimir-putin')
    const csp = res.headers.get('content-security-policy')!
    expect(csp).toContain('frame-ancestors *')
    expect(res.headers.get('x-frame-options')).toBeNull()
    const { styles, scripts } = await inlineAssets(await res.text())
    expect(styles).toHaveLength(1)
    expect(scripts).toHaveLength(1)
    expect(scripts[0]).toContain("postMessage({ type: 'sanctions-tracker:height', height }, '*')")
    expect(csp).toContain(`style-src ${await sha256Source(styles[0]!)}`)
    expect(csp).toContain(`script-src ${await sha256Source(scripts[0]!)}`)
    expect(csp).not.toContain('unsafe-inline')
  })

  it('takes limit and theme', async () => {
    const html = await (await api('/embed?limit=2&theme=dark')).text()
    expect(await textsOf(html, 'li .n')).toHaveLength(2)
    expect(html).toContain('<html lang="en" class="dark">')
  })

  it('escapes markup in titles and quotes', async () => {
    const html = await (await api(`/embed?target=${MARKUP_TARGET}`)).text()
    expect(html).not.toContain(MARKUP_PAYLOAD)
    expect(html).not.toContain(SCRIPT_PAYLOAD)
    expect(html).toContain('&lt;img src=x onerror=')
    const text = (await textsOf(html, 'ul')).join(' ')
    expect(text).toContain(MARKUP_PAYLOAD)
    expect(text).toContain(SCRIPT_PAYLOAD)
  })

  it('answers an invalid option with a 400 page that can still be framed', async () => {
    for (const query of ['type=asset-freeze', 'limit=0', 'theme=pink', 'q=%21%21']) {
      const res = await api(`/embed?${query}`)
      expect(res.status, query).toBe(400)
      expect(res.headers.get('content-type')).toMatch(/^text\/html/)
      expect(res.headers.get('content-security-policy')).toContain('frame-ancestors *')
      expect((await textsOf(await res.text(), '[role=alert]'))[0]).toContain('invalid option')
    }
  })

  it('sends ETag and short caching, and 304 when unchanged', async () => {
    const res = await api('/embed?target=vladimir-putin')
    const etag = res.headers.get('etag')!
    expect(etag).toMatch(/^"[0-9a-f]+"$/)
    expect(res.headers.get('cache-control')).toBe('public, max-age=60, stale-while-revalidate=600')
    const again = await api('/embed?target=vladimir-putin', { headers: { 'if-none-match': etag } })
    expect(again.status).toBe(304)
    expect(again.headers.get('cache-control')).toBe('public, max-age=60, stale-while-revalidate=600')
  })
})

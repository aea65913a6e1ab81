import { describe, expect, it } from 'vitest'
import { ADMIN_TOKEN, api, d1Cost, expectProblem, getJson, postArticle } from '../support/api'
import { SEED } from '../support/corpus'

const TAXONOMY_TYPES = new Set([
  'asset_freeze', 'travel_ban', 'swift_exclusion', 'transaction_ban', 'export_ban', 'import_ban', 'investment_ban',
  'airspace_closure', 'arms_embargo', 'broadcast_ban', 'trade_restriction', 'suspension', 'sanctions',
])

async function counts() {
  const articles = await getJson('/api/articles?limit=100')
  const sanctions = await getJson('/api/sanctions?limit=100')
  return { articles: articles.body.data.length, measures: sanctions.body.data.length }
}

describe('POST /api/articles', () => {
  it('refuses a request without a token, or with a wrong one, as a 401 problem', async () => {
    const none = await postArticle({ text: 'The EU froze the assets of Ivan Petrov.' }, null)
    expect(none.status).toBe(401)
    expect(none.res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
    expect(none.body).toMatchObject({ status: 401, title: 'Unauthorized' })
    const wrong = await postArticle({ text: 'The EU froze the assets of Ivan Petrov.' }, `${ADMIN_TOKEN}x`)
    expect(wrong.status).toBe(401)
    expect(await counts()).toEqual({ articles: 0, measures: 0 })
  })

  it('ingests the seed article: 201 with the article and findings in the taxonomy shape', async () => {
    const { status, body } = await postArticle(SEED)
    expect(status).toBe(201)
    expect(body.article).toMatchObject({ title: SEED.title, publishedOn: '2022-02-25', url: null })
    expect(body.article.contentHash).toMatch(/^[0-9a-f]{64}$/)
    expect(body.findings.length).toBeGreaterThan(5)
    expect(body.article.findingCount).toBe(body.findings.length)
    for (const f of body.findings) {
      expect(TAXONOMY_TYPES.has(f.type)).toBe(true)
      expect(['proposed', 'announced', 'adopted', 'in_effect', 'lifted']).toContain(f.status)
      expect(f.authority.id).toMatch(/^[a-z0-9]+$/)
      expect(f.authority.name.length).toBeGreaterThan(1)
      expect(f.targets.length).toBeGreaterThan(0)
      expect(f.measureIds).toHaveLength(f.targets.length)
      // the quote is exactly the span of the text it came from
      expect(SEED.text.slice(f.span[0], f.span[1])).toBe(f.quote)
    }
    const usFreeze = body.findings.filter((f: any) => f.authority.id === 'us' && f.type === 'asset_freeze')
    expect(usFreeze.flatMap((f: any) => f.targets.map((t: any) => t.id))).toEqual(expect.arrayContaining(['vladimir-putin', 'sergey-lavrov']))
  })

  it('answers a repeated post of the same text with 200, the same ids, and writes nothing', async () => {
    const first = await getJson('/api/articles')
    const again = await postArticle(SEED)
    expect(again.status).toBe(200)
    expect(again.body.article.id).toBe(first.body.data[0].id)
    expect(d1Cost(again.res).rowsWritten).toBe(0)
    const stored = await getJson(`/api/articles/${again.body.article.id}`)
    expect(again.body.findings.map((f: any) => f.measureIds)).toEqual(stored.body.findings.map((f: any) => f.measureIds))
    expect((await counts()).articles).toBe(1)
  })

  it('rejects malformed JSON, a missing or empty text, and bad fields with 400 naming the field', async () => {
    const before = await counts()
    const malformed = await postArticle('{"text": "unterminated')
    expect(malformed.status).toBe(400)
    expect(malformed.body.detail).toMatch(/JSON/i)
    const missing = await expectProblem((await postArticle({ title: 'no text' } as any)), 400)
    expect(missing.detail).toMatch(/text/)
    const empty = await expectProblem((await postArticle({ text: '   ' })), 400)
    expect(empty.detail).toMatch(/text/)
    const wrongType = await expectProblem((await postArticle({ text: 42 } as any)), 400)
    expect(wrongType.errors?.[0]?.path).toBe('text')
    const badDate = await expectProblem((await postArticle({ text: 'The EU froze assets of Ivan Petrov.', publishedAt: '25/02/2022' })), 400)
    expect(badDate.detail).toMatch(/publishedAt/)
    const badUrl = await expectProblem((await postArticle({ text: 'The EU froze assets of Ivan Petrov.', url: 'javascript:alert(1)' })), 400)
    expect(badUrl.detail).toMatch(/url/)
    expect(await counts()).toEqual(before)
  })

  it('rejects a text over 200 KB with 413 and stores nothing', async () => {
    const before = await counts()
    const text = 'The EU froze the assets of Ivan Petrov. '.repeat(Math.ceil((200 * 1024 + 1) / 40))
    const res = await postArticle({ text })
    const problem = await expectProblem(res, 413)
    expect(problem.detail).toMatch(/200 KB|bytes/)
    // a body far over any limit is cut off before it is parsed
    const huge = await api('/api/articles', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
      body: JSON.stringify({ text: 'x'.repeat(2 * 1024 * 1024) }),
    })
    await expectProblem(huge, 413)
    expect(await counts()).toEqual(before)
  })

  it('accepts a text of exactly 200 KB', async () => {
    const unit = 'Nothing about sanctions happened here today. '
    let text = unit.repeat(Math.floor((200 * 1024) / unit.length))
    text += 'x'.repeat(200 * 1024 - text.length)
    const { status, body } = await postArticle({ text, publishedAt: '2023-01-01' })
    expect(status).toBe(201)
    expect(body.findings).toEqual([])
  })

  it('stores an article that reports no measure, so nothing submitted is lost', async () => {
    const { status, body } = await postArticle({ text: 'Markets rose on Tuesday.\nShares in Europe closed higher.', url: 'https://news.example/markets' })
    expect(status).toBe(201)
    expect(body.findings).toEqual([])
    const stored = await getJson(`/api/articles/${body.article.id}`)
    expect(stored.body.article.text).toContain('Markets rose')
    expect(stored.body.article.url).toBe('https://news.example/markets')
  })

  it('answers 409 for different text under a URL already stored, and writes nothing', async () => {
    const before = await counts()
    const res = await postArticle({ text: 'Something else entirely.', url: 'https://news.example/markets' })
    await expectProblem(res, 409)
    expect(await counts()).toEqual(before)
  })

  it('keeps a full ISO publication time and files the article under its day', async () => {
    const { status, body } = await postArticle({ text: 'Japan said on Monday it froze the assets of Ivan Petrov.', publishedAt: '2022-03-01T09:30:00Z' })
    expect(status).toBe(201)
    expect(body.article.publishedOn).toBe('2022-03-01')
    expect(body.article.publishedAt).toBe('2022-03-01T09:30:00Z')
  })
})

describe('GET /api/articles', () => {
  it('pages through every article newest first with no repeats', async () => {
    const all = (await getJson('/api/articles?limit=100')).body.data
    expect(all.length).toBeGreaterThanOrEqual(4)
    const seen: number[] = []
    let cursor: string | null = null
    do {
      const { body }: { body: any } = await getJson(`/api/articles?limit=2${cursor ? `&cursor=${cursor}` : ''}`)
      seen.push(...body.data.map((a: any) => a.id))
      cursor = body.nextCursor
    } while (cursor)
    expect(seen).toEqual(all.map((a: any) => a.id))
    const days = all.map((a: any) => a.publishedOn)
    expect([...days].sort().reverse()).toEqual(days)
    expect(all[0]).not.toHaveProperty('text')
  })

  it('answers 400 for a forged cursor and a limit out of range', async () => {
    await expectProblem(await api('/api/articles?cursor=not-a-cursor'), 400)
    await expectProblem(await api('/api/articles?limit=0'), 400)
    await expectProblem(await api('/api/articles?limit=101'), 400)
  })

  it('answers one article with its text and findings, 404 for an unknown id and 400 for a non-numeric one', async () => {
    const list = (await getJson('/api/articles?limit=100')).body.data
    const seed = list.find((a: any) => a.title === SEED.title)
    const { status, body } = await getJson(`/api/articles/${seed.id}`)
    expect(status).toBe(200)
    expect(body.article.text).toBe(SEED.text)
    expect(body.findings.length).toBe(seed.findingCount)
    await expectProblem(await api('/api/articles/999999'), 404)
    await expectProblem(await api('/api/articles/abc'), 400)
  })
})

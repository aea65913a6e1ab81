/**
 * D1's transient failures, injected: reads and the (idempotent) ingest are retried with backoff;
 * other writes answer 503 with Retry-After, and nothing is half-written.
 */
import { describe, expect, it } from 'vitest'
import { D1_RETRY, isTransientD1Error } from '../../src/db/batch'
import { expectProblem, postArticle } from '../support/api'
import { count, fetchWith, flakyD1, jsonAuth } from './support'

const TRANSIENT = [
  'D1_ERROR: Network connection lost.',
  'D1_ERROR: Durable Object reset because its code was updated.',
  'D1_ERROR: internal error; reference = abc: storage caused object to be reset.',
  'D1_ERROR: Cannot resolve D1 DB due to transient issue on remote node.',
]

const writes = (statements: D1PreparedStatement[]) => statements.length > 3

describe('transient D1 errors', () => {
  it('recognises the transient messages and nothing else', () => {
    for (const m of TRANSIENT) expect(isTransientD1Error(new Error(m))).toBe(true)
    expect(isTransientD1Error(new Error('D1_ERROR: UNIQUE constraint failed: articles.url'))).toBe(false)
    expect(isTransientD1Error(new Error('D1_ERROR: no such table: x'))).toBe(false)
  })

  it.each(TRANSIENT)('retries a read: %s', async (message) => {
    const db = flakyD1(D1_RETRY.attempts - 1, message)
    const res = await fetchWith({ DB: db }, '/api/sanctions?limit=5')
    expect(res.status).toBe(200)
    expect(db.failed).toBe(D1_RETRY.attempts - 1)
  })

  it('answers 503 with Retry-After when a read keeps failing', async () => {
    const db = flakyD1(100)
    const res = await fetchWith({ DB: db }, '/api/sanctions')
    const problem = await expectProblem(res, 503)
    expect(res.headers.get('retry-after')).toBe('1')
    expect(problem.detail).toMatch(/try again/i)
    expect(db.failed).toBe(D1_RETRY.attempts)
  })

  it('does not repeat a write that is not idempotent: 503, and nothing stored', async () => {
    const url = 'https://news.example/flaky.rss'
    const db = flakyD1(1)
    const res = await fetchWith({ DB: db }, '/api/sources', { method: 'POST', headers: jsonAuth, body: JSON.stringify({ kind: 'feed', url }) })
    await expectProblem(res, 503)
    expect(db.batches).toBe(1)
    expect(await count('select count(*) as n from sources where url = ?', url)).toBe(0)
  })

  it('does not repeat a write whose answer was lost after it committed: 503, stored once', async () => {
    const url = 'https://news.example/lost-answer.rss'
    const db = flakyD1(1, undefined, 'after-commit')
    await expectProblem(
      await fetchWith({ DB: db }, '/api/sources', { method: 'POST', headers: jsonAuth, body: JSON.stringify({ kind: 'feed', url }) }),
      503,
    )
    expect(await count('select count(*) as n from sources where url = ?', url)).toBe(1)
  })

  it('retries the ingest batch, which is idempotent, even when the lost answer had committed', async () => {
    for (const mode of ['before', 'after-commit'] as const) {
      const text = `Switzerland froze the assets of Arkady Volkov (${mode}).`
      const db = flakyD1(1, 'D1_ERROR: Network connection lost.', mode, writes)
      const res = await fetchWith({ DB: db }, '/api/articles', { method: 'POST', headers: jsonAuth, body: JSON.stringify({ text, publishedAt: '2022-07-01' }) })
      expect(res.status).toBe(201)
      expect(db.failed).toBe(1)
      const body = (await res.json()) as any
      expect(body.findings.length).toBeGreaterThan(0)
      expect(await count('select count(*) as n from evidence where article_id = ?', body.article.id)).toBe(
        body.findings.reduce((n: number, f: any) => n + f.measureIds.length, 0),
      )
      expect(await count("select count(*) as n from audit_log where action = 'article.create' and subject = ?", `article:${body.article.id}`)).toBe(1)
      for (const m of body.findings.flatMap((f: any) => f.measureIds)) {
        expect(await count("select count(*) as n from measure_events where measure_id = ? and kind = 'created'", m)).toBe(1)
      }
      // and posting it again through the healthy binding is the usual no-op
      expect((await postArticle({ text, publishedAt: '2022-07-01' })).status).toBe(200)
    }
  })

  it('passes other D1 errors through as a 500 without retrying', async () => {
    const db = flakyD1(1, 'D1_ERROR: no such table: measures')
    const res = await fetchWith({ DB: db }, '/api/sanctions')
    await expectProblem(res, 500)
    expect(db.batches).toBe(1)
  })
})

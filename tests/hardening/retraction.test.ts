import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { api, expectProblem, getJson, postArticle } from '../support/api'
import { auth, count } from './support'

const byTarget = async (target: string) => (await getJson(`/api/sanctions?target=${target}&limit=100`)).body.data as any[]

describe('DELETE /api/articles/{id} (retraction)', () => {
  it('removes the evidence, recomputes what remains, drops what is left bare, and leaves the rest alone', async () => {
    const early = await postArticle({ text: 'The European Union is considering an asset freeze against Ivan Petrovsky, diplomats said.', publishedAt: '2022-03-01' })
    const later = await postArticle({
      text: 'The European Union on Friday froze the assets of Ivan Petrovsky. Canada imposed a travel ban on Olga Marchenko.',
      publishedAt: '2022-03-05',
    })
    const other = await postArticle({ text: 'Japan froze the assets of Sergey Lavrov on Tuesday.', publishedAt: '2022-03-02' })
    expect([early.status, later.status, other.status]).toEqual([201, 201, 201])

    const [freeze] = (await byTarget('ivan-petrovsky')).filter((m) => m.type === 'asset_freeze')
    expect(freeze).toMatchObject({ status: 'in_effect', evidenceCount: 2 })
    const onlyLater = await byTarget('olga-marchenko')
    expect(onlyLater.length).toBeGreaterThan(0)
    const untouchedBefore = (await getJson('/api/sanctions?target=sergey-lavrov')).body.data
    const untouchedDetail = (await getJson(`/api/sanctions/${untouchedBefore[0].id}`)).body

    const res = await api(`/api/articles/${later.body.article.id}`, { method: 'DELETE', headers: auth })
    expect(res.status).toBe(200)
    const body = (await res.json()) as any
    expect(body.measuresRecomputed).toContain(freeze.id)
    expect(body.measuresRemoved).toEqual(expect.arrayContaining(onlyLater.map((m) => m.id)))

    // the shared measure falls back to what the remaining article says, history included
    const detail = (await getJson(`/api/sanctions/${freeze.id}`)).body
    expect(detail).toMatchObject({ status: 'proposed', evidenceCount: 1, firstReportedOn: '2022-03-01', lastReportedOn: '2022-03-01' })
    expect(detail.history.map((h: any) => h.reportedOn)).toEqual(['2022-03-01'])
    // the measure only the retracted article reported is gone, from views, search and the change log
    for (const m of onlyLater) {
      await expectProblem(await api(`/api/sanctions/${m.id}`), 404)
      expect(await count('select count(*) as n from measure_events where measure_id = ?', m.id)).toBe(0)
      expect(await count('select count(*) as n from measure_search where rowid = ?', m.id)).toBe(0)
    }
    expect(await byTarget('olga-marchenko')).toEqual([])
    expect((await getJson('/api/sanctions?q=marchenko')).body.data).toEqual([])
    expect((await getJson('/api/sanctions?q=froze+petrovsky')).body.data).toEqual([])
    expect((await getJson('/api/sanctions?q=considering+petrovsky')).body.data.map((m: any) => m.id)).toEqual([freeze.id])
    expect(await count('select count(*) as n from evidence where article_id = ?', later.body.article.id)).toBe(0)
    // the status moved back: the change log says so
    const last = await env.DB.prepare('select kind, from_status, to_status from measure_events where measure_id = ? order by id desc limit 1')
      .bind(freeze.id)
      .first()
    expect(last).toEqual({ kind: 'status_changed', from_status: 'in_effect', to_status: 'proposed' })
    // every entry of the change log still points at evidence that exists (the feeds quote it),
    // including the one the retracted article had caused
    const dangling = 'select count(*) as n from measure_events e where e.measure_id = ? and (e.evidence_id is null or not exists (select 1 from evidence x where x.id = e.evidence_id))'
    expect(await count(dangling, freeze.id)).toBe(0)
    expect(await count('select count(*) as n from measure_events where measure_id = ?', freeze.id)).toBe(3)
    // a measure of another article is exactly as it was
    expect((await getJson(`/api/sanctions/${untouchedBefore[0].id}`)).body).toEqual(untouchedDetail)

    await expectProblem(await api(`/api/articles/${later.body.article.id}`), 404)
    await expectProblem(await api(`/api/articles/${later.body.article.id}`, { method: 'DELETE', headers: auth }), 404)

    // retracting the last evidence of a measure removes it
    const gone = await api(`/api/articles/${early.body.article.id}`, { method: 'DELETE', headers: auth })
    expect(((await gone.json()) as any).measuresRemoved).toContain(freeze.id)
    await expectProblem(await api(`/api/sanctions/${freeze.id}`), 404)
  })

  it('requires the token and a numeric id', async () => {
    const posted = await postArticle({ text: 'Norway froze the assets of Pavel Orlov.', publishedAt: '2022-04-01' })
    await expectProblem(await api(`/api/articles/${posted.body.article.id}`, { method: 'DELETE' }), 401)
    await expectProblem(await api(`/api/articles/${posted.body.article.id}`, { method: 'DELETE', headers: { authorization: 'Bearer nope' } }), 401)
    await expectProblem(await api('/api/articles/abc', { method: 'DELETE', headers: auth }), 400)
    expect((await api(`/api/articles/${posted.body.article.id}`)).status).toBe(200)
  })

  it('lets the same text be posted again afterwards, as a new article', async () => {
    const text = 'Australia imposed a travel ban on Igor Sechkin.'
    const first = await postArticle({ text, publishedAt: '2022-05-01' })
    await api(`/api/articles/${first.body.article.id}`, { method: 'DELETE', headers: auth })
    const again = await postArticle({ text, publishedAt: '2022-05-01' })
    expect(again.status).toBe(201)
    expect(again.body.article.id).not.toBe(first.body.article.id)
    expect(again.body.findings.length).toBe(first.body.findings.length)
  })
})

import { describe, expect, it } from 'vitest'
import { getJson, postArticle } from '../support/api'
import { count } from './support'

describe('concurrent writes', () => {
  it('twenty identical article POSTs at once store one article and one set of findings', async () => {
    const body = {
      text: 'The European Union on Monday froze the assets of Roman Abramovich and imposed a travel ban on Oleg Deripaska.',
      url: 'https://news.example/2022/03/eu-freeze',
      publishedAt: '2022-03-14',
    }
    const answers = await Promise.all(Array.from({ length: 20 }, () => postArticle(body)))
    for (const a of answers) expect([200, 201]).toContain(a.status)
    const ids = new Set(answers.map((a) => a.body.article.id))
    expect(ids.size).toBe(1)
    const [id] = ids
    const findings = answers[0]!.body.findings
    expect(findings.length).toBeGreaterThan(0)
    // every answer is the same stored result
    for (const a of answers) expect(a.body.findings).toEqual(findings)

    expect(await count('select count(*) as n from articles where url = ?', body.url)).toBe(1)
    const evidenceRows = await count('select count(*) as n from evidence where article_id = ?', id)
    expect(evidenceRows).toBe(findings.reduce((n: number, f: any) => n + f.measureIds.length, 0))
    const measureIds = [...new Set(findings.flatMap((f: any) => f.measureIds))]
    for (const m of measureIds) {
      const measure = (await getJson(`/api/sanctions/${m}`)).body
      expect(measure.evidenceCount).toBe(1)
      expect(await count("select count(*) as n from measure_events where measure_id = ? and kind = 'created'", m)).toBe(1)
      expect(await count('select count(*) as n from measure_search where rowid = ?', m)).toBe(1)
    }
    expect(await count("select count(*) as n from audit_log where action = 'article.create' and subject = ?", `article:${id}`)).toBe(1)
  })

  it('different articles about the same measure at once keep all their evidence', async () => {
    const days = ['2022-04-01', '2022-04-02', '2022-04-03', '2022-04-04', '2022-04-05', '2022-04-06', '2022-04-07', '2022-04-08']
    const answers = await Promise.all(
      days.map((day, i) =>
        postArticle({ text: `Report ${i + 1}: the European Union froze the assets of Ivan Petrovsky, officials said.`, publishedAt: day }),
      ),
    )
    for (const a of answers) expect(a.status).toBe(201)
    const [measure] = (await getJson('/api/sanctions?target=ivan-petrovsky&type=asset_freeze')).body.data
    expect(measure).toMatchObject({ evidenceCount: days.length, firstReportedOn: days[0], lastReportedOn: days.at(-1) })
    const detail = (await getJson(`/api/sanctions/${measure.id}`)).body
    expect(new Set(detail.evidence.map((e: any) => e.article.id)).size).toBe(days.length)
    expect(await count('select count(*) as n from measures where target_id = ? and type = ?', 'ivan-petrovsky', 'asset_freeze')).toBe(1)
    expect(await count("select count(*) as n from measure_events where measure_id = ? and kind = 'created'", measure.id)).toBe(1)
  })
})

import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { getJson, postArticle } from '../support/api'

async function measuresOf(target: string) {
  return (await getJson(`/api/sanctions?target=${target}&limit=100`)).body.data as any[]
}

describe('merging articles about the same measure', () => {
  it('adds evidence, moves the status to the most recent report, and keeps the history in date order', async () => {
    const considered = await postArticle({
      text: 'The European Union is considering an asset freeze against Ivan Petrovsky, diplomats said.',
      publishedAt: '2022-03-01',
    })
    expect(considered.status).toBe(201)
    let [measure] = (await measuresOf('ivan-petrovsky')).filter((m) => m.type === 'asset_freeze')
    expect(measure).toMatchObject({ authority: { id: 'eu' }, status: 'proposed', evidenceCount: 1 })

    await postArticle({ text: 'The European Union on Friday froze the assets of Ivan Petrovsky.', publishedAt: '2022-03-05' })
    ;[measure] = (await measuresOf('ivan-petrovsky')).filter((m) => m.type === 'asset_freeze')
    expect(measure).toMatchObject({ status: 'in_effect', evidenceCount: 2, firstReportedOn: '2022-03-01', lastReportedOn: '2022-03-05' })

    // an older report arriving late adds history but does not override the newer status
    await postArticle({ text: 'The European Union said it would freeze the assets of Ivan Petrovsky.', publishedAt: '2022-02-20' })
    const all = (await measuresOf('ivan-petrovsky')).filter((m) => m.type === 'asset_freeze')
    expect(all).toHaveLength(1)
    expect(all[0]).toMatchObject({ status: 'in_effect', evidenceCount: 3, firstReportedOn: '2022-02-20', lastReportedOn: '2022-03-05' })

    const detail = (await getJson(`/api/sanctions/${all[0].id}`)).body
    expect(detail.history.map((h: any) => [h.reportedOn, h.status])).toEqual([
      ['2022-02-20', 'announced'],
      ['2022-03-01', 'proposed'],
      ['2022-03-05', 'in_effect'],
    ])
    expect(detail.evidence.map((e: any) => e.reportedOn)).toEqual(['2022-02-20', '2022-03-01', '2022-03-05'])

    // a later report that the freeze ended lifts it
    await postArticle({ text: 'The European Union on Monday lifted its asset freeze on Ivan Petrovsky.', publishedAt: '2022-09-12' })
    const [lifted] = (await measuresOf('ivan-petrovsky')).filter((m) => m.type === 'asset_freeze')
    expect(lifted).toMatchObject({ id: all[0].id, status: 'lifted', evidenceCount: 4, lastReportedOn: '2022-09-12' })

    // the change log records the creation and each move of the current status, nothing else
    const { results: events } = await env.DB.prepare(
      'select kind, from_status, to_status, reported_on from measure_events where measure_id = ? order by id',
    )
      .bind(all[0].id)
      .all()
    expect(events).toEqual([
      { kind: 'created', from_status: null, to_status: 'proposed', reported_on: '2022-03-01' },
      { kind: 'status_changed', from_status: 'proposed', to_status: 'in_effect', reported_on: '2022-03-05' },
      { kind: 'status_changed', from_status: 'in_effect', to_status: 'lifted', reported_on: '2022-09-12' },
    ])
  })

  it('resolves a transliteration variant of a known name to the same target', async () => {
    await postArticle({ text: 'Japan froze the assets of Sergey Lavrov on Tuesday.', publishedAt: '2022-03-01' })
    await postArticle({ text: 'Japan imposed a travel ban on Sergei Lavrov on Friday.', publishedAt: '2022-03-04' })
    const target = (await getJson('/api/targets/sergey-lavrov')).body
    expect(target.name).toBe('Sergey Lavrov')
    expect(target.aliases).toContain('Sergei Lavrov')
    expect(target.measures.map((m: any) => m.type).sort()).toEqual(['asset_freeze', 'travel_ban'])
    expect((await getJson('/api/targets/sergei-lavrov')).status).toBe(404)
  })

  it('never merges two different people who share a surname', async () => {
    await postArticle({ text: 'Canada froze the assets of Oleg Marchenko.', publishedAt: '2022-04-01' })
    await postArticle({ text: 'Canada froze the assets of Dmitry Marchenko.', publishedAt: '2022-04-02' })
    const oleg = (await getJson('/api/targets/oleg-marchenko')).body
    const dmitry = (await getJson('/api/targets/dmitry-marchenko')).body
    expect(oleg.measures).toHaveLength(1)
    expect(dmitry.measures).toHaveLength(1)
    expect(oleg.measures[0].id).not.toBe(dmitry.measures[0].id)
  })
})

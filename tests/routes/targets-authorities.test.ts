import { beforeAll, describe, expect, it } from 'vitest'
import { api, expectProblem, getJson, postArticle } from '../support/api'
import { CORPUS } from '../support/corpus'

beforeAll(async () => {
  for (const article of CORPUS) await postArticle(article)
})

describe('GET /api/targets', () => {
  it('lists targets in id order with their measure counts, by kind and by name words', async () => {
    const { status, body } = await getJson('/api/targets?limit=100')
    expect(status).toBe(200)
    const ids = body.data.map((t: any) => t.id)
    expect(ids).toEqual([...ids].sort())
    expect(ids).toEqual(expect.arrayContaining(['vladimir-putin', 'sergey-lavrov', 'russia', 'central-bank-of-russia']))
    const putin = body.data.find((t: any) => t.id === 'vladimir-putin')
    const putinMeasures = (await getJson('/api/sanctions?target=vladimir-putin&limit=100')).body.data
    expect(putin).toMatchObject({ name: 'Vladimir Putin', kind: 'person', measureCount: putinMeasures.length })

    const people = (await getJson('/api/targets?kind=person&limit=100')).body.data
    expect(people.length).toBeGreaterThan(2)
    expect(people.every((t: any) => t.kind === 'person')).toBe(true)
    const countries = (await getJson('/api/targets?kind=country')).body.data
    expect(countries.map((t: any) => t.id)).toContain('russia')

    const byName = (await getJson('/api/targets?q=lavr')).body.data
    expect(byName.map((t: any) => t.id)).toEqual(['sergey-lavrov'])
  })

  it('pages through targets without repeats', async () => {
    const full = (await getJson('/api/targets?limit=100')).body.data.map((t: any) => t.id)
    const paged: string[] = []
    let cursor: string | null = null
    do {
      const { body }: { body: any } = await getJson(`/api/targets?limit=2${cursor ? `&cursor=${cursor}` : ''}`)
      paged.push(...body.data.map((t: any) => t.id))
      cursor = body.nextCursor
    } while (cursor)
    expect(paged).toEqual(full)
  })

  it('answers a target with its aliases and every measure against it', async () => {
    const { status, body } = await getJson('/api/targets/vladimir-putin')
    expect(status).toBe(200)
    expect(body).toMatchObject({ id: 'vladimir-putin', name: 'Vladimir Putin', kind: 'person' })
    expect(body.measures.every((m: any) => m.target.id === 'vladimir-putin')).toBe(true)
    expect(body.measures.map((m: any) => `${m.authority.id}:${m.type}`)).toEqual(expect.arrayContaining(['us:asset_freeze', 'eu:asset_freeze', 'us:travel_ban']))
    await expectProblem(await api('/api/targets/nobody-at-all'), 404)
    await expectProblem(await api('/api/targets/Not%20A%20Slug'), 400)
    await expectProblem(await api('/api/targets?kind=animal'), 400)
  })
})

describe('GET /api/authorities', () => {
  it('lists every authority with a measure, with names and counts that match the measures', async () => {
    const { status, body } = await getJson('/api/authorities')
    expect(status).toBe(200)
    const byId = Object.fromEntries(body.data.map((a: any) => [a.id, a]))
    expect(byId.us).toMatchObject({ name: 'United States', kind: 'state' })
    expect(byId.gb).toMatchObject({ name: 'United Kingdom', kind: 'state' })
    expect(byId.eu).toMatchObject({ name: 'European Union', kind: 'organization' })
    expect(byId.coe).toMatchObject({ name: 'Council of Europe', kind: 'organization' })
    for (const id of ['us', 'eu']) {
      const measures = (await getJson(`/api/sanctions?authority=${id}&limit=100`)).body.data
      expect(byId[id].measureCount).toBe(measures.length)
    }
  })
})

/**
 * Counts that no maintained counter answers (the target facet under an authority filter, facets
 * under a date range, the overview matrix) are counted once, stored with the data version they
 * saw, and read back until a measure changes; a stored answer of an older version is never
 * served. The store itself stays bounded.
 */
import { env } from 'cloudflare:workers'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { batch } from '../../src/db/batch'
import { createDb } from '../../src/db/client'
import { FACET_CACHE_ENTRIES, storeAnswers } from '../../src/db/queries/facet-cache'
import { api, d1Cost, getJson, postArticle } from '../support/api'
import { CORPUS } from '../support/corpus'

type Facets = Record<'authority' | 'type' | 'status' | 'target', { value: string; count: number }[]>

const rows = async <T>(query: string, ...params: unknown[]) => (await env.DB.prepare(query).bind(...params).all<T>()).results

const version = async () => (await rows<{ version: number }>("select version from data_versions where name = 'measures'"))[0]!.version

/** The target facet under `authority=us` as counting the measures says it should be. */
const countedUsTargets = () =>
  rows<{ value: string; count: number }>(
    "select target_id value, count(*) count from measures where authority_id = 'us' group by target_id order by count desc, target_id limit 25",
  )

/** Waits for the answer the last request stored after its response (`waitUntil`). */
async function storedAnswer(keyPattern: string) {
  return vi.waitFor(
    async () => {
      const [row] = await rows<{ key: string; version: number; body: string }>('select key, version, body from facet_cache where key like ?', keyPattern)
      expect(row?.version).toBe(await version())
      return row!
    },
    { timeout: 5000, interval: 50 },
  )
}

beforeAll(async () => {
  for (const article of CORPUS) expect((await postArticle(article)).status).toBe(201)
})

describe('stored counts', () => {
  it('are counted once, then read back with the same answer for fewer rows', async () => {
    const first = await getJson<Facets>('/api/sanctions/facets?authority=us')
    const stored = await storedAnswer('facet:target:%"us"%')
    expect(JSON.parse(stored.body)).toEqual(first.body.target)
    const second = await getJson<Facets>('/api/sanctions/facets?authority=us')
    expect(second.body).toEqual(first.body)
    expect(d1Cost(second.res).rowsRead).toBeLessThan(d1Cost(first.res).rowsRead)
    expect(second.body.target.map(({ value, count }) => ({ value, count }))).toEqual(await countedUsTargets())
  })

  it('follow a new measure: the stored answer of the older version is not served', async () => {
    await getJson('/api/sanctions/facets?authority=us')
    await storedAnswer('facet:target:%"us"%')
    const before = await version()
    const text = 'The United States on Tuesday froze the assets of Viktor Medvedchuk, the Ukrainian politician.'
    expect((await postArticle({ text, publishedAt: '2022-03-08' })).status).toBe(201)
    expect(await version()).toBeGreaterThan(before)
    const after = await getJson<Facets>('/api/sanctions/facets?authority=us')
    expect(after.body.target.map((t) => t.value)).toContain('viktor-medvedchuk')
    expect(after.body.target.map(({ value, count }) => ({ value, count }))).toEqual(await countedUsTargets())
  })

  it('follow a measure reported again with the same status, into a date range', async () => {
    const targetsSince = async () => (await getJson<Facets>('/api/sanctions/facets?since=2021-01-01')).body.target.map((t) => t.value)
    expect((await postArticle({ text: 'Canada froze the assets of Ivo Brenner, the shipping magnate.', publishedAt: '2020-01-06' })).status).toBe(201)
    expect(await targetsSince()).not.toContain('ivo-brenner')
    await storedAnswer('facet:target:%2021-01-01%')
    // same measure, same status, a later day: only its last reported day moves
    expect((await postArticle({ text: 'Canada has frozen the assets of Ivo Brenner, officials confirmed.', publishedAt: '2021-06-01' })).status).toBe(201)
    expect(await targetsSince()).toContain('ivo-brenner')
  })

  it('count a search every time rather than store it', async () => {
    await getJson('/api/sanctions/facets?q=assets')
    await getJson('/api/sanctions/facets?q=assets')
    expect(await rows("select key from facet_cache where key like '%assets%'")).toEqual([])
  })

  it('serve what is stored under the current version, and only that', async () => {
    const query = '/api/sanctions/facets?since=2000-01-01'
    const counted = await getJson<Facets>(query)
    const { key } = await storedAnswer('facet:status:%2000-01-01%')
    const planted = JSON.stringify([{ value: 'lifted', count: 999 }])
    // planted under an older version: ignored, the count is made again
    await env.DB.prepare('update facet_cache set body = ?, version = version - 1 where key = ?').bind(planted, key).run()
    expect((await getJson<Facets>(query)).body.status).toEqual(counted.body.status)
    // planted under the current version: served as it is, which shows the count was skipped
    await storedAnswer('facet:status:%2000-01-01%')
    await env.DB.prepare('update facet_cache set body = ? where key = ?').bind(planted, key).run()
    expect((await getJson<Facets>(query)).body.status).toEqual([{ value: 'lifted', count: 999 }])
  })

  it('answer the overview matrix until a measure changes', async () => {
    const first = await api('/overview')
    const firstPage = await first.text()
    await storedAnswer('overview:matrix')
    const second = await api('/overview')
    expect(await second.text()).toBe(firstPage)
    expect(d1Cost(second).rowsRead).toBeLessThan(d1Cost(first).rowsRead)
  })

  it('keep at most the newest entries, and drop the versions that can no longer be served', async () => {
    const db = createDb(env.DB)
    const current = await version()
    await batch(db, storeAnswers(db, current - 1, [{ key: 'test:old', body: '[]' }]))
    const chunk = 30
    for (let start = 0; start < FACET_CACHE_ENTRIES + 10; start += chunk) {
      const answers = Array.from({ length: chunk }, (_, i) => ({ key: `test:${start + i}`, body: '[]' }))
      await batch(db, storeAnswers(db, current, answers))
    }
    const [{ n }] = (await rows<{ n: number }>('select count(*) n from facet_cache')) as [{ n: number }]
    expect(n).toBe(FACET_CACHE_ENTRIES)
    expect(await rows("select key from facet_cache where key = 'test:old' or version < ?", current)).toEqual([])
    expect(await rows("select key from facet_cache where key = ?", `test:${FACET_CACHE_ENTRIES + 9}`)).toHaveLength(1)
  })
})

/**
 * Reads cost what they return: every filter a view offers is served by an index. These tests
 * ask SQLite (the same engine D1 runs) for the plan of each named query.
 */
import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { createDb } from '../../src/db/client'
import { listArticles } from '../../src/db/queries/articles'
import { listMeasures, measureWithEvidence, measuresOfTarget, type MeasureFilters } from '../../src/db/queries/measures'
import { listTargets } from '../../src/db/queries/targets'

const db = createDb(env.DB)

async function plan(query: { toSQL(): { sql: string; params: unknown[] } }): Promise<string> {
  const { sql, params } = query.toSQL()
  const { results } = await env.DB.prepare(`explain query plan ${sql}`)
    .bind(...params)
    .all<{ detail: string }>()
  return results.map((r) => r.detail).join('\n')
}

const page = { sort: '-lastReportedOn' as const, limit: 20 }

describe('query plans', () => {
  const filters: [string, MeasureFilters, RegExp][] = [
    ['authority', { authority: ['us'] }, /SEARCH measures USING INDEX measures_authority_idx \(authority_id=\?\)/],
    ['type', { type: ['asset_freeze'] }, /SEARCH measures USING INDEX measures_type_idx \(type=\?\)/],
    ['status', { status: ['in_effect'] }, /SEARCH measures USING INDEX measures_status_idx \(status=\?\)/],
    ['target', { target: ['vladimir-putin'] }, /SEARCH measures USING INDEX measures_(target_idx \(target_id=\?\)|identity_uq)/],
    ['since', { since: '2022-01-01' }, /SEARCH measures USING INDEX measures_last_reported_idx \(last_reported_on>\?\)/],
  ]
  for (const [name, filter, expected] of filters) {
    it(`the ${name} filter searches an index and needs no sort`, async () => {
      const detail = await plan(listMeasures(db, filter, page))
      expect(detail).toMatch(expected)
      expect(detail).not.toMatch(/SCAN measures(?! USING)/)
      expect(detail).not.toMatch(/TEMP B-TREE FOR ORDER BY/)
    })
  }

  it('several values of one filter read one ordered index range per value, not every match', async () => {
    const detail = await plan(listMeasures(db, { authority: ['us', 'eu', 'gb'] }, page))
    // one ordered, limited range per value; only the ids they yield are sorted
    expect(detail.match(/SEARCH measures USING (COVERING )?INDEX measures_authority_\w*idx \(authority_id=\?\)/g)).toHaveLength(3)
    expect(detail).toMatch(/COMPOUND QUERY/)
    expect(detail).toMatch(/SEARCH measures USING INTEGER PRIMARY KEY \(rowid=\?\)/)
  })

  it('two filters together use their combined index and need no sort', async () => {
    const combos: [MeasureFilters, string][] = [
      [{ authority: ['jp'], type: ['export_ban'] }, 'measures_authority_type_idx'],
      [{ authority: ['eu'], status: ['in_effect'] }, 'measures_authority_status_idx'],
      [{ type: ['travel_ban'], status: ['lifted'] }, 'measures_type_status_idx'],
    ]
    for (const [filters, index] of combos) {
      const detail = await plan(listMeasures(db, filters, page))
      expect(detail).toContain(index)
      expect(detail).not.toMatch(/TEMP B-TREE FOR ORDER BY/)
    }
  })

  it('the unfiltered list walks the sort index instead of sorting', async () => {
    const detail = await plan(listMeasures(db, {}, page))
    expect(detail).toMatch(/SCAN measures USING INDEX measures_last_reported_idx/)
    expect(detail).not.toMatch(/TEMP B-TREE/)
  })

  it('text search goes through the FTS index', async () => {
    const detail = await plan(listMeasures(db, { ftsQuery: '"lavrov"*' }, page))
    expect(detail).toMatch(/VIRTUAL TABLE INDEX \d+:M/)
  })

  it('a measure, its evidence, a target page and the article list are index lookups', async () => {
    const [measure, evidence] = measureWithEvidence(db, 1)
    expect(await plan(measure)).toMatch(/SEARCH measures USING INTEGER PRIMARY KEY/)
    expect(await plan(evidence)).toMatch(/SEARCH evidence USING INDEX evidence_measure_idx \(measure_id=\?\)/)
    expect(await plan(measuresOfTarget(db, 'x'))).toMatch(/SEARCH measures USING INDEX measures_target_idx \(target_id=\?\)/)
    expect(await plan(listArticles(db, 20))).toMatch(/SCAN articles USING INDEX articles_published_idx/)
    expect(await plan(listTargets(db, { kind: ['person'] }, 20))).toMatch(/SEARCH targets USING (COVERING )?INDEX targets_kind_idx/)
  })
})

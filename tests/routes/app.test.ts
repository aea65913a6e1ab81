import { describe, expect, it } from 'vitest'
import { api, expectProblem } from '../support/api'

describe('the app frame', () => {
  it('answers unknown routes with a 404 problem', async () => {
    const problem = await expectProblem(await api('/api/nothing-here'), 404)
    expect(problem.detail).toContain('/api/nothing-here')
  })

  it('adds Server-Timing to every answer, errors included', async () => {
    const res = await api('/api/sanctions/facets?type=nope')
    expect(res.status).toBe(400)
    expect(res.headers.get('server-timing')).toMatch(/^d1;dur=/)
  })
})

import { describe, expect, it } from 'vitest'
import { nameKey } from '../../src/domain/names'
import { resolveTargets } from '../../src/ingest/resolve-targets'

const lavrov = { id: 'sergey-lavrov', name: 'Sergey Lavrov', kind: 'person' as const }

describe('resolveTargets', () => {
  it('maps a spelling variant to the stored target and records the new spelling as an alias', () => {
    const known = [{ key: nameKey('Sergey Lavrov'), targetId: 'sergey-lavrov', name: 'Sergey Lavrov', kind: 'person' }]
    const { canonical, newTargets, aliases } = resolveTargets([{ id: 'sergei-lavrov', name: 'Sergei Lavrov', kind: 'person' }], known)
    expect(canonical.get('sergei-lavrov')).toEqual(lavrov)
    expect(newTargets).toEqual([])
    expect(aliases).toContainEqual({ key: nameKey('Sergei Lavrov'), targetId: 'sergey-lavrov', name: 'Sergei Lavrov' })
  })

  it('creates a target for an unknown name, and merges variants within one article into it', () => {
    const { canonical, newTargets } = resolveTargets(
      [lavrov, { id: 'sergei-lavrov', name: 'Sergei Lavrov', kind: 'person' }],
      [],
    )
    expect(newTargets).toEqual([lavrov])
    expect(canonical.get('sergei-lavrov')).toEqual(lavrov)
  })

  it('keeps people with the same surname apart', () => {
    const known = [{ key: nameKey('Oleg Marchenko'), targetId: 'oleg-marchenko', name: 'Oleg Marchenko', kind: 'person' }]
    const { canonical, newTargets } = resolveTargets([{ id: 'dmitry-marchenko', name: 'Dmitry Marchenko', kind: 'person' }], known)
    expect(canonical.get('dmitry-marchenko')?.id).toBe('dmitry-marchenko')
    expect(newTargets).toHaveLength(1)
  })
})

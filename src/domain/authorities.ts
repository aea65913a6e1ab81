/**
 * The authorities a measure can come from: states by lower-case ISO 3166-1 alpha-2 code, and
 * the organisations the taxonomy names. State names come from the runtime's ICU data
 * (`Intl.DisplayNames`), which knows every current ISO code, so the list needs no upkeep.
 */
export const ORGANIZATION_AUTHORITIES: Record<string, string> = {
  eu: 'European Union',
  un: 'United Nations',
  coe: 'Council of Europe',
  g7: 'G7',
  nato: 'NATO',
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' })

// Codes ICU names that are not current ISO 3166-1 states: groupings, reserved codes, and
// withdrawn codes ICU maps to their successors (`su` → Russia, `uk` → United Kingdom).
// Kosovo's user-assigned `xk` stays valid: it is the code every list uses for it.
const NOT_STATES = new Set([
  'eu', 'ez', 'un', 'qo', 'zz', 'xa', 'xb', 'ac', 'cp', 'dg', 'ea', 'ic', 'ta',
  'uk', 'su', 'yu', 'cs', 'dd', 'an', 'fx', 'tp', 'zr', 'bu',
])

export type AuthorityKind = 'state' | 'organization'

/** The name of a known authority id, or undefined for an id the tracker does not know. */
export function authorityName(id: string): string | undefined {
  if (id in ORGANIZATION_AUTHORITIES) return ORGANIZATION_AUTHORITIES[id]
  if (!/^[a-z]{2}$/.test(id) || NOT_STATES.has(id)) return undefined
  const name = regionNames.of(id.toUpperCase())
  // ICU names unknown two-letter codes as themselves or "Unknown Region".
  return name && name.toLowerCase() !== id && !/unknown/i.test(name) ? name : undefined
}

export function authorityKind(id: string): AuthorityKind {
  return id in ORGANIZATION_AUTHORITIES ? 'organization' : 'state'
}

export const AUTHORITY_ID_HINT =
  'a lower-case ISO 3166-1 alpha-2 code (us, gb, ca, jp, ch ...) or one of eu, un, coe, g7, nato'

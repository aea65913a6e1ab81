/**
 * The gazetteer: every fixed name the extractor knows (states and their adjectives, capitals,
 * government bodies, organisations, leaders, regions, places), indexed by first token so that
 * a sentence is matched in one left-to-right pass.
 */
import type { AuthorityRef } from '../domain/taxonomy'
import { COUNTRIES, PLACES, TARGET_REGIONS, type Country } from './data/countries'
import { GOVERNMENT_BODIES, LEADERS, ORGANISATIONS } from './data/bodies'
import { tokenize, type Token } from './tokens'

export type GazetteerKind =
  | 'country' // a state by name or seat ("Russia", "Moscow", "the Kremlin")
  | 'adjective' // a state's adjective ("Russian", "U.S.")
  | 'people' // a state's people ("Russians")
  | 'body' // a government body, office or organisation that acts for an authority
  | 'leader' // a named leader of an authority
  | 'region' // a territory that is only ever a target
  | 'place' // neither authority nor target

export interface GazetteerEntry {
  kind: GazetteerKind
  /** Authority id (for countries, bodies and leaders). */
  authority?: string
  country?: Country
  /** Full name of a leader. */
  person?: string
  /** A leader's surname alone ("al-Assad"), which another given name before it makes a relative's name. */
  surnameOnly?: boolean
  /** Canonical name of a region or place. */
  name?: string
  /** Lower-case tokens of the alias. */
  tokens: string[]
  /** How strictly the first token's case must match. */
  caseRule: 'exact' | 'cap' | 'any'
}

/** Surnames of leaders that are too common to stand for the leader on their own. */
const AMBIGUOUS_SURNAMES = new Set(
  'johnson may hunt wong li wang kim lee costa peters anand harris cooper michel abe sullivan moon yang store støre duda suga yi qiang reeves payne joly rubio carney'.split(' '),
)

const byFirstToken = new Map<string, GazetteerEntry[]>()
const authorityNames = new Map<string, string>()
const countryById = new Map<string, Country>()

function add(alias: string, entry: Omit<GazetteerEntry, 'tokens' | 'caseRule'>): void {
  const toks = tokenize(alias)
  const first = toks[0]
  if (!first) return
  const caseRule = first.allCaps ? 'exact' : first.cap ? 'cap' : 'any'
  const full: GazetteerEntry = { ...entry, tokens: toks.map((t) => t.lower), caseRule }
  const list = byFirstToken.get(first.lower) ?? []
  list.push(full)
  byFirstToken.set(first.lower, list)
}

/** "Haitians", "Iraqis": the plural of an adjective in -an or -i names the state's people. */
function peopleOf(adjectives: string[]): string[] {
  return adjectives.filter((a) => /(?:an|i)$/.test(a) && !a.includes(' ')).map((a) => `${a}s`)
}

for (const c of COUNTRIES) {
  countryById.set(c.id, c)
  authorityNames.set(c.id, c.name)
  for (const n of [c.name, ...(c.aka ?? [])]) add(n, { kind: 'country', authority: c.id, country: c })
  for (const n of c.seats ?? []) add(n, { kind: 'country', authority: c.id, country: c })
  for (const n of c.adj ?? []) if (n !== c.name) add(n, { kind: 'adjective', authority: c.id, country: c })
  for (const n of c.people ?? peopleOf(c.adj ?? [])) add(n, { kind: 'people', authority: c.id, country: c })
}
for (const o of ORGANISATIONS) {
  authorityNames.set(o.id, o.name)
  for (const n of [o.name, ...o.aka]) add(n, { kind: 'body', authority: o.id })
}
for (const [id, names] of Object.entries(GOVERNMENT_BODIES)) for (const n of names) add(n, { kind: 'body', authority: id })
for (const [id, people] of Object.entries(LEADERS)) {
  for (const person of people) {
    add(person, { kind: 'leader', authority: id, person })
    // The surname is the last word, or all words after the first when they open with a
    // particle ("von der Leyen").
    const words = person.split(' ')
    const surname = words.length > 2 && /^[a-z]/.test(words[1]!) ? words.slice(1).join(' ') : words[words.length - 1]!
    if (!AMBIGUOUS_SURNAMES.has(surname.toLowerCase())) add(surname, { kind: 'leader', authority: id, person, surnameOnly: true })
  }
}
for (const r of TARGET_REGIONS) add(r, { kind: 'region', name: r })
for (const p of PLACES) add(p, { kind: 'place', name: p })
// Longest aliases first, so that "Council of Europe" wins over "Council".
for (const list of byFirstToken.values()) list.sort((a, b) => b.tokens.length - a.tokens.length)

function caseMatches(entry: GazetteerEntry, token: Token): boolean {
  if (entry.caseRule === 'exact') return token.allCaps || token.text === token.text.toUpperCase()
  if (entry.caseRule === 'cap') return token.cap
  return true
}

/**
 * The longest gazetteer entry that starts at token `i`, if any. The first token's case must
 * match the alias (so "us" the pronoun is not "US"); later tokens compare case-insensitively
 * ("State department").
 */
const GENERIC_HEADS = new Set(['commission', 'council', 'assembly', 'committee'])
const partOfLongerName = (tokens: Token[], i: number): boolean => {
  const prev = tokens[i - 1]
  if (!prev) return false
  if (prev.lower === 'and' || prev.lower === 'of') return tokens[i - 2]?.cap === true
  return prev.cap && !prev.allCaps && !prev.text.endsWith('.') && !['the', 'a', 'an', 'european', 'eu', 'security', 'general', 'human'].includes(prev.lower)
}

export function matchGazetteer(tokens: Token[], i: number): GazetteerEntry | undefined {
  const first = tokens[i]
  if (!first) return undefined
  const list = byFirstToken.get(first.lower)
  if (!list) return undefined
  for (const entry of list) {
    if (!caseMatches(entry, first)) continue
    // "the Sports and Recreation Commission": a generic head noun at the end of another body's
    // name is not the body it names alone ("the Commission").
    if (entry.tokens.length === 1 && GENERIC_HEADS.has(first.lower) && partOfLongerName(tokens, i)) continue
    let ok = true
    for (let k = 1; k < entry.tokens.length; k++) {
      const t = tokens[i + k]
      if (!t || t.lower !== entry.tokens[k]) {
        ok = false
        break
      }
    }
    if (ok) return entry
  }
  return undefined
}

/** The authority reference for an id ("gb" → United Kingdom). */
export function authorityRef(id: string): AuthorityRef {
  return { id, name: authorityNames.get(id) ?? id.toUpperCase() }
}

/** The state with this authority id, if the id is a state's. */
export function countryOf(id: string): Country | undefined {
  return countryById.get(id)
}

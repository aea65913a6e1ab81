/**
 * Finds the names in a sentence: states and their adjectives, government bodies, leaders,
 * people, organisations and vessels. Each mention records what it could be in a finding: an
 * authority that acts (`actor`) and/or a target (`target`). Which role it plays is decided
 * later, from its position relative to the measure.
 */
import type { TargetRef } from '../domain/taxonomy'
import { slugify } from '../domain/slug'
import { countryOf, matchGazetteer, type GazetteerEntry } from './authorities'
import { KNOWN_COMPANIES } from './data/companies'
import { BROADCASTERS, MEDIA_FIRST_WORDS, MEDIA_WITH_STATE_NAMES } from './data/media'
import type { Country } from './data/countries'
import {
  AUXILIARIES, FORTUNE_TITLES, GIVEN_NAMES, GOVERNMENT_NOUNS, HONORIFICS, NAME_NOUNS, NOT_NAMES, NUMBER_WORDS, ORG_HEADS, ORG_SUFFIXES, ROLE_NOUNS, SINGULAR_ORGS, SPEECH_VERBS,
  TITLE_WORDS, VESSEL_NOUNS,
} from './data/words'
import type { PersonRegistry } from './names'
import { isPossessive, tokenize, type Token } from './tokens'

export type MentionKind = 'authority' | 'country' | 'adjective' | 'people' | 'person' | 'organization' | 'vessel' | 'region' | 'place'

export interface Mention {
  kind: MentionKind
  /** Token range in the sentence: [t0, t1). */
  t0: number
  t1: number
  /** The authority this mention can stand for when it is the subject of a measure. */
  actor?: string
  /** What the mention names if it is the object of a measure. */
  target?: TargetRef
  country?: Country
  /** Lower-case office words written before a person's name ("foreign minister"). */
  titles: string[]
  /** Authority whose office a person holds ("British prime minister Boris Johnson" → gb). */
  affiliation?: string
  /** Only describes the person named next ("*Chelsea* owner Roman Abramovich"). */
  modifier?: boolean
  /** A state named through its government ("British government", "Japan's foreign ministry"). */
  government?: boolean
  /** A state's adjective on a measure word ("US sanctions"). */
  onMeasure?: boolean
  /** The person speaks in this sentence ("X said", "said X", "X told reporters"). */
  speaker?: boolean
}

/** What the recogniser needs to know about the whole article. */
export interface ArticleContext {
  registry: PersonRegistry
  /** Words seen capitalised in mid-sentence somewhere in the article. */
  midCaps: Set<string>
  /**
   * Head words of the bodies named so far ("council" → un after "Security Council"), so that
   * a later "the council" or "Council members" names the same authority.
   */
  bodyWords: Map<string, string>
  /**
   * Organisations named in full, by their first word ("wagner" → "Wagner Group"), so that the
   * short form ("Wagner", "Lazarus") resolves to the same target.
   */
  orgs: Map<string, string>
  /** Names the article calls an airline or a carrier ("flag carrier Belavia"), lower case. */
  airlines: Set<string>
  /** Names the article calls a broadcaster or an outlet ("state broadcaster Zvezda"), lower case. */
  broadcasters: Set<string>
  /** The sentence is a headline in title case: only known names count as names. */
  titleCase?: boolean
}

/** Head words by which an article refers back to a body it has named. */
export const BODY_HEADS = new Set(['council', 'commission', 'assembly', 'alliance', 'organisation', 'organization', 'committee', 'union', 'bloc'])

/** Organisations that news calls "the bloc"; without one named earlier, the bloc is the EU. */
const BODY_DETERMINERS = new Set(['the', 'this', 'that', 'its', 'whose', 'and', 'or', 'but', 'by', 'from', 'of', 'with', 'to', 'said', 'says', 'as'])
export const BLOCS = new Set(['eu', 'ecowas', 'asean', 'african-union', 'arab-league'])

const LAW_HEADS = new Set(['act', 'law', 'bill', 'treaty', 'accord', 'accords', 'convention', 'statute', 'directive', 'ordinance', 'decree'])
const QUOTES = new Set(['"', '“', '”', "'", '‘', '’'])
const PARTICLES = new Set(['von', 'van', 'der', 'de', 'den', 'la', 'le', 'du', 'da', 'dos', 'das', 'del', 'di', 'bin', 'ben', 'ibn', 'abu', 'al', 'el', 'ter'])
const MEASURE_WORDS = new Set(['sanctions', 'sanction', 'measures', 'ban', 'bans', 'restrictions', 'embargo', 'embargoes', 'blacklist', 'tariffs', 'travel', 'visa', 'asset', 'export', 'import', 'penalties', 'curbs', 'controls', 'freeze', 'designations', 'designation', 'action', 'move', 'moves', 'package', 'regime', 'list'])
// ("barred from new U.S. debt financing": the state whose capital is withheld acts.)
const OWN_TERRITORY = new Set(['airspace', 'ports', 'port', 'waters', 'territory', 'market', 'markets', 'airports', 'maritime', 'soil', 'debt', 'financing', 'capital', 'lending'])
const POSSESSIVE_ACTIONS = new Set(['decision', 'decisions', 'plan', 'plans', 'proposal', 'proposals', 'order', 'orders', 'announcement', 'call', 'bid', 'campaign', 'policy', 'effort', 'efforts', 'latest', 'new', 'own'])
const OFFICE_ADVISERS = new Set(['national', 'security', 'presidential'])
const SPEAKER_TITLES = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'press', 'reporter', 'correspondent', 'analyst', 'expert', 'adviser', 'advisor'])

// Gazetteer matches of a sentence, computed once per token (the recogniser asks several times).
const gazCache = new WeakMap<Token[], (GazetteerEntry | null)[]>()
function gazAt(tokens: Token[], i: number): GazetteerEntry | undefined {
  let cache = gazCache.get(tokens)
  if (!cache) {
    cache = new Array<GazetteerEntry | null>(tokens.length)
    gazCache.set(tokens, cache)
  }
  if (i < 0 || i >= tokens.length) return undefined
  let hit = cache[i]
  if (hit === undefined) {
    hit = matchGazetteer(tokens, i) ?? null
    cache[i] = hit
  }
  return hit ?? undefined
}

const isNameToken = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word' && (t.cap || t.allCaps)

/** "von der Leyen", "bin Salman": particles that continue a name. */
function particleBeforeName(tokens: Token[], i: number): boolean {
  if (!PARTICLES.has(tokens[i]?.lower ?? '')) return false
  const next = tokens[i + 1]
  return isNameToken(next) || (PARTICLES.has(next?.lower ?? '') && isNameToken(tokens[i + 2]))
}

/** A mention with every field present, so that all mentions share one object shape. */
function mention(kind: MentionKind, t0: number, t1: number, fields: Partial<Mention> = {}): Mention {
  const m: Mention = {
    kind, t0, t1, titles: [], actor: undefined, target: undefined, country: undefined, affiliation: undefined,
    modifier: false, government: false, onMeasure: false, speaker: false,
  }
  if (fields.actor !== undefined) m.actor = fields.actor
  if (fields.target !== undefined) m.target = fields.target
  if (fields.country !== undefined) m.country = fields.country
  if (fields.affiliation !== undefined) m.affiliation = fields.affiliation
  if (fields.titles !== undefined) m.titles = fields.titles
  return m
}

const countryTargets = new Map<Country, TargetRef>()
/** The target a state stands for (its id is the slug of its short name). */
export function countryTarget(c: Country): TargetRef {
  let t = countryTargets.get(c)
  if (!t) {
    t = { id: slugify(c.name), name: c.name, kind: 'country' }
    countryTargets.set(c, t)
  }
  return { id: t.id, name: t.name, kind: t.kind }
}

// Slugs of names seen recently: the same names recur within and across articles.
const slugs = new Map<string, string>()
function makeTarget(name: string, kind: TargetRef['kind']): TargetRef {
  let id = slugs.get(name)
  if (id === undefined) {
    if (slugs.size > 5000) slugs.clear()
    id = slugify(name)
    slugs.set(name, id)
  }
  return { id, name, kind }
}

/** The person a written name stands for: the article's canonical form, else the name itself. */
function personTarget(words: string[], at: number, ctx: ArticleContext, fallback?: string): TargetRef {
  const lookup = words.length > 1 && PARTICLES.has(words[0]!.toLowerCase()) ? [words[words.length - 1]!] : words
  const known = ctx.registry.resolve(lookup, at)
  return makeTarget(known?.name ?? fallback ?? words.join(' '), 'person')
}

function fromGazetteer(entry: GazetteerEntry, t0: number, t1: number, tokens: Token[], ctx: ArticleContext): Mention {
  switch (entry.kind) {
    case 'country':
    case 'adjective':
      return mention(entry.kind, t0, t1, { actor: entry.authority, country: entry.country, target: countryTarget(entry.country!) })
    case 'people':
      return mention('people', t0, t1, { country: entry.country, target: countryTarget(entry.country!) })
    case 'body':
      return mention('authority', t0, t1, { actor: entry.authority })
    case 'leader': {
      const words = tokens.slice(t0, t1).map((t) => t.text)
      return mention('person', t0, t1, { actor: entry.authority, affiliation: entry.authority, target: personTarget(words, tokens[t0]!.start, ctx, entry.person) })
    }
    case 'region':
      return mention('region', t0, t1, { target: makeTarget(entry.name!, 'country') })
    default:
      return mention('place', t0, t1)
  }
}

/** Splits a run of capitalised words into gazetteer names, office titles and other names. */
const PARTY_WORDS = new Set(['republican', 'republicans', 'democrat', 'democrats', 'democratic', 'conservative', 'conservatives', 'labour', 'liberal', 'liberals', 'socialist', 'communist', 'tory', 'tories'])

// Words that name a body of an organisation ("Council", "Executive Board").
const BODY_WORDS = new Set(['council', 'executive', 'board', 'committee', 'congress', 'secretariat', 'commission', 'assembly', 'summit'])

function segmentRun(tokens: Token[], a: number, b: number, sentenceStart: boolean, ctx: ArticleContext, out: Mention[]): void {
  // Drop sentence openers and other capitalised non-names ("The", "Meanwhile", "Admonishing").
  while (a < b && !gazAt(tokens, a)) {
    const t = tokens[a]!
    const opener = a === 0 || sentenceStart
    if (NOT_NAMES.has(t.lower)) {
      a++
      continue
    }
    // ('"Leaving MOGE off the list ...": after an opening quote too.)
    if (opener && (a === 0 || (a === 1 && ['"', '“', '‘'].includes(tokens[0]!.text))) && /(?:ing|ly|ed)$/.test(t.lower) && !ctx.midCaps.has(t.text) && !ctx.registry.isSurname(t.text)) {
      a++
      continue
    }
    break
  }
  // ("Radio France Internationale", "France 24": an outlet whose name holds a state's.)
  const outlet = b - a >= 2 && b - a <= 3 && MEDIA_FIRST_WORDS.has(tokens[a]!.lower) && MEDIA_WITH_STATE_NAMES.has(tokens.slice(a, b).map((t) => t.lower).join(' '))
  if (outlet) {
    out.push(mention('organization', a, b, { target: makeTarget(tokens.slice(a, b).map((t) => t.text).join(' '), 'organization') }))
    return
  }
  // "Houston-registered Gulf Bend Petroleum Trading LLC": where a company is registered is no
  // part of its name.
  while (a < b - 1 && /-(?:based|registered|headquartered|flagged|born)$/i.test(tokens[a]!.text)) a++
  // ("May 5": a date, once the month is dropped; "Jan. 1", though "Jan" is also a given name.)
  if (a >= b || tokens[a]!.kind === 'number') return
  if (b - a === 1 && tokens[a]!.lower === 'jan' && tokens[b]?.text === '.' && tokens[b + 1]?.kind === 'number') return
  // "the Rostov shipbuilder Donskaya Verf": a place, then what the company named next is.
  // ("the Istanbul trading house Anka Teknik": two words for what the company is.)
  const trade = tokens[b]?.kind === 'word' && !tokens[b]!.cap && (COMPANY_NOUNS.has(tokens[b]!.lower) || SINGULAR_ORGS.has(tokens[b]!.lower)) ? b + 1
    : tokens[b]?.kind === 'word' && !tokens[b]!.cap && tokens[b + 1]?.kind === 'word' && /^(?:house|company|firm|group|operator)$/.test(tokens[b + 1]!.lower) ? b + 2 : 0
  if (b - a === 1 && /^(?:the|a|an)$/.test(tokens[a - 1]?.lower ?? '') && trade && tokens[trade]?.cap && !gazAt(tokens, a)) {
    out.push(mention('place', a, b))
    return
  }
  // "St Petersburg shipping company X": a city named for a saint, describing what follows.
  if (b - a === 2 && /^(?:st|saint)$/.test(tokens[a]!.lower.replace(/\.$/, '')) && tokens[b]?.kind === 'word' && !tokens[b]!.cap) {
    out.push(mention('place', a, b))
    return
  }
  // "Republican senators", "Labour MPs": a party's adjective alone names no one.
  if (b - a === 1 && PARTY_WORDS.has(tokens[a]!.lower)) return
  const run = tokens.slice(a, b)
  const last = run[run.length - 1]!
  // "the Caesar Syria Civilian Protection Act", "the Hong Kong Autonomy Act": the title of a law
  // names no state that acts or is targeted.
  if (b - a >= 2 && LAW_HEADS.has(last.lower)) {
    out.push(mention('place', a, b))
    return
  }
  // A run that ends in a known name ("US Treasury Department") is not a new organisation, but
  // one that ends in "of" + a known name is ("Central Bank of Russia").
  let endsKnown = false
  for (let k = a; k < b && !endsKnown; k++) {
    const g = gazAt(tokens, k)
    endsKnown = g !== undefined && k + g.tokens.length === b && tokens[k - 1]?.lower !== 'of'
  }
  const hasOrgHead = run.some((t, k) => ORG_HEADS.has(t.lower) && ['of', 'on', 'for'].includes(run[k + 1]?.lower ?? '')) || (run.length === 3 && run[1]!.lower === 'of' && CONTINENTS.has(last.lower))
  // "Russian TV", "Chinese Media": a state's adjective on a generic word is no organisation.
  const generic = b - a === 2 && ['tv', 'television', 'media', 'news', 'radio', 'banks', 'companies', 'firms'].includes(last.lower) && gazAt(tokens, a)?.kind === 'adjective'
  // "the FIFA Council", "the IOC Executive Board": a body of an international organisation acts
  // for it.
  const body = gazAt(tokens, a)
  if (body?.kind === 'body' && body.authority && !countryOf(body.authority) && b - a > body.tokens.length && run.slice(body.tokens.length).every((t) => BODY_WORDS.has(t.lower))) {
    out.push(fromGazetteer(body, a, b, tokens, ctx))
    return
  }
  // (A lone suffix word is no name: "Oil producer Rosneft".)
  // ("Groupe Mourad", "Banco Delta": names of companies that open with the company word.)
  // ("Bank Melli Iran", "Bank Saderat": a bank's name after the word, the state's name included.)
  const orgFirst = b - a >= 2 && (ORG_PREFIXES.has(run[0]!.lower) || (run[0]!.lower === 'bank' && run[1]!.lower !== 'of' && !gazAt(tokens, a + 1)))
  if ((!endsKnown || orgFirst) && !generic && ((ORG_SUFFIXES.has(last.lower) && b - a >= 2) || hasOrgHead || orgFirst) && !HONORIFICS.has(run[0]!.lower)) {
    // ("Chongsong Shipping" after "Chongsong Shipping Co": the name the article gave in full.)
    const name = ctx.orgs.get(run.map((t) => t.lower).join(' ')) ?? run.map((t) => t.text).join(' ').replace(/ \./g, '.')
    out.push(mention('organization', a, b, { target: makeTarget(name, 'organization') }))
    return
  }
  let titles: string[] = []
  let honorific = false
  let k = a
  while (k < b) {
    const g = gazAt(tokens, k)
    if (g) {
      out.push(fromGazetteer(g, k, k + g.tokens.length, tokens, ctx))
      k += g.tokens.length
      titles = []
      continue
    }
    const t = tokens[k]!
    // ("Conservative MP Jane Doe": a party's adjective opens the titles.)
    if (HONORIFICS.has(t.lower.replace(/\.$/, '')) || ((isTitleWord(t.lower) || (PARTY_WORDS.has(t.lower) && isTitleWord(tokens[k + 1]?.lower ?? ''))) && k + 1 < b)) {
      if (HONORIFICS.has(t.lower)) honorific = true
      titles.push(t.lower)
      k++
      continue
    }
    // A name: up to the next gazetteer entry, or an office word that opens another name
    // ("CIA Director William Burns").
    let e = k + 1
    while (e < b && !gazAt(tokens, e) && !opensName(tokens, e, b)) e++
    // "Asma al-Assad", "Maher al-Assad": another given name before a leader's surname names a
    // relative, one person, not the given name plus the leader.
    const surname = e < b ? gazAt(tokens, e) : undefined
    if (surname?.surnameOnly && e - k <= 2) e += surname.tokens.length
    out.push(classifyName(tokens, k, e, titles, honorific, a === 0 || sentenceStart, ctx))
    titles = []
    honorific = false
    k = e
  }
}

// Company words that open a name in French, Spanish, Portuguese, Italian and German.
// What a carrier carries when it is a ship ("bulk carrier", "LNG carrier"), not an airline.
const CARGO_WORDS = new Set(['bulk', 'ore', 'cargo', 'container', 'lng', 'gas', 'oil', 'crude'])
const DOTTED_SUFFIXES = new Set(['pvt', 'pte', 'sdn', 'co'])
const ORG_PREFIXES = new Set(['groupe', 'grupo', 'gruppo', 'banco', 'banque', 'banca', 'compagnie', 'compania', 'companhia', 'societe', 'sociedad', 'sociedade', 'societa', 'empresa', 'entreprise', 'industrias', 'inversiones', 'corporacion', 'firma'])

// National bodies of sport and civil society that a state's adjective names.
const NATIONAL_BODIES = new Set(['committee', 'federation', 'union', 'association', 'league'])

const CONTINENTS = new Set(['europe', 'africa', 'asia', 'america', 'americas', 'eurasia', 'oceania'])

// Participles that make a compound adjective of the place before them.
const PLACE_PARTICIPLE_RE = /^(\p{Lu}[\p{L}.]*)-(?:based|registered|flagged|linked|backed|owned|controlled|headquartered|run|led|allied|affiliated|aligned|funded|sponsored|operated|bound|listed)$/u

/**
 * A place of up to three capitalised words ending in "-based" and the like, as one mention: the
 * state's adjective when the place is a known state ("Hong Kong-based"), else a place.
 */
function placeCompound(tokens: Token[], i: number): Mention | undefined {
  for (let k = i; k < Math.min(tokens.length, i + 3); k++) {
    const t = tokens[k]!
    if (!t.cap || t.kind !== 'word') return undefined
    if (!t.text.includes('-')) continue
    const m = PLACE_PARTICIPLE_RE.exec(t.text)
    if (!m) continue
    // One word: see the state adjectives above; else, before a common noun ("the Tianjin-based
    // firm X"), where it is based; before a name, it is left to the name's run.
    if (k === i) return tokens[k + 1]?.kind === 'word' && !tokens[k + 1]!.cap ? mention('place', i, k + 1) : undefined
    const head = tokenize([...tokens.slice(i, k).map((w) => w.text), m[1]!].join(' '))
    const g = matchGazetteer(head, 0)
    if (g && g.tokens.length === head.length && g.country) return mention('adjective', i, k + 1, { actor: g.authority, country: g.country, target: countryTarget(g.country) })
    return mention('place', i, k + 1)
  }
  return undefined
}

/** An office word followed by a name, inside a run: "Director" in "CIA Director William Burns". */
function opensName(tokens: Token[], e: number, b: number): boolean {
  const w = tokens[e]!.lower
  return TITLE_WORDS.has(w) && !ORG_SUFFIXES.has(w) && !OFFICE_FIELDS.has(w) && e + 1 < b && !TITLE_WORDS.has(tokens[e + 1]!.lower)
}

// Fields of an office ("Trade Minister"): a title only with the office word after them, so not
// the last word before a name ("Bosphorus Trade Gateway").
const OFFICE_FIELDS = new Set(['trade', 'commerce', 'economy', 'economic', 'finance', 'defence', 'defense', 'interior', 'justice', 'energy', 'health', 'security', 'home'])

/** The tokens of a name without a quoted nickname and its quotation marks. */
function withoutNickname(tokens: Token[]): Token[] {
  const out: Token[] = []
  let inQuote = false
  for (const t of tokens) {
    if (QUOTES.has(t.text)) inQuote = !inQuote
    else if (!inQuote) out.push(t)
  }
  return out
}

// Nouns that introduce a company's name, right before it or before a comma.
const COMPANY_NOUNS = new Set(['company', 'firm', 'lender', 'operator', 'conglomerate', 'insurer', 'exporter', 'refiner', 'refinery', 'supplier', 'shipper', 'subsidiary', 'manufacturer', 'chipmaker', 'carrier', 'airline', 'broadcaster', 'outlet', 'shipbuilder', 'magazine', 'newspaper', 'weekly', 'daily'])

/** Person, organisation or vessel, for a name the gazetteer does not know. */
function classifyName(tokens: Token[], t0: number, t1: number, titles: string[], honorific: boolean, opener: boolean, ctx: ArticleContext): Mention {
  const words = withoutNickname(tokens.slice(t0, t1)).map((t) => t.text)
  const at = tokens[t0]!.start
  const before = tokens[t0 - 1]
  const before2 = tokens[t0 - 2]
  const vessel = (before && VESSEL_NOUNS.has(before.lower)) || (before2 && VESSEL_NOUNS.has(before2.lower) && !isNameToken(before))
  if (vessel) return mention('vessel', t0, t1, { titles, target: makeTarget(words.join(' '), 'vessel') })
  // ("the bulk carrier Lady Rana", "the tanker Captain Nemo": a ship's name may open with a title.)
  let k = t0 - 1
  while (k > 0 && titles.includes(tokens[k]!.lower.replace(/\.$/, ''))) k--
  const noun = tokens[k]
  if (noun && (VESSEL_NOUNS.has(noun.lower) || (noun.lower === 'carrier' && CARGO_WORDS.has(tokens[k - 1]?.lower ?? '')))) {
    return mention('vessel', k + 1, t1, { target: makeTarget(tokens.slice(k + 1, t1).map((t) => t.text).join(' '), 'vessel') })
  }
  // "Lockheed Martin", "Raytheon": companies the news names often.
  // (Or names the article called an airline or a broadcaster: "the state broadcaster Kanal Nord".)
  const lowerName = words.join(' ').toLowerCase()
  // (A short form of an organisation the article names in full, "EN+" for "EN+ Group", keeps the full name.)
  const shortForm = words.length === 1 && ctx.orgs.has(lowerName)
  if (!shortForm && (KNOWN_COMPANIES.has(lowerName) || BROADCASTERS.has(lowerName) || ctx.airlines.has(lowerName) || ctx.broadcasters.has(lowerName))) return mention('organization', t0, t1, { titles, target: makeTarget(words.join(' '), 'organization') })
  // "the firm Norden Freight", "The second company, Norden Freight": the noun says what the name is.
  const company = (before && !before.cap && COMPANY_NOUNS.has(before.lower)) || (before?.text === ',' && before2 && !before2.cap && COMPANY_NOUNS.has(before2.lower))
  if (company && !honorific && titles.length === 0) return mention('organization', t0, t1, { target: makeTarget(words.join(' '), 'organization') })
  const first = words[0]!
  const single = words.length === 1
  // ("Golden Tide" after "Golden Tide Marine Ltd": a short form of a company the article named.)
  const shortOf = words.length >= 2 && !honorific && titles.length === 0 ? ctx.orgs.get(lowerName) : undefined
  if (shortOf) return mention('organization', t0, t1, { target: makeTarget(shortOf, 'organization') })
  // "Rossiya 24", "Grace 1": no person's name ends in a number.
  if (tokens[t1 - 1]!.kind === 'number') return mention('organization', t0, t1, { titles, target: makeTarget(words.join(' '), 'organization') })
  const personish =
    honorific || titles.length > 0 || GIVEN_NAMES.has(first.toLowerCase()) || ctx.registry.isSurname(words[words.length - 1]!) ||
    (before !== undefined && (TITLE_WORDS.has(before.lower) || ROLE_NOUNS.has(before.lower)) && !before.cap)
  if (single && !personish) {
    const t = tokens[t0]!
    if (NOT_NAMES.has(t.lower)) return mention('place', t0, t1)
    const full = ctx.orgs.get(t.lower)
    if (full) return mention('organization', t0, t1, { target: makeTarget(full, 'organization') })
    // A lone capitalised word that opens a sentence is usually an ordinary word, unless a
    // verb follows it ("Rosneft is ...", "Aeroflot said ...") and it is no plural.
    const verb = AUXILIARIES.has(tokens[t1]?.lower ?? '') || SPEECH_VERBS.has(tokens[t1]?.lower ?? '')
    if (opener && t0 === 0 && !t.allCaps && !ctx.midCaps.has(t.text) && !(verb && !/[^s]s$/.test(t.lower))) return mention('place', t0, t1)
    return mention('organization', t0, t1, { titles, target: makeTarget(t.text, 'organization') })
  }
  if (!single || personish) return mention('person', t0, t1, { titles, target: personTarget(words, at, ctx) })
  return mention('organization', t0, t1, { titles, target: makeTarget(words.join(' '), 'organization') })
}

/**
 * Whether the "and" at `j` joins two common nouns of one organisation's name started at `i`:
 * both neighbours are such nouns, and either the name goes on to an organisation word
 * ("Production and Construction Corps") or it began with one and "of" ("Ministry of Industry and
 * Trade"). "Britain and Canada", "Rosneft and Gazprom" stay two names.
 */
function andInsideName(tokens: Token[], i: number, j: number, nameAt: (k: number) => boolean): boolean {
  // ("Ministry of Energy and Natural Resources": an adjective may open the second noun.)
  const ofHead = tokens.slice(i, j).some((w, k) => w.lower === 'of' && ORG_HEADS.has(tokens[i + k - 1]?.lower ?? ''))
  const second = NAME_NOUNS.has(tokens[j + 1]?.lower ?? '') || (ofHead && !ORG_SUFFIXES.has(tokens[j + 1]?.lower ?? '') && nameAt(j + 2) && NAME_NOUNS.has(tokens[j + 2]!.lower))
  // ("Council of Asian Liberals and Democrats", "Union of Lawyers and Judges": two plurals after
  // "of" at the end of the name.)
  const plurals = ofHead && /[^s]s$/.test(tokens[j - 1]?.lower ?? '') && /[^s]s$/.test(tokens[j + 1]?.lower ?? '') && nameAt(j + 1) && !nameAt(j + 2) && !gazAt(tokens, j - 1) && !gazAt(tokens, j + 1)
  if (plurals) return true
  if (!NAME_NOUNS.has(tokens[j - 1]?.lower ?? '') || !nameAt(j + 1) || !second) return false
  if (gazAt(tokens, i) !== undefined && i + gazAt(tokens, i)!.tokens.length >= j) return false
  for (let k = j + 1; k < tokens.length && nameAt(k); k++) if (ORG_SUFFIXES.has(tokens[k]!.lower) || ORG_HEADS.has(tokens[k]!.lower)) return true
  for (let k = i; k < j - 1; k++) if (tokens[k]!.lower === 'of' && ORG_HEADS.has(tokens[k - 1]?.lower ?? '')) return true
  return false
}

/** Whether the capitalised words from `k` end in a noun of a body's field ("Human Rights", "China Studies"). */
function fieldOfBody(tokens: Token[], k: number, nameAt: (k: number) => boolean): boolean {
  let end = k
  while (end < k + 3 && nameAt(end)) end++
  return end > k && NAME_NOUNS.has(tokens[end - 1]!.lower)
}

/** An office word, or a compound of them ("Vice-Senior General", "Deputy-Chief"). */
function isTitleWord(lower: string): boolean {
  return TITLE_WORDS.has(lower) || (lower.includes('-') && lower.split('-').every((p) => TITLE_WORDS.has(p)))
}

/** Office and role words written just before token `i` (lower case), nearest last. */
export function titleWordsBefore(tokens: Token[], i: number): { words: string[]; start: number } {
  let k = i - 1
  while (k >= 0 && (isTitleWord(tokens[k]!.lower) || ROLE_NOUNS.has(tokens[k]!.lower) || tokens[k]!.lower === 'of' && TITLE_WORDS.has(tokens[k - 1]?.lower ?? ''))) k--
  return { words: tokens.slice(k + 1, i).map((t) => t.lower), start: k + 1 }
}

/**
 * Finds the mentions in one sentence, left to right, without overlaps. With `namesOnly` the
 * mentions are not annotated (enough to collect the people an article names).
 */
export function findMentions(tokens: Token[], ctx: ArticleContext, namesOnly = false): Mention[] {
  const out: Mention[] = []
  let i = 0
  while (i < tokens.length) {
    const t = tokens[i]!
    // "the council", "Council members": a body named earlier in the article.
    // ("the committee" after the Security Council was named: its sanctions committee.)
    const body = BODY_HEADS.has(t.lower) ? ctx.bodyWords.get(t.lower) ?? (t.lower === 'bloc' ? 'eu' : t.lower === 'committee' ? ctx.bodyWords.get('council') : undefined) : undefined
    const before = tokens[i - 1]
    // ("the city council", "a local council": a lower-case word before it names another body.)
    const otherBody = before !== undefined && before.kind === 'word' && !before.cap && !BODY_DETERMINERS.has(before.lower)
    if (body && !otherBody && !gazAt(tokens, i) && !(isNameToken(before) && before!.lower !== 'the') && !isNameToken(tokens[i + 1])) {
      out.push(mention('authority', i, i + 1, { actor: body }))
      i++
      continue
    }
    // "China-based", "Kremlin-linked": a state's name in a compound adjective.
    const dash = t.cap && t.kind === 'word' ? t.text.indexOf('-') : -1
    if (dash > 0 && !/\p{Lu}/u.test(t.text.slice(dash + 1))) {
      const head = tokenize(t.text.slice(0, dash))
      const g = matchGazetteer(head, 0)
      if (g && g.tokens.length === head.length && g.country) {
        out.push(mention('adjective', i, i + 1, { actor: g.authority, country: g.country, target: countryTarget(g.country) }))
        i++
        continue
      }
    }
    // "Hong Kong-based", "Marshall Islands-registered", "Dubai-based": a place in a compound
    // adjective describes what follows; it names no one.
    const compound = placeCompound(tokens, i)
    if (compound) {
      out.push(compound)
      i = compound.t1
      continue
    }
    // In a title-case headline every word is capitalised: only names known from the body count.
    const nameAt = (k: number): boolean => isNameToken(tokens[k]) && (!ctx.titleCase || ctx.midCaps.has(tokens[k]!.text) || gazAt(tokens, k) !== undefined || tokens[k]!.allCaps)
    const startsRun = nameAt(i) || (!t.cap && particleBeforeName(tokens, i))
    if (!startsRun) {
      const g = t.kind === 'word' ? gazAt(tokens, i) : undefined
      if (g) {
        out.push(fromGazetteer(g, i, i + g.tokens.length, tokens, ctx))
        i += g.tokens.length
      } else i++
      continue
    }
    // A run of capitalised words, joined by particles ("von der"), "of" inside organisation
    // names ("Central Bank of Russia") and "&", and covering known names ("Group of Seven").
    let j = i + 1
    for (;;) {
      const known = gazAt(tokens, j - 1)
      if (known && j - 1 + known.tokens.length > j) {
        j = j - 1 + known.tokens.length
        continue
      }
      const n = tokens[j]
      if (!n) break
      // "Asma al-Assad": a leader's surname after another given name stays in the run (see segmentRun).
      const leaderSurname = gazAt(tokens, j)
      if (leaderSurname?.surnameOnly && !n.cap) {
        j += leaderSurname.tokens.length
        continue
      }
      if (nameAt(j) && !isPossessive(n)) {
        j++
        continue
      }
      // Jimmy "Barbecue" Cherizier: a nickname in quotes inside the name is left out of it.
      if (QUOTES.has(n.text) && nameAt(j + 1) && QUOTES.has(tokens[j + 2]?.text ?? '') && nameAt(j + 3)) {
        j += 3
        continue
      }
      // "Navkar Chemtech Pvt. Ltd.", "Lumen Trade Sdn. Bhd.": a dotted suffix inside the name.
      if (n.text === '.' && DOTTED_SUFFIXES.has(tokens[j - 1]!.lower) && ORG_SUFFIXES.has(tokens[j + 1]?.lower ?? '') && tokens[j + 1]!.cap) {
        j += 2
        continue
      }
      if (n.text === '&' && isNameToken(tokens[j + 1])) {
        j += 2
        continue
      }
      if (particleBeforeName(tokens, j)) {
        j++
        continue
      }
      // "Xinjiang Production and Construction Corps", "Ministry of Industry and Trade": "and"
      // between two common nouns inside one organisation's name.
      if (n.lower === 'and' && andInsideName(tokens, i, j, nameAt)) {
        j++
        continue
      }
      if (n.lower === 'of' && isNameToken(tokens[j + 1]) && ORG_HEADS.has(tokens[j - 1]!.lower)) {
        j += 2
        continue
      }
      // "Voice of Europe", "Friends of Africa": one word and a continent name an organisation
      // (a state after "of" is where an office or body belongs: "President of Russia").
      if (n.lower === 'of' && j === i + 1 && CONTINENTS.has(tokens[j + 1]?.lower ?? '') && !gazAt(tokens, i) && !isTitleWord(tokens[i]!.lower) && !NOT_NAMES.has(tokens[i]!.lower)) {
        j += 2
        continue
      }
      // "Ministry of the Interior": a body's field after "of the" (a known name there is left to
      // the gazetteer: "Council of the EU").
      if (n.lower === 'of' && tokens[j + 1]?.lower === 'the' && isNameToken(tokens[j + 2]) && !gazAt(tokens, j + 2) && ORG_HEADS.has(tokens[j - 1]!.lower)) {
        j += 3
        continue
      }
      // "Subcommittee on Human Rights", "Institute for China Studies": the field of a body, when
      // the name goes on to a common noun of such names.
      if ((n.lower === 'on' || n.lower === 'for') && ORG_HEADS.has(tokens[j - 1]!.lower) && isNameToken(tokens[j + 1]) && fieldOfBody(tokens, j + 1, nameAt)) {
        j += 2
        continue
      }
      // A number after a name is part of it ("Grace 1", "Adrian Darya 1", "Nord Stream 2 AG").
      // ("Rossiya 24, NTV Mir and Rossiya 1": a one-word name and a short number, then the list goes on.)
      // ("France 24 off the air": an outlet's name that ends in a number.)
      const listed = j === i + 1 && /^\d{1,2}$/.test(n.text) && ([',', 'and', 'or', '.', ';', '"', '“', ')'].includes(tokens[j + 1]?.lower ?? '.') || BROADCASTERS.has(`${tokens[i]!.lower} ${n.text}`))
      if (n.kind === 'number' && /^\d{1,3}$/.test(n.text) && (listed || VESSEL_NOUNS.has(tokens[i - 1]?.lower ?? '') || (tokens[j + 1]?.cap && ORG_SUFFIXES.has(tokens[j + 1]!.lower)))) {
        j++
        continue
      }
      break
    }
    const opener = i === 0 || ['"', '“', '(', '‘'].includes(tokens[i - 1]!.text)
    segmentRun(tokens, i, j, opener, ctx, out)
    i = j
  }
  if (namesOnly) return out
  const merged = officeHolders(tokens, centralBanks(tokens, out), ctx)
  vesselLists(tokens, merged)
  describedAsCompanies(tokens, merged)
  annotate(tokens, merged)
  return merged
}

/**
 * "Russia's central bank", "the Russian central bank" and "the central bank of Russia" all
 * name one organisation, "Central Bank of Russia".
 */
function centralBanks(tokens: Token[], mentions: Mention[]): Mention[] {
  const out: Mention[] = []
  for (let m = 0; m < mentions.length; m++) {
    const cur = mentions[m]!
    if ((cur.kind === 'country' || cur.kind === 'adjective') && cur.country) {
      let k = cur.t1
      if (isPossessive(tokens[k])) k++
      if (tokens[k]?.lower === 'central' && /^banks?$/.test(tokens[k + 1]?.lower ?? '')) {
        out.push(centralBank(cur.country, cur.t0, k + 2))
        continue
      }
      // "central bank of Russia": the words before the country.
      const p1 = tokens[cur.t0 - 1]
      const p2 = tokens[cur.t0 - 2]
      const p3 = tokens[cur.t0 - 3]
      if (cur.kind === 'country' && p1?.lower === 'of' && p2?.lower === 'bank' && p3?.lower === 'central' && !p3.cap) {
        out.push(centralBank(cur.country, cur.t0 - 3, cur.t1))
        continue
      }
    }
    out.push(cur)
  }
  return out
}

// Offices held by one person at a time, longest first.
const SINGLE_OFFICES = ['foreign minister', 'prime minister', 'defence minister', 'defense minister', 'finance minister', 'foreign secretary', 'secretary of state', 'supreme leader', 'crown prince', 'president', 'premier', 'chancellor', 'king', 'emir', 'leader']
  .map((office) => ({ office, words: office.split(' ') }))

/**
 * "the Russian president", "Iran's supreme leader": a state's adjective and a single office name
 * the person the article introduced with that office ("President Vladimir Putin").
 */
function officeHolders(tokens: Token[], mentions: Mention[], ctx: ArticleContext): Mention[] {
  return mentions.map((cur) => {
    if ((cur.kind !== 'country' && cur.kind !== 'adjective') || !cur.actor || tokens[cur.t0 - 1]?.lower !== 'the') return cur
    const k = isPossessive(tokens[cur.t1]) ? cur.t1 + 1 : cur.t1
    for (const { office, words } of SINGLE_OFFICES) {
      if (!words.every((w, n) => tokens[k + n]?.lower === w) || tokens[k + words.length]?.cap) continue
      const holder = ctx.registry.holderOf(office, cur.actor)
      if (!holder) return cur
      return mention('person', cur.t0, k + words.length, { actor: cur.actor, affiliation: cur.actor, titles: words, target: makeTarget(holder.name, 'person') })
    }
    return cur
  })
}

const DESCRIPTION_PREPS = new Set(['for', 'of', 'in', 'at', 'with', 'to', 'from', 'on', 'by', 'who', 'that', 'which'])
const DESCRIBED_COMPANY_RE = /^(?:company|companies|firm|firms|business|businesses|entity|entities|group|groups|conglomerate|conglomerates|exchange|exchanges|bank|banks|lender|lenders|supplier|suppliers|trader|traders|operator|operators|manufacturer|manufacturers|producer|producers|miner|miners|subsidiary|subsidiaries|outlet|outlets|broadcaster|broadcasters|charity|charities|foundation|foundations|network|networks|house|houses|agency|agencies)$/
const APPOSITION_DETERMINERS = new Set(['a', 'an', 'the', 'two', 'three', 'four', 'five', 'both', 'its', 'their'])

/**
 * "Lobaye Invest and Midas Ressources, two mining companies": names that an apposition describes
 * as companies are organisations, whatever their words suggest.
 */
function describedAsCompanies(tokens: Token[], mentions: Mention[]): void {
  for (let m = 0; m < mentions.length; m++) {
    let last = m
    // ("X and Y, two ... companies": the description covers the pair.)
    while (mentions[last + 1] && tokens.slice(mentions[last]!.t1, mentions[last + 1]!.t0).every((w) => w.text === ',' || w.lower === 'and') && mentions[last + 1]!.t0 - mentions[last]!.t1 <= 2 && tokens[mentions[last + 1]!.t1]?.text !== undefined && last - m < 3) last++
    let k = mentions[last]!.t1
    if (tokens[k]?.text !== ',' || !APPOSITION_DETERMINERS.has(tokens[k + 1]?.lower ?? '')) continue
    // ("X, Y and Z, a firm in ...": a singular description is of the last name only.)
    const plural = NUMBER_WORDS[tokens[k + 1]!.lower] ?? (['both', 'their'].includes(tokens[k + 1]!.lower) ? 2 : 1)
    if (last - m + 1 > plural) m = last - plural + 1
    k += 2
    let noun = false
    // ("X, a manager for the group": the head noun says what X is, not a noun after "for".)
    for (let n = 0; n < 4 && tokens[k + n]?.kind === 'word' && !DESCRIPTION_PREPS.has(tokens[k + n]!.lower); n++) if (DESCRIBED_COMPANY_RE.test(tokens[k + n]!.lower)) noun = true
    if (!noun) continue
    for (let n = m; n <= last; n++) {
      const cur = mentions[n]!
      if (cur.kind !== 'person' || cur.titles.length || cur.actor || !cur.target) continue
      cur.kind = 'organization'
      cur.target = makeTarget(cur.target.name, 'organization')
    }
    m = last
  }
}

/**
 * "the tankers Chon Rim 7 and Yu Song 11": a name listed right after a vessel's name is a
 * vessel too, with the hull number that follows it.
 */
function vesselLists(tokens: Token[], mentions: Mention[]): void {
  for (let m = 1; m < mentions.length; m++) {
    const cur = mentions[m]!
    const prev = mentions[m - 1]!
    if (prev.kind !== 'vessel' || (cur.kind !== 'person' && cur.kind !== 'organization') || cur.titles.length) continue
    const link = tokens[cur.t0 - 1]
    if (prev.t1 !== cur.t0 - 1 || !link || (link.lower !== 'and' && link.lower !== 'or' && link.text !== ',')) continue
    const number = tokens[cur.t1]
    if (number?.kind === 'number' && /^\d{1,3}$/.test(number.text) && mentions[m + 1]?.t0 !== cur.t1) cur.t1++
    cur.kind = 'vessel'
    cur.target = makeTarget(tokens.slice(cur.t0, cur.t1).map((t) => t.text).join(' '), 'vessel')
  }
}

function centralBank(country: Country, t0: number, t1: number): Mention {
  const name = `Central Bank of ${country.name}`
  return mention('organization', t0, t1, { target: makeTarget(name, 'organization') })
}

/** Adds what the neighbours of each mention say about it. */
function annotate(tokens: Token[], mentions: Mention[]): void {
  for (let m = 0; m < mentions.length; m++) {
    const cur = mentions[m]!
    const next = tokens[cur.t1]
    const afterPossessive = isPossessive(next) ? tokens[cur.t1 + 1] : next
    const prev = mentions[m - 1]

    // "British government", "Japan's foreign ministry", "US officials": the state acts.
    // ("Russian state banks", "Chinese state media": "state" then describes a sector.)
    const afterState = tokens[(isPossessive(next) ? cur.t1 + 1 : cur.t1) + 1]
    const stateSector = afterPossessive?.lower === 'state' && afterState?.kind === 'word' && !afterState.cap
    // ("Lebanon's central bank said it would freeze ...": the central bank acts for the state.)
    const centralBank = afterPossessive?.lower === 'central' && tokens[(isPossessive(next) ? cur.t1 + 1 : cur.t1) + 1]?.lower === 'bank'
    if ((cur.kind === 'country' || cur.kind === 'adjective') && afterPossessive && (GOVERNMENT_NOUNS.has(afterPossessive.lower) || centralBank) && !afterPossessive.cap && !stateSector) {
      cur.government = true
    }
    // "Japan's Ministry of Finance": a possessive state before one of its own bodies.
    if (cur.kind === 'country' && isPossessive(next) && mentions[m + 1]?.t0 === cur.t1 + 1) {
      const body = mentions[m + 1]!
      const head = tokens[body.t0]?.lower ?? ''
      if (body.kind === 'authority' || ['ministry', 'department', 'office', 'council', 'commission', 'bureau', 'agency', 'government', 'cabinet', 'parliament', 'treasury'].includes(head)) {
        cur.government = true
        // (It keeps its name as a target: "designated Cuba's Ministry of the Interior".)
        if (body.kind === 'organization') {
          body.kind = 'authority'
          body.actor = cur.actor
        }
      }
      // "Russia's Olympic Committee", "Belarus's Football Federation": the state's national body,
      // known by the state's adjective ("Russian Olympic Committee").
      const adjective = cur.actor ? countryOf(cur.actor)?.adj?.[0] : undefined
      if (body.kind === 'organization' && body.target && adjective && NATIONAL_BODIES.has(tokens[body.t1 - 1]?.lower ?? '') && !NATIONAL_BODIES.has(head)) {
        body.target = makeTarget(`${adjective} ${body.target.name}`, 'organization')
      }
    }
    // "US sanctions", "British travel ban": the adjective names who imposes the measure.
    // "US sanctions", "Washington's sanctions", "Tokyo's decision to freeze": the state names
    // who imposes the measure.
    const measureWord = afterPossessive && (MEASURE_WORDS.has(afterPossessive.lower) || (isPossessive(next) && POSSESSIVE_ACTIONS.has(afterPossessive.lower)))
    // "British airspace", "its ports": the state that owns what is closed is the one acting.
    const owned = afterPossessive && OWN_TERRITORY.has(afterPossessive.lower)
    if ((cur.kind === 'adjective' || cur.kind === 'country' || cur.kind === 'authority') && (measureWord || owned)) cur.onMeasure = true

    // "President Alexander Lukashenko and his eldest son, Viktor": a relative named by a
    // given name alone shares the family name of the person named before.
    // ("his sons Amir and Reza Tavakoli": relatives listed by given names share the last one's family name.)
    const relative = cur.kind === 'person' || cur.kind === 'organization' ? familyOf(tokens, cur, mentions.slice(0, m)) ?? sharedFamilyName(tokens, cur, mentions[m + 1]) : undefined
    if (relative) {
      cur.kind = 'person'
      cur.target = makeTarget(relative, 'person')
    }
    // ("a former deputy Communist Party secretary of the region": the body of someone's office.)
    const roleAfter = tokens[cur.t1]
    if (cur.kind === 'organization' && roleAfter?.kind === 'word' && !roleAfter.cap && (ROLE_NOUNS.has(roleAfter.lower) || roleAfter.lower === 'secretary')) cur.modifier = true
    if (cur.kind === 'person') {
      const { words, start } = titleWordsBefore(tokens, cur.t0)
      cur.titles = [...words, ...cur.titles]
      const owner = prev && prev.t1 === start ? prev : undefined
      // ("Taiwanese businessman X": a trade or fortune is no office of the state.)
      const office = words.some((w) => !TRADE_TITLES.has(w))
      if (owner && words.length > 0) {
        if (office && owner.actor && (owner.kind === 'adjective' || owner.kind === 'country' || owner.kind === 'authority')) cur.affiliation ??= owner.actor
        else if ((owner.kind === 'organization' || owner.kind === 'person') && words.some((w) => ROLE_NOUNS.has(w))) owner.modifier = true
      }
      if (owner?.kind === 'authority' && words.length === 0 && cur.titles.length > 0 && owner.actor) cur.affiliation ??= owner.actor
      // "In Tokyo, Chief Cabinet Secretary X said ...": an official speaking in a capital holds office there.
      const place = mentions[0]
      if (place && place !== cur && tokens[0]?.lower === 'in' && place.t0 === 1 && (place.kind === 'country' || place.kind === 'authority') && place.actor &&
        tokens[place.t1]?.text === ',' && (owner ? owner.t0 : start) === place.t1 + 1 && cur.titles.length > 0 && !cur.titles.some((w) => SPEAKER_TITLES.has(w))) {
        cur.affiliation ??= place.actor
      }
      if (cur.affiliation && cur.titles.length > 0) cur.actor ??= cur.affiliation
      if (isSpeaker(tokens, cur, owner ? owner.t0 : start)) cur.speaker = true
    }
  }
}

// Words for what someone does or owns that stand before names like titles but hold no office.
const TRADE_TITLES = new Set([...FORTUNE_TITLES, 'owner', 'founder', 'boss', 'chairman', 'chairwoman', 'ceo', 'executive', 'chief'])

const KIN = new Set(['son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'father', 'mother', 'nephew', 'niece', 'cousin', 'stepson', 'stepdaughter', 'son-in-law', 'daughter-in-law', 'brother-in-law'])

/** The full name of a relative written by a given name after "his son", "her brother" (or undefined). */
const OWNERS = new Set(['his', 'her', 'their'])

function familyOf(tokens: Token[], cur: Mention, earlier: Mention[]): string | undefined {
  // ("their son Maxim": the kin word right before the given name.)
  const right = KIN.has(tokens[cur.t0 - 1]?.lower ?? '')
  if (cur.t1 - cur.t0 !== 1 || !cur.target || cur.target.name.includes(' ') || (tokens[cur.t0 - 1]?.text !== ',' && !right)) return undefined
  let kin = -1
  for (let k = right ? cur.t0 - 1 : cur.t0 - 2; k >= Math.max(0, cur.t0 - 9); k--) {
    // "his son", "his eldest son", "Assad's wife", "their son"
    const owned = OWNERS.has(tokens[k - 1]?.lower ?? '') || OWNERS.has(tokens[k - 2]?.lower ?? '') || isPossessive(tokens[k - 1])
    if (KIN.has(tokens[k]!.lower) && owned) {
      kin = k
      break
    }
    if (tokens[k]!.kind !== 'word' && tokens[k]!.text !== ',') return undefined
  }
  if (kin < 0) return undefined
  // ("Whitcombe's wife Laura": the owner named by the possessive, not the person named last.)
  const owner = isPossessive(tokens[kin - 1]) ? earlier.find((m) => m.t1 === kin - 1 && m.kind === 'person') : undefined
  const relative = owner ?? [...earlier].reverse().find((m) => m.kind === 'person' && m.t1 <= kin && m.target?.name.includes(' '))
  if (!relative) return undefined
  const words = relative.target!.name.split(' ')
  return `${cur.target.name} ${words[words.length - 1]}`
}

const KIN_GROUPS = new Set(['sons', 'daughters', 'brothers', 'sisters', 'children', 'siblings', 'nephews', 'cousins', 'twins'])

/** "his sons Amir and Reza Tavakoli", "the brothers Ali and Hassan Karimi": "Amir Tavakoli". */
function sharedFamilyName(tokens: Token[], cur: Mention, next: Mention | undefined): string | undefined {
  if (cur.t1 - cur.t0 !== 1 || !cur.target || cur.target.name.includes(' ') || tokens[cur.t1]?.lower !== 'and') return undefined
  if (!next || next.t0 !== cur.t1 + 1 || next.kind !== 'person' || next.t1 - next.t0 !== 2 || !next.target) return undefined
  // The kin word is right before the names, or a comma or a lower-case word ("two sons, Amir ...", "his sons named Amir ...") apart.
  const k = [1, 2, 3].map((d) => cur.t0 - d).find((i) => KIN_GROUPS.has(tokens[i]?.lower ?? ''))
  if (k === undefined || tokens.slice(k + 1, cur.t0).some((w) => w.cap || (w.kind !== 'word' && w.text !== ','))) return undefined
  const words = next.target.name.split(' ')
  return `${cur.target.name} ${words[words.length - 1]}`
}

/** "X said", "X, a spokesperson for Y, said", "said X", "X told reporters", spokespeople. */
function isSpeaker(tokens: Token[], m: Mention, titleStart: number): boolean {
  // ("national security adviser Viktor Lukashenko" holds an office; "an adviser to X" comments.)
  if (m.titles.some((w) => SPEAKER_TITLES.has(w)) && !m.titles.some((w) => OFFICE_ADVISERS.has(w))) return true
  const next = tokens[m.t1]
  if (next && SPEECH_VERBS.has(next.lower)) return true
  if (next?.text === ',') {
    for (let k = m.t1 + 1; k < Math.min(tokens.length, m.t1 + 14); k++) {
      if (tokens[k]!.text === ',') return SPEECH_VERBS.has(tokens[k + 1]?.lower ?? '')
    }
  }
  const before = tokens[titleStart - 1]
  // "added Omar Dastani to its list": added to a list, not "..., added Omar Dastani".
  if (before && /^add(?:ed|s|ing)$/.test(before.lower) && tokens.slice(m.t1, m.t1 + 20).some((w) => w.lower === 'to')) return false
  return before !== undefined && SPEECH_VERBS.has(before.lower)
}

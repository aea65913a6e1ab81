/**
 * Reads the targets of a measure from the words around it: named people, organisations and
 * vessels; states by name; a state's sector ("Russian banks" → Russia); and words that point
 * back to earlier targets ("them", "the pair", "the seven men").
 */
import type { MeasureType, TargetRef } from '../domain/taxonomy'
import { ANAPHOR_NOUNS, AUXILIARIES, MONTHS, NUMBER_WORDS, ORG_HEADS, POSSESSION_NOUNS, ROLE_NOUNS, SINGULAR_ORGS, SPEECH_VERBS, TITLE_WORDS } from './data/words'
import { CLAUSE_BREAK_WORDS } from './lexicon'
import type { Mention } from './mentions'
import { isPossessive, type Token } from './tokens'

/** A phrase that refers back to earlier targets. */
export interface Anaphor {
  kinds: TargetRef['kind'][]
  /** The noun used ("network"), when it is a noun rather than a pronoun. */
  noun?: string
  /** "It was expelled from ...", "suspended it from ...": "it" for the state the text is about. */
  it?: boolean
  /** "the four men": how many the anaphor counts. */
  count?: number
  /** "any of those named": everyone the authority has just listed. */
  everyone?: boolean
}

export interface SlotReading {
  targets: TargetRef[]
  /** States named only through a sector ("Russian banks"); used when nothing is named. */
  sectors: TargetRef[]
  anaphors: Anaphor[]
  /** An unnamed new group was described ("a network of companies", "six other Russians"). */
  described: string[]
  /** A phrase that should hold targets was opened ("on ...", a direct object). */
  opened: boolean
  /** Token index where reading stopped. */
  end: number
  /** Token index just after the last target, anaphor or description read (0 if none). */
  lastRead: number
  /** First tokens of the mentions read as targets (so that they are not read as authorities). */
  used: number[]
  /** States mentioned anywhere in the phrase, targets or not, for a later "the country". */
  countries: TargetRef[]
  /** States whose unnamed people the phrase counts ("12 Russian officials" → Russia). */
  statesOfDescribed: TargetRef[]
  /** Unnamed members counted by kind ("one individual, two companies and two tankers"). */
  counted: Counted[]
  /** States read as targets for their people, not counted ("Russian judges" → Russia). */
  peopleOf: TargetRef[]
}

/** A number of unnamed targets of one kind. */
export interface Counted {
  kind: TargetRef['kind']
  count: number
  /** Targets named before the count in the same phrase ("X, along with three men"): not among them. */
  namedBefore?: TargetRef[]
}


// Counted groups larger than this are rarely named member by member in the article.
const MAX_COUNTED = 12

/**
 * "a [China-based] [independent] refinery": the noun of one company or person described after
 * "a", over adjectives and state adjectives (undefined if no such noun follows closely).
 */
function singleDescribed(tokens: Token[], i: number, to: number, opts: SlotOptions): { noun: string; kind: TargetRef['kind']; end: number } | undefined {
  for (let k = i + 1; k < Math.min(to, i + 5); k++) {
    const m = opts.mentionAt.get(k)
    if (m) {
      if (m.kind !== 'adjective' && m.kind !== 'place') return undefined
      k = m.t1 - 1
      continue
    }
    const w = tokens[k]!
    if (SINGULAR_ORGS.has(w.lower)) return { noun: w.lower, kind: 'organization', end: k + 1 }
    if (SINGULAR_PEOPLE.has(w.lower)) return { noun: w.lower, kind: 'person', end: k + 1 }
    if (w.kind !== 'word' || w.cap || SKIPPED_PREPS.has(w.lower) || LIST_LINKS.has(w.lower) || RELATIVES.has(w.lower)) return undefined
  }
  return undefined
}

/** "two companies" → 2 organisations; "one individual" → 1 person (undefined if not a count of one kind). */
function countOf(number: string, noun: string): Counted | undefined {
  const count = NUMBER_WORDS[number] ?? (/^\d+$/.test(number) ? Number(number) : undefined)
  // ("four individuals, three entities and two vessels": entities beside individuals are organisations.)
  const kinds = noun === 'entities' || noun === 'entity' ? ['organization' as const] : ANAPHOR_NOUNS[noun]
  if (!count || count > MAX_COUNTED || !kinds || kinds.length !== 1 || kinds[0] === 'country') return undefined
  return { kind: kinds[0]!, count }
}

const SINGULAR_PEOPLE = new Set(['man', 'woman', 'businessman', 'businesswoman', 'oligarch', 'tycoon', 'billionaire', 'magnate', 'official', 'executive', 'individual', 'citizen', 'national', 'banker', 'militant', 'politician', 'lawmaker', 'journalist', 'editor', 'judge', 'prosecutor', 'officer', 'diplomat', 'general', 'commander', 'director', 'manager', 'founder', 'owner', 'boss', 'chief', 'leader', 'minister', 'envoy', 'spy', 'hacker', 'financier', 'trader', 'dealer', 'smuggler', 'senator', 'mayor', 'governor', 'lawyer', 'ambassador', 'warlord', 'broker', 'entrepreneur', 'industrialist', 'investor', 'shipowner', 'operative'])
// "7.7 billion Swiss francs": a currency, not a target.
const CURRENCIES = new Set(['francs', 'franc', 'dollars', 'dollar', 'euros', 'pounds', 'roubles', 'rubles', 'yuan', 'yen', 'won', 'rupees', 'dinars', 'rials', 'lira'])
// Nouns for people that follow an organisation's name ("Hezbollah financiers"): the people, not
// the organisation, are the targets.
const MEMBERS = new Set(['judges', 'prosecutors', 'investigators', 'deputies', 'launderers', 'smugglers', 'traffickers', 'suppliers', 'brokers', 'financiers', 'financier', 'officials', 'members', 'member', 'leaders', 'leader', 'executives', 'commanders', 'commander', 'militants', 'operatives', 'agents', 'fighters', 'backers', 'supporters', 'associates', 'facilitators', 'employees', 'staff', 'founder', 'chief', 'boss', 'owner', 'owners'])
// Words that open an apposition after a comma ("Makki, deputy chief of ...", "X, son of Y").
const APPOSITION_WORDS = new Set(['once', 'formerly', 'previously', 'deputy', 'chief', 'head', 'leader', 'founder', 'co-founder', 'owner', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'father', 'mother', 'nephew', 'niece', 'cousin', 'former', 'ex', 'chairman', 'president', 'director', 'commander', 'spokesman', 'spokeswoman', 'editor', 'editor-in-chief', 'general', 'minister', 'governor'])
const APPROXIMATORS = new Set(['up', 'to', 'more', 'than', 'at', 'least', 'nearly', 'about', 'over', 'around', 'almost', 'roughly', 'some', 'fewer', 'less'])
const DESCRIBING = new Set(['accused', 'suspected', 'alleged', 'charged', 'linked', 'tied', 'involved', 'responsible', 'blamed', 'connected', 'believed', 'known', 'thought', 'deemed', 'seen', 'considered', 'found', 'identified', 'designated'])
const ALL_KINDS: TargetRef['kind'][] = ['person', 'organization', 'vessel', 'country']
const RELATIVES = new Set(['that', 'which', 'who', 'whom', 'whose', 'where'])
const SUBJECT_PRONOUNS = new Set(['it', 'he', 'she', 'they', 'we', 'i', 'you'])
const LIST_LINKS = new Set(['including', 'and', 'plus', 'along', 'as', 'such', 'notably', 'especially', 'among'])
const QUANTIFIERS = /^(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|several|many|some|other|more|few|\d+-\w+)$/i
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'all', 'any', 'every', 'some', 'those', 'these', 'this', 'that', 'each', 'both', 'certain', 'top', 'new'])
// Verbs that follow "to" in a clause of purpose ("to stop it from using its reserves").
const PURPOSE_VERBS = new Set('stop prevent blunt punish pressure force curb limit cut deter target hit ensure make help avoid evade use end reduce push weaken starve deprive hold send show signal counter respond retaliate protect support fund finance bring include be have keep allow comply cover take raise increase isolate choke restrict hamper squeeze'.split(' '))

/** Prepositions whose phrase holds targets, by measure type ("imports *from*", "closed *to*"). */
function opensTargets(prep: string, type: MeasureType, inner = false): boolean {
  switch (prep) {
    case 'on': case 'against': case 'targeting': case 'of': case 'including': case 'like':
      return !(prep === 'of' && type === 'export_ban')
    case 'to': return type === 'airspace_closure' || type === 'export_ban' || type === 'arms_embargo'
    case 'from': return type === 'import_ban' || type === 'airspace_closure' || type === 'trade_restriction'
    case 'with': return type === 'transaction_ban' || type === 'trade_restriction'
    case 'in': return type === 'investment_ban' || (inner && type === 'asset_freeze')
    case 'for': return type === 'travel_ban' || type === 'airspace_closure' || type === 'trade_restriction' || type === 'export_ban'
    default: return false
  }
}

// Holdings named by the state where they are held ("US assets", "British bank accounts").
const LOCATED = new Set(['assets', 'property', 'properties', 'funds', 'holdings', 'jurisdiction', 'territory', 'soil'])

const SKIPPED_PREPS = new Set(['on', 'against', 'targeting', 'of', 'to', 'from', 'with', 'for', 'in', 'at', 'over', 'after', 'since', 'during', 'under', 'amid', 'near', 'by', 'into', 'across', 'within', 'as', 'about', 'through', 'via', 'toward', 'towards', 'between'])

export interface SlotOptions {
  type: MeasureType
  /** Reading the words inside the cue ("block $7 billion in PDVSA assets"). */
  inner?: boolean
  /** Reading a headline, where a comma joins clauses ("..., accuses him of ..."). */
  headline?: boolean
  /** Scanning after the measure: stop at clause boundaries, relative pronouns and verbs. */
  forward: boolean
  mentionAt: Map<number, Mention>
  /** The cue introduces a list ("They include ..."): a description may open it before the first name. */
  list?: boolean
  /** The cue ends with where entry is barred ("from entering"): the places named first are destinations. */
  destination?: boolean
  /** Targets were named inside the cue ("added X and Y to its entity list"): what follows only adds to them. */
  namedInCue?: boolean
  /** The measure is extended ("extended the ban to X"): "to" names its new targets. */
  extended?: boolean
}

const isNameStart = (t: Token | undefined): boolean => t !== undefined && t.cap

/** Where the person mention that ends right before token `at` starts (else undefined). */
function personStartBefore(tokens: Token[], at: number, mentionAt: Map<number, Mention>): number | undefined {
  for (let k = at - 1; k >= Math.max(0, at - 5); k--) {
    const m = mentionAt.get(k)
    if (m) return m.t1 === at ? k : undefined
  }
  return undefined
}

/** "held by X", "held in China by X": "by" (at `i`) after a participle of holding, a place between. */
function heldBy(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    const w = tokens[k]!
    if (/^(?:owned|held|controlled)$/.test(w.lower)) return true
    if (!(w.cap || w.lower === 'in' || w.lower === 'the')) return false
  }
  return false
}

/** "army chief of staff General X": lower-case words of an office, then a name, from `i`. */
function officeThenName(tokens: Token[], i: number): boolean {
  for (let k = i; k < Math.min(tokens.length, i + 6); k++) {
    const w = tokens[k]!
    if (w.kind !== 'word') return false
    if (w.cap) return k > i
    if (!TITLE_WORDS.has(w.lower) && !['of', 'staff', 'army', 'police', 'deputy', 'former'].includes(w.lower)) return false
  }
  return false
}

/** Whether ", including" (or a like list word) follows within the clause. */
/** ", naming two front companies": a comma, "naming" and a count (at the comma `k`). */
function namingCount(tokens: Token[], k: number): boolean {
  return tokens[k]?.text === ',' && tokens[k + 1]?.lower === 'naming' && QUANTIFIERS.test(tokens[k + 2]?.lower ?? '')
}

function listFollows(tokens: Token[], i: number, mentionAt?: Map<number, Mention>): boolean {
  // (Inside the relative clause a subordinate word does not end the scan: "whose ministry has
  // stripped NGOs of their status since 2018; deputy police director Y; ...".)
  const relativeClause = RELATIVES.has(tokens[i]?.lower ?? '')
  for (let k = i + 1; k < Math.min(tokens.length, i + (relativeClause ? 28 : 20)); k++) {
    const w = tokens[k]!
    if (w.text === ',' && ['including', 'notably', 'among'].includes(tokens[k + 1]?.lower ?? '')) return true
    if (namingCount(tokens, k)) return true
    // "X, which ..., and Y": the list goes on with another name after the relative clause.
    if (w.text === ',' && tokens[k + 1]?.lower === 'and' && namesNoSubject(tokens, k + 2)) return true
    // "X, who fled to Moscow, and his brother Y".
    if (w.text === ',' && tokens[k + 1]?.lower === 'and' && /^(?:his|her|their)$/.test(tokens[k + 2]?.lower ?? '') && RELATIVE_NOUNS.has(tokens[k + 3]?.lower ?? '') && tokens[k + 4]?.cap) return true
    // "X, who chairs the delegation, Y, Z and W": another name and another comma or "and".
    if (w.text === ',' && namesNoSubject(tokens, k + 1) && nameThenListWord(tokens, k + 1)) return true
    // "X, who OFAC said managed the accounts; customs broker Y; and Z": a semicolon list goes on.
    if (w.text === ';' && mentionAt) return semicolonListGoesOn(tokens, k, mentionAt)
    if ([';', '.', '—', '–'].includes(w.text) || (CLAUSE_BREAK_WORDS.has(w.lower) && !(relativeClause && mentionAt))) return false
  }
  return false
}

/** Whether ", and" and another name follow within the clause that token `i` stands in. */
function commaAndNameAhead(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < Math.min(tokens.length, i + 20); k++) {
    if ([';', '.', '—', '–'].includes(tokens[k]!.text)) return false
    if (tokens[k]!.text === ',' && tokens[k + 1]?.lower === 'and' && namesNoSubject(tokens, k + 2)) return true
  }
  return false
}

/** A run of capitalised words at `i` followed by a comma or "and" (another entry of a list). */
function nameThenListWord(tokens: Token[], i: number): boolean {
  let k = i
  while (tokens[k]?.cap && tokens[k]!.kind === 'word') k++
  return k - i >= 2 && (tokens[k]?.text === ',' || tokens[k]?.lower === 'and')
}

/** A name at `i` ("the Fund", "Acme Co.") that is not the subject of a new clause ("Britain said"). */
function namesNoSubject(tokens: Token[], i: number): boolean {
  if (tokens[i]?.lower === 'the') i++
  if (!tokens[i]?.cap) return false
  while (tokens[i] && (tokens[i]!.cap || tokens[i]!.lower === 'of' || tokens[i]!.text === '.')) i++
  const next = tokens[i]
  return !next || !(AUXILIARIES.has(next.lower) || SPEECH_VERBS.has(next.lower) || /ed$/.test(next.lower))
}

// Past participles that describe a name rather than open a clause ("Iran-backed", "state-owned").
const PARTICIPLE_ADJECTIVES = new Set(['based', 'backed', 'owned', 'controlled', 'registered', 'flagged', 'linked', 'affiliated', 'related', 'listed', 'named', 'sanctioned', 'designated'])

/** Whether token `i` ends a target phrase that is read forward from the measure. */
function endsPhrase(tokens: Token[], i: number, m: Mention | undefined, opened: boolean, mentionAt?: Map<number, Mention>): boolean {
  const t = tokens[i]!
  const lower = t.lower
  // ("since November 2022, including X": a date, not a clause.)
  if ((CLAUSE_BREAK_WORDS.has(lower) && !(TIME_PREPS.has(lower) && isDateStart(tokens[i + 1]))) || [';', '—', '–', ')', '"', '”'].includes(t.text)) return true
  // A relative clause ends the phrase, unless the phrase was opened and a list goes on after it
  // ("four companies it said laundered money for the cartel, including X").
  // ("blocks any property they hold": the holders, read as the targets, when the sentence names
  // no one before them.)
  const holders = /^(?:they|he|she)$/.test(lower) && HOLDING_VERBS.has(tokens[i + 1]?.lower ?? '') && ![...(mentionAt?.values() ?? [])].some((x) => x.t1 <= i && ['person', 'organization', 'vessel'].includes(x.kind))
  if ((RELATIVES.has(lower) || SUBJECT_PRONOUNS.has(lower)) && !holders && !(opened && listFollows(tokens, i, mentionAt)) && !objectIt(tokens, i) && !patientIt(tokens, i)) return true
  // ", accusing them of ...", ", citing ...": a participle after a comma opens a new clause.
  // (", targeting X" names more targets of the same measure.)
  // (", naming two front companies and three vessels": the members of what was just named.)
  if (t.text === ',' && /ing$/.test(tokens[i + 1]?.lower ?? '') && !['including', 'notably', 'among', 'targeting'].includes(tokens[i + 1]!.lower) && !namingCount(tokens, i)) return true
  // "three senior military officers: Major General ...": a colon that opens a list goes on.
  // ("three officials: army chief of staff General X, ...": an office before the first name.)
  if (t.text === ':' && !isNameStart(tokens[i + 1]) && !(opened && officeThenName(tokens, i + 1))) return true
  if (AUXILIARIES.has(lower) || SPEECH_VERBS.has(lower)) return true
  // "a travel ban and UK citizens ...": nothing was opened, so a conjunction starts a new clause
  // (but ", including X" goes on).
  // ("extended targeted sanctions, a travel ban and asset freeze, on eight people": the comma
  // closes an aside, and "on" still opens the targets.)
  // ("X were also designated, along with lawyer Y": the list of the subject goes on after the verb.)
  const alongWith = tokens[i + 1]?.lower === 'along' && tokens[i + 2]?.lower === 'with'
  if (!opened && !alongWith && (lower === 'and' || lower === 'or' || t.text === ',') && !['including', 'notably', 'among', ...(t.text === ',' && i > 0 ? ['on', 'against', 'targeting'] : [])].includes(tokens[i + 1]?.lower ?? '')) return true
  if (lower === 'to' && PURPOSE_VERBS.has(tokens[i + 1]?.lower ?? '')) return true
  // "in response to ...", "in retaliation for ...": the reason, not the target.
  if (lower === 'in' && /^(?:response|retaliation|protest|reaction|connection)$/.test(tokens[i + 1]?.lower ?? '')) return true
  // ", Britain said", "and the Group of Seven said", ", the Council said": a new subject.
  const before = tokens[i - 1]?.lower === 'the' ? tokens[i - 2]?.lower : tokens[i - 1]?.lower
  // ", and Britain moved against ...": a name followed by a verb in the past tense.
  // (", and the United States, which sanctioned two of them last year, ...": the same, with the
  // verb in a relative clause about the new subject.)
  const relative = tokens[m?.t1 ?? -1]?.text === ',' && RELATIVES.has(tokens[(m?.t1 ?? -1) + 1]?.lower ?? '') ? 2 : 0
  const verb = tokens[(m?.t1 ?? -1) + relative]
  // (after "which", "sanctioned" is a verb, not the adjective of "sanctioned entities")
  const pastVerb = verb !== undefined && verb.kind === 'word' && !verb.cap && /[^e]ed$/.test(verb.lower) && (relative > 0 || !PARTICIPLE_ADJECTIVES.has(verb.lower))
  return m !== undefined && (before === ',' || before === 'and') &&
    (SPEECH_VERBS.has(tokens[m.t1]?.lower ?? '') || AUXILIARIES.has(tokens[m.t1]?.lower ?? '') || (pastVerb && (m.actor !== undefined || (relative > 0 && m.country !== undefined))))
}

const TIME_WORDS = new Set(['last', 'this', 'next', 'month', 'week', 'year', 'on', 'in', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'earlier', 'later', 'also', 'jointly', 'separately', 'have', 'has', 'had', 'then', 'already'])

/**
 * "..., and Australia, the United States and Britain last month designated X", "..., and the
 * United States on Friday blacklisted Y": at `k`, one or more authorities joined by commas and
 * "and", then (after time words) a verb in the past tense — a new clause with its own subject.
 */
function authorityListThenVerb(tokens: Token[], k: number, mentionAt: Map<number, Mention>): boolean {
  let n = 0
  for (;;) {
    if (tokens[k]?.lower === 'the') k++
    const m = mentionAt.get(k)
    if (!m?.actor || (m.kind !== 'country' && m.kind !== 'authority')) break
    n++
    k = m.t1
    if (tokens[k]?.text === ',' || tokens[k]?.lower === 'and') k++
    else break
  }
  if (n === 0) return false
  for (let g = 0; g < 4 && TIME_WORDS.has(tokens[k]?.lower ?? ''); g++) k++
  const verb = tokens[k]
  // (One state then a participle describes a name: "and China-based firms", "Iran-backed".)
  if (n === 1 && DESCRIBING_PARTICIPLES.has(verb?.lower ?? '')) return false
  return verb !== undefined && verb.kind === 'word' && !verb.cap && /ed$/.test(verb.lower)
}
const DESCRIBING_PARTICIPLES = new Set(['based', 'linked', 'related', 'owned', 'controlled', 'backed', 'registered', 'flagged', 'made', 'sponsored', 'allied', 'aligned', 'affiliated', 'connected'])

/**
 * "on X, a former head of Y; Z, the party secretary of W; and V, director of U": when each entry
 * of a list carries its own description, semicolons separate the entries. True when the
 * semicolon at `i` is followed by another named entry.
 */
function semicolonListGoesOn(tokens: Token[], i: number, mentionAt: Map<number, Mention>): boolean {
  let at = tokens[i + 1]?.lower === 'and' ? i + 2 : i + 1
  // "; two senior military commanders, X and Y": a short description before the names.
  if (!nameAfter(tokens, at, mentionAt)) {
    let k = at
    while (k < at + 6 && tokens[k] && (tokens[k]!.kind === 'number' || (tokens[k]!.kind === 'word' && !tokens[k]!.cap) || isPossessive(tokens[k]))) k++
    // ("; security secretary John Lee and ...": lower-case office words right before the name.)
    if (k > at) at = tokens[k]?.text === ',' ? k + 1 : k
  }
  const m = nameAfter(tokens, at, mentionAt)
  if (m === undefined || !['person', 'organization', 'vessel'].includes(m.kind)) return false
  // ("; the Hotel Playa Dorada in Mazatlan; ...": where the entry is.)
  const end = tokens[m.t1]?.lower === 'in' ? mentionAt.get(m.t1 + 1)?.t1 ?? m.t1 : m.t1
  return [',', ';', '.', 'and'].includes(tokens[end]?.text ?? '.')
}

const RELATIVE_NOUNS = new Set(['son', 'sons', 'daughter', 'daughters', 'wife', 'husband', 'brother', 'brothers', 'sister', 'father', 'mother', 'nephew', 'niece', 'cousin', 'son-in-law', 'daughter-in-law', 'stepson', 'partner', 'ex-wife'])

/**
 * ", the president's younger brother Maher al-Assad, and ...": after a relative clause, the
 * next entry of a list introduced by a short description.
 */
function describedName(tokens: Token[], at: number, mentionAt: Map<number, Mention>): Mention | undefined {
  if (!/^(?:the|his|her|their)$/.test(tokens[at]?.lower ?? '')) return undefined
  for (let k = at + 1; k < at + 7 && k < tokens.length; k++) {
    const m = mentionAt.get(k)
    if (m) return m.kind === 'person' || m.kind === 'organization' || m.kind === 'vessel' ? m : undefined
    const w = tokens[k]!
    if (!(isPossessive(w) || (w.kind === 'word' && (!w.cap || TITLE_WORDS.has(w.lower))))) return undefined
  }
  return undefined
}

/** "the state news agency RIA Novosti, ...": "the", common nouns, then a name the list goes on after. */
function describedEntry(tokens: Token[], at: number, mentionAt: Map<number, Mention>): boolean {
  const m = describedName(tokens, at, mentionAt)
  if (!m) return false
  for (let k = at + 1; k < m.t0; k++) if (SKIPPED_PREPS.has(tokens[k]!.lower) || isPossessive(tokens[k]) || tokens[k]!.cap) return false
  return [',', 'and', '.', ';'].includes(tokens[m.t1]?.lower ?? '.')
}

/** Whether a semicolon list goes on after the relative clause that token `i` stands in. */
function semicolonListAhead(tokens: Token[], i: number, mentionAt: Map<number, Mention>): boolean {
  for (let k = i + 1; k < Math.min(tokens.length, i + 20); k++) {
    if (tokens[k]!.text === '.') return false
    if (tokens[k]!.text === ';') return semicolonListGoesOn(tokens, k, mentionAt)
  }
  return false
}

/** "and now flies mostly to ...", "and then moved to ...": a verb with its own complement after "and". */
function newVerbAfterAnd(tokens: Token[], i: number): boolean {
  let k = i + 1
  if (/^(?:now|then|also|later|still|instead|has|have|had|was|were|is|are)$/.test(tokens[k]?.lower ?? '')) k++
  const verb = tokens[k]
  if (!verb || verb.kind !== 'word' || verb.cap || !/(?:[^s]s|ed)$/.test(verb.lower) || ANAPHOR_NOUNS[verb.lower]) return false
  return /^(?:mostly|largely|mainly|only|to|into|from|with|on|in|its|their)$/.test(tokens[k + 1]?.lower ?? '')
}

/**
 * The name that starts at token `at`, after the titles before it ("Brigadier General Saeed
 * Aghajani"; with `lowerCaseTitles`, also "national security adviser Viktor Lukashenko").
 */
function nameAfter(tokens: Token[], at: number, mentionAt: Map<number, Mention>, lowerCaseTitles = false): Mention | undefined {
  for (let k = at; k < at + 5 && k < tokens.length; k++) {
    const m = mentionAt.get(k)
    if (m) return m
    if (!(tokens[k]!.cap || lowerCaseTitles) || !TITLE_WORDS.has(tokens[k]!.lower)) return undefined
  }
  return undefined
}

/**
 * Reads the targets in tokens [from, to). Forward (after the measure) the phrase ends at a new
 * clause; prepositional phrases that cannot hold targets of this kind of measure are skipped
 * ("sanctions against Russia *for the invasion of Ukraine*"), up to the next list word.
 */
export function readSlot(tokens: Token[], from: number, to: number, opts: SlotOptions): SlotReading {
  const out: SlotReading = { targets: [], sectors: [], anaphors: [], described: [], opened: false, end: to, lastRead: 0, used: [], countries: [], counted: [], statesOfDescribed: [], peopleOf: [] }
  let skipping = false // inside a phrase that does not hold targets
  let apposition = false // the skipped phrase is an apposition, closed by the next comma
  let clause = false // the skipped phrase is a relative clause or description, closed by a list word
  let semicolonList = false // entries separated by semicolons, each with its description
  let entryStart = 0 // targets read before the current entry of such a list
  // "They include the movement's leader, X": the cue opens the list.
  if (opts.list) out.opened = true
  // "barred from entering mainland China, Hong Kong and Macao": the places are where they may
  // not go, not targets.
  if (opts.destination) {
    for (;;) {
      const place = opts.mentionAt.get(from)
      if (place && ['country', 'region', 'place'].includes(place.kind)) from = place.t1
      // ("barred from entering China, including Hong Kong and Macau".)
      else if (from < to && [',', 'and', 'the', 'mainland', 'including'].includes(tokens[from]!.lower)) from++
      else break
    }
  }
  for (let i = from; i < to; i++) {
    const t = tokens[i]!
    const lower = t.lower
    const m = opts.mentionAt.get(i)

    const next1 = tokens[i + 1]?.lower
    if (t.text === ';' && out.targets.length > 0 && semicolonListGoesOn(tokens, i, opts.mentionAt)) {
      semicolonList = true
      entryStart = out.targets.length
      skipping = apposition = clause = false
      continue
    }
    // In such a list, a comma after an entry opens that entry's description, up to the next
    // semicolon. ("; two senior commanders, X and Y": a description before the names is not.)
    // ("X, the Moscow City Court judge who ...; Y, ...": the first entry's description too.)
    const firstEntry = !semicolonList && opts.forward && t.text === ',' && out.targets.length > 0 && i === out.lastRead && !(tokens[i + 1]?.cap ?? true) && semicolonListAhead(tokens, i, opts.mentionAt)
    if (((semicolonList && out.targets.length > entryStart) || firstEntry) && t.text === ',' && !skipping) {
      skipping = clause = true
      continue
    }
    // "on a son of co-presidents Daniel Ortega and Rosario Murillo, three officials and ...": the
    // parents only say whose son; the list goes on after the next comma.
    if (lower === 'of' && RELATIVE_NOUNS.has(tokens[i - 1]?.lower ?? '') && /^(?:a|an|one|the)$/.test(tokens[i - 2]?.lower ?? '')) {
      skipping = apposition = true
      continue
    }
    // "banned from flying into the EU and now flies mostly to Russia": a new verb ends the phrase.
    if (opts.forward && lower === 'and' && newVerbAfterAnd(tokens, i)) {
      out.end = i
      break
    }
    // "expanded the arms embargo in Yemen to cover the whole of the Houthi movement": what the
    // measure is made to cover is its target.
    if (lower === 'to' && opts.forward && /^(?:cover|include|encompass)$/.test(next1 ?? '')) {
      i++
      skipping = false
      out.opened = true
      continue
    }
    if (lower === 'to' && opts.forward && opts.extended && !out.opened) {
      skipping = false
      out.opened = true
      continue
    }
    // "Ahmed al-Sharaa, who led HTS under another name, is subject to a travel ban": before the
    // measure, a relative clause set off by commas describes the subject; it names no target.
    if (!opts.forward && t.text === ',' && (next1 === 'who' || next1 === 'which' || next1 === 'whose')) {
      let close = i + 2
      while (close < to && tokens[close]!.text !== ',') close++
      // ("The seven men, who also include X and Y, are ...": that clause names members.)
      const names = tokens.slice(i + 2, close).some((w) => /^(?:include|includes|included|comprise|comprises)$/.test(w.lower))
      if (close < to && !names) {
        i = close
        continue
      }
    }
    // "X, who fled to Moscow, and his brother Y": a relative named after a relative clause.
    if (skipping && clause && t.text === ',' && next1 === 'and' && /^(?:his|her|their)$/.test(tokens[i + 2]?.lower ?? '') && RELATIVE_NOUNS.has(tokens[i + 3]?.lower ?? '')) {
      skipping = clause = false
      continue
    }
    // 'revokes "permanent normal trade relations" with Russia': the quotation closes around the
    // measure's name; its targets follow.
    if (i === from && opts.forward && (t.text === '"' || t.text === '”')) continue
    // "Veilpool, a mixing service that it said had helped hackers launder funds, along with
    // three men": a relative clause inside an apposition belongs to it.
    if (opts.forward && skipping && apposition && !clause && RELATIVES.has(lower)) {
      clause = true
      continue
    }
    // "a shipping network it said moved Iranian oil, naming two front companies, three vessels
    // ...": the members of what the clause described are counted after it.
    if (skipping && clause && namingCount(tokens, i)) {
      skipping = clause = false
      i++
      continue
    }
    // ("three officials it said had armed militias: army chief General X, ...": the clause ends
    // where the list of those counted opens.)
    // ("three channels linked to X - A, B and C - off the air": the same between dashes.)
    if (skipping && clause && (t.text === ':' || t.text === '-') && out.described.length > 0 && (isNameStart(tokens[i + 1]) || officeThenName(tokens, i + 1))) {
      skipping = clause = false
      continue
    }
    // Inside a skipped relative clause only a hard break ends the phrase; its verbs do not.
    // ("X, who the bloc said had handed down sentences after trials ..., and Y": the list goes on.)
    const hardBreak = [';', '.', '—', '–'].includes(t.text) || (CLAUSE_BREAK_WORDS.has(lower) && !(clause && skipping && out.targets.length > 0 && (semicolonListAhead(tokens, i, opts.mentionAt) || commaAndNameAhead(tokens, i))))
    const newSubject = t.text === ',' && next1 === 'and' && authorityListThenVerb(tokens, i + 2, opts.mentionAt)
    const ends = newSubject || (clause && skipping ? hardBreak : endsPhrase(tokens, i, m, out.opened || skipping, opts.mentionAt))
    if (opts.forward && (ends || (opts.headline && t.text === ',' && next1 !== 'including'))) {
      out.end = i
      break
    }
    const linkWord = LIST_LINKS.has(lower) && (lower !== 'as' || tokens[i + 1]?.lower === 'well' || (tokens[i - 1]?.lower === 'well' && tokens[i - 2]?.lower === 'as')) && (lower !== 'such' || tokens[i + 1]?.lower === 'as') && (lower !== 'along' || tokens[i + 1]?.lower === 'with')
    if (t.text === ',' || linkWord) {
      // A list goes on: "X and Y", "..., including X", "along with". Inside a phrase that is
      // skipped ("based in Hong Kong and the UAE") only an explicit list word ends the skip.
      // ", and Diamville" after a skipped phrase goes on with the list, "in Hong Kong and the UAE" does not.
      // (", along with X", ", as well as X" after an aside: the list goes on.)
      const commaAnd = t.text === ',' && (next1 === 'and' || next1 === 'or' || (next1 === 'along' && tokens[i + 2]?.lower === 'with') || (next1 === 'as' && tokens[i + 2]?.lower === 'well'))
      const closesApposition: boolean = apposition && t.text === ','
      // "X, who chairs the delegation for relations with China, Y, Z and W", "two companies linked
      // to the army, A and B": a relative clause or description inside a list ends at the comma
      // before the next name listed.
      const nextName = nameAfter(tokens, i + 1, opts.mentionAt) ?? (clause ? describedName(tokens, i + 1, opts.mentionAt) : undefined)
      const listResumes = (clause || out.described.length > 0) && t.text === ',' && ['person', 'organization', 'vessel'].includes(nextName?.kind ?? '') &&
        [',', 'and', 'as', '.', ';'].includes(tokens[nextName!.t1]?.lower ?? '.')
      if (skipping && !commaAnd && !closesApposition && !listResumes && (t.text === ',' || lower === 'and' || lower === 'or')) continue
      // (the entry's description is read past, up to its name)
      if (listResumes && nextName!.t0 > i + 1 && !tokens[i + 1]!.cap) {
        skipping = apposition = clause = false
        i = nextName!.t0 - 1
        continue
      }
      // "X, a daughter of Y,", "X, the armed forces chief of staff,": an apposition describes X,
      // it names no new target.
      clause = false
      // "Sberbank, Russia's largest lender,": a state's possessive before a description.
      const owner = opts.mentionAt.get(i + 1)
      const ownerApposition = owner !== undefined && (owner.kind === 'country') && isPossessive(tokens[owner.t1]) && tokens[owner.t1 + 1]?.kind === 'word' && !tokens[owner.t1 + 1]!.cap
      // (", the state news agency RIA Novosti and the newspaper X": one more entry of a list whose
      // entries each open with what they are.)
      apposition = !closesApposition && t.text === ',' && out.targets.length > 0 &&
        (next1 === 'a' || next1 === 'an' || (next1 === 'the' && !(tokens[i + 2]?.cap ?? true) && !describedEntry(tokens, i + 1, opts.mentionAt)) || (APPOSITION_WORDS.has(next1 ?? '') && !tokens[i + 1]!.cap) || ownerApposition)
      skipping = apposition
      // ("along with X": "with" belongs to the list word.)
      if (lower === 'along') i++
      continue
    }
    // "companies accused of supplying ...", "organisations linked to ...", "companies it said
    // laundered money ...": a description of the targets, skipped up to the next list word
    // (", including the Lazarus Group").
    // (After ", and" the participle is the verb of a new clause: "..., and identified the two ships as ...".)
    // ("sanctions against Russia marking the anniversary of the invasion of Ukraine": a participle
    // right after a target describes the measure or the target; it names no more targets.)
    const participle = opts.forward && i === out.lastRead && t.kind === 'word' && !t.cap && /ing$/.test(lower) && !LIST_LINKS.has(lower) && !SKIPPED_PREPS.has(lower)
    const describing = participle || (DESCRIBING.has(lower) && !(['and', 'or'].includes(tokens[i - 1]?.lower ?? '') && tokens[i - 2]?.text === ','))
    if ((describing || (opts.forward && (RELATIVES.has(lower) || SUBJECT_PRONOUNS.has(lower)))) && out.opened) {
      skipping = true
      clause = true
      continue
    }
    // "up to 100 tankers", "more than 300 individuals": words of a number, not prepositions.
    // ("to Rossiya 9": "to" is a word of a number only in "up to".)
    if (APPROXIMATORS.has(lower) && (lower !== 'to' || tokens[i - 1]?.lower === 'up') && (tokens[i + 1]?.kind === 'number' || tokens[i + 2]?.kind === 'number')) continue
    // "to revoke", "to ban": an infinitive, not a preposition.
    const next = tokens[i + 1]
    if (lower === 'to' && next && next.kind === 'word' && !next.cap && !DETERMINERS.has(next.lower) && !QUANTIFIERS.test(next.lower) && !['every', 'no'].includes(next.lower)) continue
    if (SKIPPED_PREPS.has(lower) && !m) {
      const prev = tokens[i - 1]
      // Inside a skipped phrase only a preposition proper to this kind of measure reopens
      // ("export controls on shipments of gallium *to* the United States").
      // Only while nothing has been read yet: "in response to the landing of a Ryanair jet" stays skipped.
      // A sector read so far may be the state's own nationals ("barred American companies from
      // selling chips to X"): a name right after the preposition still reopens the phrase.
      const named = opts.mentionAt.get(tokens[i + 1]?.lower === 'the' ? i + 2 : i + 1)
      const nameFollows = named !== undefined && ['organization', 'person', 'vessel'].includes(named.kind)
      const found: boolean = out.targets.length + out.anaphors.length > 0 || (out.sectors.length > 0 && !nameFollows) || (opts.namedInCue === true && skipping)
      // "designations in the coming months aimed at North Korean IT workers": the aim names the targets.
      const aimedAt = lower === 'at' && /^(?:aimed|directed|targeted)$/.test(prev?.lower ?? '')
      // ("for acting contrary to U.S. interests", "according to the ministry": no destination.)
      // ("for acting against its interests", "for supplying drones": a reason, not a target.)
      const fixedTo = (lower === 'to' && FIXED_BEFORE_TO.has(prev?.lower ?? '')) || (lower === 'for' && /ing$/.test(tokens[i + 1]?.lower ?? '') && tokens[i + 1]!.kind === 'word' && !tokens[i + 1]!.cap)
      if (fixedTo) {
        skipping = true
        continue
      }
      // ("imposed sanctions in 2020 on X": after a date the preposition still opens the targets.)
      // "a yacht belonging to Igor Sechin", "villas owned by X": the owner of what is frozen (also
      // after a place: "property in China belonging to X").
      // ("freeze any accounts linked to the four": whose accounts they are.)
      // ("300 individuals linked to the former regime" describes the individuals, the targets.)
      const owner = opts.type === 'asset_freeze' && ((lower === 'to' && (prev?.lower === 'belonging' || (/^(?:linked|tied|connected)$/.test(prev?.lower ?? '') && out.described.length === 0))) || (lower === 'by' && heldBy(tokens, i)))
      if (owner && !found) {
        skipping = false
        out.opened = true
        continue
      }
      // ("extended the ban to X and, in December 2022, to Y": the preposition again after a date.)
      const afterDate: boolean = (lower === 'on' || lower === 'against' || (lower === 'to' && opts.extended === true)) && afterTimePhrase(tokens, i) && (!found || tokens[i - 1]?.text === ',')
      if (skipping && !afterDate && (found || !((['to', 'from', 'with'].includes(lower) && opensTargets(lower, opts.type, opts.inner)) || aimedAt))) continue
      // "owned by Russians": an agent inside the target phrase.
      if (lower === 'by' && prev && /ed$/.test(prev.lower) && out.opened) continue
      skipping = !opensTargets(lower, opts.type, opts.inner) && !aimedAt && !afterDate
      if (!skipping) out.opened = true
      continue
    }
    if (skipping) {
      if (m) i = m.t1 - 1
      continue
    }
    if (m) {
      out.opened = true
      i = m.t1 - 1
      const before = out.targets.length + out.sectors.length
      if (m.country && m.target) out.countries.push(m.target)
      readMention(tokens, m, out, opts)
      if (out.targets.length + out.sectors.length > before) {
        out.used.push(m.t0)
        out.lastRead = m.t1
      }
      // "Myanmar Economic Corporation (MEC) and ...": a short form in brackets, not the end of the phrase.
      if (tokens[m.t1]?.text === '(' && tokens[m.t1 + 2]?.text === ')' && tokens[m.t1 + 1]!.allCaps && m.t1 + 3 <= to) i = m.t1 + 2
      continue
    }
    // "Lukashenko, his son and national security adviser Viktor Lukashenko": a relative named
    // right after, with or without an office between.
    if ((lower === 'his' || lower === 'her' || lower === 'their') && RELATIVE_NOUNS.has(next1 ?? '')) {
      const link = tokens[i + 2]
      const named = nameAfter(tokens, link && (link.lower === 'and' || link.text === ',') ? i + 3 : i + 2, opts.mentionAt, link?.lower === 'and')
      if (named?.kind === 'person') {
        out.opened = true
        i = named.t0 - 1
        continue
      }
    }
    // "the court's chief prosecutor, Karim Khan": the people of a body referred back to are the
    // targets, named after the comma; the body is not.
    const members = membersOfBody(tokens, i)
    if (members !== undefined) {
      out.opened = true
      i = members - 1
      continue
    }
    // ("Mali, Burkina Faso and Guinea, all of them run by juntas": the names just listed.)
    // ("three vessels and the captains of two of them": the vessels just counted.)
    const ofListed = out.targets.length + out.described.length > 0 && lower === 'them' && tokens[i - 1]?.lower === 'of' && (/^(?:all|both|each|most|many|some|none|several)$/.test(tokens[i - 2]?.lower ?? '') || NUMBER_WORDS[tokens[i - 2]?.lower ?? ''] !== undefined)
    const anaphor = ofListed ? undefined : readAnaphor(tokens, i)
    if (anaphor) {
      out.opened = true
      out.anaphors.push(anaphor.anaphor)
      out.lastRead = anaphor.end
      i = anaphor.end - 1
      continue
    }
    if (QUANTIFIERS.test(lower) || (lower === 'a' && /^(?:number|network|group|handful|series|range|string|web|slew|raft)$/.test(tokens[i + 1]?.lower ?? ''))) {
      out.opened = true
      // "four companies", "up to 100 oil tankers": keep the nouns, for a later "the vessels".
      const countedBefore = out.counted.length
      let through = i
      // "two of Russia's largest state-owned banks", "two of its biggest energy companies": the
      // count is of the noun after the owner.
      let first = i + 1
      if (tokens[first]?.lower === 'of' && NUMBER_WORDS[lower]) {
        const owner = opts.mentionAt.get(first + 1)
        if (owner?.kind === 'country' && isPossessive(tokens[owner.t1])) {
          out.statesOfDescribed.push(owner.target!)
          first = owner.t1 + 1
        } else if (['its', 'their', 'the'].includes(tokens[first + 1]?.lower ?? '')) first += 2
        through = first - 1
      }
      for (let k = first; k < Math.min(to, first + 4); k++) {
        const w = tokens[k]!
        // "three senior Iranian military officers": a state's adjective among the describing
        // words; the state stands for them if the article never names them.
        const adjective = w.cap ? opts.mentionAt.get(k) : undefined
        // ("eight Russian and Chinese officials": two states' adjectives joined before the noun.)
        const joined = adjective !== undefined && ['and', 'or'].includes(tokens[adjective.t1]?.lower ?? '') ? opts.mentionAt.get(adjective.t1 + 1) : undefined
        const last = joined?.kind === 'adjective' ? joined : adjective
        const nounFollows = last !== undefined && [last.t1, last.t1 + 1].some((n) => ANAPHOR_NOUNS[tokens[n]?.lower ?? '']?.includes('person'))
        // ("three Islamic State operatives": the organisation they belong to stands for them.)
        const members = adjective?.kind === 'organization' && MEMBERS.has(tokens[adjective.t1]?.lower ?? '')
        if ((adjective?.kind === 'adjective' || members) && adjective!.target && (nounFollows || members)) {
          out.statesOfDescribed.push(adjective.target!)
          if (adjective.country) out.countries.push(adjective.target!)
          if (last !== adjective && last?.target) out.statesOfDescribed.push(last.target)
          k = last!.t1 - 1
          through = k
          continue
        }
        if (w.kind !== 'word' || w.cap || SKIPPED_PREPS.has(w.lower) || LIST_LINKS.has(w.lower) || SUBJECT_PRONOUNS.has(w.lower) || RELATIVES.has(w.lower)) break
        out.described.push(w.lower)
        // "two companies", "one individual": remembered so that members named later join the group.
        // ("three senior military officers": the count is of the noun after its adjectives.)
        const counted = out.counted.length === countedBefore ? countOf(lower, w.lower) : undefined
        if (counted) out.counted.push({ ...counted, namedBefore: [...out.targets] })
        through = k
      }
      if (out.described.length === 0) out.described.push(lower)
      if (through > i && out.statesOfDescribed.length) i = through
      continue
    }
    // "a China-based independent refinery", "a Russian businessman": one unnamed target, whose
    // name a later sentence may give.
    const single = lower === 'a' || lower === 'an' ? singleDescribed(tokens, i, to, opts) : undefined
    if (single) {
      out.opened = true
      out.described.push(single.noun)
      out.counted.push({ kind: single.kind, count: 1, namedBefore: [...out.targets] })
      i = single.end - 1
    }
  }
  return out
}

const FIXED_BEFORE_TO = new Set(['contrary', 'according', 'due', 'owing', 'prior', 'close', 'threat', 'threats', 'risk', 'risks', 'harm', 'damage', 'opposed', 'relating', 'related', 'similar', 'next', 'up', 'compared', 'addition'])
const MEASURE_VERBS = new Set(['sanctioned', 'sanctions', 'sanction', 'sanctioning', 'designated', 'designates', 'blacklisted', 'blacklists', 'targeted', 'targets', 'hit', 'hits'])
// A bloc of states on the receiving end of trade measures ("imports of food from the EU").
const BLOC_TARGETS: Record<string, TargetRef> = { eu: { id: 'european-union', name: 'European Union', kind: 'organization' } }
const TRADE_TYPES = new Set<MeasureType>(['import_ban', 'export_ban', 'trade_restriction', 'sanctions'])

function readMention(tokens: Token[], m: Mention, out: SlotReading, opts: SlotOptions): void {
  const bloc = m.kind === 'authority' && m.actor ? BLOC_TARGETS[m.actor] : undefined
  if (bloc && TRADE_TYPES.has(opts.type) && ['from', 'to', 'on', 'against'].includes((tokens[m.t0 - 1]?.lower === 'the' ? tokens[m.t0 - 2] : tokens[m.t0 - 1])?.lower ?? '') && !isPossessive(tokens[m.t1])) {
    out.targets.push(bloc)
    return
  }
  if (m.modifier || m.speaker || !m.target) return
  // "designated Cuba's Ministry of the Interior": a state's own body, after the measure, is its target.
  if (m.kind === 'authority') {
    if (opts.forward) out.targets.push(m.target)
    return
  }
  const prev = tokens[m.t0 - 1]
  const next = tokens[m.t1]
  switch (m.kind) {
    case 'person':
    case 'organization':
    case 'vessel':
    case 'region': {
      // ("Judge Sergei Podolsky of the Moscow City Court": where the person named before works.)
      if (m.kind === 'organization') {
        const ofAt = prev?.lower === 'the' ? m.t0 - 2 : m.t0 - 1
        if (tokens[ofAt]?.lower === 'of' && opts.mentionAt.get(personStartBefore(tokens, ofAt, opts.mentionAt) ?? -1)?.kind === 'person') return
      }
      // ("designated him a Specially Designated Global Terrorist": the category, not a target.)
      if (/^(?:a|an|as)$/.test(prev?.lower ?? '') && /\b(?:designated|terrorists?|sponsors?)\b/i.test(m.target.name)) return
      // "Hezbollah financiers": people of the organisation, not the organisation.
      // ("Blue Sky Logistics and its owner": a list, the company is a target too.)
      if (m.kind === 'organization' && [0, 1, 2].some((d) => MEMBERS.has(tokens[m.t1 + d]?.lower ?? '') && tokens.slice(m.t1, m.t1 + d).every((w) => w.kind === 'word' && !w.cap && !LIST_LINKS.has(w.lower) && w.lower !== 'or'))) return
      // "the editor-in-chief of state broadcaster RT, Margarita Simonyan": the organisation only
      // says whose editor the person named next is.
      if (m.kind === 'organization' && next?.text === ',' && opts.mentionAt.get(m.t1 + 1)?.kind === 'person' && roleOfBefore(tokens, m.t0)) return
      // "the alleged leader and two other members of the NightCrane gang": the members, counted
      // and named later, are the targets; the organisation stands for them only if the article
      // never names them ("visa restrictions on two executives of the National Iranian Tanker Company").
      if (m.kind === 'organization' && out.described.length > 0 && memberOf(tokens, m.t0)) {
        out.statesOfDescribed.push(m.target)
        return
      }
      // "Kishida's cabinet", "Putin's allies": the phrase is about someone else; "Abramovich's
      // assets" is still about Abramovich.
      const owned = isPossessive(next) ? tokens[m.t1 + 1] : undefined
      if (owned && owned.kind === 'word' && !owned.cap && !POSSESSION_NOUNS.has(owned.lower)) return
      // "Deripaska's companies Rusal and EN+": the companies named next are the targets.
      // ("Dubai's Al Najm Trading": so is a name right after the possessive.)
      if (owned && (opts.mentionAt.get(m.t1 + 2)?.target || (owned.cap && ['organization', 'person'].includes(opts.mentionAt.get(m.t1 + 1)?.kind ?? '')))) return
      // "the Ortega family", "the Assad regime": a group around the person, not the person.
      if (m.kind === 'person' && next && /^(?:family|clan|regime|government|administration|camp|era|years|dynasty|circle)$/.test(next.lower)) return
      out.targets.push(m.target)
      return
    }
    case 'country': {
      // "sanctions on three US lawmakers": people of the state, counted, whom a later sentence
      // may name (else the state stands for them).
      const counted = m.government && !m.onMeasure && prev ? countOf(prev.lower, next?.lower ?? '') : undefined
      if (counted?.kind === 'person') {
        out.described.push(next!.lower)
        out.statesOfDescribed.push(m.target)
        out.counted.push({ ...counted, namedBefore: [...out.targets] })
        return
      }
      // "imposed by the US": the agent, not a target; "Myanmar's military chief Min Aung Hlaing",
      // "U.S. President Joe Biden": a description of the person named next.
      if (prev?.lower === 'by' || m.government || m.onMeasure || describesNext(tokens, m, opts)) return
      // "Marketa Novakova of the Czech Republic": where the person named before is from.
      const namedBefore = tokens[m.t0 - (tokens[m.t0 - 1]?.lower === 'the' ? 3 : 2)]
      if ((prev?.lower === 'of' || (prev?.lower === 'the' && tokens[m.t0 - 2]?.lower === 'of')) && namedBefore?.cap && namedBefore.kind === 'word' && !ORG_HEADS.has(namedBefore.lower)) return
      // "freeze any US assets of ...": where the assets are, not whose.
      if (locatedHoldings(tokens, m)) return
      // "U.S. defence firms": the state's name used as an adjective names a sector.
      const after = isPossessive(next) ? undefined : next
      if (after && after.kind === 'word' && !after.cap && !SKIPPED_PREPS.has(after.lower) && !AUXILIARIES.has(after.lower) && !LIST_LINKS.has(after.lower) && !/(?:ed|ing)$/.test(after.lower)) {
        // "a Beirut money-exchange company", "three U.S. defence contractors": unnamed companies
        // there, counted like "a company", "three contractors".
        const noun = [m.t1, m.t1 + 1, m.t1 + 2].map((k) => tokens[k]).find((w) => w && (SINGULAR_ORGS.has(w.lower) || SINGULAR_PEOPLE.has(w.lower) || ANAPHOR_NOUNS[w.lower]?.length === 1))
        const counted = noun && prev ? countOf(prev.lower, noun.lower) ?? (/^an?$/.test(prev.lower) && (SINGULAR_ORGS.has(noun.lower) || SINGULAR_PEOPLE.has(noun.lower)) ? { kind: SINGULAR_ORGS.has(noun.lower) ? 'organization' as const : 'person' as const, count: 1 } : undefined) : undefined
        if (noun && counted && counted.kind !== 'country') {
          out.described.push(noun.lower)
          out.statesOfDescribed.push(m.target)
          out.counted.push({ ...counted, namedBefore: [...out.targets] })
          return
        }
        out.sectors.push(m.target)
        return
      }
      out.targets.push(m.target)
      return
    }
    case 'adjective': {
      // "7.7 billion Swiss francs": a currency.
      if (CURRENCIES.has(next?.lower ?? '')) return
      // "sanctions on Turkish ministers": a state's officials as the object of the measure.
      // ("sanctions on 12 Russian officials": a count may stand between.)
      let p = m.t0 - 1
      while (p > 0 && (QUANTIFIERS.test(tokens[p]!.lower) || APPROXIMATORS.has(tokens[p]!.lower))) p--
      // ("The EU sanctioned Russian officials": the same right after the verb of the measure.)
      if (m.government && (['on', 'against', 'targeting'].includes(tokens[p]?.lower ?? '') || MEASURE_VERBS.has(tokens[p]?.lower ?? '')) && !tokens[m.t1 - 1]!.text.includes('-') && !describesNext(tokens, m, opts)) {
        out.sectors.push(m.target)
        if (ANAPHOR_NOUNS[next?.lower ?? '']?.includes('person')) out.peopleOf.push(m.target)
        return
      }
      // "delisted three Venezuelan officials": counted officials stand for the state if never named.
      if (m.government && p < m.t0 - 1 && !describesNext(tokens, m, opts)) out.statesOfDescribed.push(m.target)
      // "Russian Foreign Minister Sergei Lavrov": describes the person.
      if (m.government || m.onMeasure || describesNext(tokens, m, opts)) return
      // "three Hong Kong-based companies": where they are based, as in "firms based in Hong Kong".
      // ("four Russian-backed media outlets", "Iran-backed militias": who backs them, not a target.)
      if (/-(?:based|registered|headquartered|flagged|backed|funded|sponsored|controlled|aligned)$/i.test(tokens[m.t1 - 1]!.text)) return
      if (locatedHoldings(tokens, m)) return
      let k = m.t1
      // ("North Korean IT workers": an acronym may stand among the words of the sector.)
      while (k < tokens.length && tokens[k]!.kind === 'word' && (!tokens[k]!.cap || (tokens[k]!.allCaps && !opts.mentionAt.get(k)?.target)) && k < m.t1 + 3) {
        const people = ANAPHOR_NOUNS[tokens[k]!.lower]?.includes('person')
        // "six other wealthy Russians", "a Russian businessman": particular people, not the state.
        const counted = people && QUANTIFIERS.test(tokens[m.t0 - 1]?.lower ?? '')
        // ("12 Russian officials": the state stands for them if the article never names them.)
        if (counted) out.statesOfDescribed.push(m.target)
        if (counted || SINGULAR_PEOPLE.has(tokens[k]!.lower) || SINGULAR_ORGS.has(tokens[k]!.lower)) return
        k++
      }
      if (k > m.t1) {
        // "Venezuelan sovereign bonds and PDVSA debt": a sector listed with a named company is a
        // target in its own right, not a stand-in for the names.
        if (listedWithCompany(tokens, m.t1, opts)) out.targets.push(m.target)
        else out.sectors.push(m.target)
        if (tokens.slice(m.t1, k).some((w) => ANAPHOR_NOUNS[w.lower]?.includes('person'))) out.peopleOf.push(m.target)
      }
      return
    }
    case 'people': {
      // "six other wealthy Russians" are unnamed people; "aircraft owned by Russians" is the state.
      for (let k = m.t0 - 1; k >= Math.max(0, m.t0 - 3); k--) {
        if (QUANTIFIERS.test(tokens[k]!.lower)) {
          out.described.push('people')
          // ("23 Australians": the state stands for them if the article never names them.)
          out.statesOfDescribed.push(m.target)
          return
        }
        if (tokens[k]!.kind !== 'word' || DETERMINERS.has(tokens[k]!.lower)) break
      }
      out.sectors.push(m.target)
      return
    }
    default:
      return
  }
}

/** Whether "and" plus a named organisation follows the sector words after token `from`. */
function listedWithCompany(tokens: Token[], from: number, opts: SlotOptions): boolean {
  for (let k = from; k < Math.min(tokens.length, from + 4); k++) {
    const w = tokens[k]!
    if (w.lower === 'and') return opts.mentionAt.get(k + 1)?.target?.kind === 'organization'
    if (w.kind !== 'word' || w.cap) return false
  }
  return false
}

/**
 * "US assets of those designated", "his British bank accounts": a state named on holdings whose
 * owner is said elsewhere names where they are held ("Russian assets" alone are Russia's).
 */
function locatedHoldings(tokens: Token[], m: Mention): boolean {
  if (!LOCATED.has(tokens[m.t1]?.lower ?? '')) return false
  const owner = tokens[m.t1 + 1]?.lower ?? ''
  const before = tokens[m.t0 - 1]
  return OWNER_AFTER.has(owner) || ['his', 'her', 'their', 'its'].includes(before?.lower ?? '') || isPossessive(before)
}
const OWNER_AFTER = new Set(['of', 'belonging', 'held', 'owned', 'he', 'she', 'they', 'it', 'that', 'which'])

/** "the head of", "editor-in-chief of state broadcaster": an office held at what follows. */
function roleOfBefore(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    if (tokens[k]!.lower === 'of') return ROLE_NOUNS.has(tokens[k - 1]?.lower ?? '') || TITLE_WORDS.has(tokens[k - 1]?.lower ?? '')
    if (tokens[k]!.kind !== 'word' || tokens[k]!.cap) return false
  }
  return false
}

/**
 * Whether a state's name only describes the person or organisation named right after it,
 * across office words ("Myanmar's military chief Min Aung Hlaing", "Russian Deputy Prime Minister ...").
 */
function describesNext(tokens: Token[], m: Mention, opts: SlotOptions): boolean {
  let k = m.t1
  if (isPossessive(tokens[k])) k++
  // Office words may be joined ("Turkey's justice and interior ministers, Abdulhamit Gul and ...").
  let office = false
  for (let n = 0; n < 7 && k < tokens.length; n++, k++) {
    const next = opts.mentionAt.get(k)
    if (next) return next.target !== undefined && next.kind !== 'country' && next.kind !== 'adjective' && next.kind !== 'people'
    const w = tokens[k]!
    if (TITLE_WORDS.has(w.lower)) office = true
    // A comma or "and" goes on to the name only after office words ("justice and interior
    // ministers, Abdulhamit Gul"), not after a list ("180 Russian companies and individuals,
    // President ...", "Venezuelan sovereign bonds and PDVSA debt").
    const joiner = (w.lower === 'and' || w.text === ',') && office && n > 0
    if (!joiner && (w.kind !== 'word' || (w.cap && !TITLE_WORDS.has(w.lower)) || SKIPPED_PREPS.has(w.lower) || LIST_LINKS.has(w.lower) || AUXILIARIES.has(w.lower) || RELATIVES.has(w.lower))) return false
  }
  return false
}

/** Whether the name at `t0` follows "members of (the)", "leader of", and the like. */
function memberOf(tokens: Token[], t0: number): boolean {
  let k = t0 - 1
  if (tokens[k]?.lower === 'the') k--
  // ("two judges of Tehran's Revolutionary Court")
  if (isPossessive(tokens[k]) && tokens[k - 1]?.cap) k -= 2
  return tokens[k]?.lower === 'of' && MEMBERS.has(tokens[k - 1]?.lower ?? '')
}

/** "dealings with it", "sanctions on it": "it" as the object of a preposition, not a new subject. */
function objectIt(tokens: Token[], i: number): boolean {
  return tokens[i]!.lower === 'it' && OBJECT_PREPS.has(tokens[i - 1]?.lower ?? '')
}
const OBJECT_PREPS = new Set(['with', 'on', 'against', 'to', 'from', 'targeting'])
const HOLDING_VERBS = new Set(['hold', 'holds', 'held', 'own', 'owns', 'owned', 'have', 'has', 'control', 'controls', 'possess', 'possesses'])
const PASSIVE_AUX = new Set(['was', 'is', 'has', 'had'])

/** "suspended it from the council", "stripped it of ...", "It was expelled from ...": "it" undergoing the measure. */
function patientIt(tokens: Token[], i: number): boolean {
  if (tokens[i]!.lower !== 'it') return false
  if (/^(?:from|of)$/.test(tokens[i + 1]?.lower ?? '') && /ed$/.test(tokens[i - 1]?.lower ?? '')) return true
  const participle = tokens[i + 2]?.lower === 'been' ? tokens[i + 3] : tokens[i + 2]
  return PASSIVE_AUX.has(tokens[i + 1]?.lower ?? '') && /ed$/.test(participle?.lower ?? '')
}

const REGION_WORDS = new Set(['east', 'west', 'north', 'south', 'central', 'eastern', 'western', 'northern', 'southern', 'middle', 'african', 'asian', 'european', 'arab', 'gulf', 'baltic', 'balkan', 'caribbean', 'pacific', 'latin', 'american', 'nordic', 'sahel'])
const DESTINATION_WORDS = new Set(['entering', 'enter', 'enters', 'entered', 'visiting', 'visit', 'leaving', 'leave', 'into', 'reaching', 'reach'])

/** "them", "their assets", "the pair", "the seven men", "the network", "the company". */
const TIME_PREPS = new Set(['since', 'until', 'after', 'before', 'following'])
const isDateStart = (t: Token | undefined): boolean => t !== undefined && (t.kind === 'number' || (MONTHS.has(t.lower) && t.cap))
const DATE_WORDS = new Set([...MONTHS, 'early', 'late', 'mid', 'last', 'this', 'year', 'month', 'week'])

/** Whether the words before `i` are a date after "in" or "since" ("in 2020", "in late March"). */
function afterTimePhrase(tokens: Token[], i: number): boolean {
  const end = tokens[i - 1]?.text === ',' ? i - 2 : i - 1
  let k = end
  while (k > 0 && (tokens[k]!.kind === 'number' || DATE_WORDS.has(tokens[k]!.lower) || tokens[k]!.text === '.')) k--
  return k < end && /^(?:in|since|during)$/.test(tokens[k]!.lower)
}

/** "the company's executives", "the court's chief prosecutor": the end of the phrase, if `i` starts one. */
function membersOfBody(tokens: Token[], i: number): number | undefined {
  const body = tokens[i + 1]
  if (tokens[i]!.lower !== 'the' || body?.kind !== 'word' || body.cap || !isPossessive(tokens[i + 2])) return undefined
  for (let k = i + 3; k < Math.min(tokens.length, i + 6); k++) {
    const w = tokens[k]!
    if (w.kind !== 'word' || w.cap) return undefined
    if (MEMBERS.has(w.lower)) return k + 1
  }
  return undefined
}

// Words that follow an object pronoun, not a noun it owns ("on her and ...", "on her over ...").
const AFTER_OBJECT = new Set(['and', 'or', 'over', 'for', 'in', 'on', 'after', 'last', 'this', 'because', 'with', 'from', 'as', 'too', 'also', 'under', 'since', 'earlier', 'later'])

function readAnaphor(tokens: Token[], i: number): { anaphor: Anaphor; end: number } | undefined {
  const t = tokens[i]!
  // "11 people ..., among them X and Y": "them" is the group just described, not an earlier one.
  if (t.lower === 'them' && /^(?:among|amongst)$/.test(tokens[i - 1]?.lower ?? '')) return undefined
  if (t.lower === 'them') return { anaphor: { kinds: ALL_KINDS }, end: i + 1 }
  // "those designated", "those sanctioned": the targets of the measure just reported.
  if (t.lower === 'those' && /^(?:designated|sanctioned|targeted|listed|named|affected)$/.test(tokens[i + 1]?.lower ?? '')) return { anaphor: { kinds: ALL_KINDS, everyone: true }, end: i + 2 }
  if (t.lower === 'him') return { anaphor: { kinds: ['person'] }, end: i + 1 }
  // "imposed sanctions on her and her family": "her" as an object, not before a noun.
  if (t.lower === 'her' && (tokens[i + 1] === undefined || tokens[i + 1]!.kind === 'punct' || AFTER_OBJECT.has(tokens[i + 1]!.lower))) return { anaphor: { kinds: ['person'] }, end: i + 1 }
  // "They are barred from entering ...": the subject of a passive, the group just named.
  if (t.lower === 'they' && i === 0 && /^(?:are|were|will|would|have|had|also|now|remain)$/.test(tokens[i + 1]?.lower ?? '')) return { anaphor: { kinds: ALL_KINDS }, end: i + 1 }
  // "Any assets they hold in Canada": the holders are the targets named before.
  if (/^(?:they|he|she)$/.test(t.lower) && HOLDING_VERBS.has(tokens[i + 1]?.lower ?? '')) return { anaphor: { kinds: t.lower === 'they' ? ALL_KINDS : ['person'] }, end: i + 1 }
  // "All four are also inadmissible", "the two were barred": a count that stands for the group.
  // ("any assets the six hold in the EU": the holders.)
  if ((t.lower === 'all' || t.lower === 'the' || t.lower === 'both') && NUMBER_WORDS[tokens[i + 1]?.lower ?? ''] && (/^(?:are|were|is|was|have|had|will|would|may|can|cannot|must|also|face|faced|remain|remained)$/.test(tokens[i + 2]?.lower ?? '') || HOLDING_VERBS.has(tokens[i + 2]?.lower ?? ''))) {
    return { anaphor: { kinds: ALL_KINDS, noun: tokens[i + 1]!.lower }, end: i + 2 }
  }
  // "Both were delisted by the EU": the two just named.
  if (t.lower === 'both' && /^(?:were|are|have|had|will|would|remain|remained)$/.test(tokens[i + 1]?.lower ?? '')) return { anaphor: { kinds: ALL_KINDS, noun: 'two' }, end: i + 1 }
  // "visa restrictions on the 16 and on members of their families": a number alone, the group.
  // ("froze the assets of the same five in June": the same.)
  if (t.lower === 'the' && tokens[i + 1]?.lower === 'same' && (NUMBER_WORDS[tokens[i + 2]?.lower ?? ''] ?? 0) > 1) return { anaphor: { kinds: ALL_KINDS, noun: tokens[i + 2]!.lower }, end: i + 3 }
  const counted = tokens[i + 1] && ((tokens[i + 1]!.kind === 'number' && /^\d{1,3}$/.test(tokens[i + 1]!.text)) || (NUMBER_WORDS[tokens[i + 1]!.lower] ?? 0) > 1)
  if (t.lower === 'the' && counted && [',', '.', ';', 'and', 'or', 'who', 'whom', 'from'].includes(tokens[i + 2]?.lower ?? '.')) {
    return { anaphor: { kinds: ALL_KINDS, noun: tokens[i + 1]!.text }, end: i + 2 }
  }
  if (objectIt(tokens, i)) return { anaphor: { kinds: ['organization', 'country', 'vessel'] }, end: i + 1 }
  // "suspended it from the council", "stripped it of its status" (object of the measure verb);
  // "It was expelled from the Council of Europe" (subject of a passive).
  if (patientIt(tokens, i)) return { anaphor: { kinds: ['country', 'organization'], it: true }, end: i + 1 }
  if (t.lower === 'his' || t.lower === 'her') {
    // "his assets", "his U.S. assets"
    for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) {
      if (POSSESSION_NOUNS.has(tokens[k]!.lower)) return { anaphor: { kinds: ['person'] }, end: k + 1 }
      if (tokens[k]!.kind === 'punct' && tokens[k]!.text !== '.') break
    }
  }
  if ((t.lower === 'their' || t.lower === 'its') && POSSESSION_NOUNS.has(tokens[i + 1]?.lower ?? '')) {
    return { anaphor: { kinds: ALL_KINDS, noun: tokens[i + 1]!.lower }, end: i + 2 }
  }
  if (t.lower !== 'the' && t.lower !== 'both' && t.lower !== 'these') return undefined
  // "the central bank": the central bank of the state in question.
  if (tokens[i + 1]?.lower === 'central' && tokens[i + 2]?.lower === 'bank' && tokens[i + 3]?.lower !== 'of') {
    return { anaphor: { kinds: ['organization'], noun: 'central bank' }, end: i + 3 }
  }
  // "the [seven] [senior] men": up to three modifiers before the noun.
  // ("the East African country", "the Gulf state": words of a region may stand among them.)
  for (let k = i + 1; k < Math.min(tokens.length, i + 5); k++) {
    const w = tokens[k]!
    if ((w.cap && !REGION_WORDS.has(w.lower)) || w.kind === 'punct' || SKIPPED_PREPS.has(w.lower) || w.lower === 'and') return undefined
    // "the first country to ...", "the only bank": a description, not a reference back.
    if (/^(?:first|second|third|only|last|latest|biggest|largest|other|new)$/.test(w.lower)) return undefined
    const kinds = ANAPHOR_NOUNS[w.lower]
    // "the company's executives": the people are the targets, not the company.
    if (kinds && isPossessive(tokens[k + 1]) && MEMBERS.has(tokens[k + 2]?.lower ?? '')) return undefined
    // "barred X from entering the country": the state travelled to, not a target.
    if (kinds?.length === 1 && kinds[0] === 'country' && DESTINATION_WORDS.has(tokens[i - 1]?.lower ?? '')) return undefined
    if (kinds) {
      // "the network of companies" is a new group; "the tanker Adrian Darya" names it.
      if (tokens[k + 1]?.lower === 'of' || tokens[k + 1]?.cap) return undefined
      // "the designated people and companies": one group of both kinds.
      const also = tokens[k + 1]?.lower === 'and' ? ANAPHOR_NOUNS[tokens[k + 2]?.lower ?? ''] : undefined
      // ("any property the companies and individuals hold": everyone just designated, of both kinds.)
      if (also) return { anaphor: { kinds: [...new Set([...kinds, ...also])], noun: w.lower, ...(also.some((x) => !kinds.includes(x)) ? { everyone: true } : {}) }, end: k + 3 }
      const count = NUMBER_WORDS[tokens[i + 1]!.lower]
      return { anaphor: { kinds, noun: w.lower, ...(count && k === i + 2 ? { count } : {}) }, end: k + 1 }
    }
  }
  return undefined
}

/**
 * Extraction of sanctions measures from news text: a pure, deterministic function from an
 * article to the findings it reports (who does what to whom, how far along, and where the
 * text says so). No I/O; safe to run inside a Worker request.
 *
 * The pipeline, one sentence at a time:
 *   sentences.ts  split the article (headline, captions, quotes kept whole)
 *   mentions.ts   find states, bodies, leaders, people, organisations, vessels
 *   triggers.ts   find the words that name a measure, and type them
 *   targets.ts    read the targets around each measure
 *   actors.ts     find the authority that imposes it
 *   status.ts     read how far along it is
 *   negation.ts   drop measures the text denies
 *   discourse.ts  fill implicit authorities and targets from earlier sentences
 */
import type { Finding, MeasureType, Status, TargetRef } from '../domain/taxonomy'
import { ADOPT_VERBS, dealingPartner, findActors, isPassive } from './actors'
import { attachByModel } from './attachment'
import { authorityRef, countryOf } from './authorities'
import { articleContext, isTitleCase, noteMentions } from './context'
import { Discourse } from './discourse'
import { countryTarget, findMentions, type ArticleContext, type Mention } from './mentions'
import { GOVERNMENT_NOUNS, TITLE_WORDS } from './data/words'
import { CLAUSE_BREAK_WORDS } from './lexicon'
import { spreadKinds } from './kind-spreading'
import { reportedKeys } from './learned-pass'
import { isNegated } from './negation'
import { splitSentences, type Sentence } from './sentences'
import { clauseStart, findStatusCues, statusOf, type CueHit } from './status'
import { readSlot, type SlotReading } from './targets'
import { commaAsides, isPossessive, isRelativePronoun, type Token } from './tokens'
import { findTriggers, type Trigger } from './triggers'

export interface ExtractOptions {
  /** Publication date of the article (ISO 8601). Reserved for date-dependent readings. */
  publishedAt?: string
  /**
   * Whether the learned passes add what the rules left out: names near a measure (attachment.ts)
   * and the other kinds of a designation (kind-spreading.ts). On by default; off gives the rules
   * alone, which is what the passes are trained on.
   */
  learnedPasses?: boolean
}

const SWIFT_RE = /\bSWIFT\b|\bSwift\b/
// Words that may stand between measures that share an object ("a travel ban, an asset freeze
// and a targeted arms embargo on X").
// ("froze the assets of, and banned from travelling to Britain, X; Y; ...")
const JOINING_WORDS = new Set(['of', 'and', ',', 'or', 'as', 'well', 'plus', 'a', 'an', 'the', 'targeted', 'new', 'further', 'full', 'total', 'partial', 'comprehensive', 'sweeping', 'additional', 'its', 'their'])
// Words by which an authority takes up another's measure ("join the measures on SWIFT").
const JOINING_RE = /\b(?:join\w*|similar|same|follow\w*|align\w*|match\w*|mirror\w*)\b/i
const SIMILAR_RE = /\b(?:similar|the\s+same)\s+(?:sanctions|measures|steps|restrictions)\b/i
const THE_STATE_RE = /\b(?:the|this)\s+(?:country|government|kingdom|republic|state)\b/i
const ITS_GOVERNMENT_RE = /^\W*(?:its|their)\s+(?:\w+\s+){0,2}?(?:ministry|government|cabinet|president|leader|foreign\s+minister|prime\s+minister|parliament|authorities)\b/i
const DESIGNATED_GROUP_RE = /\b(?:the\s+(?:designated|sanctioned|listed|blacklisted)\s+(?:people|persons|individuals|companies|entities|firms)|those\s+(?:designated|sanctioned|listed|named))\b/i
const HAVE_ASSETS_RE = /\b(?:have|has|had|having)\s+(?:any|all|their|its|his|her)?\s*$/i
const LISTS_MEASURES_RE = /^\W*(?:they|these|those|the\s+(?:sanctions|measures|restrictions))\s+(?:also\s+)?(?:include|included|includes|comprise|comprised|cover|covered)\b/i
// ("In India, the department targeted ...": a place that opens the sentence is where it acted.)
const THE_MINISTRY_RE = /^\W*(?:in\s+\p{Lu}[\w.-]*(?:\s+\p{Lu}[\w.-]*)?,\s+)?the\s+(?:[\w-]+\s+){0,2}?(?:ministry|cabinet|department)\b(?!\s+of\s+\p{Lu})/iu
const SAID_ITS_BODY_RE = /\b(?:said|says|announced)\s+(?:that\s+)?its\s+(?:\p{Lu}[\w-]*\s+){1,5}(?:would|will|was|is|had|has)\b/u
const THE_MINISTRY_SAID_RE = /,\s+the\s+(?:\w+\s+)?(?:ministry|government|cabinet)\s+(?:said|says|added|announced)\b/i
const DENIAL_RE = /\b(?:not|never|neither|nor)\b|n['’]t\b/i
const THE_MEASURES_RE = /^\W*(?:the|these|today['’]s)\s+(?:new\s+)?(?:designations?|sanctions|measures|listings?)\b/i
const MEMBER_STATES_RE = /\bmember\s+(?:states|countries|nations|governments)\b/i
const DEFINITE = new Set(['the', 'this', 'that', 'its', 'their'])
const QUOTATION_RE = /["“”]/
const EMBARGO_TYPES: MeasureType[] = ['arms_embargo', 'import_ban', 'export_ban']
const DESIGNATION_TYPES: MeasureType[] = ['sanctions', 'asset_freeze']
/** A finding to make: its authority, and for a back-reference the kind, status and targets reported before. */
interface Plan {
  authority: string
  type: MeasureType | undefined
  status: Status
  targets?: TargetRef[]
}
// Kinds of measure that bear on a whole state's trade or territory.
const STATE_WIDE_TYPES = new Set<MeasureType>(['export_ban', 'import_ban', 'trade_restriction', 'investment_ban', 'airspace_closure', 'swift_exclusion'])
// "extended the ban to X", "expanded its sanctions to Y".
const EXTEND_VERBS = new Set(['extend', 'extends', 'extended', 'extending', 'expand', 'expands', 'expanded', 'expanding', 'widen', 'widens', 'widened', 'widening'])
// Kinds of ban a later "the ban" can restate.
const BAN_TYPES: MeasureType[] = ['travel_ban', 'broadcast_ban', 'import_ban', 'export_ban', 'airspace_closure', 'investment_ban', 'transaction_ban', 'arms_embargo', 'swift_exclusion', 'trade_restriction']
// "The ban covers X": a present verb that says what the ban holds, not that it was applied.
const CONTENT_VERBS = new Set(['covers', 'includes', 'applies', 'extends', 'names', 'lists'])
// A travel-ban cue that ends with where entry is barred ("from entering", "travelling to").
const ENTRY_END_RE = /(?:entering|(?:not|cannot|can.t|won.t|to)\s+(?:be\s+(?:allowed|permitted)\s+to\s+)?(?:enter|visit)|entry\s+(?:in)?to|travel(?:l)?ing\s+to|visiting|setting\s+foot(?:\s+in)?|to\s+enter)$/i
const FURTHER_RE = /\b(?:further|more|additional|new|tougher|harsher)\s+(?:\w+\s+)?["“]?$/i
const CONDITION_RE = /^\W*(?:\w+\s+){0,3}?(?:if|unless|should)\b/i
const PACKAGE_SUBJECT_RE = /^\W*(?:the|this|its)\s+(?:new\s+|latest\s+)?(?:package|listing|decision|regulation|round|decree|order)\s+(?:\w+\s+){0,2}$/i
const INVERTED_BE = new Set(['was', 'were', 'is', 'are'])
const INVERTED_LEAD = new Set(['also', 'likewise', 'similarly', 'further', 'newly', 'separately', 'additionally', 'and'])
const EMPTY: SlotReading = { targets: [], sectors: [], anaphors: [], described: [], opened: false, end: 0, lastRead: 0, used: [], countries: [], counted: [], statesOfDescribed: [], peopleOf: [] }

const hasReading = (r: SlotReading): boolean => r.targets.length + r.sectors.length + r.anaphors.length + r.described.length > 0

function uniqueTargets(targets: TargetRef[]): TargetRef[] {
  const seen = new Map<string, TargetRef>()
  for (const t of targets) if (!seen.has(t.id)) seen.set(t.id, t)
  return [...seen.values()]
}

/**
 * "restrictive measures on the Central Bank of Russia": measures on a central bank prohibit
 * dealings with it.
 */
function refineType(type: MeasureType, cue: string, targets: TargetRef[]): MeasureType {
  if (type === 'sanctions' && /measures/i.test(cue) && targets.length > 0 && targets.every((t) => t.id.includes('central-bank'))) return 'transaction_ban'
  // "designations aimed at North Korean IT workers": designations that name no one are sanctions
  // on the state, of no particular kind (a designation freezes the assets of those it names).
  if (type === 'asset_freeze' && /^designations?$/i.test(cue) && targets.length > 0 && targets.every((t) => t.kind === 'country')) return 'sanctions'
  return type
}

/**
 * Where the object of measure `k` is read: after it, or, when measures are joined ("asset
 * freezes and travel bans on X"), after the last measure of the list, whose object they share.
 */
function objectRange(triggers: Trigger[], k: number, tokens: Token[]): [number, number] {
  let from = triggers[k]!.t1
  let to = triggers[k + 1]?.t0 ?? tokens.length
  for (let j = k + 1; j < triggers.length; j++) {
    const between = tokens.slice(triggers[j - 1]!.t1, triggers[j]!.t0)
    if (!between.every((w) => JOINING_WORDS.has(w.lower))) break
    const joined = between.some((w) => w.lower === 'and' || w.lower === 'or' || w.lower === 'well' || w.lower === 'plus')
    // "a travel ban, an asset freeze and an arms embargo on X": a comma joins the list only when
    // a conjunction closes it further on.
    if (!joined && !(between.some((w) => w.text === ',') && listClosesLater(triggers, j, tokens))) break
    from = triggers[j]!.t1
    to = triggers[j + 1]?.t0 ?? tokens.length
  }
  return [from, to]
}

/** Where the names of authorities written right before token `t0` begin ("United Nations Security Council"). */
function authorityNameStart(mentions: Mention[], t0: number, tokens: Token[]): number {
  let k = t0
  for (let m = mentions.length - 1; m >= 0; m--) {
    const cur = mentions[m]!
    // ("under EU, U.S. and British sanctions": a list of them.)
    let end = cur.t1
    while (end < k && k < t0 && AUTHORITY_LIST_WORDS.has(tokens[end]!.lower)) end++
    if (end === k && cur.actor && (cur.kind === 'authority' || cur.kind === 'adjective' || cur.kind === 'country')) k = cur.t0
    else if (cur.t1 < k) break
  }
  return k
}
const AUTHORITY_LIST_WORDS = new Set([',', 'and', 'the'])

const RELATIVE_OPENERS = new Set(['that', 'which'])
const RELATIVE_AUX = new Set(['has', 'have', 'had', 'already', 'also', 'first', 'recently', 'now', 'since', 'previously', 'just'])
// Verbs of a relative clause by which its subject put the measure in place.
const IMPOSING_VERBS = new Set(['imposed', 'placed', 'slapped', 'levied', 'put', 'introduced', 'adopted', 'applied', 'enacted', 'maintained', 'maintains', 'kept', 'keeps', 'extended', 'announced', 'approved'])

/**
 * "sanctions (that) the EU has imposed on Russia", "the measures Canada placed on Belarus":
 * the subject of a relative clause right after the measure noun, and where its object begins.
 */
function relativeAgent(tokens: Token[], t: Trigger, mentions: Mention[], to: number): { actor?: string; objectAt?: number; status?: Status } | undefined {
  return relativeAgentAt(tokens, t.t1, mentions, to) ?? laterRelativeAgent(tokens, t, mentions, to)
}

/**
 * "the ban on imports of Russian oil, gas and coal that Biden imposed by executive order": a
 * relative clause after the measure's object names who imposed it.
 */
function laterRelativeAgent(tokens: Token[], t: Trigger, mentions: Mention[], to: number): { actor?: string; status?: Status } | undefined {
  for (let k = t.t1 + 1; k < Math.min(to, t.t1 + 12); k++) {
    const w = tokens[k]!
    if (w.text === ';' || CLAUSE_BREAK_WORDS.has(w.lower)) return undefined
    if (!RELATIVE_OPENERS.has(w.lower)) continue
    const found = relativeAgentAt(tokens, k, mentions, to)
    if (!found?.actor) return undefined
    // The relative clause tells how far along the measure is ("that Biden imposed in March"),
    // whatever the main clause does with it ("passed a bill writing into law the ban ...").
    return { actor: found.actor, status: found.verb && APPLIED_VERBS.has(found.verb) ? 'in_effect' : undefined }
  }
  return undefined
}
const APPLIED_VERBS = new Set(['imposed', 'placed', 'slapped', 'levied', 'put', 'introduced', 'applied', 'enacted', 'maintained', 'maintains', 'kept', 'keeps', 'extended'])

const RELATIVE_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we'])

function relativeAgentAt(tokens: Token[], at: number, mentions: Mention[], to: number): { actor?: string; objectAt?: number; verb?: string } | undefined {
  let i = at
  if (tokens[i]?.text === ',' && tokens[i + 1]?.lower === 'which') i++
  if (RELATIVE_OPENERS.has(tokens[i]?.lower ?? '')) i++
  if (tokens[i]?.lower === 'the') i++
  // ("that President Joe Biden imposed": the name after the titles.)
  while (i < at + 5 && tokens[i]?.cap && TITLE_WORDS.has(tokens[i]!.lower) && !mentions.some((m) => m.t0 === i)) i++
  // "lifted the sanctions he imposed on Turkey last week": the subject of the main clause.
  const pronoun = RELATIVE_PRONOUNS.has(tokens[i]?.lower ?? '')
  const agent = pronoun ? undefined : mentions.find((m) => m.t0 === i)
  if (!pronoun && (!agent?.actor || !['authority', 'country'].includes(agent.kind) && !(agent.kind === 'person' && (agent.titles.length || agent.affiliation)))) return undefined
  const subjectEnd = agent ? agent.t1 : i + 1
  let j = subjectEnd
  while (j < subjectEnd + 3 && RELATIVE_AUX.has(tokens[j]?.lower ?? '')) j++
  if (!IMPOSING_VERBS.has(tokens[j]?.lower ?? '')) return undefined
  // "The ban on Russian coal, which the EU adopted in April, ...": the authority alone.
  if (!['on', 'against'].includes(tokens[j + 1]?.lower ?? '') || j + 1 >= to) return { actor: agent?.actor, verb: tokens[j]!.lower }
  return { actor: agent?.actor, objectAt: j + 1, verb: tokens[j]!.lower }
}

/** "X, a company that Washington sanctioned in 2022": X, for a measure verb right after "that <authority>". */
function relativeObject(tokens: Token[], t: Trigger, mentions: Mention[]): TargetRef | undefined {
  if (!/(?:ed)$/.test(tokens[t.t1 - 1]?.lower ?? '') || t.t1 - t.t0 !== 1) return undefined
  let k = t.t0
  while (k > 0 && RELATIVE_AUX.has(tokens[k - 1]!.lower)) k--
  const agent = mentions.find((m) => m.t1 === k && m.actor && (m.kind === 'authority' || m.kind === 'country'))
  if (!agent || !['that', 'which', 'whom'].includes(tokens[agent.t0 - 1]?.lower ?? '')) return undefined
  // ... and nothing it acts on after the verb ("sanctioned in 2022", "sanctioned last year").
  const next = tokens[t.t1]
  if (next && next.kind === 'word' && (next.cap || !/^(?:in|last|on|over|for|earlier|this|after|before|and|as|under)$/.test(next.lower))) return undefined
  const pronoun = agent.t0 - 1
  const before = mentions.filter((m) => m.t1 <= pronoun && pronoun - m.t1 <= 8 && !m.actor && m.target && ['person', 'organization', 'vessel'].includes(m.kind))
  return before[before.length - 1]?.target
}

// Words between an adopting verb and the measure it takes up ("adopt all the sanctions").
const ADOPTED_LEAD = new Set(['all', 'the', 'of', 'most', 'its', 'their', 'same', 'similar', 'these', 'those', 'new', 'latest'])

/** Whether an adopting verb governs the measure ("would adopt all the sanctions ..."). */
function adoptedBefore(tokens: Token[], t: Trigger): boolean {
  let k = t.t0 - 1
  while (k >= 0 && ADOPTED_LEAD.has(tokens[k]!.lower)) k--
  return ADOPT_VERBS.has(tokens[k]?.lower ?? '')
}

/** Whether the list of measures that goes on at trigger `j` ends with "and"/"or" before another measure. */
function listClosesLater(triggers: Trigger[], j: number, tokens: Token[]): boolean {
  for (let n = j + 1; n < triggers.length; n++) {
    const between = tokens.slice(triggers[n - 1]!.t1, triggers[n]!.t0)
    if (!between.every((w) => JOINING_WORDS.has(w.lower))) return false
    if (between.some((w) => w.lower === 'and' || w.lower === 'or' || w.lower === 'plus')) return true
  }
  return false
}

/** Whether the quotation of a sentence is a short aside that ends before the measure. */
function quotedAside(s: Sentence, t: Trigger): boolean {
  const before = s.text.slice(0, t.start - s.start)
  const quotes = [...before.matchAll(/["“]([^"”]*)["”]/g)]
  return quotes.length > 0 && !insideQuotation(s, t) && quotes.every((q) => q[1]!.split(/\s+/).length <= 5) && !/["“]/.test(s.text.slice(t.end - s.start))
}

/** Whether the measure stands inside quotation marks. */
function insideQuotation(s: Sentence, t: Trigger): boolean {
  const before = s.text.slice(0, t.start - s.start)
  const opens = (before.match(/[“]/g)?.length ?? 0) - (before.match(/[”]/g)?.length ?? 0)
  return opens > 0 || (before.match(/"/g)?.length ?? 0) % 2 === 1
}

/**
 * "The neutral country, which broke with tradition by adopting EU sanctions wholesale, has
 * frozen ...": whether the measure stands in a relative clause set off by commas, which
 * describes the subject rather than reports a measure.
 */
function insideRelativeAside(tokens: Token[], t: Trigger): boolean {
  return commaAsides(tokens, isRelativePronoun).some(([a, b]) => a < t.t0 && t.t1 < b)
}

/** Everything one sentence says, read once and shared by its measures. */
interface SentenceView {
  s: Sentence
  mentions: Mention[]
  mentionAt: Map<number, Mention>
  triggers: Trigger[]
  cues: CueHit[]
  /** Tokens read as the target phrase of a measure: none of them holds a later authority. */
  claimed: Uint8Array
}

/**
 * The target phrases of measure `k` (inside its cue, after it, and for a passive or predicate
 * before it), its authorities, and where a negation would have to stand.
 */
function readMeasure(view: SentenceView, k: number) {
  const { s, triggers, mentionAt } = view
  const tokens = s.tokens
  const t = triggers[k]!
  const opts = { type: t.type, forward: true, mentionAt, headline: s.headline, list: t.inherits }
  let inner = t.slot ? readSlot(tokens, t.slot[0], t.slot[1], { ...opts, forward: false, inner: true }) : EMPTY
  const [objectFrom, to] = objectRange(triggers, k, tokens)
  let from = objectFrom
  // "Also blacklisted were X and Y": an inverted passive names its subject after the verb.
  if (INVERTED_BE.has(tokens[from]?.lower ?? '') && tokens.slice(clauseStart(tokens, t.t0), t.t0).every((w) => INVERTED_LEAD.has(w.lower))) from++
  // "the sanctions the EU has imposed on Russia": a relative clause names who imposed the
  // measure, and its targets after the verb.
  const relative = relativeAgent(tokens, t, view.mentions, to)
  if (relative?.objectAt !== undefined) from = relative.objectAt
  const extended = EXTEND_VERBS.has(tokens[t.t0 - 1]?.lower === 'the' || tokens[t.t0 - 1]?.lower === 'its' ? tokens[t.t0 - 2]?.lower ?? '' : '')
  let post = readSlot(tokens, from, to, { ...opts, extended, destination: t.type === 'travel_ban' && ENTRY_END_RE.test(s.text.slice(t.start - s.start, t.end - s.start)), namedInCue: inner.targets.length > 0 })
  // "Zahrat Real Estate, a Khartoum-based company that Washington sanctioned in 2022": a verb
  // in a relative clause with nothing after it acts on the name the clause is about.
  if (!hasReading(post) && !hasReading(inner)) {
    const antecedent = relativeObject(tokens, t, view.mentions)
    if (antecedent) post = { ...EMPTY, targets: [antecedent], opened: true }
  }
  // "leaves five member states suspended from the bloc: Mali, Burkina Faso, ...": the list after
  // a colon names those the measure holds.
  // ("travel bans on members of the three juntas would stay, naming among others X, Y and Z".)
  if (post.targets.length === 0) {
    const colon = post.anaphors.length ? -1 : tokens.findIndex((w, i) => i >= from && i < to && w.text === ':')
    const naming = tokens.findIndex((w, i) => i >= from && i < to && w.text === ',' && tokens[i + 1]?.lower === 'naming')
    if (colon >= 0 && tokens[colon + 1]?.cap) post = readSlot(tokens, colon + 1, to, { ...opts, list: true })
    else if (naming >= 0) {
      // (Each entry may open with whose office it is: "Niger's military-appointed prime minister, Colonel X".)
      const named = view.mentions.filter((m) => m.t0 > naming && m.t0 < to && m.target && !m.speaker && !m.modifier && ['person', 'organization', 'vessel'].includes(m.kind))
      if (named.length) post = { ...EMPTY, targets: named.map((m) => m.target!), opened: true, lastRead: named[named.length - 1]!.t1 }
    }
  }
  // "barred mainland organisations and individuals from dealing with X": those barred are bound by
  // the measure; X, after "with", is its target.
  if (t.type === 'transaction_ban' && t.slot && (post.targets.length > 0 || post.anaphors.length > 0)) inner = EMPTY
  const hasObject = hasReading(inner) || hasReading(post)
  const clause = clauseStart(tokens, t.t0)
  // "Switzerland would adopt all the sanctions the EU has imposed on Russia": the adopter acts,
  // and the relative clause reports the owner's measure as applied.
  const adopted = relative?.actor !== undefined && adoptedBefore(tokens, t)
  // "X has been under U.S. sanctions", "X is now subject to British sanctions", "X faces EU
  // sanctions", "X was hit with British sanctions": the subject is the target. (The authority's
  // name is left out of the window: "under United Nations Security Council sanctions".) With an
  // authority named on the measure ("under a UN arms embargo"), that authority imposes it,
  // whatever the subject of the clause is.
  const leadEnd = authorityNameStart(view.mentions, t.t0, tokens)
  const lead = tokens.slice(Math.max(0, leadEnd - 4), leadEnd).map((w) => w.lower)
  const under = lead.includes('under') || lead.includes('faces') || lead.includes('face') || lead.join(' ').includes('subject to') || lead.join(' ').includes('hit by') || lead.join(' ').includes('hit with')
  const namedOn = under && leadEnd < t.t0 ? view.mentions.find((m) => m.t0 === leadEnd && m.actor !== undefined) : undefined
  const namedOnIds = namedOn ? [...new Set(view.mentions.filter((m) => m.t0 >= leadEnd && m.t1 <= t.t0 && m.actor !== undefined).map((m) => m.actor!))] : []
  // "barred from new U.S. debt financing": the state named on what is withheld, inside the cue.
  // ("has been on the EU's terrorist list": the owner of the list.)
  const ownerInCue = view.mentions.find((m) => m.t0 >= t.t0 && m.t1 <= t.t1 && m.actor !== undefined && ((m.onMeasure && (m.kind === 'country' || m.kind === 'adjective')) || (isPossessive(tokens[m.t1]) && (m.kind === 'authority' || m.kind === 'country') && /list$/.test(tokens[t.t1 - 1]?.lower ?? ''))))
  // ("The five are already under sanctions in the United States, Britain and the European Union":
  // the authorities named after the measure, the subject its target.)
  const namedAfter = under && !namedOn ? authoritiesAfter(tokens, t.t1, view.mentions) : []
  if (namedAfter.length) post = EMPTY
  const found = relative?.actor && !adopted
    ? { ids: [relative.actor], end: t.t0, negFrom: clause, rejected: false, groupAnaphor: false }
    : namedAfter.length
      ? { ids: namedAfter, end: clause, negFrom: clause, rejected: false, groupAnaphor: false, adjectival: true }
      : namedOn?.actor
      ? { ids: namedOnIds, end: clause, negFrom: clause, rejected: false, groupAnaphor: false, adjectival: true }
      : findActors(s, t, view.mentions, (i) => view.claimed[i] === 1, isPassive(tokens, t) && !hasObject)
  const actors = found.ids.length === 0 && !found.rejected && ownerInCue ? { ...found, ids: [ownerInCue.actor!] } : found
  // "They will be barred from doing business with China": the state after "with" bars them, so
  // it is no target; the object is read again without it.
  const partner = dealingPartner(tokens, t, view.mentions)
  if (partner && from <= partner.state.t0 && actors.ids.length === 1 && actors.ids[0] === partner.state.actor) {
    post = readSlot(tokens, partner.end, to, { ...opts, extended, destination: false, namedInCue: inner.targets.length > 0 })
  }
  const prev = triggers[k - 1]
  const anchorEnd = actors.end <= t.t0 && actors.ids.length ? actors.end : clause
  const afterPrev = prev && prev.t1 <= t.t0 ? prev.t1 : 0
  // The subject of a passive or a predicate ("The seven men ... are now subject to a travel ban",
  // "X has been under U.S. sanctions"); in an active clause the words before the measure are not
  // its object ("The move brings Taiwan in line with export restrictions").
  const preFrom = Math.max(anchorEnd, afterPrev, clause)
  // A trade status belongs to the state named before it ("revoke Russia's most-favoured-nation
  // status", "strips Russia and Belarus of MFN status").
  const before = tokens[t.t0 - 1]
  // "identified the two ships as blocked property", "listed X as a sanctioned entity": the
  // object stands before "as".
  const asObject = before?.lower === 'as' && t.t0 >= 3
  // "The four settlers will have any assets in the UK frozen": the holders undergo the measure.
  const haveFrozen = t.type === 'asset_freeze' && /^(?:assets|funds|property|accounts|holdings)\b/i.test(s.text.slice(t.start - s.start)) && HAVE_ASSETS_RE.test(s.text.slice(0, t.start - s.start))
  const passive = isPassive(tokens, t) || under || t.type === 'trade_restriction' || isPossessive(before) || asObject || haveFrozen
  // "Sudan has been under a UN arms embargo covering the Darfur region": with the authority named
  // on the measure, the subject is the target and what follows only says how far it reaches.
  const subjectFirst = namedOn !== undefined && !hasReading(inner)
  // "Canberra placed Putin under sanctions in 2022, along with Lavrov": the object before the
  // measure, and the list that goes on after it.
  const placedUnder = under && tokens.slice(preFrom, t.t0).some((w) => PLACING_VERBS.has(w.lower))
  // "X and Y were also on the list, along with Z": the list of the subject goes on after the measure.
  const link = tokens[from]?.text === ',' ? from + 1 : from
  const subjectListGoesOn = LIST_GOES_ON.has(`${tokens[link]?.lower} ${tokens[link + 1]?.lower}`)
  const pre = (hasObject && !subjectFirst && !placedUnder && !subjectListGoesOn) || !passive ? EMPTY : readSlot(tokens, preFrom, t.t0, { ...opts, forward: false })
  const object = subjectFirst && pre.targets.length > 0 ? EMPTY : post
  if (t.slot) view.claimed.fill(1, t.slot[0], t.slot[1])
  if (object.lastRead) view.claimed.fill(1, from, object.lastRead)
  return { inner, post: object, pre, actors, negationFrom: Math.max(Math.min(actors.negFrom, anchorEnd), afterPrev), owner: adopted ? relative!.actor : undefined, under, relativeStatus: relative?.status }
}

const LIST_GOES_ON = new Set(['along with', 'together with', 'as well'])
const PLACING_VERBS = new Set(['placed', 'put', 'puts', 'places', 'placing', 'putting', 'brought', 'kept'])

// "designated two companies, meaning citizens are barred from transactions with them": the
// clause after the designation says what kind of measure it is.
const SPELLED_OUT_RE = /,\s*(?:meaning|which\s+means|which\s+meant|under\s+which|so\s+that|making)\b/i

/**
 * A designation followed by the measure it amounts to ("designated X, meaning ... barred from
 * dealings with them") is that one measure: the designation takes the kind spelled out, and the
 * spelled-out cue is not read again.
 */
function spelledOut(s: Sentence, triggers: Trigger[]): Trigger[] {
  for (let k = 0; k + 1 < triggers.length; k++) {
    const t = triggers[k]!
    const next = triggers[k + 1]!
    if (!/^designat/i.test(s.text.slice(t.start - s.start, t.end - s.start)) || next.type === t.type || next.lifts) continue
    const between = s.text.slice(t.end - s.start, next.start - s.start)
    if (!SPELLED_OUT_RE.test(between)) continue
    return [...triggers.slice(0, k), { ...t, type: next.type }, ...triggers.slice(k + 2)]
  }
  return triggers
}

/** Measures on unnamed people of a state, and the statements that may name them later. */
interface UnnamedGroups {
  /** With how many members the phrase counted, when it said ("three businessmen and a company": 4). */
  pending: { finding: Finding; states: TargetRef[]; sentence: number; members?: number }[]
  /** Named targets (no states) of each finding, by authority and sentence. */
  named: { authority: string; sentence: number; targets: TargetRef[] }[]
  /** Findings of "Among those sanctioned are X" and the like. */
  completions: Finding[]
  /** Measures of unstated kind that a specific one in the same sentence does not absorb. */
  standalone: Set<Finding>
  /** Completions read from the lines of a list ("- Vitaly Kovalev, 33, ..."). */
  listItems: Set<Finding>
  /** Findings whose states stand for people not yet named ("travel bans on Russian judges"). */
  peopleOf: { finding: Finding; states: string[]; sentence: number }[]
}

/**
 * "travel bans on 14 Russian individuals": if no later "Among those sanctioned are X" names them
 * (and no later sentence completed the group), the state stands as the target.
 */
function settleUnnamed(unnamed: UnnamedGroups, findings: Finding[]): void {
  // "... travel bans on Russian judges. The Foreign Office said it had designated Judge X, Y and
  // Z": the people the same authority names next replace their state.
  for (const { finding, states, sentence } of unnamed.peopleOf) {
    const namedLater = unnamed.named.some((n) => n.authority === finding.authority.id && n.sentence > sentence && n.sentence - sentence <= 3 && n.targets.some((t) => t.kind === 'person'))
    if (namedLater) finding.targets = finding.targets.filter((t) => !states.includes(t.id))
  }
  for (const { finding, states, sentence, members } of unnamed.pending) {
    if (finding.targets.length) continue
    // ("seven Russian men ... Those named are: - A ...; - B ...": a list that names them, whatever
    // kinds of measure it repeats.)
    const named = unnamed.completions.some((f) => f.authority.id === finding.authority.id && (f.type === finding.type || unnamed.listItems.has(f)) && f.span[0] > finding.span[0])
    // The measures reported on "the seven" before the list came took the state for them; the
    // list names who they are.
    // (A measure of a named kind on "they" before the list applies to everyone the list names.)
    const items = [...unnamed.listItems].filter((f) => f.authority.id === finding.authority.id && f.span[0] > finding.span[0])
    if (items.length) {
      const ids = new Set(states.map((t) => t.id))
      const listed = uniqueTargets(items.flatMap((f) => f.targets))
      for (const f of findings) {
        if (f.authority.id !== finding.authority.id || f.span[0] < finding.span[0] || f.span[0] >= items[0]!.span[0]) continue
        const before = f.targets.length
        f.targets = f.targets.filter((t) => !ids.has(t.id))
        if (f.targets.length === 0 && f.type !== 'sanctions' && (before > 0 || f !== finding)) f.targets = [...listed]
      }
    }
    if (named) continue
    // "sanctions on three Lebanese businessmen and a money-exchange company. The Treasury said it
    // had designated A, B, C and D": the same authority names as many right after.
    // ("... designated A and B. It also blacklisted C": the count may be reached over a few sentences.)
    const namedNext = new Map<string, TargetRef>()
    for (const n of unnamed.named) {
      if (n.authority !== finding.authority.id || n.sentence <= sentence || n.sentence - sentence > 6 || (members !== undefined && namedNext.size >= members)) continue
      for (const t of n.targets) namedNext.set(t.id, t)
    }
    if (members !== undefined && namedNext.size === members) finding.targets.push(...namedNext.values())
    else finding.targets.push(...states)
  }
}

/** The findings of one sentence. */
function extractSentence(s: Sentence, mentions: Mention[], ctx: ArticleContext, swift: boolean, discourse: Discourse, unnamed: UnnamedGroups, listItem = false): Finding[] {
  const tokens = s.tokens
  noteMentions(s, mentions, ctx, discourse)
  let triggers = spelledOut(s, findTriggers(s, mentions, swift, ctx))
  // "Those named are:" and a line per name ("- Vitaly Kovalev, 33, a senior figure ..."): each
  // line names one more target of the measures just reported, like "Among those named is X".
  if (listItem && triggers.length === 0) triggers = [{ type: 'sanctions', start: s.start, end: tokens[0]!.end, t0: 0, t1: 1, lifts: false, inherits: true, listItem: true }]
  // A sentence that reports a measure of its own names that measure's targets, not the members
  // of a group described before.
  // ("The department did not add X": a sentence that denies names no member.)
  if (triggers.every((t) => t.inherits) && !DENIAL_RE.test(s.text) && !listItem) discourse.fillCountedGroup(s.index, tokens, mentions)
  discourse.noteNamed(mentions, s.index)
  if (triggers.length === 0) return []
  const view: SentenceView = { s, mentions, mentionAt: new Map(mentions.map((m) => [m.t0, m])), triggers, cues: findStatusCues(s, mentions), claimed: new Uint8Array(tokens.length) }
  const out: Finding[] = []
  const statuses: Status[] = []
  const listsMeasures = LISTS_MEASURES_RE.test(s.text)
  triggers.forEach((t, k) => {
    const { inner, post, pre, actors, negationFrom, owner, under, relativeStatus } = readMeasure(view, k)
    if (actors.rejected) return
    let status = relativeStatus ?? statusOf(s, t, view.cues, mentions, triggers[k + 1])
    // "removed most of its previous sanctions on Belarus, including measures against X": a part
    // of what was just ended.
    // ("lifted the border closures and financial sanctions it had imposed": both ended.)
    if (k > 0 && (tokens[t.t0 - 1]?.lower === 'including' || (tokens[t.t0 - 1]?.lower === 'and' && triggers[k - 1]!.t1 === t.t0 - 1)) && statuses[k - 1] === 'lifted') status = 'lifted'
    statuses[k] = status
    if (isNegated(s, t, tokens[negationFrom]?.start ?? s.start)) {
      // "will not ease its sanctions": denying the end of a measure says it stays in force.
      if (status !== 'lifted') return
      status = 'in_effect'
    }
    for (const i of pre.used) view.claimed[i] = 1

    let authorities = actors.ids
    if (actors.groupAnaphor) authorities = discourse.lastGroup(s.index)
    if (actors.pronoun) authorities = [subjectState(s, ctx) ?? discourse.lastSubject(s.index) ?? ''].filter(Boolean)
    // "The country also closed its airspace": the state just reported on.
    if (authorities.length === 0 && THE_STATE_RE.test(s.text.slice(0, t.start - s.start))) authorities = [discourse.lastState(s.index) ?? ''].filter(Boolean)
    // "China retaliated within hours. Its foreign ministry said it would sanction ...": the
    // government of the state the last sentences were about.
    if (authorities.length === 0 && ITS_GOVERNMENT_RE.test(s.text.slice(0, t.start - s.start))) authorities = [discourse.lastSubject(s.index) ?? ''].filter(Boolean)
    // "The Commerce Ministry separately added X ...": a ministry of no named state is one of the
    // state the article is about.
    if (authorities.length === 0 && THE_MINISTRY_RE.test(s.text.slice(0, t.start - s.start))) authorities = [discourse.lastSubject(s.index) ?? discourse.lastState(s.index) ?? ''].filter(Boolean)
    // "Lebanon's central bank said its Special Investigation Commission would ... freeze": a
    // body of the subject's own acts for the subject's state.
    const ownBodyActs = authorities.length === 0 && SAID_ITS_BODY_RE.test(s.text.slice(0, t.start - s.start))
    if (ownBodyActs) authorities = [subjectState(s, ctx) ?? ''].filter(Boolean)
    // "..., the ministry said": the government of the state the last sentences were about.
    if (authorities.length === 0 && THE_MINISTRY_SAID_RE.test(s.text)) authorities = [discourse.lastSubject(s.index) ?? ''].filter(Boolean)
    // "Diplomats said member states were weighing a ban ...": the members of the organisation
    // just reported on, acting through it.
    if (authorities.length === 0 && MEMBER_STATES_RE.test(s.text.slice(0, t.start - s.start))) authorities = [discourse.lastOrganisation(s.index) ?? ''].filter(Boolean)
    if (authorities.length === 0 && listsMeasures) authorities = [...new Set(discourse.latestStatement(s.index).map((r) => r.authority))]
    // "The ban covers X": the authority of the ban just reported.
    // ("The export ban covers semiconductors ...": a ban of a kind it names, restated.)
    const describedBan = DEFINITE.has(tokens[t.t0 - 1]?.lower ?? '') && CONTENT_VERBS.has(tokens[t.t1]?.lower ?? '') && BAN_TYPES.includes(t.type)
    const earlierBan = t.restates ? discourse.latestOfTypes(BAN_TYPES, s.index) : describedBan ? discourse.latestOfTypes([t.type], s.index) : undefined
    if (authorities.length === 0 && earlierBan) authorities = [earlierBan.authority]
    // "In Germany, regulators had already banned ...": the state the sentence opens in.
    if (authorities.length === 0 && !t.inherits && tokens[0]?.lower === 'in') authorities = [openingState(s, ctx) ?? ''].filter(Boolean)
    if (authorities.length === 0 && !t.inherits) authorities = discourse.authoritiesFor(t.type, s.index)
    // ("The package also froze the assets of X": the package the authority just reported on.)
    if (authorities.length === 0 && !t.inherits && PACKAGE_SUBJECT_RE.test(s.text.slice(0, t.start - s.start))) authorities = discourse.lastAuthorities(s.index)
    // "The designations freeze any property ...": the measures just reported, with their authority.
    if (authorities.length === 0 && !t.inherits && THE_MEASURES_RE.test(s.text)) authorities = [...new Set(discourse.latestStatement(s.index).map((r) => r.authority))]
    // "the licences do not unfreeze the oil company's assets": whoever imposed the measures on
    // the company referred back to is the one acting on it.
    if (authorities.length === 0 && !t.inherits) {
      const anaphors = [inner, post, pre].flatMap((r) => r.anaphors).filter((a) => a.noun) // "the company", not "its"
      authorities = [...new Set(anaphors.flatMap((a) => discourse.authoritiesOfGroup(a, s.index)))]
      // "The three officers will also be banned ...": whoever acted on the group still to be named.
      if (authorities.length === 0) authorities = [...new Set(anaphors.flatMap((a) => discourse.awaitingGroupFor(a, s.index)?.findings.map((f) => f.authority.id) ?? []))]
    }
    // "Among those sanctioned are X", "The list also included X": X gets every measure of the
    // statement just reported, with its authority, kind and status.
    // (A line of a list gets the latest statement of every authority that just acted together.)
    const plans: Plan[] = t.inherits
      ? (t.listItem ? discourse.recentStatements(s.index) : discourse.latestStatement(s.index, authorities)).map((p) => (t.ownStatus ? { ...p, status } : p))
      : authorities.map((authority) => ({ authority, type: undefined, status }))
    if (owner && !plans.some((p) => p.authority === owner)) plans.push({ authority: owner, type: undefined, status: 'in_effect' })

    if (plans.length === 0) return

    const readings = [inner, post, pre]
    const named = readings.flatMap((r) => r.targets)
    const anaphors = readings.flatMap((r) => r.anaphors)
    const described = readings.flatMap((r) => r.described)
    // "The seven men, who also include X and Y": X and Y complete the group named before.
    if (/\b(?:includ|among)/i.test(s.text)) {
      for (const r of readings) {
        const people = r.targets.filter((x) => x.kind !== 'country')
        for (const a of r.anaphors) discourse.completeGroup(a, s.index, people)
      }
    }
    // ("After X travelled to Taipei, Beijing imposed sanctions on her": the one person named
    // earlier in the sentence, before anyone reported on in earlier sentences.)
    const resolved = anaphors.flatMap((a) => {
      const here = !a.noun && a.kinds.length === 1 && a.kinds[0] === 'person' ? personBefore(mentions, t, tokens) : []
      return here.length ? here : discourse.resolve(a, s.index)
    })
    // "The three officers will also be banned ..." before the article names them.
    const awaiting = resolved.length === 0 && anaphors.length === 1 ? discourse.awaitingGroupFor(anaphors[0]!, s.index) : undefined
    for (const r of readings) discourse.noteCountries(r.countries, s.index)
    let targets = uniqueTargets([...named, ...resolved])
    if (targets.length === 0) targets = uniqueTargets(readings.flatMap((r) => r.sectors))
    // Nothing after the measure and nothing before it: the targets are those discussed just
    // before ("the US sanctions will include a travel ban").
    // "They include an oil embargo, restrictions on investment and asset freezes on 273 people":
    // the parts of the sanctions just reported, on the same targets unless one names its own.
    const partOfEarlier = listsMeasures && targets.length === 0 && anaphors.length === 0
    // ("The measures took effect on Friday": a date is no target phrase.)
    const implicit = partOfEarlier || (targets.length === 0 && anaphors.length === 0 && described.length === 0 && ((!post.opened && !inner.opened) || t.ownStatus === true))
    // ("The ban has helped push food prices up": a ban just reported, restated with nothing new.)
    if (implicit && (t.ownTargets || t.restates)) return
    // '"The sanctions were a blunt instrument," said an analyst': a quoted remark about "the
    // sanctions", naming neither who imposed them nor on whom, comments on measures already
    // reported; it reports none (and guessing its authority from the last sentence misleads).
    // ('... the 11 had "behaved egregiously", and that the sanctions took effect from Monday':
    // a measure outside the quoted words is still reported.)
    if (implicit && actors.ids.length === 0 && !t.inherits && t.type === 'sanctions' && DEFINITE.has(tokens[t.t0 - 1]?.lower ?? '') && QUOTATION_RE.test(s.text) && !quotedAside(s, t)) return
    // '"Nine days from designation to delisting is fast," said an analyst': inside a quotation,
    // a measure with neither an authority nor a target of its own is commentary.
    if (implicit && actors.ids.length === 0 && !t.inherits && insideQuotation(s, t)) return
    // ("Under the oil embargo, EU countries will stop buying Russian crude ...": an opening phrase
    // that names the measure the rest of the sentence reports.)
    if (implicit && tokens[0]?.lower === 'under' && tokens.slice(t.t1, t.t1 + 2).some((w) => w.text === ',')) return
    // ('warned that Beijing would take "further resolute countermeasures" if ...': a threat of
    // more measures on no one named reports none.)
    if (implicit && !t.inherits && t.type === 'sanctions' && FURTHER_RE.test(s.text.slice(0, t.start - s.start)) && CONDITION_RE.test(s.text.slice(t.end - s.start))) return
    // (A measure of no target of its own in a relative clause about the subject describes it.)
    if (implicit && !t.inherits && t.type === 'sanctions' && insideRelativeAside(tokens, t)) return

    const nouns = [...described, ...anaphors.flatMap((a) => (a.noun ? [a.noun] : []))]
    const cue = s.text.slice(t.start - s.start, t.end - s.start)
    // "The council first imposed the embargo in 2018": "the embargo" is the embargo just reported.
    // "... designated the Houthis a terrorist organisation, but the next administration revoked
    // the designation": the designation just reported, of the kind it was reported as.
    const earlierEmbargo = implicit && t.type === 'sanctions' && /^embargo/i.test(cue) && DEFINITE.has(tokens[t.t0 - 1]?.lower ?? '')
      ? discourse.latestOfTypes(EMBARGO_TYPES, s.index)
      : implicit && /^designation$/i.test(cue) && DEFINITE.has(tokens[t.t0 - 1]?.lower ?? '')
        ? discourse.latestOfTypes(DESIGNATION_TYPES, s.index)
        : undefined
    const made: Finding[] = []
    for (const plan of plans) {
      const id = plan.authority
      const own = countryOf(id)
      // "The Russian embassy said the sanctions would have no effect on the officials": with no
      // target named, a state on the receiving end of the measures just reported speaks of them.
      // ("its Special Investigation Commission would ... freeze any accounts linked to the four":
      // a body of its own that acts.)
      if (named.length === 0 && !readings.some((r) => r.sectors.length) && !t.inherits && !ownBodyActs && discourse.onTargetSide(id, s.index)) continue
      const restated = earlierEmbargo?.authority === id ? earlierEmbargo : undefined
      // "It has since extended the ban to X": the ban just reported, on targets of its own.
      const banKind = earlierBan?.authority === id ? earlierBan : undefined
      // "..., though an arms embargo remained in place": an embargo on arms is on the state just
      // written about, not on the people named last.
      let list = restated ? restated.targets : implicit ? discourse.targetsFor(id, t.type, s.index, JOINING_RE.test(s.text), SIMILAR_RE.test(s.text), DEFINITE.has(tokens[t.t0 - 1]?.lower ?? '')) : targets
      // "all property of the designated people and companies ... is blocked": everyone the
      // authority has just designated.
      // ("forbidden from doing business with any of those named": the same, as the object.)
      if (!restated && ((implicit && DESIGNATED_GROUP_RE.test(s.text)) || (named.length === 0 && anaphors.some((a) => a.everyone)))) list = discourse.allTargetsOf(id, s.index)
      if (implicit && !restated && t.type === 'arms_embargo' && !list.some((x) => x.kind === 'country')) {
        const state = discourse.resolve({ kinds: ['country'] }, s.index)
        if (state.length) list = state
      }
      // A state does not impose measures on itself ("Russian sanctions" are on Russia).
      if (own) list = list.filter((x) => !(x.kind === 'country' && x.id === countryTarget(own).id))
      // "sanctions on four companies": with targets not yet named, the measure is kept aside
      // (it is not reported) so that a later "Among those targeted was X" or "The vessels,
      // which include X" can complete it.
      // "travel bans on 12 Russian officials": unnamed people of a state stand for the state, unless
      // the article names them later (decided once the whole article is read).
      const unnamedOf = list.length === 0 && described.length > 0 && anaphors.length === 0 && !t.inherits ? uniqueTargets(readings.flatMap((r) => r.statesOfDescribed)) : []
      // "Also sanctioned are the lenders X and Y" after asset freezes and travel bans on people:
      // an organisation does not travel.
      if (t.inherits && plan.type === 'travel_ban' && list.length > 0 && list.every((x) => x.kind === 'organization' || x.kind === 'vessel')) continue
      // "banning exports of machine tools to Russia and freezing the assets of dozens more ...
      // Among those added to the list were X and Y": a measure on the state itself is not one on
      // the people and companies named after it.
      if (t.inherits && plan.type && STATE_WIDE_TYPES.has(plan.type) && plan.targets?.every((x) => x.kind === 'country') && list.length > 0 && list.every((x) => x.kind !== 'country')) continue
      if (list.length === 0 && awaiting && !implicit) {
        // Kept with the group; the findings are reported once the members are named (and
        // dropped if they never are).
        const finding: Finding = { authority: authorityRef(id), type: plan.type ?? t.type, status: plan.status, targets: [], quote: s.text, span: [s.start, s.end] }
        awaiting.findings.push(finding)
        out.push(finding)
        // (Remembered, so that a list naming the group later repeats this kind of measure.)
        discourse.remember(id, finding.type, finding.status, finding.targets, s.index, nouns)
        continue
      }
      if (list.length === 0 && (described.length === 0 || anaphors.length > 0)) continue
      const type = restated ? restated.type : banKind ? banKind.type : list.length ? plan.type ?? refineType(t.type, cue, list) : plan.type ?? t.type
      const findingStatus = banKind && CONTENT_VERBS.has(tokens[t.t1]?.lower ?? '') ? banKind.status : plan.status
      const finding: Finding = { authority: authorityRef(id), type, status: findingStatus, targets: [...list], quote: s.text, span: [s.start, s.end] }
      out.push(finding)
      made.push(finding)
      // ("sanctions on two senior officials and a fuel company": of no state, but counted, so
      // that the members named in the next sentences complete it.)
      const counted = readings.flatMap((r) => r.counted)
      if (unnamedOf.length || (list.length === 0 && counted.length && !t.inherits)) {
        unnamed.pending.push({ finding, states: unnamedOf, sentence: s.index, ...(counted.length ? { members: counted.reduce((n, c) => n + c.count, 0) } : {}) })
      }
      const people = list.filter((x) => x.kind !== 'country')
      if (people.length && !t.inherits) unnamed.named.push({ authority: id, sentence: s.index, targets: people })
      // ("asset freezes on Russian judges and prosecutors": the state, until the judges are named.)
      const peopleOf = named.length === 0 ? readings.flatMap((r) => r.peopleOf).map((x) => x.id) : []
      if (peopleOf.length) unnamed.peopleOf.push({ finding, states: peopleOf, sentence: s.index })
      if (t.inherits) unnamed.completions.push(finding)
      if (t.listItem) unnamed.listItems.add(finding)
      // "Deripaska himself remains under sanctions, and his assets remain frozen": a state of
      // being under sanctions is reported in its own right, beside the specific measures.
      if (under && type === 'sanctions') unnamed.standalone.add(finding)
      discourse.remember(id, type, findingStatus, finding.targets, s.index, nouns)
    }
    const group = implicit ? undefined : discourse.rememberTargets([...targets], nouns, s.index, made, described.length > 0)
    // "designated one individual, two companies and two tankers": the members named in the next
    // sentences ("Those named include X", "The second company, Y") complete these findings.
    const counted = readings.flatMap((r) => r.counted)
    if (group && counted.length && made.length) discourse.openCountedGroup(counted, group, s.index)
    if (made.length) discourse.rememberGroup([...new Set(plans.map((p) => p.authority))], s.index)
  })
  return out
}

/**
 * Within one sentence, a measure of unstated kind ("sanctions") is dropped for the targets
 * that the same authority's more specific measure already covers ("the US sanctions will
 * include a travel ban"). Findings that agree on everything but targets are merged.
 */
function finalize(findings: Finding[], headline?: Sentence, standalone = new Set<Finding>()): Finding[] {
  // Targets of measures of a named kind, by authority and sentence.
  const specific = new Map<string, Set<string>>()
  // (An end and a measure left in force are two measures: "removed its sanctions on X, though
  // an arms embargo remained in place".)
  const ended = (f: Finding): string => (f.status === 'lifted' ? 'lifted' : 'open')
  for (const f of findings) {
    if (f.type === 'sanctions') continue
    const k = `${f.authority.id}|${f.span[0]}|${ended(f)}`
    const ids = specific.get(k) ?? new Set<string>()
    for (const t of f.targets) ids.add(t.id)
    specific.set(k, ids)
  }
  const pruned: Finding[] = []
  for (const f of findings) {
    const covered = f.type === 'sanctions' && !standalone.has(f) ? specific.get(`${f.authority.id}|${f.span[0]}|${ended(f)}`) : undefined
    const targets = covered ? f.targets.filter((t) => !covered.has(t.id)) : f.targets
    if (targets.length) pruned.push(targets === f.targets ? f : { ...f, targets })
  }
  // A headline restates the body in shorthand ("China restricts exports" for "would impose
  // export controls"): where the body reports the same measure, the body's wording decides.
  const inBody = reportedKeys(pruned.filter((f) => f.span[0] !== headline?.start))
  // A headline names its subjects in shorthand ("Jalisco cartel", "Ortega-Murillo inner circle"):
  // a target the body never reports for that authority is a shortened name, not another target.
  const actedOnInBody = new Set(pruned.filter((f) => f.span[0] !== headline?.start).flatMap((f) => f.targets.map((t) => `${f.authority.id}|${t.id}`)))
  const bodyReports = pruned.some((f) => f.span[0] !== headline?.start)
  const kept = pruned.flatMap((f) => {
    const targets = f.span[0] === headline?.start ? f.targets.filter((t) => !inBody.has(`${f.authority.id}|${f.type}|${t.id}`) && (!bodyReports || actedOnInBody.has(`${f.authority.id}|${t.id}`))) : f.targets
    return targets.length ? [{ ...f, targets }] : []
  })
  // (The rules quote whole sentences, so the start of the quote tells the sentence.)
  return mergeFindings(kept, (f) => `${f.authority.id}|${f.type}|${f.status}|${f.span[0]}`)
}

/** One finding per key, holding the targets of every finding under that key, each once. */
function mergeFindings(findings: Finding[], keyOf: (f: Finding) => string): Finding[] {
  const merged = new Map<string, Finding>()
  for (const f of findings) {
    const k = keyOf(f)
    const prior = merged.get(k)
    if (prior) prior.targets = uniqueTargets([...prior.targets, ...f.targets])
    else merged.set(k, { ...f, targets: [...f.targets] })
  }
  return [...merged.values()]
}

/** "... in the United States, Britain and the European Union": the authorities listed after "in" or "by" at `at`. */
function authoritiesAfter(tokens: Token[], at: number, mentions: Mention[]): string[] {
  if (!['in', 'by', 'from'].includes(tokens[at]?.lower ?? '')) return []
  const ids: string[] = []
  let k = at + 1
  for (;;) {
    while (AUTHORITY_LIST_WORDS.has(tokens[k]?.lower ?? '')) k++
    const m = mentions.find((x) => x.t0 === k && x.actor && (x.kind === 'country' || x.kind === 'authority'))
    if (!m || isPossessive(tokens[m.t1])) break
    ids.push(m.actor!)
    k = m.t1
  }
  return [...new Set(ids)]
}

/** The one person named before the measure in its sentence who neither speaks nor acts (else none). */
function personBefore(mentions: Mention[], t: Trigger, tokens: Token[]): TargetRef[] {
  // (A name before "list" names the list: "its Specially Designated Nationals list".)
  const people = mentions.filter((m) => m.t1 <= t.t0 && m.kind === 'person' && m.target && !m.speaker && !m.actor && tokens[m.t1]?.lower !== 'list')
  return people.length === 1 ? [people[0]!.target!] : []
}

/** "In Mexico City, ...", "In Germany, ...": the state a sentence opens in. */
function openingState(s: Sentence, ctx: ArticleContext): string | undefined {
  const opening = s.tokens[0]?.lower === 'in' ? findMentions(s.tokens.slice(1, 5), ctx, true).find((m) => m.t0 === 0 && m.kind === 'country' && s.tokens[m.t1 + 1]?.text === ',') : undefined
  return opening?.actor && opening.actor.length === 2 ? opening.actor : undefined
}

/** The state a sentence opens with ("China retaliated ...", "Beijing said ..."), if any. */
// A line of a list: a dash or bullet, then a name.
const BULLET_RE = /^[-–—•*▪]\s+\p{Lu}/u
// A sentence that opens a list of those a measure names ("Those named are:", "The list includes:").
const LIST_OPENER_RE = /\b(?:named|listed|designated|sanctioned|targeted|blacklisted|added|includes?|included|are|were)\s*:\s*$/i

// Last words of a phrase of time that opens a sentence ("A day later,", "On Friday,", "Last month,").
const TIME_OPENERS = new Set(['later', 'earlier', 'ago', 'week', 'month', 'year', 'day', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'meanwhile', 'separately', 'previously', 'yesterday', 'today'])

function subjectState(s: Sentence, ctx: ArticleContext): string | undefined {
  // ("In Mexico City, the Finance Ministry said it had frozen ...": the capital opening the
  // sentence says whose government speaks.)
  const opening = openingState(s, ctx)
  if (opening) return opening
  // ("Neighbouring Liechtenstein, ...": a capitalised word that describes the state may open it.)
  // ("A day later, the U.S. Treasury designated ...": after an opening phrase of time.)
  const comma = s.tokens.findIndex((w, i) => i < 5 && w.text === ',')
  const from = comma > 0 && TIME_OPENERS.has(s.tokens[comma - 1]!.lower) ? comma + 1 : 0
  const tokens = s.tokens.slice(from, from + 4)
  const found = findMentions(tokens, ctx, true)
  const first = found.find((m) => m.t0 === 0 || (m.t0 === 1 && (tokens[0]!.lower === 'the' || (tokens[0]!.cap && /(?:ing|al|ed)$/.test(tokens[0]!.lower) && !found.some((x) => x.t0 === 0)))))
  // ("The German scholar Adrian Zenz ...": an adjective on a person is no state acting.)
  if (first?.kind === 'adjective' && !GOVERNMENT_NOUNS.has(tokens[first.t1]?.lower ?? '')) return undefined
  return first?.actor && first.actor.length === 2 ? first.actor : undefined
}

/** What the rules read in an article: their findings, and its sentences with the names found in each. */
export interface RuleReading {
  findings: Finding[]
  sentences: Sentence[]
  /** The names of each sentence as the rules found them (none in captions, which report nothing). */
  names: Mention[][]
}

/** The rules' reading of an article; the learned passes, and their training, start from it. */
export function readByRules(text: string): RuleReading {
  const sentences = splitSentences(text)
  const ctx = articleContext(sentences)
  const swift = SWIFT_RE.test(text)
  let discourse = new Discourse()
  const findings: Finding[] = []
  const unnamed: UnnamedGroups = { pending: [], named: [], completions: [], standalone: new Set(), peopleOf: [], listItems: new Set() }
  // The sentence that opens a list with a colon ("Those named are:"), while its lines follow.
  let listOpener: Sentence | undefined
  const names: Mention[][] = sentences.map(() => [])
  for (const s of sentences) {
    if (s.caption) continue
    ctx.titleCase = s.headline && isTitleCase(s)
    const item = listOpener !== undefined && BULLET_RE.test(s.text)
    if (!item) listOpener = LIST_OPENER_RE.test(s.text) ? s : undefined
    // (The names are found with the context as it stands at this sentence: the title case of a
    // headline, the bodies named so far.)
    names[s.index] = findMentions(s.tokens, ctx)
    findings.push(...extractSentence(s, names[s.index]!, ctx, swift, discourse, unnamed, item))
    // Few sentences ask which state the ones before them opened with, so that is read only when
    // asked, with the context as it stands now (the bodies named so far, the title case).
    const now: ArticleContext = { ...ctx, bodyWords: new Map(ctx.bodyWords) }
    discourse.noteOpening(s.index, () => subjectState(s, now))
    ctx.titleCase = false
    // The body restates the headline in full; nothing in it refers back to the headline.
    if (s.headline) discourse = new Discourse()
  }
  settleUnnamed(unnamed, findings)
  return { findings: finalize(findings, sentences.find((s) => s.headline), unnamed.standalone), sentences, names }
}

/**
 * Extracts the sanctions findings an article reports.
 *
 * @param text the article as plain text, headline on the first line
 * @param options `publishedAt` of the article, if known; `learnedPasses: false` for the rules alone
 * @returns one finding per (authority, measure type, status) and quote, with `span` such that
 *   `text.slice(span[0], span[1]) === quote`. The rules quote the sentence that reports a measure;
 *   what the learned passes add quotes the sentences from the measure to the name or kind added.
 */
export function extractFindings(text: string, options: ExtractOptions = {}): Finding[] {
  const reading = readByRules(text)
  if (options.learnedPasses === false) return reading.findings
  // Both passes read the rules' findings, as in training; a kind is not spread to a name the
  // first pass has just added for that kind.
  const { findings, sentences, names } = reading
  const attached = attachByModel(text, findings, sentences, names)
  // The passes add a finding for each finding they start from, so two of theirs (or one of theirs
  // and one of the rules') can share a quote: one finding per authority, type, status and quote.
  const added = [...attached, ...spreadKinds(text, findings, sentences, reportedKeys(attached))]
  return mergeFindings(added, (f) => `${f.authority.id}|${f.type}|${f.status}|${f.span[0]}|${f.span[1]}`)
}

// Workers count CPU per request. The cue tables hold about a hundred regular expressions that
// V8 compiles on first use, separately for one-byte and two-byte strings, and the code runs
// slowly until the engine has seen it a few times; left to the first request, that warm-up
// would take most of its budget. Running a short article (in two-byte and one-byte form)
// through the extractor when the module loads moves most of that cost to isolate start-up.
const WARM_UP =
  'EU to weigh sanctions on Russian banks\n' +
  'The United States and Britain will freeze the assets of Roman Abramovich’s companies, ban imports of oil, close their airspace to Aeroflot and bar exports to Iran. ' +
  'The Council of Europe suspended Russia, officials said, and Japan was considering a ban on investment, tariffs, an arms embargo and SWIFT. ' +
  '“We have not lifted the travel ban,” said Foreign Minister Jane Doe of Canada, whose broadcast ban on RT took effect on Monday.'
for (const sample of [WARM_UP, WARM_UP.replace(/[’“”]/g, "'")]) extractFindings(sample)

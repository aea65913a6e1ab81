/**
 * How far along a measure is, read from the words of its own clause: a modal or plan word
 * before it ("will move to freeze"), the tense of its verb ("froze"), a governing verb
 * ("approved an asset freeze") or a predicate after it ("had been in force").
 */
import type { Status } from '../domain/taxonomy'
import { SPEECH_VERBS } from './data/words'
import { CLAUSE_BREAK_WORDS, PRESENT_VERB_NOUNS, STATUS_CUES } from './lexicon'
import type { Mention } from './mentions'
import type { Sentence } from './sentences'
import { commaAsides, isPossessive, isRelativePronoun, tokenAt, type Token } from './tokens'
import type { Trigger } from './triggers'

export interface CueHit {
  status: Status
  start: number
  end: number
  modal: boolean
}

/**
 * All status cues of a sentence, in text order. A cue word inside a name of two words or more
 * says nothing ("the Scientific Studies and Research Centre").
 */
export function findStatusCues(s: Sentence, mentions: Mention[] = []): CueHit[] {
  const hits: CueHit[] = []
  for (const cue of STATUS_CUES) {
    cue.re.lastIndex = 0
    for (let m = cue.re.exec(s.text); m; m = cue.re.exec(s.text)) {
      hits.push({ status: cue.status, start: s.start + m.index, end: s.start + m.index + m[0].length, modal: cue.modal === true })
    }
  }
  const names = mentions.filter((m) => m.t1 - m.t0 >= 2 && m.target)
  const outside = names.length ? hits.filter((c) => !names.some((m) => c.start >= s.tokens[m.t0]!.start && c.end <= s.tokens[m.t1 - 1]!.end)) : hits
  return outside.sort((a, b) => a.start - b.start)
}

const isBreak = (t: Token): boolean => CLAUSE_BREAK_WORDS.has(t.lower) || t.text === ';' || t.text === ':' || t.text === '—' || t.text === '–'

/** Token index where the clause containing token `i` starts. */
export function clauseStart(tokens: Token[], i: number): number {
  for (let k = i - 1; k >= 0; k--) if (isBreak(tokens[k]!)) return k + 1
  return 0
}

/** Token index (exclusive) where the clause containing token `i` ends. */
export function clauseEnd(tokens: Token[], i: number): number {
  for (let k = i + 1; k < tokens.length; k++) if (isBreak(tokens[k]!)) return k
  return tokens.length
}

const FOLLOWS_VERB = new Set(['on', 'against', 'the', 'will', 'would', 'were', 'are', 'is', 'was', 'have', 'had', 'has', 'could', 'may', 'might', 'should', 'and', 'or', ',', '.', 'to', 'for', 'of', 'that', 'which', 'in'])

/**
 * "UK sanctions Abramovich", "EU bans Russian oil": a present-tense measure verb right after
 * its authority (not "the US sanctions ...", not "US sanctions on ...").
 */
function presentTenseVerb(s: Sentence, t: Trigger, mentions: Mention[]): boolean {
  const word = s.tokens[t.t0]
  if (!word || !PRESENT_VERB_NOUNS.has(word.lower)) return false
  const subject = mentions.find((m) => m.t1 === t.t0 && m.actor)
  if (!subject) return false
  const det = s.tokens[subject.t0 - 1]?.lower
  if (det && ['the', 'its', 'their', 'new', 'of', 'on', 'against', 'by', 'with'].includes(det)) return false
  const next = s.tokens[t.t1]
  return next !== undefined && !FOLLOWS_VERB.has(next.lower)
}

// Documents that carry a measure ("a bill revoking ...", "the decree freezing ...").
const DOCUMENT_NOUNS = new Set(['act', 'bill', 'law', 'legislation', 'order', 'decree', 'resolution', 'package', 'proposal', 'plan', 'regulation', 'directive', 'amendment', 'measure', 'motion', 'draft'])
const MODALS = new Set(['will', 'would', 'could', 'may', 'might'])
const COPULAS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'remain', 'remains', 'remained', 'has', 'have', 'had', 'will', 'would', 'could', 'may', 'might', 'stay', 'stays', 'stayed', 'took', 'takes', 'came', 'comes', 'expired', 'expires', 'lapsed'])

/**
 * Whether a cue after the measure is its predicate: a copula stands between ("its ban ... had
 * been in force") or the cue follows right after ("sanctions could ..."). A modal further on
 * belongs to another clause ("freeze any assets the officials may have").
 */
function isPredicate(tokens: Token[], t: Trigger, cue: CueHit): boolean {
  const at = tokenAt(tokens, cue.start)
  if (at - t.t1 <= 2) return true
  for (let k = t.t1; k <= at && k < tokens.length; k++) if (COPULAS.has(tokens[k]!.lower) && !MODALS.has(tokens[k]!.lower)) return true
  // "its own ban on imports of Russian liquefied natural gas would take effect": the measure's
  // complement runs up to the verb, with no clause of its own in between.
  const between = tokens.slice(t.t1, at)
  return COMPLEMENT_PREPS.has(between[0]?.lower ?? '') && between.length <= 8 &&
    !between.some((w) => w.kind === 'punct' || RELATIVE_OR_PRONOUN.has(w.lower))
}
const COMPLEMENT_PREPS = new Set(['of', 'on', 'against', 'to', 'from', 'for', 'in'])
const RELATIVE_OR_PRONOUN = new Set(['that', 'which', 'who', 'it', 'they', 'he', 'she', 'we', 'and', 'or'])

// Participles that also work as adjectives on a measure noun ("targeted sanctions" says what kind
// of sanctions, not that they were applied: "considering targeted sanctions" is still proposed).
const ATTRIBUTIVE_PARTICIPLES = new Set(['targeted'])

const MEASURE_NOUNS = new Set(['sanctions', 'measures', 'ban', 'bans', 'freeze', 'freezes', 'restrictions', 'embargo', 'embargoes', 'designations', 'penalties', 'tariffs', 'controls'])

/**
 * Whether a cue is only an adjective on a measure noun: "targeted [economic] sanctions" (this
 * measure's or an earlier one's: "would impose targeted financial sanctions and travel bans").
 */
function isAttributive(tokens: Token[], t: Trigger, cue: CueHit): boolean {
  const at = tokenAt(tokens, cue.start)
  if (!ATTRIBUTIVE_PARTICIPLES.has(tokens[at]?.lower ?? '')) return false
  for (let k = at + 1; k <= Math.min(at + 3, t.t0); k++) {
    const w = tokens[k]
    if (!w) return false
    if (k === t.t0 || MEASURE_NOUNS.has(w.lower)) return true
    if (w.kind !== 'word' || w.cap || FOLLOWS_VERB.has(w.lower)) return false
  }
  return false
}

// ", a ban it lifted in 2016", ", a measure that Washington scrapped last year": an apposition
// that names the measure again and reports its end.
const ENDED_APPOSITION_RE = /^[^.;]*?,\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?(?:ban|bans|embargo|embargoes|measures?|moves?|steps?|sanctions|restrictions?|freeze|exclusion|disconnection|designations?|listings?)\s+(?:that\s+|which\s+)?(?:it|they|the\s+[a-z]+|\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*)\s+(?:\w+ly\s+)?(?:lifted|ended|scrapped|revoked|rescinded|repealed|dropped|reversed|withdrew|eased)\b/u

const LIFTING_PARTICIPLE_RE = /^[^.;]*?,\s+(?:before\s+|only\s+to\s+)?(?:lifting|removing|rescinding|revoking|dropping|scrapping|lift|remove|rescind|revoke|drop|scrap)\s+(?:the\s+(?:measures|sanctions|ban|bans|designations?|restrictions)|them|it)\b/

/** Whether an apposition after the measure's clause says the measure was ended later. */
function endedInApposition(s: Sentence, t: Trigger, nextTrigger?: Trigger): boolean {
  const end = nextTrigger && nextTrigger.start > t.end ? nextTrigger.start : s.end
  const after = s.text.slice(t.end - s.start, end - s.start)
  // The apposition noun may itself be read as the next measure ("an embargo it lifted"): then
  // the range stops at it, so read on to the end of the sentence in that case.
  // "sanctioned X and Y over ..., lifting the measures in November": ended later in the same sentence.
  if (LIFTING_PARTICIPLE_RE.test(after)) return true
  const m = ENDED_APPOSITION_RE.exec(after) ?? (nextTrigger && /,\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?$/.test(after) ? ENDED_APPOSITION_RE.exec(s.text.slice(t.end - s.start)) : null)
  return m !== null
}

const SUBJECT_PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we', 'you'])
const POSSESSION_VERBS = new Set(['have', 'hold', 'own', 'possess', 'control'])
// Words after which a pronoun opens a clause of its own ("said it would", "that they may").
const CLAUSE_OPENERS = new Set(['that', 'and', 'or', 'but', 'whether', 'where', 'which', 'who', 'as', 'because', 'if', 'when', 'so', 'than'])

/**
 * "cap the petroleum it may import", "freeze any assets the officials may have": a modal in a
 * clause that describes a noun says nothing about the measure.
 */
function inReducedRelative(tokens: Token[], cue: CueHit): boolean {
  if (!cue.modal) return false
  const at = tokenAt(tokens, cue.start)
  // "any assets the officials and firms may have": a modal of possession describes the holdings.
  const verb = tokens[at + 1]?.lower ?? ''
  // ("Canada may have frozen ..." is a perfect, not a possession: only a preposition or a stop may follow.)
  const after = tokens[at + 2]
  if (POSSESSION_VERBS.has(verb) && (!after || after.kind === 'punct' || /^(?:in|at|on|under|abroad|overseas|outside|inside|with|through|via)$/.test(after.lower))) return true
  const noun = tokens[at - 2]
  if (!SUBJECT_PRONOUNS.has(tokens[at - 1]?.lower ?? '') || !noun || noun.kind !== 'word' || noun.cap) return false
  return !CLAUSE_OPENERS.has(noun.lower) && !CLAUSE_BREAK_WORDS.has(noun.lower) && !SPEECH_VERBS.has(noun.lower) && !/(?:ed|ly)$/.test(noun.lower)
}

/**
 * "The designations, made under an executive order Trump signed in February, block ...": a
 * cue inside an aside set off by commas (opened by a participle or a relative pronoun) tells
 * the story of something else; the verb after the aside has its own tense.
 */
function inAsideBefore(asides: [number, number][], tokens: Token[], cue: CueHit, t: Trigger): boolean {
  const at = tokenAt(tokens, cue.start)
  return asides.some(([a, b]) => a < at && at < b - 1 && b <= t.t0)
}

/** Asides opened by a relative pronoun or a participle (", made under an executive order ..., "). */
const opensStoryAside = (w: Token): boolean => isRelativePronoun(w) || (/ed$|^made$/.test(w.lower) && w.kind === 'word' && !w.cap)

// Plural documents too: "Resolutions adopted in 2017 ban ...".
const DOCUMENTS = new Set([...DOCUMENT_NOUNS, 'resolutions', 'laws', 'decrees', 'regulations', 'acts', 'orders', 'directives'])

/**
 * "Resolutions adopted in 2017 cap ... and ban ...": the participle says the document was
 * adopted; what the document does is told by its own verb.
 */
function describesDocument(tokens: Token[], cue: CueHit): boolean {
  if (cue.status !== 'adopted') return false
  const at = tokenAt(tokens, cue.start)
  return DOCUMENTS.has(tokens[at - 1]?.lower ?? '') && /ed$/.test(tokens[at]?.lower ?? '')
}

const ANNOUNCED_PAST = new Set(['announced', 'unveiled'])
// Words that may stand between "announced" and the measure it reports ("announced new sanctions").
const MEASURE_MODIFIERS = new Set(['the', 'a', 'an', 'new', 'fresh', 'further', 'more', 'additional', 'its', 'their', 'coordinated', 'sweeping', 'tough', 'tougher', 'targeted', 'economic', 'financial', 'wide-ranging', 'broad', 'joint', 'latest'])

/** "The sanctions announced on Monday target ...", "sanctions were announced": reported as taken. */
function announcedAfter(tokens: Token[], t: Trigger, after: CueHit): boolean {
  const at = tokenAt(tokens, after.start)
  if (!ANNOUNCED_PAST.has(tokens[at]?.lower ?? '')) return false
  return at === t.t1 || (at === t.t1 + 1 && ['was', 'were'].includes(tokens[t.t1]!.lower))
}

/** "announced [new] sanctions on X": past-tense announcement of the measure itself, with no modal before it. */
function announcedAsTaken(tokens: Token[], t: Trigger, nearest: CueHit, before: CueHit[]): boolean {
  const at = tokenAt(tokens, nearest.start)
  // "Britain acted the same day, announcing asset freezes against ...": the participle reports
  // what the clause before it did.
  const participle = /^(?:announcing|unveiling)$/.test(tokens[at]?.lower ?? '') && tokens[at - 1]?.text === ','
  if (nearest.status !== 'announced' || !(ANNOUNCED_PAST.has(tokens[at]?.lower ?? '') || participle)) return false
  if (before.some((c) => c.modal)) return false
  return tokens.slice(at + 1, t.t0).every((w) => MEASURE_MODIFIERS.has(w.lower))
}

/**
 * The cue nearest before the measure; a decision verb right after a modal takes the modal's
 * status ("is set to approve a ban", "would be formally adopted": not decided yet).
 */
function modalBeforeVerb(tokens: Token[], before: CueHit[]): CueHit | undefined {
  const last = before[before.length - 1]
  const prev = before[before.length - 2]
  if (!last || last.modal || last.status !== 'adopted' || !prev?.modal) return last
  const between = tokens.slice(tokenAt(tokens, prev.end), tokenAt(tokens, last.start))
  // ("will not adopt the EU's sanctions" denies the adoption; it does not plan it.)
  return between.length <= 2 && !between.some((w) => /^(?:not|never|n['’]t)$/.test(w.lower)) ? prev : last
}

const PROPOSAL_DOCUMENTS = new Set(['bill', 'draft', 'proposal', 'motion', 'amendment', 'legislation'])

/** Index of the document noun of "a bill that revokes ...", "the law which bans ..." just before the measure, or -1. */
function documentBefore(tokens: Token[], t: Trigger): number {
  // ("a bill that would sanction Turkish leaders and bar U.S. arms sales": the verbs of the
  // relative clause share it.)
  for (let k = t.t0 - 1; k >= Math.max(1, t.t0 - 16); k--) {
    const w = tokens[k]!
    if ((w.lower === 'that' || w.lower === 'which') && DOCUMENTS.has(tokens[k - 1]?.lower ?? '')) return k - 1
    if (CLAUSE_BREAK_WORDS.has(w.lower) || (w.kind === 'punct' && !['"', '“', '”'].includes(w.text) && !isPossessive(w))) return -1
  }
  return -1
}

/** The status of one measure, from the cues of its clause; `in_effect` when nothing says otherwise. */
export function statusOf(s: Sentence, t: Trigger, cues: CueHit[], mentions: Mention[], nextTrigger?: Trigger): Status {
  const tokens = s.tokens
  const from = tokens[clauseStart(tokens, t.t0)]?.start ?? s.start
  const asides = commaAsides(tokens, opensStoryAside)
  const before = cues.filter((c) => c.end <= t.start && c.start >= from && !isAttributive(tokens, t, c) && !inReducedRelative(tokens, c) && !describesDocument(tokens, c) && !inAsideBefore(asides, tokens, c, t))
  const overlap = cues.filter((c) => c.start < t.end && c.end > t.start)
  const nearest = modalBeforeVerb(tokens, before)
  const gap = nearest ? tokenAt(tokens, t.start) - tokenAt(tokens, nearest.end) : Infinity

  // "approving a bill that revokes normal trade relations": what the bill does is as far along as
  // the bill itself.
  const doc = documentBefore(tokens, t)
  if (doc >= 0 && !t.lifts) {
    const docStart = tokens[doc]!.start
    const ofDocument = before.filter((c) => c.end <= docStart)
    const last = modalBeforeVerb(tokens, ofDocument)
    // "would keep pushing a bill that would sanction ...": a bill not said to be passed is a proposal.
    if (PROPOSAL_DOCUMENTS.has(tokens[doc]!.lower) && (!last || last.modal || last.status === 'announced')) return 'proposed'
    if (last && last.status !== 'lifted') return last.status
  }
  if (t.lifts || overlap.some((c) => c.status === 'lifted') || endedInApposition(s, t, nextTrigger)) {
    // "considering lifting sanctions": still in force; "will lift", "lifted": lifted.
    return nearest?.status === 'proposed' ? 'in_effect' : 'lifted'
  }
  const own = overlap.filter((c) => c.status !== 'lifted')
  if (presentTenseVerb(s, t, mentions)) own.push({ status: 'in_effect', start: t.start, end: t.end, modal: false })
  if (own.length > 0) {
    // "would be frozen": the modal outranks the participle.
    if (nearest?.modal && gap <= 3) return nearest.status
    const modal = own.find((c) => c.modal)
    return (modal ?? own[0]!).status
  }
  // A predicate after the measure: "its ban ... had been in force", "sanctions were under
  // consideration", "its own sanctions on Belarusian potash exports remain in force".
  const end = Math.min(tokens[clauseEnd(tokens, t.t0)]?.start ?? s.end, nextTrigger?.start ?? s.end)
  const after = cues.find((c) => c.start >= t.end && c.start < end && tokenAt(tokens, c.start) - t.t1 <= 10)
  const predicate = after && isPredicate(tokens, t, after)
  // "..., freezing any of their property": a participle that adds the effect of what the clause
  // reports is applied unless the clause is only planned.
  if (tokens[t.t0 - 1]?.text === ',' && /ing$/.test(tokens[t.t0]?.lower ?? '') && !nearest?.modal) return 'in_effect'
  // "The United States on Friday announced sanctions on ...": an authority that announces a
  // measure in the past tense reports it as taken (unless a modal says it is still to come).
  if (nearest && announcedAsTaken(tokens, t, nearest, before)) return 'in_effect'
  if (nearest && !(predicate && !(nearest.modal && gap <= 2))) return nearest.status
  // "the legal act closing EU skies ... could be adopted within days": a measure that describes
  // a document takes the status of what the sentence says of the document.
  if (!nearest && DOCUMENT_NOUNS.has(tokens[t.t0 - 1]?.lower ?? '') && /ing$/.test(tokens[t.t0]?.lower ?? '')) {
    const later = cues.find((c) => c.start >= t.end && c.status !== 'lifted')
    if (later) return later.status
  }
  // Headlines put the future as "to": "EU to ban Russian oil".
  if (s.headline && tokens[t.t0 - 1]?.lower === 'to') return 'announced'
  if (after && predicate) return announcedAfter(tokens, t, after) ? 'in_effect' : after.status
  return 'in_effect'
}

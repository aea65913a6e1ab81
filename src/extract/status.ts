/**
 * How far along a measure is, read from the words of its own clause: a modal or plan word
 * before it ("will move to freeze"), the tense of its verb ("froze"), a governing verb
 * ("approved an asset freeze") or a predicate after it ("had been in force").
 */
import type { Status } from '../domain/taxonomy'
import { CLAUSE_BREAK_WORDS, PRESENT_VERB_NOUNS, STATUS_CUES } from './lexicon'
import type { Mention } from './mentions'
import type { Sentence } from './sentences'
import { tokenAt, type Token } from './tokens'
import type { Trigger } from './triggers'

export interface CueHit {
  status: Status
  start: number
  end: number
  modal: boolean
}

/** All status cues of a sentence, in text order. */
export function findStatusCues(s: Sentence): CueHit[] {
  const hits: CueHit[] = []
  for (const cue of STATUS_CUES) {
    cue.re.lastIndex = 0
    for (let m = cue.re.exec(s.text); m; m = cue.re.exec(s.text)) {
      hits.push({ status: cue.status, start: s.start + m.index, end: s.start + m.index + m[0].length, modal: cue.modal === true })
    }
  }
  return hits.sort((a, b) => a.start - b.start)
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
  return false
}

/** The status of one measure, from the cues of its clause; `in_effect` when nothing says otherwise. */
export function statusOf(s: Sentence, t: Trigger, cues: CueHit[], mentions: Mention[], nextTrigger?: Trigger): Status {
  const tokens = s.tokens
  const from = tokens[clauseStart(tokens, t.t0)]?.start ?? s.start
  const before = cues.filter((c) => c.end <= t.start && c.start >= from)
  const overlap = cues.filter((c) => c.start < t.end && c.end > t.start)
  const nearest = before[before.length - 1]
  const gap = nearest ? tokenAt(tokens, t.start) - tokenAt(tokens, nearest.end) : Infinity

  if (t.lifts || overlap.some((c) => c.status === 'lifted')) {
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
  if (nearest && !(predicate && !(nearest.modal && gap <= 2))) return nearest.status
  // "the legal act closing EU skies ... could be adopted within days": a measure that describes
  // a document takes the status of what the sentence says of the document.
  if (!nearest && DOCUMENT_NOUNS.has(tokens[t.t0 - 1]?.lower ?? '') && /ing$/.test(tokens[t.t0]?.lower ?? '')) {
    const later = cues.find((c) => c.start >= t.end && c.status !== 'lifted')
    if (later) return later.status
  }
  // Headlines put the future as "to": "EU to ban Russian oil".
  if (s.headline && tokens[t.t0 - 1]?.lower === 'to') return 'announced'
  if (after && predicate) return after.status
  return 'in_effect'
}

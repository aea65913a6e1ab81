/**
 * Whether the text denies a measure: "was not sanctioned by", "declined to impose",
 * "ruled out", "has not followed", "left off the list".
 */
import { NEGATION_RE, NOT_NEGATION_RE } from './lexicon'
import type { Sentence } from './sentences'
import type { Trigger } from './triggers'

// A relative clause set off by commas says something about its noun, not about the measure:
// "Switzerland, which had long resisted sanctions, froze ..." is not negated.
const PARENTHETICAL_RE = /,\s*(?:who|which|whose|where)\b[^,]*,/g

// "sanctions were not imposed": a denied predicate right after the measure noun.
const DENIED_PREDICATE_RE = /^\s+(?:\w+\s+){0,3}?(?:was|were|is|are|has|have|had|will|would)\s+(?:not|never)\s+(?:been\s+)?(?:imposed|approved|adopted|agreed|applied|extended|introduced|announced)\b/i

// A clause of contrast after a comma: ", but ...", ", while ...".
const CONTRAST_RE = /,\s*(?:but|while|whereas|yet)\s+(?!not\b)[^,]*$/

/**
 * True when a negation word stands between `from` (the authority, or the start of the clause)
 * and the measure, or right after a measure noun ("sanctions were not imposed").
 */
export function isNegated(s: Sentence, t: Trigger, from: number): boolean {
  let window = s.text.slice(Math.max(0, from - s.start), t.start - s.start).replace(PARENTHETICAL_RE, ',')
  // "The bloc stopped short of X, but diplomats said Y could be added": the denial ends with its clause.
  const contrast = window.search(CONTRAST_RE)
  if (contrast >= 0) window = window.slice(window.lastIndexOf(',') + 1)
  const cleaned = window.replace(NOT_NEGATION_RE, ' ')
  NEGATION_RE.lastIndex = 0
  if (NEGATION_RE.test(cleaned)) return true
  return DENIED_PREDICATE_RE.test(s.text.slice(t.end - s.start, t.end - s.start + 60))
}

// "had left former President X off the list": the name stands between "left" and "off".
const LEFT_OFF_RE = /\bleft\b.{0,60}\boff\b/i

/**
 * Whether a sentence holds any word of denial ("not", "spared", "left X off", "declined to"): a
 * broader and cheaper test than `isNegated`, for the learned passes, which stay out of such
 * sentences rather than guess against the rules' reading of them.
 */
export function hasDenial(text: string): boolean {
  const cleaned = text.replace(NOT_NEGATION_RE, ' ')
  NEGATION_RE.lastIndex = 0
  return NEGATION_RE.test(cleaned) || LEFT_OFF_RE.test(cleaned)
}

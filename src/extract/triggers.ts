/**
 * Finds the words in a sentence that name a measure, and types each one.
 */
import type { MeasureType } from '../domain/taxonomy'
import { countryOf } from './authorities'
import { isAirlineName } from './data/airlines'
import { ANAPHOR_NOUNS, NUMBER_WORDS } from './data/words'
import { isBroadcasterName } from './data/media'
import { BAN_DOMAINS, MEASURE_CUES, NEUTRAL_CONTEXT_RE } from './lexicon'
import type { Mention } from './mentions'
import type { Sentence } from './sentences'
import { tokenAt, tokenEndingAfter, type Token } from './tokens'

/** Names the article calls an airline or a broadcaster (lower case). */
export interface KnownCarriers {
  airlines: Set<string>
  broadcasters: Set<string>
}

export interface Trigger {
  type: MeasureType
  /** Offsets in the article. */
  start: number
  end: number
  /** Token range in the sentence: [t0, t1). */
  t0: number
  t1: number
  /** Tokens inside the cue that hold the targets ("remove [Russian banks] from SWIFT"). */
  slot?: [number, number]
  /** The cue itself reports an end ("unfrozen", "delisted"). */
  lifts: boolean
  /** The cue refers back to the latest measure reported ("the list also included X"). */
  inherits: boolean
  /** The cue needs targets of its own in the sentence (see `MeasureCue.ownTargets`). */
  ownTargets?: boolean
  /**
   * "The ban covers X", "extended the ban to Y": a definite ban that names no kind of its own;
   * it is the ban just reported, of that kind (`type` is the reading without that ban).
   */
  restates?: boolean
  /** See `MeasureCue.ownStatus`. */
  ownStatus?: boolean
  /** A line of a list opened by a colon: its entry is one more target of the measures just reported. */
  listItem?: boolean
}

// Nouns after "from" that make a ban a suspension from an organisation.
const ORGANISATION_NOUNS = /^(?:organi[sz]ations?|council|assembly|body|bodies|institutions|bloc|alliance|federation|association|league|union|membership|games|olympics|competitions?|tournaments?|committee|forum|group|club)$/i
const MAX_PER_SENTENCE = 12
// "ban its exports of coal", "target Belarus's potash exports": what a state sells abroad is
// kept out of the authority's market, an import ban on that state (export bans are on exports *to* it).
const OWNED_EXPORTS_RE = /(?:['’]s|\bits|\btheir)\s+(?:[a-z-]+\s+){0,2}exports?\b/
// "restrict its exports of gallium to the United States": with a destination, the owner is the
// authority itself and the measure is an export ban on the destination.
const DESTINATION_RE = /^\s+(?:of\s+(?:[\w-]+\s+){0,4}?)?to\s+(?:the\s+)?\p{Lu}/u
const AUTHORITY_BEFORE_RE = /\b(?:U\.S\.|US|EU|UK|UN|U\.N\.)\s+$/
const ATTRIBUTIVE_RE = /\b(?:a|an|the|other|its|their|his|her|several|many|two|three|four|five|\d+)\s+(?:(?:previously|already|recently|newly|U\.S\.|US|EU|UK|British|American)\s+)?$/i

// "The ban covers X": a ban the article has just reported.
const DEFINITE_BEFORE = new Set(['the', 'this', 'that'])

/**
 * The kind of a prohibition whose cue does not say it ("banned", "a ban on", "suspended"), as
 * its own words name it: the activity after "from" ("barred from entering"), a suspension when it
 * removes someone "from" an organisation, else the first domain noun after the cue (then just
 * before it). Without any, `impliedBanType` reads the kind from what it is imposed on.
 */
function namedBanType(s: Sentence, mentions: Mention[], t0: number, t1: number): MeasureType | undefined {
  const toks = s.tokens
  for (let k = t1; k < Math.min(toks.length, t1 + 25); k++) {
    if ([';', ':', '.'].includes(toks[k]!.text)) break
    if (toks[k]!.lower !== 'from') continue
    // "banned from broadcasting", "barred from entering": the activity says the kind.
    const next = toks[k + 1]
    if (next && /ing$/.test(next.lower)) {
      const activity = toks.slice(k + 1, k + 4).map((t) => t.text).join(' ')
      for (const d of BAN_DOMAINS) if (d.re.test(activity)) return d.type
      break
    }
    // "suspended Russia from the Council of Europe": removal from an organisation.
    for (let j = k + 1; j < Math.min(toks.length, k + 10); j++) {
      if (mentions.some((m) => m.kind === 'authority' && m.t0 === j)) return 'suspension'
      if (ORGANISATION_NOUNS.test(toks[j]!.lower)) return 'suspension'
      if (['.', ',', ';'].includes(toks[j]!.text)) break
    }
    break
  }
  const after = toks.slice(t1, Math.min(toks.length, t1 + 9))
  const stop = after.findIndex((t) => ['.', ';', 'and', 'but', 'while'].includes(t.lower))
  const afterText = (stop >= 0 ? after.slice(0, stop) : after).map((t) => t.text).join(' ')
  const beforeText = toks.slice(Math.max(0, t0 - 3), t0).map((t) => t.text).join(' ')
  const cue = toks.slice(t0, t1).map((t) => t.text).join(' ')
  for (const text of [`${cue} ${afterText}`, beforeText]) {
    for (const d of BAN_DOMAINS) if (d.re.test(text)) return d.type
  }
  return undefined
}

/**
 * The kind of a prohibition whose words name none, from what it is imposed on: an airline, a
 * broadcaster, a member of an organisation, a person kept out, and for "a ban on <named target>"
 * a measure of unstated kind. Without any of these the word is not read as a measure.
 */
function impliedBanType(s: Sentence, mentions: Mention[], t0: number, t1: number, known?: KnownCarriers): MeasureType | undefined {
  const toks = s.tokens
  const cue = toks.slice(t0, t1).map((t) => t.text).join(' ')
  // "suspended Belavia's permit", "banned Aeroflot": a prohibition on an airline keeps its
  // aircraft out, whatever the article calls the permit.
  const named = mentions.filter((m) => m.kind === 'organization' && m.target && m.t0 > t0 && m.t0 <= t1 + 3)
  if (named.some((m) => isAirlineName(m.target!.name, known?.airlines))) return 'airspace_closure'
  // "banned RT and Sputnik": a prohibition on a broadcaster keeps it off the air.
  if (named.some((m) => isBroadcasterName(m.target!.name, known?.broadcasters))) return 'broadcast_ban'
  // "FIFA has suspended the football federations of Kenya and Zimbabwe", "approved the
  // suspensions of X": an international body suspends its members.
  // ("agreed to suspend restrictions on Syria's energy sector" suspends a measure: an easing.)
  const suspendsMeasure = toks.slice(t1, t1 + 3).some((w) => /^(?:sanctions|restrictions|measures|ban|bans|embargo|tariffs|controls)$/.test(w.lower))
  // ("The Council of Europe expelled Russia": an expulsion too.)
  if (/^(?:suspen|expel|kick|throw|threw|boot)/i.test(cue) && !suspendsMeasure && mentions.some((m) => m.kind === 'authority' && m.actor !== undefined && countryOf(m.actor) === undefined && m.t0 < t0)) return 'suspension'
  // "it barred British Prime Minister Boris Johnson": a state that bars a person (no activity
  // named) keeps them out of its territory.
  if (/^(?:bar|bars|barred|barring|ban|bans|banned|banning)$/i.test(cue) && mentions.some((m) => m.kind === 'person' && m.t0 >= t1 && m.t0 <= t1 + 4)) return 'travel_ban'
  // "the ban on Rosneft": a prohibition of unstated kind on a named target.
  const noun = /^(?:ban|bans|embargo|embargoes)$/i.test(cue)
  const on = toks[t1]
  const namedAfterOn = mentions.some((m) => m.target && m.t0 >= t1 + 1 && m.t0 <= t1 + 3)
  return noun && on && /^(?:on|against)$/i.test(on.text) && namedAfterOn ? 'sanctions' : undefined
}

// Words that may stand between an authority and its verb ("Washington has long targeted").
const VERB_LEAD = new Set(['has', 'have', 'had', 'also', 'already', 'previously', 'long', 'repeatedly', 'now', 'then', 'separately', 'jointly', 'since'])

/** Whether an authority is the subject right before token `t0` ("Washington has targeted"). */
function actorBefore(tokens: Token[], t0: number, mentions: Mention[]): boolean {
  let k = t0
  while (k > 0 && t0 - k < 3 && VERB_LEAD.has(tokens[k - 1]!.lower)) k--
  const m = mentions.find((x) => x.t1 === k)
  // ("In India, the department targeted X": a government body named before, by its kind.)
  if (!m) return tokens[k - 2]?.lower === 'the' && BODY_NOUNS.has(tokens[k - 1]?.lower ?? '')
  return m.actor !== undefined && (m.kind === 'country' || m.kind === 'authority' || (m.kind === 'person' && m.affiliation !== undefined))
}
const BODY_NOUNS = new Set(['department', 'ministry', 'treasury', 'government', 'administration', 'bloc', 'council', 'commission'])

/** Whether a person, organisation or vessel is named right after token `t1` ("targeted *the Lazarus Group*"). */
function namedObjectAfter(tokens: Token[], t1: number, mentions: Mention[]): boolean {
  const at = tokens[t1]?.lower === 'the' ? t1 + 1 : t1
  if (mentions.some((m) => m.t0 === at && ['person', 'organization', 'vessel'].includes(m.kind))) return true
  // ("two of Tavakoli's sons", "three Chinese companies": a count of people, firms or ships.)
  return NUMBER_WORDS[tokens[t1]?.lower ?? ''] !== undefined || /^\d{1,3}$/.test(tokens[t1]?.text ?? '')
    ? tokens.slice(t1 + 1, t1 + 6).some((w) => ANAPHOR_NOUNS[w.lower]?.some((k) => k !== 'country'))
    : false
}

// Most `need` tests are plain lists of words ("arms|weapon"). Running over a hundred of them
// on every sentence cost more than the cue patterns themselves, so one scan finds which of
// those words occur, and only the cues with a word present run their own `need` test.
/** The words of a `need` test that is a plain list of them, else undefined (the test always runs). */
function needWords(need: RegExp): string[] | undefined {
  return /^[a-z ]+(?:\|[a-z ]+)*$/.test(need.source) ? need.source.split('|') : undefined
}
const CUE_WORDS = MEASURE_CUES.map((cue) => needWords(cue.need))
// Longest first: where several words start at one position the scan reports the longest, and
// every other word that starts there is a prefix of it.
const NEED_WORDS = [...new Set(CUE_WORDS.flatMap((words) => words ?? []))].sort((a, b) => b.length - a.length)
// A lookahead, so that the scan tries every position, also inside a word already found.
const NEED_SCAN_RE = new RegExp(`(?=(${NEED_WORDS.join('|')}))`, 'gi')
/** The cues whose `need` test may pass for each word the scan reports: those with a word that is a prefix of it. */
const CUES_BY_WORD = new Map(NEED_WORDS.map((found) => [found, CUE_WORDS.flatMap((words, i) => (words?.some((w) => found.startsWith(w)) ? [i] : []))]))
/** Cues whose `need` test is no plain list of words. */
const ALWAYS_TRIED = CUE_WORDS.map((words) => words === undefined)

/**
 * Which cues may match `text`: a cue none of whose `need` words occurs in it (in any case)
 * cannot pass its `need` test. (Those left still run the test: it may be case-sensitive.)
 */
function possibleCues(text: string): boolean[] {
  const possible = ALWAYS_TRIED.slice()
  NEED_SCAN_RE.lastIndex = 0
  for (let m = NEED_SCAN_RE.exec(text); m; m = NEED_SCAN_RE.exec(text)) {
    for (const i of CUES_BY_WORD.get(m[1]!.toLowerCase())!) possible[i] = true
    NEED_SCAN_RE.lastIndex++
  }
  return possible
}

/** Finds and types the measure cues of one sentence; more specific cues win over overlapping general ones. */
export function findTriggers(s: Sentence, mentions: Mention[], articleMentionsSwift: boolean, known?: KnownCarriers): Trigger[] {
  const found: Trigger[] = []
  const overlaps = (a: number, b: number): boolean => found.some((t) => a < t.end && b > t.start)
  const possible = possibleCues(s.text)
  for (let c = 0; c < MEASURE_CUES.length; c++) {
    const cue = MEASURE_CUES[c]!
    if (!possible[c]) continue
    if (cue.needsSwiftContext && !articleMentionsSwift) continue
    if (!cue.need.test(s.text)) continue
    cue.re.lastIndex = 0
    for (let m = cue.re.exec(s.text); m; m = cue.re.exec(s.text)) {
      const start = s.start + m.index
      const end = start + m[0].length
      if (m[0].length === 0) {
        cue.re.lastIndex++
        continue
      }
      if (overlaps(start, end)) continue
      // "to evade sanctions", "the impact of sanctions": talk about sanctions, not a measure.
      const before = s.text.slice(Math.max(0, m.index - 40), m.index)
      NEUTRAL_CONTEXT_RE.lastIndex = 0
      if (NEUTRAL_CONTEXT_RE.test(before)) continue
      // "the sanctioned oligarch": an attribute, not a report.
      // ("The EU sanctioned Ivo Brenner": after an authority, a name that follows makes it a verb.)
      const after = s.text.slice(m.index + m[0].length)
      const verbAfterAuthority = AUTHORITY_BEFORE_RE.test(before) && /^\s+(?:\p{Lu}|\d|(?:the|a|an|two|three|four|five|six|seven|eight|nine|ten|dozens|several|more|its|their|his|her)\b)/u.test(after)
      if (/^sanctioned$|^blacklisted$/i.test(m[0]) && ATTRIBUTIVE_RE.test(before) && /^\s+\p{L}/u.test(after) && !verbAfterAuthority) continue
      const t0 = tokenAt(s.tokens, start)
      const t1 = tokenEndingAfter(s.tokens, end - 1) + 1
      if (cue.afterActor && !(actorBefore(s.tokens, t0, mentions) && namedObjectAfter(s.tokens, t1, mentions))) continue
      if (cue.namedObject && !namedObjectAfter(s.tokens, t1, mentions)) continue
      let type: MeasureType | undefined = cue.type === 'ban' ? undefined : cue.type
      let restates = false
      if (cue.type === 'ban') {
        const named = namedBanType(s, mentions, t0, t1)
        // "The ban covers X": a definite ban that names no kind of its own restates the ban just
        // reported (see `Trigger.restates`).
        restates = named === undefined && /^bans?$/i.test(m[0]) && DEFINITE_BEFORE.has(s.tokens[t0 - 1]?.lower ?? '')
        type = named ?? impliedBanType(s, mentions, t0, t1, known) ?? (restates ? 'sanctions' : undefined)
      }
      if (!type) continue
      if (type === 'export_ban' && OWNED_EXPORTS_RE.test(m[0]) && !DESTINATION_RE.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 80))) type = 'import_ban'
      const slotIdx = m.indices?.groups?.slot
      let slot: [number, number] | undefined
      if (slotIdx && slotIdx[1] > slotIdx[0]) slot = [tokenAt(s.tokens, s.start + slotIdx[0]), tokenAt(s.tokens, s.start + slotIdx[1])]
      found.push({ type, start, end, t0, t1, slot, lifts: cue.lifts === true, inherits: cue.inherits === true, ownTargets: cue.ownTargets, ...(restates ? { restates } : {}), ...(cue.ownStatus ? { ownStatus: true } : {}) })
    }
  }
  found.sort((a, b) => a.start - b.start)
  // "a SWIFT ban", "an asset freeze order": adjacent cues of one kind name one measure.
  const merged: Trigger[] = []
  for (const t of found) {
    const last = merged[merged.length - 1]
    if (last && last.type === t.type && t.t0 - last.t1 <= 1) {
      last.end = Math.max(last.end, t.end)
      last.t1 = Math.max(last.t1, t.t1)
      last.slot ??= t.slot
      last.lifts ||= t.lifts
    } else merged.push({ ...t })
  }
  // A real sentence names a handful of measures; a run-on "sentence" with dozens (a list, or
  // text without punctuation) would cost time quadratic in their number, so only the first
  // ones are read.
  return merged.slice(0, MAX_PER_SENTENCE)
}

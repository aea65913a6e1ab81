/**
 * Who imposes a measure: the authority named as the subject of the clause that reports it
 * (with every authority listed alongside), the agent of a passive ("sanctioned by Canada"), or
 * the speaker of a first-person quote ("'We will freeze ...,' European Commission President ...").
 */
import { CLAUSE_BREAK_WORDS, SUPPORT_RE } from './lexicon'
import type { Mention } from './mentions'
import type { Sentence } from './sentences'
import { clauseStart } from './status'
import { GOVERNMENT_NOUNS, NOT_NAMES, SPEECH_VERBS } from './data/words'
import { commaAsides, isPossessive, type Token } from './tokens'
import type { Trigger } from './triggers'

export interface ActorReading {
  /** Authority ids, in text order. */
  ids: string[]
  /** Token index where the authority phrase ends (start of the subject's predicate). */
  end: number
  /** Token index from which a negation word denies the measure. */
  negFrom: number
  /** The sentence names the acting state only as a supporter or critic of the measure. */
  rejected: boolean
  /** "the four governments", "they" and the like: resolve from earlier sentences. */
  groupAnaphor: boolean
  /** The authority is named only by an adjective on the measure ("under U.S. sanctions"). */
  adjectival?: boolean
  /** The subject is "it" ("In March it put Biden on a similar list"): the state being written about. */
  pronoun?: boolean
}

// A state after one of these is a place or an object, not the subject.
const BLOCKING_PREPS = new Set(['of', 'in', 'to', 'with', 'on', 'against', 'from', 'at', 'for', 'into', 'about', 'toward', 'towards', 'over', 'including', 'than', 'like', 'between', 'among', 'across', 'within', 'near', 'under', 'targeting', 'amid'])
const NATIONALS = new Set(['companies', 'firms', 'citizens', 'nationals', 'persons', 'banks', 'entities', 'individuals', 'investors', 'businesses', 'residents', 'people', 'lenders', 'insurers', 'exporters', 'organisations', 'organizations', 'institutions'])
const MODIFIERS = new Set(['the', 'a', 'an', 'most', 'all', 'new', 'latest', 'further', 'its', 'their', 'own', 'fresh', 'additional', 'some', 'tougher', 'existing'])
const COORDINATION = new Set([',', 'and', 'the', 'as', 'well', 'along', 'with', 'together', 'plus', '&', 'both', 'or'])
const GOVERNMENT_OF = new Set(['government', 'governments', 'president', 'minister', 'ministers', 'ministry', 'parliament', 'leader', 'leaders', 'king', 'queen', 'cabinet', 'authorities', 'republic', 'officials', 'members', 'states', 'diplomats', 'envoys', 'ambassadors', 'foreign', 'finance'])
// Nouns after a state's possessive that name other states or people than the state itself.
const OTHERS_OF = new Set(['allies', 'ally', 'partners', 'friends', 'neighbours', 'neighbors', 'backers', 'supporters', 'critics', 'enemies', 'rivals', 'adversaries', 'creditors', 'trading'])
// Verbs whose object is asked to act ("urged the EU to ...", "failed to persuade the Council to ...").
const URGE_VERBS = new Set(['urge', 'urges', 'urged', 'urging', 'persuade', 'persuades', 'persuaded', 'persuading', 'ask', 'asks', 'asked', 'press', 'pressed', 'pressing', 'convince', 'convinced', 'lobby', 'lobbied', 'push', 'pushed'])
const MODALS = new Set(['may', 'can', 'cannot', "can't", 'can’t', 'will', 'would', 'must', 'could', 'shall', "won't", 'won’t'])
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'gets', 'got'])
const ADVERBS = new Set(['now', 'already', 'also', 'not', 'formally', 'officially', 'reportedly', 'immediately', 'effectively', 'since', 'then', 'still', 'further', 'all', 'a', 'an', 'the'])
const GROUP_RE = /\b(?:the|both|all)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?(?:governments|countries|nations|allies|powers|partners|leaders|states|capitals)\b|\ballied\s+governments\b/i
// Participles whose agent, after "by", is the one who imposes the measure.
const AGENT_OF_MEASURE = new Set(['imposed', 'agreed', 'adopted', 'approved', 'announced', 'introduced', 'levied', 'decided', 'issued', 'taken', 'enforced', 'placed', 'ordered', 'sanctioned', 'designated', 'listed', 'targeted', 'blacklisted', 'frozen', 'banned', 'barred', 'applied', 'extended', 'renewed', 'expanded', 'lifted', 'eased', 'removed', 'revoked', 'suspended', 'expelled', 'unveiled', 'published', 'signed', 'passed', 'backed', 'endorsed', 'drafted', 'proposed', 'put', 'added', 'named', 'implemented', 'maintained'])
const DESTINATION_LEAD = new Set(['to', 'into', 'entering', 'enter', 'visiting', 'visit'])
const UNNAMED_STATES_RE = /\b(?:several|some|many|other|various|few|most|a\s+number\s+of|a\s+handful\s+of)\s+(?:\w+\s+)?(?:governments|countries|states|nations|capitals)\b/i
const GROUP_PREP_RE = /\b(?:between|among|of|in|to|with|on|against|from|for|by|at)\s+$/i
const FIRST_PERSON_RE = /\b(?:we|our|us)\b/i

// Words that may stand right before the subject of a clause. After any other lower-case word
// a name is an object ("deny Russia MFN status", "told Nato leaders").
const BEFORE_SUBJECT = new Set([
  'and', 'or', 'but', 'that', 'while', 'whereas', 'as', 'when', 'if', 'after', 'before', 'because', 'since',
  'although', 'though', 'so', 'then', 'meanwhile', 'also', 'now', 'still', 'yet', 'where', 'which', 'who',
  'whether', 'by', 'both', 'nor', 'however', 'instead', 'earlier', 'later', 'separately', 'likewise',
  // "Last month Washington designated ...", "This week Britain froze ...": a time phrase opens the clause.
  'week', 'month', 'year', 'weeks', 'months', 'years', 'day', 'days', 'today', 'yesterday', 'recently',
  // "Football's governing bodies FIFA and UEFA suspended ...", "the regulator Ofcom revoked ...":
  // what kind of body the subject is.
  'body', 'bodies', 'regulator', 'regulators', 'watchdog', 'alliance', 'bloc', 'organisation', 'organization', 'federation', 'federations',
])

function isEligible(m: Mention, tokens: Token[], excluded: (tokenIndex: number) => boolean, asSubject = true): boolean {
  if (!m.actor || m.modifier || excluded(m.t0)) return false
  // "British companies are barred from ...": the state's own nationals are the ones bound.
  const nationals = m.kind === 'adjective' && NATIONALS.has(tokens[m.t1]?.lower ?? '')
  if (m.kind === 'adjective' && !m.government && !m.onMeasure && !nationals) return false
  if (m.kind === 'person' && !m.titles.length && !m.affiliation) return false
  // "Ukraine's allies have frozen ...": others than the state named act.
  if (isPossessive(tokens[m.t1]) && OTHERS_OF.has(tokens[m.t1 + 1]?.lower ?? '')) return false
  // "Americans are generally prohibited from dealing with them": a state's people bound by a
  // prohibition are bound by their own state.
  const boundPeople = m.kind === 'people' && BE.has(tokens[m.t1]?.lower ?? '') && /^(?:prohibited|barred|banned|forbidden)$/.test((/ly$/.test(tokens[m.t1 + 1]?.lower ?? '') ? tokens[m.t1 + 2] : tokens[m.t1 + 1])?.lower ?? '')
  if (!['authority', 'country', 'adjective', 'person'].includes(m.kind) && !boundPeople) return false
  // "under U.S. sanctions": the adjective on the measure names its authority wherever it stands.
  if (m.onMeasure) return true
  let k = m.t0 - 1
  if (tokens[k]?.lower === 'the') k--
  const prev = tokens[k]
  if (prev && BLOCKING_PREPS.has(prev.lower)) {
    // "called on Congress to revoke ...": the one called on is asked to act.
    if (prev.lower === 'on' && /^call(?:s|ed|ing)?$/.test(tokens[k - 1]?.lower ?? '')) return true
    // "the government of Japan" still names Japan as the actor.
    return prev.lower === 'of' && GOVERNMENT_OF.has(tokens[k - 1]?.lower ?? '')
  }
  // ("On the eve of the vote the committee removed X": "the" and a body, then a verb in the past.)
  const after = tokens[m.t1]
  const pastVerbNext = tokens[m.t0 - 1]?.lower === 'the' && after !== undefined && after.kind === 'word' && !after.cap && /[^e]ed$/.test(after.lower)
  if (asSubject && !pastVerbNext && prev && prev.kind === 'word' && !prev.cap && !BEFORE_SUBJECT.has(prev.lower) && !CLAUSE_BREAK_WORDS.has(prev.lower) && !SPEECH_VERBS.has(prev.lower) && !URGE_VERBS.has(prev.lower)) {
    return false
  }
  return true
}

/** Quotation spans of a sentence, as offsets into the article. */
function quoteSpans(s: Sentence): [number, number][] {
  const spans: [number, number][] = []
  const re = /["“]([^"”]*)["”]?/g
  for (let m = re.exec(s.text); m; m = re.exec(s.text)) spans.push([s.start + m.index, s.start + m.index + m[0].length])
  return spans
}

/** Whether the words just before the measure make it a passive ("was suspended", "are now subject to"). */
const LIST_LEAD = new Set(['on', 'to', 'the', 'its', 'a', 'their', 'an'])
const LISTING_PARTICIPLES = new Set(['put', 'placed', 'added', 'included', 'listed'])

export function isPassive(tokens: Token[], t: Trigger): boolean {
  // A cue that holds its own auxiliary ("could be added").
  if (BE.has(tokens[t.t0]?.lower ?? '') && /ed$/.test(tokens[t.t1 - 1]?.lower ?? '')) return true
  // "Hamas has been on the EU's terrorist list": the subject is on it.
  if (/^(?:been|is|are|was|were|remains?|remained|stays?|stayed)$/.test(tokens[t.t0]?.lower ?? '') && tokens[t.t0 + 1]?.lower === 'on' && /list$/.test(tokens[t.t1 - 1]?.lower ?? '')) return true
  // "The three may not enter China": the subject is kept out.
  if (/^(?:enter|visit)$/.test(tokens[t.t1 - 1]?.lower ?? '') && (MODALS.has(tokens[t.t0]?.lower ?? '') || BE.has(tokens[t.t0]?.lower ?? ''))) return true
  // "which was put on the entity list", "were added to the SDN list": a list named after the verb.
  let start = t.t0
  while (start > 0 && LIST_LEAD.has(tokens[start - 1]!.lower)) start--
  if (start < t.t0 && ['on', 'to'].includes(tokens[start]!.lower) && LISTING_PARTICIPLES.has(tokens[start - 1]?.lower ?? '')) start--
  else start = t.t0
  for (let k = start - 1; k >= Math.max(0, start - 5); k--) {
    const w = tokens[k]!.lower
    // ("also remain suspended from ...": a state that lasts, in the passive.)
    if (BE.has(w) || (/^(?:remain|remains|remained|stay|stays|stayed)$/.test(w) && /(?:ed|en)$/.test(tokens[t.t0]?.lower ?? ''))) return true
    if (w === 'to' && tokens[k - 1]?.lower === 'subject') return true
    if (!ADVERBS.has(w) && w !== 'subject') return false
  }
  return false
}

/**
 * Finds the authorities of a measure in its sentence. `excluded` tells the tokens already read
 * as the target phrase of an earlier measure; `patientBefore` is true when the targets stand before the measure (passive
 * without an object), so that a state right before it is read as the target, not the actor.
 */
export function findActors(s: Sentence, t: Trigger, mentions: Mention[], excluded: (tokenIndex: number) => boolean, patientBefore: boolean): ActorReading {
  const tokens = s.tokens
  const start = clauseStart(tokens, t.t0)
  const none: ActorReading = { ids: [], end: start, negFrom: start, rejected: false, groupAnaphor: false }

  // "sanctioned by Canada", "imposed by the US and the EU".
  // ("A price cap on Laotian timber was agreed by the G7": the agent after the measure's complement.)
  // ("Those targeted by Beijing are X": the agent inside the cue.)
  for (let k = t.inherits ? t.t0 : t.t1; k < Math.min(tokens.length, t.t1 + 8); k++) {
    if (tokens[k]!.kind === 'punct' && tokens[k]!.text !== '-') break
    if (tokens[k]!.lower !== 'by') continue
    // "A proposal to impose sanctions on X was blocked by Hungary": the agent of another verb.
    if (k > t.t1 && /ed$/.test(tokens[k - 1]!.lower) && !AGENT_OF_MEASURE.has(tokens[k - 1]!.lower)) break
    let j = k + 1
    if (tokens[j]?.lower === 'the') j++
    const agent = mentions.find((m) => m.t0 === j && m.actor && m.kind !== 'adjective' && m.kind !== 'people')
    if (agent) return { ...none, ids: forwardList(tokens, mentions, agent) }
    break
  }

  // "the United States, which banned imports of Russian oil": the state the relative clause
  // is about acts, whatever the main clause says of it ("declined to follow the United States").
  const relative = relativeSubject(tokens, t, mentions)
  if (relative) return { ...none, ids: [relative.actor!], end: relative.t1 + 2, negFrom: relative.t1 + 2 }

  // (A few words in quotation marks are a term — 'revokes "permanent normal trade relations"' —
  // not a quoted speaker.)
  const quote = quoteSpans(s).find(([a, b]) => t.start >= a && t.end <= b && s.text.slice(a - s.start, b - s.start).split(/\s+/).length > 5)
  const lowerBound = quote ? quote[0] : s.start
  // A relative clause closed before the measure ("X, which had resisted Y, froze ...") does not hold its subject.
  const asides = commaAsides(tokens, (w) => ASIDE_OPENERS.has(w.lower)).filter(([, b]) => b <= t.t0)
  const before = mentions.filter((m) => m.t1 <= t.t0 && tokens[m.t0]!.start >= lowerBound && !asides.some(([a, b]) => m.t0 >= a && m.t0 < b))
  // Index of the first authority of the list that ends at before[i] ("the US, the EU and Canada").
  const listStart = (i: number): number => {
    let first = i
    for (let j = i - 1; j >= 0; j--) {
      const m = before[j]!
      let linked = true
      for (let k = m.t1; k < before[first]!.t0; k++) if (!COORDINATION.has(tokens[k]!.lower)) linked = false
      if (!linked || !isEligible(m, tokens, excluded, false)) break
      first = j
    }
    return first
  }
  // "In March it put U.S. President Joe Biden ... on a similar list, and last month it barred
  // ...": "it" is the state the sentence or the text before it is about, not a name nearer the
  // verb. ("Japan said it would ..." keeps Japan: the state reported as speaking.)
  const pronoun = pronounSubject(tokens, t)
  if (pronoun >= 0) {
    const speaker = [...before].reverse().find((m) => m.t1 <= pronoun && isEligible(m, tokens, excluded, true) && tokens.slice(m.t1, pronoun).some((w) => SPEECH_VERBS.has(w.lower)) && !tokens.slice(m.t1, pronoun).some((w) => w.text === ','))
    if (!speaker) return { ...none, end: pronoun + 1, negFrom: pronoun + 1, pronoun: true }
  }

  let anchorIdx = -1
  for (let i = before.length - 1; i >= 0; i--) {
    const m = before[i]!
    if (!isEligible(m, tokens, excluded, false)) continue
    // A list in object position ("strips Russia and Belarus of ...", "relations with Russia
    // and Belarus") is not the subject.
    const first = listStart(i)
    if (!isEligible(before[first]!, tokens, excluded, true) || afterObjectList(before[first]!, tokens, mentions)) {
      i = first
      continue
    }
    // "revoke Russia's most-favoured-nation status": the owner of the trade status is the target.
    // "Russia's membership of the Council was suspended": the member is the target too.
    if ((t.type === 'trade_restriction' || t.type === 'suspension') && isPossessive(tokens[m.t1]) && t.t0 - m.t1 <= 4) continue
    // The state right before a passive measure is what the measure is applied to.
    if (patientBefore && (m.kind === 'country' || m.kind === 'adjective') && !m.government && !m.onMeasure) continue
    // A name on a measure word ("Bern has adopted most EU measures") yields to the subject of
    // its clause, unless a new clause was opened in between ("Germany said EU sanctions ...").
    // A possessive ("the EU's sanctions") names the owner, and a phrase after a preposition
    // ("under U.S. sanctions") is not the object of the subject's verb: neither yields.
    // ("under United Nations Security Council sanctions": the names joined before it count as one.)
    let chain = i
    while (chain > 0 && before[chain - 1]!.t1 === before[chain]!.t0 && before[chain - 1]!.actor === m.actor) chain--
    let k = before[chain]!.t0 - 1
    while (k >= 0 && MODIFIERS.has(tokens[k]!.lower)) k--
    const inPhrase = BLOCKING_PREPS.has(tokens[k]?.lower ?? '') || tokens[k]?.lower === 'by'
    if (m.onMeasure && !m.government && !isPossessive(tokens[m.t1]) && !inPhrase) {
      const from = clauseStart(tokens, m.t0)
      const earlier = before.slice(0, i).some((o) => {
        if (o.t0 < from || o.onMeasure || !isEligible(o, tokens, excluded)) return false
        return !tokens.slice(o.t1, m.t0).some((w) => SPEECH_VERBS.has(w.lower) || w.lower === 'that' || w.text === ',')
      })
      if (earlier) continue
    }
    anchorIdx = i
    break
  }

  // "Norway would adopt the EU's latest package": the state that takes up another's measures
  // applies them itself.
  if (anchorIdx >= 0) anchorIdx = adopterOf(before, anchorIdx, tokens, excluded) ?? anchorIdx

  // "the four governments said they would ...": a group named earlier.
  const clauseFrom = tokens[clauseStart(tokens, t.t0)]?.start ?? s.start
  const anchor = anchorIdx >= 0 ? before[anchorIdx]! : undefined
  const groupText = s.text.slice(clauseFrom - s.start, t.start - s.start)
  let group = GROUP_RE.exec(groupText)
  // "flights between the two countries": a group after a preposition is no subject.
  if (group && GROUP_PREP_RE.test(groupText.slice(0, group.index))) group = null
  if (group && (!anchor || tokens[anchor.t0]!.start < clauseFrom + group.index)) return { ...none, groupAnaphor: true }

  if (!anchor) {
    // "several governments responded by halting weapons sales": states the text does not name.
    if (UNNAMED_STATES_RE.test(groupText)) return { ...none, rejected: true }
    if (quote && FIRST_PERSON_RE.test(s.text.slice(quote[0] - s.start, quote[1] - s.start))) {
      // The speaker of a first-person quote acts: "'We will freeze ...,' said the EU's ...".
      const speaker = mentions.find((m) => tokens[m.t0]!.start >= quote[1] && m.actor && (m.kind !== 'adjective' || m.government) && !(m.kind === 'person' && !m.affiliation))
      if (speaker) return { ...none, ids: [speaker.actor!] }
    }
    // "Further sanctions were possible, EU ministers said": a government body in the attribution.
    const attribution = mentions.find((m) => {
      if (m.t0 <= t.t1 || !m.actor || !(m.kind === 'authority' || m.government)) return false
      const lead = tokens[m.t0 - 1]?.lower === 'the' ? m.t0 - 2 : m.t0 - 1
      return tokens[lead]?.text === ',' && tokens.slice(m.t1, m.t1 + 3).some((w) => SPEECH_VERBS.has(w.lower))
    })
    if (attribution) return { ...none, ids: [attribution.actor!] }
    // "from British airspace": the owner of the airspace acts.
    // A measure that carries over an earlier one keeps its authority; "the Chinese port city" is a place.
    const owner = t.inherits ? undefined : mentions.find((m) => m.t0 >= t.t1 && m.actor && /^(?:airspace|ports?|waters|territory)$/.test(tokens[m.t1]?.lower ?? '') && !/^(?:city|town|cities|towns)$/.test(tokens[m.t1 + 1]?.lower ?? ''))
    if (owner) return { ...none, ids: [owner.actor!] }
    // "are inadmissible to Canada", "barred from entering the United States": the state kept out of.
    if (t.type === 'travel_ban') {
      const destination = mentions.find((m) => m.t0 >= t.t1 && m.t0 <= t.t1 + 4 && m.actor && m.kind === 'country' && DESTINATION_LEAD.has(tokens[tokens[m.t0 - 1]?.lower === 'the' ? m.t0 - 2 : m.t0 - 1]?.lower ?? ''))
      if (destination) return { ...none, ids: [destination.actor!] }
    }
    // "They will be barred from doing business with China": those barred are the targets, and
    // the state they may no longer deal with is the one that bars them.
    const partner = dealingPartner(tokens, t, mentions)
    if (partner) return { ...none, ids: [partner.state.actor!] }
    // Suspension from an organisation that is itself an authority: "suspended from the Council of Europe".
    if (t.type === 'suspension') {
      // ("suspended from the decision-making bodies of ECOWAS": the body whose organs they are.)
      const ofBodies = (m: Mention): boolean => tokens[m.t0 - 1]?.lower === 'of' && /^(?:bodies|organs|institutions|activities|structures|councils)$/.test(tokens[m.t0 - 2]?.lower ?? '')
      const org = mentions.find((m) => m.t0 > t.t0 && m.kind === 'authority' && tokens[m.t0 - 1]?.lower !== 'by' && (['from', 'the'].includes(tokens[m.t0 - 1]?.lower ?? '') || ofBodies(m)))
      if (org) {
        // ("suspended from the bodies of ECOWAS and of the African Union": each body named.)
        const ids = [org.actor!]
        let end = org.t1
        for (const m of mentions) {
          if (m.t0 < end || m.kind !== 'authority' || !m.actor) continue
          if (!tokens.slice(end, m.t0).every((w) => ['and', 'of', 'the', '(', ')'].includes(w.lower))) break
          if (!ids.includes(m.actor)) ids.push(m.actor)
          end = m.t1
        }
        return { ...none, ids }
      }
    }
    return none
  }

  // "Berlin now backed a targeted disconnection": a supporter, not the authority.
  const between = s.text.slice(tokens[anchor.t1 - 1]!.end - s.start, t.start - s.start)
  SUPPORT_RE.lastIndex = 0
  const support = SUPPORT_RE.exec(between)
  if (support) return { ...none, rejected: true }

  // "urged the EU to impose ...": the one urged acts, but the urging clause may deny it
  // ("failed to persuade the Security Council to extend ..."), so negation reads from its start.
  const urged = URGE_VERBS.has(tokens[anchor.t0 - 1]?.lower ?? '') || (tokens[anchor.t0 - 1]?.lower === 'the' && URGE_VERBS.has(tokens[anchor.t0 - 2]?.lower ?? '')) ||
    (tokens[anchor.t0 - 1]?.lower === 'on' && /^call/.test(tokens[anchor.t0 - 2]?.lower ?? ''))

  // Every authority listed with the anchor: "The United States, the EU, the UK and Canada".
  const ids = before.slice(listStart(anchorIdx), anchorIdx + 1).map((m) => m.actor!)
  // "under U.S. sanctions": the adjective is no subject, so the clause before it still counts.
  const adjectival = anchor.onMeasure === true && anchor.t1 === t.t0
  const end = adjectival ? start : anchor.t1
  return { ids: [...new Set(ids)], end, negFrom: urged ? start : end, rejected: false, groupAnaphor: false, adjectival }
}

const REFUSAL_WORDS = /^(?:not|never|n['’]t|declin\w*|refus\w*|reject\w*|won['’]t)$/

// Verbs by which a state takes up measures another authority decided.
export const ADOPT_VERBS = new Set(['adopt', 'adopts', 'adopted', 'adopting', 'implement', 'implements', 'implemented', 'implementing', 'apply', 'applies', 'applied', 'applying', 'transpose', 'transposes', 'transposed', 'mirror', 'mirrors', 'mirrored', 'copy', 'copies', 'copied', 'replicate', 'replicates', 'replicated', 'enforce', 'enforces', 'enforced'])

/**
 * "Norway said it would adopt the European Union's package of sanctions": when the owner of
 * the measure is the object of an adopting verb, the subject before that verb is the one acting.
 * Returns the index of that subject in `before`, or undefined.
 */
function adopterOf(before: Mention[], anchorIdx: number, tokens: Token[], excluded: (tokenIndex: number) => boolean): number | undefined {
  const owner = before[anchorIdx]!
  if (!owner.onMeasure || !isPossessive(tokens[owner.t1])) return undefined
  let k = owner.t0 - 1
  if (tokens[k]?.lower === 'the') k--
  if (!ADOPT_VERBS.has(tokens[k]?.lower ?? '')) return undefined
  const from = clauseStart(tokens, owner.t0)
  for (let i = anchorIdx - 1; i >= 0; i--) {
    const m = before[i]!
    if (m.t0 < from) break
    if (!m.actor || m.actor === owner.actor || !isEligible(m, tokens, excluded, true)) continue
    // "Switzerland will not adopt the EU's sanctions": the owner's measure still stands, and the
    // refusal is read as a negation of the owner's, so the owner stays the authority.
    if (tokens.slice(m.t1, owner.t0).some((w) => REFUSAL_WORDS.test(w.lower))) return undefined
    return i
  }
  return undefined
}

// Words that may stand before a subject "it" (its clause opens there): "In March it ...", "and it ...".
const BEFORE_PRONOUN = new Set([',', 'and', 'but', 'then', 'when', 'after', 'before', 'since', 'as', 'because', 'so', 'where', 'month', 'week', 'year', 'weeks', 'months', 'years', 'day', 'days', 'time', 'ago', 'earlier', 'later', 'also', 'now'])
// Words between the subject "it" and the measure: auxiliaries, adverbs, the verb and its article.
const PRONOUN_TO_MEASURE = /^(?:has|had|have|would|will|could|may|might|also|already|then|later|itself|too|not|a|an|the|its|new|[a-z]+ly|[a-z]+ed|put|cut|set|shut|froze|[a-z]+s)$/

/**
 * Index of a subject "it" in the clause of the measure ("last month it barred X", "In March it
 * put X on a similar list"), or -1.
 */
function pronounSubject(tokens: Token[], t: Trigger): number {
  for (let k = t.t0 - 1; k >= Math.max(0, t.t0 - 5); k--) {
    const w = tokens[k]!
    if (w.lower === 'it') {
      const prev = tokens[k - 1]
      const opens = k === 0 || BEFORE_PRONOUN.has(prev!.lower) || SPEECH_VERBS.has(prev!.lower) || /^\d+$/.test(prev!.text) || (prev!.cap && NOT_NAMES.has(prev!.lower))
      return opens ? k : -1
    }
    // "It was expelled": the subject of a passive undergoes the measure.
    if (w.kind !== 'word' || w.cap || !PRONOUN_TO_MEASURE.test(w.lower) || BE.has(w.lower)) return -1
  }
  return -1
}

/** "the United States, which banned ...": the state or authority a relative clause before the measure is about. */
function relativeSubject(tokens: Token[], t: Trigger, mentions: Mention[]): Mention | undefined {
  for (let k = t.t0 - 1; k >= Math.max(1, t.t0 - 6); k--) {
    const w = tokens[k]!
    // ("Mali, whose junta took RFI off the air": the state whose government acts.)
    if (w.lower === 'which' || w.lower === 'who' || (w.lower === 'whose' && GOVERNMENT_NOUNS.has(tokens[k + 1]?.lower ?? ''))) {
      if (tokens[k - 1]?.text !== ',') return undefined
      const m = mentions.find((x) => x.t1 === k - 1)
      return m?.actor && (m.kind === 'authority' || m.kind === 'country') ? m : undefined
    }
    if (w.kind !== 'word' || w.cap) return undefined
  }
  return undefined
}

/**
 * Whether a name continues a list that follows a preposition ("with Russia and Belarus"): then
 * it is an object like the first name of the list, even when that name was read as a target.
 */
function afterObjectList(m: Mention, tokens: Token[], mentions: Mention[]): boolean {
  let cur = m
  for (let n = 0; n < 6; n++) {
    let k = cur.t0 - 1
    if (tokens[k]?.lower === 'the') k--
    // ("In Brussels, EU ambassadors ...": a comma right before the name closes an opening phrase.)
    if (!['and', 'or', ...(n > 0 ? [','] : [])].includes(tokens[k]?.lower ?? '')) return false
    const prev = mentions.find((x) => x.t1 === k)
    if (!prev) return false
    let j = prev.t0 - 1
    if (tokens[j]?.lower === 'the') j--
    if (BLOCKING_PREPS.has(tokens[j]?.lower ?? '')) return true
    cur = prev
  }
  return false
}

// Words that open an aside about the name before them: a relative clause or an apposition
// (", a Bamako-based haulage company that the Council says moves weapons,").
const ASIDE_OPENERS = new Set(['who', 'which', 'whose', 'where', 'a', 'an'])

/** "by the US, the EU and Britain": the agent and those listed after it. */
function forwardList(tokens: Token[], mentions: Mention[], first: Mention): string[] {
  const ids = [first.actor!]
  let cursor = first.t1
  for (const m of mentions) {
    if (m.t0 < cursor) continue
    // "by the G7 group of wealthy nations, the EU and Australia": a short description of the
    // first agent before the list goes on.
    if (cursor === first.t1) {
      let k = cursor
      while (k < cursor + 4 && tokens[k]?.kind === 'word' && !tokens[k]!.cap && !COORDINATION.has(tokens[k]!.lower)) k++
      if (k > cursor && tokens[k]?.text === ',') cursor = k
    }
    let linked = true
    for (let k = cursor; k < m.t0; k++) if (!COORDINATION.has(tokens[k]!.lower)) linked = false
    if (!linked || !m.actor) break
    ids.push(m.actor)
    cursor = m.t1
  }
  return [...new Set(ids)]
}

/**
 * "barred from doing business with China", "... with Chinese organisations and individuals": in
 * a passive ban on dealings (nobody named inside the cue), the state right after "with".
 */
export function dealingPartner(tokens: Token[], t: Trigger, mentions: Mention[]): { state: Mention; end: number } | undefined {
  if (t.type !== 'transaction_ban' || t.slot || tokens[t.t1 - 1]?.lower !== 'with') return undefined
  const at = tokens[t.t1]?.lower === 'the' ? t.t1 + 1 : t.t1
  const m = mentions.find((x) => x.t0 === at && x.actor)
  if (!m || !(m.kind === 'country' || (m.kind === 'adjective' && NATIONALS.has(tokens[m.t1]?.lower ?? '')))) return undefined
  // The phrase ends after its nouns ("Chinese organisations and individuals").
  let end = m.t1
  while (NATIONALS.has(tokens[end]?.lower ?? '') || (['and', 'or'].includes(tokens[end]?.lower ?? '') && NATIONALS.has(tokens[end + 1]?.lower ?? ''))) end++
  return { state: m, end }
}


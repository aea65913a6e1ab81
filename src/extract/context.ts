/**
 * What the extractor learns about a whole article before reading it sentence by sentence:
 * the people and organisations it names in full, which words it capitalises mid-sentence,
 * and (as it reads) the bodies and groups of authorities it has named.
 */
import { matchGazetteer } from './authorities'
import { ORG_SUFFIXES } from './data/words'
import type { Discourse } from './discourse'
import { BLOCS, BODY_HEADS, findMentions, titleWordsBefore, type ArticleContext, type Mention } from './mentions'
import { PersonRegistry } from './names'
import type { Sentence } from './sentences'

const OPENING_QUOTES = new Set(['"', '“', '(', '‘'])
// First words of organisation names too common to stand for the organisation alone.
const NOT_SHORT_NAMES = new Set(['national', 'central', 'state', 'first', 'united', 'international', 'global', 'general', 'new', 'royal', 'federal', 'public', 'islamic', 'people', 'the', 'bank', 'office', 'ministry', 'department'])
const COUNCIL_OWNERS = new Set(['eu', 'un'])
const AIRLINE_WORDS = new Set(['carrier', 'airline', 'airlines'])
const MEDIA_WORDS = new Set(['broadcaster', 'broadcasters', 'outlet', 'outlets', 'channel', 'channels', 'media'])
const LIST_WORDS = new Set([',', 'and', 'the', 'as', 'well', 'along', 'with', 'plus'])

/**
 * First pass over the article: the words it capitalises mid-sentence (body only: a headline
 * may capitalise every word), the people it names in full ("Sergey Lavrov", so that a later
 * "Mr Lavrov" resolves) and the organisations it names in full ("the Wagner Group", so that a
 * later "Wagner" resolves).
 */
export function articleContext(sentences: Sentence[]): ArticleContext {
  const ctx: ArticleContext = { registry: new PersonRegistry(), midCaps: new Set(), bodyWords: new Map(), orgs: new Map(), airlines: new Set(), broadcasters: new Set() }
  for (const s of sentences) {
    if (s.caption || s.headline) continue
    s.tokens.forEach((t, i) => {
      if (i > 0 && t.cap && !OPENING_QUOTES.has(s.tokens[i - 1]!.text)) ctx.midCaps.add(t.text)
    })
  }
  for (const s of sentences) {
    if (s.caption) continue
    for (const m of findMentions(s.tokens, ctx, true)) {
      const first = s.tokens[m.t0]!
      if (m.kind === 'organization' && m.target && m.t1 - m.t0 >= 2 && ORG_SUFFIXES.has(s.tokens[m.t1 - 1]!.lower) && !NOT_SHORT_NAMES.has(first.lower) && !matchGazetteer(s.tokens, m.t0)) {
        if (!ctx.orgs.has(first.lower)) ctx.orgs.set(first.lower, m.target.name)
        // ("Golden Tide" for "Golden Tide Marine Ltd": the name without its last words.)
        for (let k = m.t0 + 2; k < m.t1; k++) {
          const prefix = s.tokens.slice(m.t0, k).map((t) => t.lower).join(' ')
          if (!ctx.orgs.has(prefix)) ctx.orgs.set(prefix, m.target.name)
        }
      }
      // "Myanmar Economic Corporation (MEC)": the acronym in brackets names the same organisation.
      const acronym = s.tokens[m.t1 + 1]
      if (m.kind === 'organization' && m.target && m.t1 - m.t0 >= 2 && s.tokens[m.t1]?.text === '(' && acronym?.allCaps && s.tokens[m.t1 + 2]?.text === ')') {
        if (!ctx.orgs.has(acronym.lower)) ctx.orgs.set(acronym.lower, m.target.name)
      }
      // "the state-owned flag carrier Belavia", "the airline Pobeda": the name is an airline's.
      if (m.kind === 'organization' && m.target && AIRLINE_WORDS.has(s.tokens[m.t0 - 1]?.lower ?? '')) ctx.airlines.add(m.target.name.toLowerCase())
      if (m.kind === 'organization' && m.target && MEDIA_WORDS.has(s.tokens[m.t0 - 1]?.lower ?? '')) ctx.broadcasters.add(m.target.name.toLowerCase())
      if (m.kind !== 'person' || !m.target || !first.cap) continue
      // The name as recognised: without titles or a quoted nickname.
      const words = m.target.name.split(' ')
      if (words.length >= 2) ctx.registry.add(words, first.start, m.affiliation, titleWordsBefore(s.tokens, m.t0).words)
    }
  }
  return ctx
}

/** "U.S. Sanctions Wagner Group Chief Over Africa Operations": most longer words capitalised. */
export function isTitleCase(s: Sentence): boolean {
  const words = s.tokens.slice(1).filter((t) => t.kind === 'word' && t.text.length >= 4)
  return words.length >= 3 && words.filter((t) => t.cap).length >= 0.75 * words.length
}

/**
 * Notes what the mentions of a sentence tell later sentences: the body a later "the council"
 * or "the bloc" means, and lists of two or more authorities ("the US, the EU and Canada") for
 * a later "the three governments".
 */
export function noteMentions(s: Sentence, mentions: Mention[], ctx: ArticleContext, discourse: Discourse): void {
  const tokens = s.tokens
  for (const m of mentions) {
    if (m.kind !== 'authority' || !m.actor) continue
    if (BLOCS.has(m.actor)) ctx.bodyWords.set('bloc', m.actor)
    // "the council" after the EU or the UN was named: their councils decide on sanctions (a body
    // named in full, "Security Council", "Council of Europe", still sets the word below).
    if (COUNCIL_OWNERS.has(m.actor) && !ctx.bodyWords.has('council')) ctx.bodyWords.set('council', m.actor)
    if (m.t1 - m.t0 < 2) continue
    for (const w of tokens.slice(m.t0, m.t1)) if (BODY_HEADS.has(w.lower)) ctx.bodyWords.set(w.lower, m.actor)
  }
  let list: string[] = []
  let last: Mention | undefined
  const flush = (): void => {
    if (list.length > 1) discourse.rememberGroup([...new Set(list)], s.index)
    list = []
  }
  for (const m of mentions) {
    const actor = m.actor && (m.kind === 'country' || m.kind === 'authority') ? m.actor : undefined
    const linked = last !== undefined && tokens.slice(last.t1, m.t0).every((t) => LIST_WORDS.has(t.lower))
    if (!actor || !linked) flush()
    if (actor) list.push(actor)
    last = actor ? m : undefined
  }
  flush()
}

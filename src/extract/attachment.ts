/**
 * A learned second pass over the rules' findings: which names near a reported measure are more
 * of its targets.
 *
 * The rules read a measure's targets from the words around its cue. On text they were not
 * written for, most of what they miss is a name that the recogniser found but no rule tied to
 * the measure: the next name of a list the rules stopped reading, a name in the sentence after
 * ("The Treasury froze the assets of three firms. Golden Tide Marine, ..."), a name the rules
 * gave to another authority acting in the same sentence. Each such (finding, name) pair is a
 * candidate; a logistic model over a few dozen plain features of it (how far the name is from the
 * finding, what stands before and after it, whether it speaks, whether the article reports it as
 * a target elsewhere) says how likely the annotated articles are to count it. The weights are
 * trained by `scripts/train-extractor-models.mjs` on the annotated folders, each read by a version of
 * the extractor that had not yet been tuned on it, so that the model learns what the rules miss
 * on new text rather than on text they were fitted to.
 */
import type { Finding, TargetRef } from '../domain/taxonomy'
import { ATTACHMENT_MODEL } from './data/learned-models'
import { probability, reportedKeys, type LinearModel } from './learned-pass'
import type { Mention } from './mentions'
import { hasDenial } from './negation'
import { sentenceAt, type Sentence } from './sentences'

/** Kinds of names that can be targets; places, regions and a state's adjective cannot. */
const CANDIDATE_KINDS = new Set(['person', 'organization', 'vessel', 'country'])
/** How far from the finding's sentence a name may stand: the one before, the two after. */
const SENTENCES_BEFORE = 1
const SENTENCES_AFTER = 2
const LIST_JOINERS = new Set([',', 'and', ';', 'or'])
const QUOTE_MARKS = new Set(['"', '“', '”'])
const WINDOW_WORDS = new Set(['said', 'says', 'by', 'against', 'on', 'including', 'of', 'from', 'with', 'to', 'for'])
/** Words whose presence anywhere in the name's sentence is a feature. */
const SENTENCE_WORDS = new Set(['said', 'says', 'including', 'include', 'includes', 'named', 'list', 'also', 'who', 'owned', 'controlled', 'against', 'on', 'told', ':', 'according', 'sanctioned', 'designated', 'added', 'among'])
const MEASURE_WORD_RE = /\b(?:sanction|freez|froze|ban(?:s|ned|ning)?\b|designat|blacklist|embargo|list|restrict|block)/i

export interface AttachmentCandidate {
  finding: Finding
  /** Sentence of the finding and of the name. */
  findingSentence: number
  nameSentence: number
  target: TargetRef
  features: string[]
}

/**
 * Every (finding, name) pair the model weighs, with its features. `mentions[i]` are the names of
 * sentence i (empty for captions). Pairs whose "authority|type|target" is in `reported` are
 * skipped, as they would add nothing. The training script calls this too, so that both read the
 * same candidates with the same features.
 */
export function attachmentCandidates(findings: Finding[], sentences: Sentence[], mentions: Mention[][], reported: Set<string> = reportedKeys(findings)): AttachmentCandidate[] {
  const bySentence = new Map<number, number>()
  const measuresOf = new Map<string, Set<string>>()
  const located = findings.map((f) => {
    const i = sentenceAt(sentences, f.span[0])
    bySentence.set(i, (bySentence.get(i) ?? 0) + 1)
    for (const t of f.targets) {
      const set = measuresOf.get(t.id) ?? new Set<string>()
      set.add(`${f.authority.id}|${f.type}`)
      measuresOf.set(t.id, set)
    }
    return i
  })
  const described = new Map<number, SentenceFeatures>()
  const describe = (i: number): SentenceFeatures => {
    let d = described.get(i)
    if (!d) described.set(i, (d = sentenceFeatures(sentences[i]!, mentions[i] ?? [], bySentence.get(i) ?? 0)))
    return d
  }
  const candidates: AttachmentCandidate[] = []
  findings.forEach((f, n) => {
    const si = located[n]!
    if (si < 0) return
    const own = new Set(f.targets.map((t) => t.id))
    for (let sj = Math.max(0, si - SENTENCES_BEFORE); sj <= Math.min(sentences.length - 1, si + SENTENCES_AFTER); sj++) {
      // The rules read denials ("was not sanctioned", "left X off the list"); a statistical
      // guess must not overrule them, so a sentence that denies offers no names. (Nor does the
      // headline, which names in shorthand what the body reports.)
      if (sentences[sj]!.headline || describe(sj).denies) continue
      const seen = new Set<string>()
      for (const m of mentions[sj] ?? []) {
        const target = m.target
        // (Neither the acting state itself, "The U.S. Treasury", nor a name that only describes the
        // person after it, "Rosneft chief Igor Sechin", is a target.)
        if (!target || !CANDIDATE_KINDS.has(m.kind) || m.modifier || m.actor === f.authority.id || own.has(target.id) || seen.has(target.id) || target.id === f.authority.id) continue
        seen.add(target.id)
        if (reported.has(`${f.authority.id}|${f.type}|${target.id}`)) continue
        const features = candidateFeatures(f, m, sj - si, sentences[sj]!, describe(sj), mentions[sj]!, own, measuresOf.get(target.id))
        candidates.push({ finding: f, findingSentence: si, nameSentence: sj, target, features })
      }
    }
  })
  return candidates
}

/** What every candidate of one sentence shares. */
interface SentenceFeatures {
  /** The sentence denies or leaves someone out: none of its names is a candidate. */
  denies: boolean
  shared: string[]
  /** Quotation marks before each token, to tell whether a name is inside a quotation. */
  quotesBefore: number[]
}

function sentenceFeatures(s: Sentence, names: Mention[], findingsThere: number): SentenceFeatures {
  const shared = [findingsThere ? 'sj-has' : 'sj-none', `nm=${Math.min(names.filter((o) => o.target).length, 6)}`]
  for (const w of new Set(s.tokens.filter((t) => SENTENCE_WORDS.has(t.lower)).map((t) => t.lower))) shared.push(`w=${w}`)
  if (s.headline) shared.push('headline')
  if (MEASURE_WORD_RE.test(s.text)) shared.push('sj-cue')
  const quotesBefore: number[] = []
  let quotes = 0
  for (const t of s.tokens) {
    quotesBefore.push(quotes)
    if (QUOTE_MARKS.has(t.text)) quotes++
  }
  return { denies: hasDenial(s.text), shared, quotesBefore }
}

function candidateFeatures(f: Finding, m: Mention, distance: number, s: Sentence, sentence: SentenceFeatures, names: Mention[], own: Set<string>, measures?: Set<string>): string[] {
  const tokens = s.tokens
  const word = (i: number): string => (i < 0 ? '<s>' : i >= tokens.length ? '</s>' : tokens[i]!.lower)
  const x = [...sentence.shared, `d=${distance}`, `k=${m.kind}`, `d|k=${distance}|${m.kind}`, `ty=${f.type}`, `st=${f.status}`, `k|ty=${m.kind}|${f.type}`, `nt=${Math.min(f.targets.length, 4)}`]
  if (m.speaker) x.push('speaker')
  if (m.titles.length) x.push('titled')
  if (m.government) x.push('gov')
  if (m.affiliation) x.push(m.affiliation === f.authority.id ? 'aff=auth' : 'aff=other')
  if (m.actor) x.push('actor')
  x.push(`p1=${word(m.t0 - 1)}`, `n1=${word(m.t1)}`)
  // Is the name reported as a target elsewhere: of another measure of this authority, or only of
  // other authorities? (Of this very measure it is no candidate.)
  if (!measures) x.push('never-target')
  else if ([...measures].some((k) => k.startsWith(`${f.authority.id}|`))) x.push('same-auth-other-type')
  else x.push('other-auth-target')
  // Where the name stands among the finding's own targets in this sentence.
  const ownAt = names.filter((o) => o.target && own.has(o.target.id))
  if (ownAt.some((o) => o !== m && ((o.t1 <= m.t0 && m.t0 - o.t1 <= 2 && LIST_JOINERS.has(word(m.t0 - 1))) || (m.t1 <= o.t0 && o.t0 - m.t1 <= 2 && LIST_JOINERS.has(word(m.t1)))))) x.push('coord-target')
  if (ownAt.length) {
    const first = Math.min(...ownAt.map((o) => o.t0))
    const last = Math.max(...ownAt.map((o) => o.t0))
    x.push(m.t0 < first ? 'before-targets' : m.t0 > last ? 'after-targets' : 'among-targets')
    const gap = Math.min(...ownAt.map((o) => Math.abs(o.t0 - m.t0)))
    x.push(`tdist=${gap <= 3 ? 'near' : gap <= 10 ? 'mid' : 'far'}`)
  } else x.push('tdist=none')
  if (sentence.quotesBefore[m.t0]! % 2 === 1) x.push('in-quote')
  for (let i = Math.max(0, m.t0 - 4); i < m.t0; i++) if (WINDOW_WORDS.has(tokens[i]!.lower)) x.push(`win=${tokens[i]!.lower}`)
  return x
}

/**
 * The findings with the names the model attaches. A name in the finding's own sentence joins its
 * targets; a name in a sentence nearby gets a finding of its own, quoting both sentences, so that
 * the evidence still shows the measure and the name together.
 */
export function attachByModel(text: string, findings: Finding[], sentences: Sentence[], mentions: Mention[][], model: LinearModel = ATTACHMENT_MODEL): Finding[] {
  const reported = reportedKeys(findings)
  const added = new Map<Finding, Map<number, TargetRef[]>>()
  const findingSentence = new Map<Finding, number>()
  for (const c of attachmentCandidates(findings, sentences, mentions, reported)) {
    // (Two findings of one measure may both offer a name; it is added once.)
    const key = `${c.finding.authority.id}|${c.finding.type}|${c.target.id}`
    if (reported.has(key) || probability(model, c.features) < model.threshold) continue
    reported.add(key)
    findingSentence.set(c.finding, c.findingSentence)
    const bySentence = added.get(c.finding) ?? new Map<number, TargetRef[]>()
    bySentence.set(c.nameSentence, [...(bySentence.get(c.nameSentence) ?? []), c.target])
    added.set(c.finding, bySentence)
  }
  if (added.size === 0) return findings
  const out: Finding[] = []
  for (const f of findings) {
    const more = added.get(f)
    if (!more) {
      out.push(f)
      continue
    }
    const si = findingSentence.get(f)!
    const here = more.get(si)
    out.push(here ? { ...f, targets: [...f.targets, ...here] } : f)
    for (const [sj, targets] of more) {
      if (sj === si) continue
      const start = Math.min(f.span[0], sentences[sj]!.start)
      const end = Math.max(f.span[1], sentences[sj]!.end)
      out.push({ ...f, targets, quote: text.slice(start, end), span: [start, end] })
    }
  }
  return out
}

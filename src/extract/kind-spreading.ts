/**
 * A learned pass over the rules' findings: which kinds of a designation apply to whom.
 *
 * Reports of a designation often name the targets in one sentence and the kinds in another
 * ("Britain imposed sanctions on five officials ... The measures freeze their assets and bar
 * them from entering the country"), or name one kind with the targets and the others in
 * passing. The rules read each sentence's kind for its own targets, so a target may get the
 * asset freeze but not the travel ban the article also reports. Each (finding, kind the same
 * authority is reported using elsewhere in the article) pair is a candidate for each of the
 * finding's targets; a logistic model over a few features (which kinds, the target's kind, how
 * far apart, whether the other kind was reported on named targets or on a whole state) says how
 * likely the annotated articles are to count it.
 */
import type { Finding, MeasureType, TargetRef } from '../domain/taxonomy'
import { KIND_MODEL } from './data/learned-models'
import { probability, reportedKeys, type LinearModel } from './learned-pass'
import { hasDenial } from './negation'
import { sentenceAt, type Sentence } from './sentences'

/** The kinds of an individual designation; "sanctions" is the designation with no kind named. */
const DESIGNATION_KINDS = new Set<MeasureType>(['asset_freeze', 'travel_ban', 'transaction_ban'])

export interface KindCandidate {
  finding: Finding
  type: MeasureType
  target: TargetRef
  /** The nearest finding of `type` by the same authority: where the article reports that kind. */
  source: Finding
  features: string[]
}

const bucket = (n: number): string => (n === 0 ? '0' : n <= 2 ? 'near' : n <= 6 ? 'mid' : 'far')

/**
 * Every (finding, other kind, target) triple the model weighs, with its features; triples already
 * in `reported` are skipped, as they would add nothing. The training script calls this too.
 */
export function kindCandidates(findings: Finding[], sentences: Sentence[], reported: Set<string> = reportedKeys(findings)): KindCandidate[] {
  const sentenceOf = new Map(findings.map((f) => [f, sentenceAt(sentences, f.span[0])]))
  // The findings of each designation kind, by authority.
  const kindsOf = new Map<string, Map<MeasureType, Finding[]>>()
  for (const f of findings) {
    if (!DESIGNATION_KINDS.has(f.type) || sentenceOf.get(f)! < 0) continue
    const byKind = kindsOf.get(f.authority.id) ?? new Map<MeasureType, Finding[]>()
    byKind.set(f.type, [...(byKind.get(f.type) ?? []), f])
    kindsOf.set(f.authority.id, byKind)
  }
  const candidates: KindCandidate[] = []
  const seen = new Set<string>()
  for (const f of findings) {
    if (f.type !== 'sanctions' && !DESIGNATION_KINDS.has(f.type)) continue
    const byKind = kindsOf.get(f.authority.id)
    const here = sentenceOf.get(f)!
    // (A headline restates the body in shorthand; the rules read denials, and "froze A's assets
    // but did not bar him from travel" spreads nothing.)
    if (!byKind || here < 0 || sentences[here]!.headline || hasDenial(sentences[here]!.text)) continue
    for (const [type, others] of byKind) {
      if (type === f.type) continue
      const source = others.reduce((a, b) => (Math.abs(sentenceOf.get(b)! - here) < Math.abs(sentenceOf.get(a)! - here) ? b : a))
      // The other kind on a whole state ("banned travel to Russia") rather than on named targets.
      const general = others.some((o) => o.targets.every((t) => t.kind === 'country'))
      const shared = [`T=${type}`, `K=${f.type}`, `T|K=${type}|${f.type}`, `dmin=${bucket(Math.abs(sentenceOf.get(source)! - here))}`, `st=${f.status}`, general ? 'T-general' : 'T-named', `nT=${Math.min(others.length, 3)}`, `T|st=${type}|${f.status}`, `nt=${Math.min(f.targets.length, 4)}`]
      if (others.some((o) => o.status === f.status)) shared.push('same-status')
      for (const target of f.targets) {
        const key = `${f.authority.id}|${type}|${target.id}`
        if (seen.has(key) || reported.has(key)) continue
        seen.add(key)
        candidates.push({ finding: f, type, target, source, features: [...shared, `T|tk=${type}|${target.kind}`] })
      }
    }
  }
  return candidates
}

/**
 * The findings the model adds, one per (finding, kind) it spreads, each quoting the sentences from
 * the designation of its targets to the one that reports the kind, so that the evidence shows both.
 * Keys in `reported` (by default the given findings') are not added again.
 */
export function spreadKinds(text: string, findings: Finding[], sentences: Sentence[], reported: Set<string> = reportedKeys(findings), model: LinearModel = KIND_MODEL): Finding[] {
  const added = new Map<Finding, Map<MeasureType, Finding>>()
  for (const c of kindCandidates(findings, sentences, reported)) {
    if (probability(model, c.features) < model.threshold) continue
    const byType = added.get(c.finding) ?? new Map<MeasureType, Finding>()
    const prior = byType.get(c.type)
    if (prior) prior.targets.push(c.target)
    else {
      const start = Math.min(c.finding.span[0], c.source.span[0])
      const end = Math.max(c.finding.span[1], c.source.span[1])
      byType.set(c.type, { ...c.finding, type: c.type, targets: [c.target], quote: text.slice(start, end), span: [start, end] })
    }
    added.set(c.finding, byType)
  }
  return [...added.values()].flatMap((byType) => [...byType.values()])
}

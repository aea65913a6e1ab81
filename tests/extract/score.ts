/**
 * The triple comparison of the project's scorer, for tests: findings and annotations are
 * expanded into (authority, type, target) triples, target ids compared after slugging and
 * alias canonicalisation; within one article the most advanced status per triple counts.
 */
import type { Finding } from '../../src/domain/taxonomy'

export interface GoldMeasure {
  authority: string
  type: string
  status: string
  targets: string[]
  statusAlso?: string[]
  typeAlso?: string[]
  optional?: boolean
}

export interface GoldArticle {
  measures: GoldMeasure[]
  negatives?: { authority: string; targets: string[]; type?: string }[]
}

export interface ArticleScore {
  tp: number
  fp: number
  fn: number
  statusOk: number
  negationErrors: number
  missed: string[]
  extra: string[]
  wrongStatus: string[]
  /** The predicted triples with their statuses. */
  predicted: Map<string, string>
}

const RANK: Record<string, number> = { proposed: 1, announced: 2, adopted: 3, in_effect: 4, lifted: 5 }

export const slug = (s: string): string =>
  s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/&/g, ' and ').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')

/** The annotation's triples, and how a predicted (authority, type, target) maps onto them. */
export interface GoldTriples {
  /** Required triples with the statuses accepted for each. */
  required: Map<string, string[]>
  optional: Set<string>
  /** The triple key of a prediction: names canonicalised, a type the annotation also accepts mapped to its own. */
  keyOf: (authority: string, type: string, target: string) => string
  canon: (s: string) => string
}

export function goldTriples(gold: GoldArticle, aliases: Record<string, string[]>): GoldTriples {
  const canon = (s: string): string => {
    const k = slug(s)
    for (const [c, list] of Object.entries(aliases)) if (c === k || list.includes(k)) return c
    return k
  }
  const key = (a: string, type: string, t: string): string => `${canon(a)}|${slug(type).replace(/-/g, '_')}|${t}`
  const required = new Map<string, string[]>()
  const optional = new Set<string>()
  const alias = new Map<string, string>()
  for (const m of gold.measures) {
    for (const t of m.targets) {
      const k = key(m.authority, m.type, canon(t))
      if (m.optional) optional.add(k)
      else required.set(k, [m.status, ...(m.statusAlso ?? [])])
      for (const alt of m.typeAlso ?? []) alias.set(key(m.authority, alt, canon(t)), k)
    }
  }
  for (const k of [...alias.keys()]) if (required.has(k) || optional.has(k)) alias.delete(k)
  const keyOf = (a: string, type: string, target: string): string => {
    const k = key(a, type, canon(target))
    return alias.get(k) ?? k
  }
  return { required, optional, keyOf, canon }
}

export function scoreArticle(findings: Finding[], gold: GoldArticle, aliases: Record<string, string[]>): ArticleScore {
  const { required, optional, keyOf, canon } = goldTriples(gold, aliases)
  const predicted = new Map<string, string>()
  for (const f of findings) {
    for (const t of f.targets) {
      const keys = [t.id, t.name].map((x) => keyOf(f.authority.id, f.type, x))
      const hit = keys.find((k) => required.has(k)) ?? keys.find((k) => optional.has(k)) ?? keys[0]!
      const prior = predicted.get(hit)
      if (!prior || (RANK[f.status] ?? 0) > (RANK[prior] ?? 0)) predicted.set(hit, f.status)
    }
  }
  const out: ArticleScore = { tp: 0, fp: 0, fn: 0, statusOk: 0, negationErrors: 0, missed: [], extra: [], wrongStatus: [], predicted }
  for (const [k, st] of predicted) {
    const want = required.get(k)
    if (want) {
      out.tp++
      if (want.includes(st)) out.statusOk++
      else out.wrongStatus.push(`${k} got ${st} want ${want.join('|')}`)
    } else if (!optional.has(k)) {
      out.fp++
      out.extra.push(`${k} (${st})`)
    }
  }
  for (const k of required.keys()) if (!predicted.has(k)) {
    out.fn++
    out.missed.push(k)
  }
  for (const n of gold.negatives ?? []) {
    for (const t of n.targets) {
      for (const k of predicted.keys()) {
        const [a, ty, tt] = k.split('|')
        if (a === canon(n.authority) && tt === canon(t) && (!n.type || ty === n.type)) out.negationErrors++
      }
    }
  }
  return out
}

/** Micro-averaged precision, recall, F1 and status accuracy over several articles. */
export function totals(scores: ArticleScore[]): { f1: number; precision: number; recall: number; statusAcc: number; negationErrors: number } {
  const tp = scores.reduce((n, s) => n + s.tp, 0)
  const fp = scores.reduce((n, s) => n + s.fp, 0)
  const fn = scores.reduce((n, s) => n + s.fn, 0)
  const ok = scores.reduce((n, s) => n + s.statusOk, 0)
  const precision = tp / Math.max(1, tp + fp)
  const recall = tp / Math.max(1, tp + fn)
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0
  return { f1, precision, recall, statusAcc: ok / Math.max(1, tp), negationErrors: scores.reduce((n, s) => n + s.negationErrors, 0) }
}

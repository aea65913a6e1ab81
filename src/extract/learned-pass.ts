/**
 * What the two learned passes over the rules' findings (attachment.ts, kind-spreading.ts) share.
 * Each is a logistic model over named features: a candidate's probability is the logistic of the
 * bias plus the weights of the features it has. Their weights are in data/learned-models.ts,
 * written by scripts/train-extractor-models.mjs.
 */
import type { Finding } from '../domain/taxonomy'

export interface LinearModel {
  /** Candidates scoring at least this probability are taken. */
  threshold: number
  bias: number
  weights: Record<string, number>
}

// Weights looked up in a Map: a few hundred string keys make a slow object in V8.
const weightMaps = new WeakMap<LinearModel, Map<string, number>>()

export function probability(model: LinearModel, features: string[]): number {
  let weights = weightMaps.get(model)
  if (!weights) weightMaps.set(model, (weights = new Map(Object.entries(model.weights))))
  let z = model.bias
  for (const f of features) z += weights.get(f) ?? 0
  return 1 / (1 + Math.exp(-z))
}

/** "authority|type|target" of every target of every finding: what a pass need not add again. */
export function reportedKeys(findings: Finding[]): Set<string> {
  return new Set(findings.flatMap((f) => f.targets.map((t) => `${f.authority.id}|${f.type}|${t.id}`)))
}

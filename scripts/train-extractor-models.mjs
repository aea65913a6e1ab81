#!/usr/bin/env node
// Trains the extractor's two learned passes, the names near a measure (src/extract/attachment.ts)
// and the kinds of a designation (src/extract/kind-spreading.ts), and writes their weights to
// src/extract/data/learned-models.ts.
//
//   npm run train:extractor            train on every folder below and write the weights
//   npm run train:extractor -- --cv    also print five-fold cross-validated estimates
//
// The passes must learn what the rules leave out on text they were not written for, so every
// training article is read by rules that had not been tuned on it: folders that were later
// studied to write rules are read by the extractor as it was before (the commit beside them,
// taken from git without touching the working tree); folders written for training only and
// never read to write rules are read by the current rules. The features are always those of the
// current passes. Training is deterministic: the same folders and rules give the same weights.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build } from 'esbuild'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const fixtures = join(root, 'tests/fixtures')
/** Annotated folders, each with rules that had not been tuned on it ('current': never read). */
const TRAINING = [
  { rules: 'current', folders: ['training-257-266', 'training-267-276', 'training-277-286', 'training-287-296', 'training-297-306', 'training-307-316'] },
  { rules: 'fe19301', folders: ['heldout-137-146', 'heldout-147-156', 'heldout-157-166', 'heldout-167-176', 'heldout-177-186'] },
  { rules: '7ba7e39', folders: ['heldout-97-106', 'heldout-107-116', 'heldout-117-126', 'heldout-127-136'] },
  { rules: '9e35426', folders: ['heldout-67-76', 'heldout-77-86', 'heldout-87-96'] },
  { rules: '731b481', folders: ['heldout-33-44', 'heldout-45-56', 'heldout-57-66'] },
]
/**
 * Thresholds were chosen on the totals of the validation folders (HELDOUT.md), not on the
 * training folders: the current rules leave less to add than the older rules most training
 * articles were read with, so a candidate needs more evidence to be worth adding.
 */
const PASSES = {
  attachment: { name: 'ATTACHMENT_MODEL', threshold: 0.7, what: 'names near a measure (attachment.ts)' },
  kinds: { name: 'KIND_MODEL', threshold: 0.4, what: 'the kinds of a designation (kind-spreading.ts)' },
}
const L2 = 0.01
const MIN_COUNT = 3
const EPOCHS = 20
const RATE = 0.05

const work = mkdtempSync(join(tmpdir(), 'train-extractor-'))
async function bundle(resolveDir, contents, name) {
  const out = await build({ stdin: { contents, resolveDir, loader: 'ts' }, bundle: true, format: 'esm', write: false, platform: 'neutral', logLevel: 'error' })
  const file = join(work, `${name}.mjs`)
  writeFileSync(file, out.outputFiles[0].text)
  return import(pathToFileURL(file).href)
}
/** The rules of `rules` ('current': the working tree's, else a commit's read from git) as text → findings. */
async function rulesOf(rules, current) {
  if (rules === 'current') return (text) => current.readByRules(text).findings
  const dir = join(work, rules)
  mkdirSync(dir)
  const archive = execFileSync('git', ['-C', root, 'archive', rules, 'src'], { maxBuffer: 64 << 20 })
  execFileSync('tar', ['-x', '-C', dir], { input: archive })
  const old = await bundle(dir, "export { extractFindings } from './src/extract/index'", rules)
  return (text) => old.extractFindings(text)
}

/**
 * Candidates of both passes for every article of a folder, labelled from its annotation as the
 * scorer reads it (`goldTriples` of tests/extract/score.ts). The findings are those of `rules`;
 * the sentences and their names are always the current code's, as in use.
 */
function readFolder(rules, current, folder) {
  const dir = join(fixtures, folder)
  const aliases = JSON.parse(readFileSync(join(dir, 'aliases.json'), 'utf8'))
  const articles = []
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json') && n !== 'aliases.json').sort()) {
    const gold = JSON.parse(readFileSync(join(dir, name), 'utf8'))
    const text = readFileSync(join(dir, gold.file), 'utf8')
    const findings = rules(text)
    const { sentences, names } = current.readByRules(text)
    const { required, optional, keyOf } = current.goldTriples(gold, aliases)
    const label = (authority, type, target, features) => {
      const k = keyOf(authority, type, target)
      return { k, label: required.has(k) ? 1 : optional.has(k) ? -1 : 0, features }
    }
    articles.push({
      name: `${folder}/${name}`,
      base: new Set(findings.flatMap((f) => f.targets.map((t) => keyOf(f.authority.id, f.type, t.id)))),
      required,
      optional,
      attachment: current.attachmentCandidates(findings, sentences, names).map((c) => label(c.finding.authority.id, c.finding.type, c.target.id, c.features)),
      kinds: current.kindCandidates(findings, sentences).map((c) => label(c.finding.authority.id, c.type, c.target.id, c.features)),
    })
  }
  return articles
}

/** A small seeded generator, so that the shuffles (and so the weights) are the same on every run. */
function seeded(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Logistic regression by stochastic gradient descent with L2 decay, the examples shuffled anew in
 * each epoch (seeded). Candidates the annotation marks optional (label -1: a careful reader might
 * or might not count them) teach nothing either way and are left out.
 */
function train(articles, pass) {
  const data = articles.flatMap((a) => a[pass].filter((c) => c.label >= 0))
  const random = seeded(1)
  const count = new Map()
  for (const c of data) for (const f of new Set(c.features)) count.set(f, (count.get(f) ?? 0) + 1)
  const weights = new Map()
  let bias = 0
  for (let e = 0; e < EPOCHS; e++) {
    for (let i = data.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1))
      ;[data[i], data[j]] = [data[j], data[i]]
    }
    for (const c of data) {
      const used = c.features.filter((f) => count.get(f) >= MIN_COUNT)
      let z = bias
      for (const f of used) z += weights.get(f) ?? 0
      const g = 1 / (1 + Math.exp(-z)) - c.label
      bias -= RATE * g
      for (const f of used) { const w = weights.get(f) ?? 0; weights.set(f, w - RATE * (g + L2 * w)) }
    }
  }
  return { bias, weights }
}
const probability = (model, features) => { let z = model.bias; for (const f of features) z += model.weights.get(f) ?? 0; return 1 / (1 + Math.exp(-z)) }

/** F1 as the scorer counts it, with the candidates `take` accepts added to the rules' findings. */
function score(articles, take) {
  let tp = 0, fp = 0, required = 0
  for (const a of articles) {
    const predicted = new Set(a.base)
    for (const pass of Object.keys(PASSES)) for (const c of a[pass]) if (take(a, pass, c)) predicted.add(c.k)
    for (const k of predicted) if (a.required.has(k)) tp++; else if (!a.optional.has(k)) fp++
    required += a.required.size
  }
  const p = tp / Math.max(1, tp + fp), r = tp / Math.max(1, required)
  return `F1 ${(p + r ? (2 * p * r) / (p + r) : 0).toFixed(3)} (P ${p.toFixed(3)}, R ${r.toFixed(3)}, ${tp} true and ${fp} false positives)`
}

function crossValidate(articles) {
  const folds = Array.from({ length: 5 }, () => [])
  articles.forEach((a, i) => folds[i % 5].push(a))
  const modelOf = {}
  for (const pass of Object.keys(PASSES)) {
    const models = folds.map((_, k) => train(folds.filter((_, j) => j !== k).flat(), pass))
    modelOf[pass] = new Map(folds.flatMap((fold, k) => fold.map((a) => [a, models[k]])))
  }
  const at = (thresholds) => (a, pass, c) => probability(modelOf[pass].get(a), c.features) >= thresholds[pass]
  const chosen = Object.fromEntries(Object.entries(PASSES).map(([pass, p]) => [pass, p.threshold]))
  const none = Object.fromEntries(Object.keys(PASSES).map((p) => [p, 2]))
  console.log(`five-fold, thresholds ${JSON.stringify(chosen)}`)
  console.log(`  rules alone:        ${score(articles, () => false)}`)
  for (const pass of Object.keys(PASSES)) console.log(`  + ${`${pass} pass:`.padEnd(18)}${score(articles, at({ ...none, [pass]: chosen[pass] }))}`)
  console.log(`  + both passes:      ${score(articles, at(chosen))}`)
}

const round = (w) => Math.round(w * 1000) / 1000
function modelSource(pass, model) {
  const lines = [...model.weights].filter(([, w]) => Math.abs(w) >= 0.001).sort(([a], [b]) => (a < b ? -1 : 1)).map(([f, w]) => `    ${JSON.stringify(f)}: ${round(w)},`)
  return `/** The learned pass over ${PASSES[pass].what}. */
export const ${PASSES[pass].name}: LinearModel = {
  threshold: ${PASSES[pass].threshold},
  bias: ${round(model.bias)},
  weights: {
${lines.join('\n')}
  },
}
`
}

try {
  const current = await bundle(root, "export { readByRules } from './src/extract/index'; export { attachmentCandidates } from './src/extract/attachment'; export { kindCandidates } from './src/extract/kind-spreading'; export { goldTriples } from './tests/extract/score'", 'current')
  const articles = []
  for (const { rules, folders } of TRAINING) {
    const version = await rulesOf(rules, current)
    for (const folder of folders) articles.push(...readFolder(version, current, folder))
  }
  console.log(`${articles.length} articles; candidates: ${Object.keys(PASSES).map((p) => `${articles.reduce((n, a) => n + a[p].length, 0)} ${p}`).join(', ')}`)
  if (process.argv.includes('--cv')) crossValidate(articles)
  const sources = Object.keys(PASSES).map((pass) => modelSource(pass, train(articles, pass)))
  writeFileSync(join(root, 'src/extract/data/learned-models.ts'), `// Written by scripts/train-extractor-models.mjs (npm run train:extractor); do not edit by hand.
import type { LinearModel } from '../learned-pass'

${sources.join('\n')}`)
  console.log('wrote src/extract/data/learned-models.ts')
} finally {
  rmSync(work, { recursive: true, force: true })
}

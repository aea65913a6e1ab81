#!/usr/bin/env node
// Measures the CPU cost of extraction per article, to check it against the Workers Free plan
// budget of 10 ms CPU per request. Bundles src/extract/index.ts with esbuild (as wrangler
// would), runs it over the annotated articles in tests/fixtures/corpus, and prints medians.
// CPU time (process.cpuUsage) is what the plan counts; wall time is shown beside it because on
// a busy machine it also includes time spent waiting for the processor.
// A second pass runs the same measurement in a child process with V8 on one thread
// (--single-threaded): garbage collection and compilation then happen on the thread that
// extracts, so its CPU time is all the work one request costs, with nothing done on the side.
// Usage (from the repository root): node scripts/bench-extract.mjs [runs]
import { build } from 'esbuild'
import { readFileSync, readdirSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'

const root = join(import.meta.dirname, '..')
const corpus = join(root, 'tests/fixtures/corpus')
const runs = Number(process.argv[2] ?? 30)
const oneThread = process.execArgv.includes('--single-threaded')
const log = oneThread ? () => {} : console.log
const warmup = 20

const bundle = await build({
  entryPoints: [join(root, 'src/extract/index.ts')],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  minify: true,
  write: false,
})
const code = bundle.outputFiles[0].text
const { extractFindings } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}
const fmt = (n) => n.toFixed(3).padStart(8)

log(`bundle: ${(code.length / 1024).toFixed(1)} KB minified; ${warmup} warm-up + ${runs} timed runs per article`)
log('article                              KB  findings  cpu median    cpu min    cpu max  wall median  cpu ms/KB')
const perKb = []
let totalMs = 0
let totalWallMs = 0
let seedWallMedian = 0
let totalKb = 0
// The dev articles, then the extra annotated paragraphs.
const articles = [corpus, join(corpus, 'extra')].flatMap((dir) =>
  readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f)),
)
for (const path of articles) {
  const file = path.slice(corpus.length + 1)
  const text = readFileSync(path, 'utf8')
  const kb = Buffer.byteLength(text) / 1024
  let findings = 0
  for (let i = 0; i < warmup; i++) findings = extractFindings(text).length
  const cpu = []
  const wall = []
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage()
    const t0 = performance.now()
    extractFindings(text)
    wall.push(performance.now() - t0)
    const c = process.cpuUsage(c0)
    cpu.push((c.user + c.system) / 1000)
  }
  const med = median(cpu)
  if (perKb.length === 0) seedWallMedian = median(wall)
  perKb.push(med / kb)
  totalMs += med
  totalWallMs += median(wall)
  totalKb += kb
  log(`${file.padEnd(34)} ${kb.toFixed(2).padStart(5)} ${String(findings).padStart(9)} ${fmt(med)}  ${fmt(Math.min(...cpu))}  ${fmt(Math.max(...cpu))}  ${fmt(median(wall))}   ${fmt(med / kb)}`)
}

// A cold start: the module compiles its cue tables when it loads; time loading a fresh copy,
// then its first call.
const l0 = process.cpuUsage()
const fresh = await import(`data:text/javascript;base64,${Buffer.from(`${code}\n//fresh`).toString('base64')}`)
const l1 = process.cpuUsage(l0)
const load = (l1.user + l1.system) / 1000
const seed = readFileSync(articles[0], 'utf8')
const c0 = process.cpuUsage()
fresh.extractFindings(seed)
const c1 = process.cpuUsage(c0)
const cold = (c1.user + c1.system) / 1000

// Short articles carry a fixed cost per call, so the per-KB rate is taken over all text.
const rate = totalMs / totalKb
const seedRow = perKb[0] * (Buffer.byteLength(seed) / 1024)
const seedWall = seedWallMedian
if (oneThread) {
  // The child's one line, read by the parent below.
  console.log(`V8 on one thread: ${totalKb.toFixed(1)} KB in ${totalMs.toFixed(2)} ms CPU (medians) = ${rate.toFixed(3)} ms per KB → ${(rate * 5).toFixed(2)} ms for 5 KB (budget 10 ms); seed article ${seedRow.toFixed(2)} ms CPU`)
  process.exit(0)
}
console.log(`all ${articles.length} articles: ${totalKb.toFixed(1)} KB in ${totalMs.toFixed(2)} ms CPU (medians) = ${rate.toFixed(3)} ms per KB → ${(rate * 5).toFixed(2)} ms for 5 KB (budget 10 ms)`)
// process.cpuUsage counts every thread of the process, V8's background compiler and collector
// threads included; the extraction itself runs on one thread, whose time the wall clock bounds
// from above on an otherwise idle machine.
const wallRate = totalWallMs / totalKb
console.log(`wall clock (the one thread the extraction runs on): ${totalWallMs.toFixed(2)} ms (medians) = ${wallRate.toFixed(3)} ms per KB → ${(wallRate * 5).toFixed(2)} ms for 5 KB`)
console.log(`the seed article (${(Buffer.byteLength(seed) / 1024).toFixed(2)} KB): ${seedRow.toFixed(2)} ms CPU median, ${seedWall.toFixed(2)} ms wall median`)
console.log(`fresh module: ${load.toFixed(2)} ms CPU to load (start-up, incl. warming the cue tables), then ${cold.toFixed(2)} ms CPU for its first call on ${articles[0].slice(corpus.length + 1)}`)

// The same measurement with V8 on one thread (see the top of this file).
const child = spawnSync(process.execPath, ['--single-threaded', import.meta.filename, String(runs)], { encoding: 'utf8' })
console.log(child.status === 0 ? child.stdout.trim() : `V8 on one thread: the child run failed: ${child.stderr.trim()}`)

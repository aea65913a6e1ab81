#!/usr/bin/env node
// Soak: mixed reads, writes, retractions and refreshes against `wrangler dev` at a fixed
// concurrency for a bounded time, then a check that every acknowledged write is stored exactly
// once (and every acknowledged retraction is gone). Starts its own `wrangler dev` on a fresh
// local D1, on loopback only, with a news feed served by this process; needs nothing running.
//
//   node scripts/soak.mjs                      # 60 s, concurrency 32, at most 50 000 requests
//   SOAK_SECONDS=20 SOAK_CONCURRENCY=8 node scripts/soak.mjs
//
// Exit code 0 = no 5xx and nothing lost or doubled. The summary is printed and written to
// test-artifacts/soak.json.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startLocalWorker } from './lib/local-worker.mjs'

const SECONDS = Number(process.env.SOAK_SECONDS ?? 60)
const CONCURRENCY = Number(process.env.SOAK_CONCURRENCY ?? 32)
const MAX_REQUESTS = Number(process.env.SOAK_MAX_REQUESTS ?? 50_000)
const REQUEST_TIMEOUT_MS = 30_000

const state = mkdtempSync(join(tmpdir(), 'tracker-soak-'))
const token = `soak-${Math.random().toString(36).slice(2)}`
const workerPort = 8800 + Math.floor(Math.random() * 90)
const base = `http://127.0.0.1:${workerPort}`
const admin = { authorization: `Bearer ${token}` }
const adminJson = { ...admin, 'content-type': 'application/json' }

// ---- deterministic-enough article texts about a small pool of targets, so measures merge
const FIRST = ['Ivan', 'Oleg', 'Anna', 'Pavel', 'Olga', 'Sergey', 'Irina', 'Dmitry', 'Elena', 'Boris', 'Nikolai', 'Tatiana']
const LAST = ['Petrovsky', 'Marchenko', 'Volkov', 'Sokolov', 'Belov', 'Orlov', 'Zaitsev', 'Lebedev', 'Kozlov', 'Morozov']
const AUTHORITIES = ['The European Union', 'The United States', 'The United Kingdom', 'Canada', 'Japan', 'Switzerland', 'Australia']
const ACTIONS = ['froze the assets of', 'imposed a travel ban on', 'is considering an asset freeze against', 'lifted its asset freeze on']
const pick = (a) => a[Math.floor(Math.random() * a.length)]
let articleSeq = 0
function newArticle() {
  const n = ++articleSeq
  const day = `2022-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`
  return {
    title: `Soak report ${n}`,
    text: `Soak report ${n}\n${pick(AUTHORITIES)} on Monday ${pick(ACTIONS)} ${pick(FIRST)} ${pick(LAST)}, officials said (ref ${n}-${Math.random().toString(36).slice(2, 8)}).`,
    publishedAt: day,
  }
}

// ---- the "news site": a feed whose items keep coming, one page per item
let feedGeneration = 0
const site = createServer((req, res) => {
  const origin = `http://127.0.0.1:${site.address().port}`
  if (req.url === '/feed.rss') {
    feedGeneration++
    const items = Array.from({ length: 15 }, (_, i) => feedGeneration * 15 + i)
      .map((n) => `<item><title>Wire ${n}</title><link>${origin}/wire/${n}</link><pubDate>Mon, 07 Mar 2022 10:00:00 GMT</pubDate></item>`)
      .join('')
    res.writeHead(200, { 'content-type': 'application/rss+xml' })
    res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><link>${origin}/</link><description>x</description>${items}</channel></rss>`)
  } else if (req.url?.startsWith('/wire/')) {
    const n = Number(req.url.slice(6))
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    res.end(`<html><head><title>Wire ${n}</title></head><body><article><h1>Wire ${n}</h1><p>${AUTHORITIES[n % AUTHORITIES.length]} on Monday froze the assets of ${FIRST[n % FIRST.length]} ${LAST[n % LAST.length]}, officials said (wire ${n}).</p></article></body></html>`)
  } else {
    res.writeHead(404).end()
  }
})
await new Promise((resolve) => site.listen(0, '127.0.0.1', resolve))
const feedUrl = `http://127.0.0.1:${site.address().port}/feed.rss`

// ---- bookkeeping
const statuses = {}
const latencies = []
const fiveXX = []
const acknowledged = new Map() // content hash → { id, findings, text }
const retracted = new Set() // article ids
let requests = 0
let refreshes = 0
const sha256 = (text) => createHash('sha256').update(text).digest('hex')

async function call(kind, path, init = {}) {
  requests++
  const started = performance.now()
  try {
    const res = await fetch(`${base}${path}`, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) })
    const body = await res.arrayBuffer()
    latencies.push(performance.now() - started)
    const key = `${kind} ${res.status}`
    statuses[key] = (statuses[key] ?? 0) + 1
    if (res.status >= 500) fiveXX.push(`${init.method ?? 'GET'} ${path} → ${res.status} ${new TextDecoder().decode(body).slice(0, 200)}`)
    return { status: res.status, body }
  } catch (err) {
    statuses[`${kind} error`] = (statuses[`${kind} error`] ?? 0) + 1
    fiveXX.push(`${init.method ?? 'GET'} ${path} → ${err}`)
    return { status: 0, body: new ArrayBuffer(0) }
  }
}
const json = (r) => JSON.parse(new TextDecoder().decode(r.body))

const READS = [
  () => '/api/sanctions?limit=20',
  () => `/api/sanctions?authority=eu,us&type=asset_freeze&limit=${1 + Math.floor(Math.random() * 50)}`,
  () => '/api/sanctions/facets',
  () => `/api/sanctions/${1 + Math.floor(Math.random() * 150)}`,
  () => `/api/targets/${pick(FIRST).toLowerCase()}-${pick(LAST).toLowerCase()}`,
  () => '/api/targets?kind=person',
  () => '/api/authorities',
  () => '/api/articles?limit=10',
  () => '/',
  () => '/feed.json',
  () => '/api/embed?limit=5',
]
const EXPENSIVE = [() => `/api/sanctions?q=${pick(LAST)}`, () => '/api/sanctions.csv', () => '/api/sanctions.ndjson?authority=eu']

async function oneOperation() {
  const roll = Math.random()
  if (roll < 0.5) return call('read', pick(READS)())
  if (roll < 0.55) return call('expensive-read', pick(EXPENSIVE)())
  if (roll < 0.9) {
    // a new article, or (a quarter of the time) one already acknowledged, posted again. Only
    // articles marked as kept are posted again, and only the others are retracted: otherwise a
    // repeat acknowledged just before a retraction would look like a lost write.
    const kept = [...acknowledged.values()].filter((a) => a.kept)
    const again = kept.length > 0 && Math.random() < 0.25 ? pick(kept) : null
    const article = again?.input ?? newArticle()
    const r = await call('write', '/api/articles', { method: 'POST', headers: adminJson, body: JSON.stringify(article) })
    if (r.status === 201 || r.status === 200) {
      const body = json(r)
      const hash = sha256(article.text)
      const known = acknowledged.get(hash)
      if (known && known.id !== body.article.id && !retracted.has(known.id)) fiveXX.push(`same text acknowledged as two ids: ${known.id}, ${body.article.id}`)
      acknowledged.set(hash, { id: body.article.id, findings: body.findings.length, input: article, kept: known?.kept ?? Math.random() < 0.5 })
    }
    return r
  }
  if (roll < 0.93) {
    // retract one of ours
    const candidates = [...acknowledged.entries()].filter(([, a]) => !a.kept && !retracted.has(a.id))
    if (!candidates.length) return call('read', '/api/sanctions')
    const [hash, victim] = pick(candidates)
    const r = await call('retract', `/api/articles/${victim.id}`, { method: 'DELETE', headers: admin })
    if (r.status === 200) {
      retracted.add(victim.id)
      acknowledged.delete(hash)
    }
    return r
  }
  refreshes++
  return call('refresh', '/api/refresh', { method: 'POST', headers: admin })
}

let summary
let worker
try {
  worker = await startLocalWorker({
    persistTo: state,
    port: workerPort,
    startupSeconds: 120,
    vars: { ADMIN_TOKEN: token, ALLOW_PRIVATE_SOURCES: 'true' },
  })
  const created = await fetch(`${base}/api/sources`, { method: 'POST', headers: adminJson, body: JSON.stringify({ kind: 'feed', url: feedUrl, name: 'Wire' }) })
  if (created.status !== 201) throw new Error(`POST /api/sources answered ${created.status}`)

  // ---- the soak
  const started = Date.now()
  const deadline = started + SECONDS * 1000
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (Date.now() < deadline && requests < MAX_REQUESTS) await oneOperation()
    }),
  )
  const elapsed = (Date.now() - started) / 1000

  // ---- afterwards: every acknowledged write present exactly once, every retraction gone
  const problems = []
  for (const [hash, a] of acknowledged) {
    const r = await fetch(`${base}/api/articles/${a.id}`)
    if (r.status !== 200) {
      problems.push(`acknowledged article ${a.id} answers ${r.status}`)
      continue
    }
    const body = await r.json()
    if (body.article.contentHash !== hash) problems.push(`article ${a.id} has another text`)
    if (body.findings.length !== a.findings) problems.push(`article ${a.id}: ${body.findings.length} findings, ${a.findings} acknowledged`)
  }
  for (const id of retracted) {
    const r = await fetch(`${base}/api/articles/${id}`)
    if (r.status !== 404) problems.push(`retracted article ${id} answers ${r.status}`)
  }
  // every stored article, through the API: no text twice, ours exactly the acknowledged ones
  const stored = []
  for (let cursor = null; ; ) {
    const page = await (await fetch(`${base}/api/articles?limit=100${cursor ? `&cursor=${cursor}` : ''}`)).json()
    stored.push(...page.data)
    if (!page.nextCursor) break
    cursor = page.nextCursor
  }
  const byHash = new Map()
  for (const a of stored) byHash.set(a.contentHash, (byHash.get(a.contentHash) ?? 0) + 1)
  const doubled = [...byHash].filter(([, n]) => n > 1)
  if (doubled.length) problems.push(`${doubled.length} texts stored more than once`)
  const ours = stored.filter((a) => a.title?.startsWith('Soak report'))
  if (ours.length !== acknowledged.size) problems.push(`${ours.length} soak articles stored, ${acknowledged.size} acknowledged and not retracted`)
  for (const a of ours) if (!acknowledged.has(a.contentHash)) problems.push(`article ${a.id} stored but never acknowledged`)
  const fromFeed = stored.filter((a) => a.url?.includes('/wire/')).length

  worker.stop()
  await new Promise((r) => setTimeout(r, 1500))
  // derived data agrees with the evidence (read straight from the local D1)
  const sql = (q) =>
    JSON.parse(execFileSync('npx', ['wrangler', 'd1', 'execute', 'DB', '--local', '--persist-to', state, '--json', '--command', q], { encoding: 'utf8' }))[0].results
  const [counts] = sql(`select
      (select count(*) from measures m where m.evidence_count != (select count(*) from evidence e where e.measure_id = m.id)) as wrong_counts,
      (select count(*) from measures m where not exists (select 1 from evidence e where e.measure_id = m.id)) as bare_measures,
      (select count(*) from evidence e where e.article_id is not null and not exists (select 1 from articles a where a.id = e.article_id)) as orphan_evidence,
      (select count(*) from (select article_id, finding_index, measure_id from evidence group by 1, 2, 3 having count(*) > 1)) as doubled_evidence,
      (select count(*) from measures) as measures,
      (select count(*) from evidence) as evidence,
      (select count(*) from audit_log) as audit_entries`)
  for (const k of ['wrong_counts', 'bare_measures', 'orphan_evidence', 'doubled_evidence']) if (counts[k] !== 0) problems.push(`${k}: ${counts[k]}`)

  const sorted = [...latencies].sort((a, b) => a - b)
  const pct = (p) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0)
  summary = {
    seconds: Math.round(elapsed),
    concurrency: CONCURRENCY,
    requests,
    requestsPerSecond: Math.round(requests / elapsed),
    latencyMs: { p50: pct(50), p95: pct(95), p99: pct(99), max: Math.round(sorted.at(-1) ?? 0) },
    statuses: Object.fromEntries(Object.entries(statuses).sort()),
    fiveXX: fiveXX.length,
    refreshes,
    acknowledgedArticles: acknowledged.size,
    retracted: retracted.size,
    feedArticles: fromFeed,
    storedArticles: stored.length,
    database: counts,
    problems,
  }
  console.log(JSON.stringify(summary, null, 2))
  if (fiveXX.length) console.error(`5xx or failed requests:\n${fiveXX.slice(0, 20).join('\n')}`)
  // the Worker logs the cause of every 500 ("unhandled error …"): show it with the failure
  if (fiveXX.length) console.error(`server log of the errors:\n${worker.log().split('\n').filter((l) => /unhandled error|Error:/.test(l)).slice(-20).join('\n')}`)
  if (fiveXX.length || problems.length) process.exitCode = 1
  else console.log('soak: passed')
} catch (err) {
  console.error(`soak: FAILED: ${err instanceof Error ? err.message : err}`)
  process.exitCode = 1
} finally {
  worker?.stop()
  site.close()
  rmSync(state, { recursive: true, force: true })
  if (summary) {
    mkdirSync('test-artifacts', { recursive: true })
    writeFileSync('test-artifacts/soak.json', `${JSON.stringify(summary, null, 2)}\n`)
  }
}

#!/usr/bin/env node
// End to end: a news feed served by another local process is registered through the API,
// a Cron Trigger run ingests it, and its measures appear in GET /api/sanctions.
// Starts its own `wrangler dev` on a fresh local D1; needs nothing running. Exit code 0 = pass.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startLocalWorker } from './lib/local-worker.mjs'

const fixtures = 'tests/fixtures/refresh'
const state = mkdtempSync(join(tmpdir(), 'tracker-e2e-'))
const token = `e2e-${Math.random().toString(36).slice(2)}`
const workerPort = 8900 + Math.floor(Math.random() * 90)

function fail(message) {
  console.error(`e2e refresh: FAILED: ${message}`)
  process.exitCode = 1
}

// the "news site": a feed and two article pages, on another port of this machine
const site = createServer((req, res) => {
  const base = `http://127.0.0.1:${site.address().port}`
  const pages = { '/2022/03/01/canada-belarus': 'canada-belarus.html', '/2022/03/02/japan-oligarch': 'japan-oligarch.html' }
  if (req.url === '/feed.rss') {
    res.writeHead(200, { 'content-type': 'application/rss+xml' })
    res.end(readFileSync(`${fixtures}/news.rss`, 'utf8').replaceAll('https://news.example', base))
  } else if (pages[req.url]) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    res.end(readFileSync(`${fixtures}/${pages[req.url]}`, 'utf8'))
  } else {
    res.writeHead(404).end()
  }
})
await new Promise((resolve) => site.listen(0, '127.0.0.1', resolve))
const feedUrl = `http://127.0.0.1:${site.address().port}/feed.rss`

const admin = { authorization: `Bearer ${token}`, 'content-type': 'application/json' }
let worker

try {
  worker = await startLocalWorker({
    persistTo: state,
    port: workerPort,
    args: ['--test-scheduled'],
    vars: { ADMIN_TOKEN: token, ALLOW_PRIVATE_SOURCES: 'true' },
  })
  const base = worker.base
  const created = await fetch(`${base}/api/sources`, { method: 'POST', headers: admin, body: JSON.stringify({ kind: 'feed', url: feedUrl, name: 'Local news' }) })
  if (created.status !== 201) throw new Error(`POST /api/sources answered ${created.status}: ${await created.text()}`)

  const cron = await fetch(`${base}/cdn-cgi/handler/scheduled?cron=${encodeURIComponent('17 * * * *')}`)
  if (!cron.ok) throw new Error(`the scheduled handler answered ${cron.status}`)

  const runs = await (await fetch(`${base}/api/refresh/runs?limit=1`, { headers: { authorization: admin.authorization } })).json()
  const run = runs.data[0]
  console.log(`cron run ${run?.id}: ${JSON.stringify(run?.sources)}`)
  if (run?.trigger !== 'cron' || run.sources[0]?.newArticles !== 2) throw new Error('the cron run did not ingest the two feed items')

  const measures = (await (await fetch(`${base}/api/sanctions?limit=100`)).json()).data
  const keys = measures.map((m) => `${m.authority.id}:${m.type}:${m.target.id}:${m.status}`)
  console.log(`GET /api/sanctions: ${keys.join(', ')}`)
  for (const expected of ['ca:asset_freeze:viktor-sheiman:in_effect', 'jp:asset_freeze:oleg-deripaska:announced']) {
    if (!keys.includes(expected)) throw new Error(`missing ${expected}`)
  }
  console.log('e2e refresh: passed')
} catch (err) {
  fail(err instanceof Error ? err.message : String(err))
} finally {
  worker?.stop()
  site.close()
  rmSync(state, { recursive: true, force: true })
}

#!/usr/bin/env node
// Measures what every view costs at scale and writes the results into BENCHMARKS.md.
//
//   npm run bench:seed -- --measures 100000 --persist-to .wrangler/bench
//   npm run bench -- --persist-to .wrangler/bench [--rounds 3] [--duration 5] [--connections 8]
//
// It starts `wrangler dev` on a free loopback port against the seeded local D1 and measures:
// - per view: D1 queries and rows read (from the `Server-Timing` header every response carries)
//   next to the rows the view returns, checked against the targets of BENCHMARKS.md;
// - throughput and latency under concurrent load (autocannon, loopback only, bounded in time)
//   for the main views and for a route that touches no database, as ratios within each round;
// - extraction CPU time (scripts/bench-extract.mjs), the Worker bundle and widget.js gzipped.
// Only the part of BENCHMARKS.md between the `bench:start` / `bench:end` markers is rewritten;
// the analysis around it is kept.
import { execFileSync, spawn } from 'node:child_process'
import { readFileSync, writeFileSync, mkdtempSync, rmSync, existsSync, readdirSync } from 'node:fs'
import { createServer } from 'node:net'
import os from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'
import { DatabaseSync } from 'node:sqlite'
import autocannon from 'autocannon'
import { parse as parseCsv } from 'csv-parse/sync'

const root = join(import.meta.dirname, '..')
const { values: args } = parseArgs({
  options: {
    'persist-to': { type: 'string', default: '.wrangler/state' },
    rounds: { type: 'string', default: '3' },
    duration: { type: 'string', default: '5' },
    connections: { type: 'string', default: '8' },
    out: { type: 'string', default: 'BENCHMARKS.md' },
    'skip-load': { type: 'boolean', default: false },
  },
})
const persistTo = resolve(root, args['persist-to'])
const ROUNDS = Number(args.rounds)
const DURATION = Number(args.duration)
const CONNECTIONS = Number(args.connections)

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}
const spread = (xs, digits = 0) => `${Math.min(...xs).toFixed(digits)} / **${median(xs).toFixed(digits)}** / ${Math.max(...xs).toFixed(digits)}`
const freePort = () =>
  new Promise((ok, fail) => {
    const s = createServer()
    s.once('error', fail)
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address()
      s.close(() => ok(port))
    })
  })

// ---- the data set ---------------------------------------------------------------------------
const objectDir = join(persistTo, 'v3', 'd1', 'miniflare-D1DatabaseObject')
const dbFile = existsSync(objectDir) ? readdirSync(objectDir).find((f) => f.endsWith('.sqlite') && f !== 'metadata.sqlite') : undefined
if (!dbFile) throw new Error(`no local D1 in ${persistTo}; run npm run bench:seed -- --persist-to ${args['persist-to']} first`)
const sqlite = new DatabaseSync(join(objectDir, dbFile), { readOnly: true })
const one = (q, ...p) => sqlite.prepare(q).get(...p)
const size = {}
for (const t of ['measures', 'authorities', 'targets', 'target_aliases', 'articles', 'evidence', 'measure_events']) size[t] = one(`select count(*) n from ${t}`).n
// Concrete values for the filters, picked from the data so that the same seed gives the same requests.
const topTarget = one('select target_id id, count(*) n from measures group by target_id order by n desc, target_id limit 1')
const midTarget = one('select target_id id, count(*) n from measures group by target_id having n = 3 order by target_id limit 1') ?? topTarget
const rareAuthority = one('select authority_id id, count(*) n from measures group by authority_id order by n asc, authority_id limit 1')
const someMeasure = one('select id from measures order by id limit 1 offset ?', Math.floor(size.measures / 2)).id
const someArticle = one('select id from articles order by id limit 1 offset ?', Math.floor(size.articles / 2)).id
const rareWord = one(`select name from targets where kind = 'organization' order by id limit 1 offset (select count(*) / 2 from targets where kind = 'organization')`).name
/** How many measures (or targets) a search matches: what a search's cost is proportional to. */
const matches = (table, words) => one(`select count(*) n from ${table} where ${table} match ?`, words.split(/\s+/).map((w) => `"${w}"*`).join(' ')).n
const searchMatches = {
  [`q=${rareWord} (a rare name)`]: matches('measure_search', rareWord),
  'q=froze (a common word)': matches('measure_search', 'froze'),
  'q=froze&authority=us': matches('measure_search', 'froze'),
  [`GET /api/targets?q=${rareWord}`]: matches('target_search', rareWord),
}
sqlite.close()
// Start without stored counts (facet_cache), so that each view's first request shows what
// counting costs, as the first request after a write does.
const writable = new DatabaseSync(join(objectDir, dbFile))
writable.exec('delete from facet_cache')
writable.close()

// ---- the server -----------------------------------------------------------------------------
const port = await freePort()
const inspectorPort = await freePort()
const BASE = `http://127.0.0.1:${port}`
const wrangler = spawn(
  'npx',
  ['wrangler', 'dev', '--persist-to', persistTo, '--ip', '127.0.0.1', '--port', String(port), '--inspector-port', String(inspectorPort), '--log-level', 'warn'],
  { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], detached: true },
)
const stop = () => {
  try {
    process.kill(-wrangler.pid, 'SIGTERM')
  } catch {}
}
process.on('exit', stop)
process.on('SIGINT', () => process.exit(130))
for (let i = 0; ; i++) {
  try {
    if ((await fetch(`${BASE}/widget.js`)).ok) break
  } catch {}
  if (i > 240) throw new Error('wrangler dev did not start within 120 s')
  await new Promise((r) => setTimeout(r, 500))
}
console.error(`wrangler dev on ${BASE}, D1 in ${persistTo}`)

/** One request: its D1 cost from Server-Timing, its status and body. */
async function measure(path, headers = {}) {
  const res = await fetch(BASE + path, { headers })
  const body = await res.text()
  const timing = res.headers.get('server-timing') ?? ''
  const num = (name) => Number(new RegExp(`${name}=(\\d+)`).exec(timing)?.[1] ?? NaN)
  return { status: res.status, body, queries: num('queries'), rowsRead: num('rows_read'), type: res.headers.get('content-type') ?? '' }
}

// ---- per-view cost --------------------------------------------------------------------------
const json = (b) => JSON.parse(b)
const countRows = {
  list: (b) => json(b).data.length,
  facets: (b) => Object.values(json(b)).reduce((n, xs) => n + xs.length, 0),
  array: (b) => { const j = json(b); return (Array.isArray(j) ? j : j.data).length },
  target: (b) => { const j = json(b); return 1 + (j.aliases?.length ?? 0) + (j.measures?.length ?? 0) },
  one: (b) => { const j = json(b); return 1 + (j.evidence?.length ?? 0) + (j.findings?.length ?? 0) },
  lines: (b) => b.split('\n').filter(Boolean).length,
  // exports carry each measure's latest source too: counted like the embed's
  // ({ rows, records }: `Server-Timing` covers an export's first page of 500 records only)
  csv: (b) => {
    const records = parseCsv(b, { columns: true })
    return { rows: records.reduce((n, r) => n + 1 + (r.source_quote ? 1 : 0), 0), records: records.length }
  },
  // FollowTheMoney: every entity line is a row; one Sanction entity per exported measure
  ftm: (b) => {
    const lines = b.split('\n').filter(Boolean).map(json)
    return { rows: lines.length, records: lines.filter((e) => e.schema === 'Sanction').length }
  },
  ndjson: (b) => {
    const records = b.split('\n').filter(Boolean).map(json)
    return { rows: records.reduce((n, r) => n + 1 + (r.latestSource ? 1 : 0), 0), records: records.length }
  },
  // pages: the measure rows and the facet checkboxes / matrix cells they render
  html: (b) => (b.match(/data-label="Status"|type="checkbox"|<td class="num"|<li>/g) ?? []).length,
  // the iframe embed: each measure card, and the source quote it shows
  embedHtml: (b) => (b.match(/<li[ >]|<q>/g) ?? []).length,
  // feeds and embeds show each entry with the evidence that reported it: both are rows returned
  feed: (b) =>
    b.trimStart().startsWith('{')
      ? json(b).items.reduce((n, item) => n + 1 + (item.summary ? 1 : 0), 0)
      : (b.match(/<entry>/g) ?? []).length + (b.match(/<summary /g) ?? []).length,
  withSource: (b) => json(b).data.reduce((n, m) => n + 1 + (m.source ? 1 : 0), 0),
}
/** kind: `list` (≤ 3 × (rows + 1), one query), `count` (≤ 1,000 rows), `search` (∝ matches), `export`. */
const views = [
  ['list', 'GET /api/sanctions (default: 20, newest first)', '/api/sanctions', 'list'],
  ['list', 'limit=100', '/api/sanctions?limit=100', 'list'],
  ['list', `authority=us`, '/api/sanctions?authority=us', 'list'],
  ['list', `authority=${rareAuthority.id} (rarest, ${rareAuthority.n} measures)`, `/api/sanctions?authority=${rareAuthority.id}`, 'list'],
  ['list', 'authority=us,eu,gb', '/api/sanctions?authority=us,eu,gb', 'list'],
  ['list', 'type=asset_freeze', '/api/sanctions?type=asset_freeze', 'list'],
  ['list', 'type=broadcast_ban,airspace_closure', '/api/sanctions?type=broadcast_ban,airspace_closure', 'list'],
  ['list', 'status=in_effect', '/api/sanctions?status=in_effect', 'list'],
  ['list', 'status=lifted', '/api/sanctions?status=lifted', 'list'],
  ['list', `target=${topTarget.id} (${topTarget.n} measures)`, `/api/sanctions?target=${topTarget.id}`, 'list'],
  ['list', 'since=2026-06-01', '/api/sanctions?since=2026-06-01', 'list'],
  ['list', 'until=2015-01-01', '/api/sanctions?until=2015-01-01', 'list'],
  ['list', 'sort=firstReportedOn', '/api/sanctions?sort=firstReportedOn', 'list'],
  ['list', 'sort=-firstReportedOn', '/api/sanctions?sort=-firstReportedOn', 'list'],
  ['list', 'authority=us&sort=-firstReportedOn', '/api/sanctions?authority=us&sort=-firstReportedOn', 'list'],
  ['list', 'authority=us,eu&type=asset_freeze', '/api/sanctions?authority=us,eu&type=asset_freeze', 'list'],
  ['list', 'authority=eu&status=in_effect', '/api/sanctions?authority=eu&status=in_effect', 'list'],
  ['list', 'type=travel_ban&status=lifted', '/api/sanctions?type=travel_ban&status=lifted', 'list'],
  ['list', 'authority=jp&type=export_ban&status=adopted', '/api/sanctions?authority=jp&type=export_ban&status=adopted', 'list'],
  ['list', 'authority=us&type=asset_freeze&since=2022-01-01', '/api/sanctions?authority=us&type=asset_freeze&since=2022-01-01', 'list'],
  ['list', `target=${topTarget.id}&authority=us,eu`, `/api/sanctions?target=${topTarget.id}&authority=us,eu`, 'list'],
  ['search', `q=${rareWord} (a rare name)`, `/api/sanctions?q=${encodeURIComponent(rareWord)}`, 'list'],
  ['search', 'q=froze (a common word)', '/api/sanctions?q=froze', 'list'],
  ['search', 'q=froze&authority=us', '/api/sanctions?q=froze&authority=us', 'list'],
  ['count', 'GET /api/sanctions/facets', '/api/sanctions/facets', 'facets'],
  ['count', 'facets authority=eu', '/api/sanctions/facets?authority=eu', 'facets'],
  ['count', 'facets type=asset_freeze&status=lifted', '/api/sanctions/facets?type=asset_freeze&status=lifted', 'facets'],
  ['count', `facets target=${topTarget.id}`, `/api/sanctions/facets?target=${topTarget.id}`, 'facets'],
  ['count', 'GET /api/authorities', '/api/authorities', 'array'],
  ['list', `GET /api/sanctions/${someMeasure}`, `/api/sanctions/${someMeasure}`, 'one'],
  ['list', 'GET /api/targets', '/api/targets', 'array'],
  ['list', 'GET /api/targets?kind=vessel', '/api/targets?kind=vessel', 'array'],
  ['search', `GET /api/targets?q=${rareWord}`, `/api/targets?q=${encodeURIComponent(rareWord)}`, 'array'],
  ['list', `GET /api/targets/${topTarget.id}`, `/api/targets/${topTarget.id}`, 'target'],
  ['list', `GET /api/targets/${midTarget.id}`, `/api/targets/${midTarget.id}`, 'target'],
  ['list', 'GET /api/articles', '/api/articles', 'array'],
  ['list', `GET /api/articles/${someArticle}`, `/api/articles/${someArticle}`, 'one'],
  ['list', 'GET /api/embed (widget, 5)', '/api/embed', 'withSource'],
  ['list', `GET /api/embed?target=${topTarget.id}&authority=us,eu`, `/api/embed?target=${topTarget.id}&authority=us,eu`, 'withSource'],
  ['list', 'GET /feed.json', '/feed.json', 'feed'],
  ['list', 'GET /feed.atom?authority=eu', '/feed.atom?authority=eu', 'feed'],
  ['page', 'GET / (home page: 25 measures + 4 facets)', '/', 'html'],
  ['page', 'GET /?authority=eu&type=asset_freeze', '/?authority=eu&type=asset_freeze', 'html'],
  ['page', `GET /targets/${topTarget.id}`, `/targets/${topTarget.id}`, 'html'],
  ['count', 'GET /overview', '/overview', 'html'],
  ['list', `GET /embed?target=${topTarget.id}`, `/embed?target=${topTarget.id}`, 'embedHtml'],
  ['export', `GET /api/sanctions.csv?authority=${rareAuthority.id}`, `/api/sanctions.csv?authority=${rareAuthority.id}`, 'csv'],
  ['export', `GET /api/sanctions.ndjson?target=${topTarget.id}`, `/api/sanctions.ndjson?target=${topTarget.id}`, 'ndjson'],
  ['export', 'GET /api/sanctions.ftm.json?authority=jp', '/api/sanctions.ftm.json?authority=jp', 'ftm'],
  ['export', 'GET /api/sanctions.csv?authority=eu (first page of 500)', '/api/sanctions.csv?authority=eu', 'csv'],
]

const costRows = []
for (const [kind, label, path, counter] of views) {
  // the first request also warms the route (first-request compilation, SQLite page cache); for a
  // count answered from facet_cache it is the one that counts, so its cost is reported too
  const first = await measure(path)
  await new Promise((r) => setTimeout(r, 300)) // the first request stores its counts after responding
  const r = await measure(path)
  if (r.status !== 200) throw new Error(`${path}: ${r.status} ${r.body.slice(0, 300)}`)
  const counted = countRows[counter](r.body)
  const [returned, records] = typeof counted === 'number' ? [counted, undefined] : [counted.rows, counted.records]
  costRows.push({ kind, label, path, returned, records, firstRowsRead: first.rowsRead, ...r })
  console.error(`${label}: queries=${r.queries} rows_read=${r.rowsRead} (first ${first.rowsRead}) returned=${returned}`)
}

// Deep in the cursor chain: follow `nextCursor` 50 pages of 100 and measure the last page.
async function deepPage(path, pages) {
  let url = path
  for (let i = 1; i < pages; i++) {
    const { nextCursor } = json((await measure(url)).body)
    if (!nextCursor) break
    url = `${path}&cursor=${encodeURIComponent(nextCursor)}`
  }
  return url
}
for (const path of ['/api/sanctions?limit=100', '/api/sanctions?authority=eu&limit=100', '/api/sanctions?type=asset_freeze&status=in_effect&limit=100']) {
  const url = await deepPage(path, 50)
  const r = await measure(url)
  costRows.push({ kind: 'list', label: `${path.slice('/api/sanctions'.length)}, page 50 (after 4,900 rows)`, path: url, returned: countRows.list(r.body), firstRowsRead: r.rowsRead, ...r })
}

/** Rows an export's first page of 500 records returns (its share of all rows returned). */
const firstPageRows = (row) => Math.round(row.records ? (row.returned * Math.min(row.records, 500)) / row.records : Math.min(row.returned, 500))

/** The target of a view's kind; `null` when it has none. */
function verdict(row) {
  // (every view is one batch by construction; `queries` counts the statements in it)
  if (row.kind === 'list' || row.kind === 'page') return row.rowsRead <= 3 * (row.returned + 1)
  if (row.kind === 'count') return row.rowsRead <= 1000
  if (row.kind === 'search') return row.rowsRead <= 3 * (row.returned + 1) + 8 * (searchMatches[row.label] ?? 0)
  if (row.kind === 'export') return row.rowsRead <= 3 * (firstPageRows(row) + 1)
  return null
}
const limitOf = (row) =>
  row.kind === 'count' ? '1,000' : row.kind === 'search' ? `${fmtInt(3 * (row.returned + 1) + 8 * (searchMatches[row.label] ?? 0))} (${fmtInt(searchMatches[row.label])} matches)` : row.kind === 'export' ? `${fmtInt(3 * (firstPageRows(row) + 1))}` : `${3 * (row.returned + 1)}`

// ---- load -----------------------------------------------------------------------------------
const NO_DB = '/widget.js'
const loadRoutes = [
  ['no database: GET /widget.js', NO_DB],
  ['GET /api/sanctions', '/api/sanctions'],
  ['GET /api/sanctions?authority=eu&type=asset_freeze', '/api/sanctions?authority=eu&type=asset_freeze'],
  ['GET /api/embed', '/api/embed'],
  [`GET /api/targets/${topTarget.id}`, `/api/targets/${topTarget.id}`],
  ['GET /api/sanctions/facets', '/api/sanctions/facets'],
  ['GET / (home page)', '/'],
]
const noDb = await measure(NO_DB)
if (noDb.queries !== 0) throw new Error(`${NO_DB} is meant to touch no database, but made ${noDb.queries} queries`)
const load = new Map(loadRoutes.map(([label]) => [label, { rps: [], p50: [], p99: [], ratio: [], errors: 0 }]))
/** One bounded load run against one route. */
async function loadRun(label, path) {
  const result = await autocannon({ url: BASE + path, connections: CONNECTIONS, duration: DURATION, pipelining: 1 })
  const entry = load.get(label)
  entry.rps.push(result.requests.average)
  entry.p50.push(result.latency.p50)
  entry.p99.push(result.latency.p99)
  entry.errors += result.errors + result.non2xx
  console.error(`${label}: ${result.requests.average.toFixed(0)} req/s p50 ${result.latency.p50} ms p99 ${result.latency.p99} ms`)
  return result.requests.average
}
if (!args['skip-load']) {
  // Each route runs right after a run of the no-database route, and its ratio is taken against
  // that neighbour: on a shared 2-core machine the background load drifts within a round.
  for (let round = 0; round < ROUNDS; round++) {
    for (const [label, path] of loadRoutes.slice(1)) {
      const baseline = await loadRun(loadRoutes[0][0], NO_DB)
      load.get(label).ratio.push((await loadRun(label, path)) / baseline)
    }
  }
  load.get(loadRoutes[0][0]).ratio.push(1)
}
stop()

// ---- extraction, bundle, widget -------------------------------------------------------------
const extract = execFileSync(process.execPath, [join(root, 'scripts/bench-extract.mjs'), '30'], { cwd: root, encoding: 'utf8' })
const outdir = mkdtempSync(join(os.tmpdir(), 'bench-bundle-'))
execFileSync('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', outdir], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
const bundleFiles = readdirSync(outdir).filter((f) => f.endsWith('.js'))
const bundle = Buffer.concat(bundleFiles.map((f) => readFileSync(join(outdir, f))))
rmSync(outdir, { recursive: true, force: true })
// the bytes GET /widget.js serves: the generated module's WIDGET_JS (npm run bench builds it first)
const widgetCode = (await import(join(root, 'src/widget/widget-asset.js'))).WIDGET_JS
const kb = (n) => `${(n / 1024).toFixed(1)} KB`

// ---- report ---------------------------------------------------------------------------------
const wranglerVersion = execFileSync('npx', ['wrangler', '--version'], { cwd: root, encoding: 'utf8' }).trim().split('\n').pop()
const commit = (() => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim()
  } catch {
    return 'unknown'
  }
})()
const cpu = os.cpus()
const fmtInt = (n) => (Number.isFinite(n) ? n.toLocaleString('en-US') : 'n/a')
const lines = []
lines.push(`Run of ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on commit ${commit} (with the working tree as it was).`, '')
lines.push(`**Machine:** ${cpu.length} × ${cpu[0]?.model.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB RAM, ${os.type()} ${os.release()}; Node ${process.version}, ${wranglerVersion} (workerd, local D1 = SQLite). The load generator and the Worker share the same ${cpu.length} cores.`, '')
lines.push(`**Data set** (\`npm run bench:seed -- --measures ${size.measures} --persist-to ${args['persist-to']}\`, seed 1): ${Object.entries(size).map(([t, n]) => `${fmtInt(n)} ${t}`).join(', ')}.`, '')
lines.push(`**Rerun:** \`npm run bench:seed -- --measures ${size.measures} --persist-to ${args['persist-to']} && npm run bench -- --persist-to ${args['persist-to']} --rounds ${ROUNDS} --duration ${DURATION} --connections ${CONNECTIONS}\``, '')
lines.push('### D1 cost per request', '')
lines.push('Each view requested twice; the second request is reported and judged, the first one\'s rows read are shown next to it (*first*): they differ where the first request made a count that the second read back from `facet_cache` (the data did not change in between). *Queries* and *rows read* are what the `Server-Timing` header reports (D1\'s own `meta.rows_read`, summed over the batch); *returned* is what the response holds (measures, facet values, targets, lines, and for the embed, the feeds and the CSV and NDJSON exports each entry\'s source, which they show; for HTML pages the rendered measure rows, facet boxes and cells). Target: lists and pages ≤ 3 × (returned + 1) rows in one batch; counts ≤ 1,000 rows; search in proportion to its matches (here: ≤ 3 × (returned + 1) + 8 × matches, the matches counted in the FTS5 index); exports ≤ 3 × (rows + 1) for their first page of 500 records (what `Server-Timing` covers).', '')
lines.push('| | view | queries | rows read | first | returned | limit | met |', '|---|---|---:|---:|---:|---:|---:|:-:|')
for (const row of costRows) {
  const ok = verdict(row)
  lines.push(`| ${row.kind} | \`${row.label}\` | ${row.queries} | ${fmtInt(row.rowsRead)} | ${fmtInt(row.firstRowsRead)} | ${fmtInt(row.returned)} | ${limitOf(row)} | ${ok === null ? '' : ok ? 'yes' : '**no**'} |`)
}
const met = costRows.filter((r) => verdict(r)).length
lines.push('', `${met} of ${costRows.length} views within their target.`, '')
if (!args['skip-load']) {
  lines.push('### Throughput and latency under load', '')
  lines.push(`autocannon, ${CONNECTIONS} connections, ${DURATION} s per run, ${ROUNDS} rounds; in each round every route runs right after a run of the no-database route (\`GET /widget.js\`: a 200 with the widget's script, no D1 query), and its ratio is taken against that neighbouring run. Cells: min / **median** / max over the rounds (the no-database row over all its runs). Target: list views ≥ 0.5 of the no-database throughput.`, '')
  lines.push('| route | req/s | p50 ms | p99 ms | ratio to no-DB | errors |', '|---|---:|---:|---:|---:|---:|')
  for (const [label, e] of load) lines.push(`| \`${label}\` | ${spread(e.rps)} | ${spread(e.p50)} | ${spread(e.p99)} | ${spread(e.ratio, 2)} | ${e.errors} |`)
  lines.push('')
}
lines.push('### Extraction CPU time', '', '`node scripts/bench-extract.mjs 30` (median of 30 timed runs per article after 20 warm-up runs):', '', '```', extract.trim(), '```', '')
lines.push('### Sizes', '')
lines.push(`- Worker bundle (\`wrangler deploy --dry-run --outdir\`): ${kb(bundle.length)}, **${kb(gzipSync(bundle, { level: 9 }).length)} gzipped**.`)
lines.push(`- \`widget.js\` as served: ${kb(Buffer.byteLength(widgetCode))}, **${kb(gzipSync(widgetCode, { level: 9 }).length)} gzipped**.`, '')

const outPath = resolve(root, args.out)
const existing = existsSync(outPath) ? readFileSync(outPath, 'utf8') : '# Benchmarks\n\n<!-- bench:start -->\n<!-- bench:end -->\n'
const start = '<!-- bench:start -->'
const end = '<!-- bench:end -->'
const generated = `${start}\n<!-- written by scripts/bench.mjs; edit outside these markers -->\n\n${lines.join('\n')}\n${end}`
const next = existing.includes(start) && existing.includes(end)
  ? existing.slice(0, existing.indexOf(start)) + generated + existing.slice(existing.indexOf(end) + end.length)
  : `${existing.trimEnd()}\n\n${generated}\n`
writeFileSync(outPath, next)
console.error(`wrote ${args.out}`)
process.exit(0)

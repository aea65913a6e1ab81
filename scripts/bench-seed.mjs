#!/usr/bin/env node
// Fills a local D1 with a reproducible synthetic data set for the benchmarks (BENCHMARKS.md).
//
//   npm run bench:seed -- --measures 100000 [--persist-to DIR] [--seed 1]
//
// The database is created by wrangler from `migrations/` (the real schema), then filled by
// writing straight into the SQLite file that backs the local D1 (Node's built-in `node:sqlite`,
// one transaction; no native module to build): going through the API would take hours at 100,000 measures, and the rows are
// the same tables and columns the ingest path writes, the FTS5 search rows and the change log
// included. A fixed-seed PRNG makes every run produce the same rows. The DIR's D1 is recreated,
// so any data in it is replaced.
//
// Shape of the data (N measures): ~45 authorities with a skewed share each (the US, the EU and
// the UK carry most), every measure type and status, ~N/3 targets of every kind with 1-3
// aliases, ~N/4 articles of about 1 KB, 1-4 pieces of evidence per measure with a quote each,
// and a created / status_changed event per change of status.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { DatabaseSync } from 'node:sqlite'

const root = join(import.meta.dirname, '..')
const { values: args } = parseArgs({
  options: {
    measures: { type: 'string', default: '100000' },
    'persist-to': { type: 'string', default: '.wrangler/state' },
    seed: { type: 'string', default: '1' },
  },
})
const N = Number(args.measures)
if (!Number.isInteger(N) || N < 10) throw new Error('--measures must be an integer ≥ 10')
const persistTo = resolve(root, args['persist-to'])

/** mulberry32: a small, fast 32-bit PRNG; the same seed gives the same data set. */
function mulberry32(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const rand = mulberry32(Number(args.seed))
const int = (n) => Math.floor(rand() * n)
const pick = (xs) => xs[int(xs.length)]
/** An index in [0, n) skewed towards 0: a few values carry most rows, as in real reporting. */
const skewed = (n, power) => Math.min(n - 1, Math.floor(n * rand() ** power))

const MEASURE_TYPES = ['asset_freeze', 'travel_ban', 'swift_exclusion', 'transaction_ban', 'export_ban', 'import_ban', 'investment_ban', 'airspace_closure', 'arms_embargo', 'broadcast_ban', 'trade_restriction', 'suspension', 'sanctions']
const STATUSES = ['proposed', 'announced', 'adopted', 'in_effect', 'lifted']
const TYPE_PHRASE = {
  asset_freeze: 'froze the assets of', travel_ban: 'imposed a travel ban on', swift_exclusion: 'cut off from SWIFT',
  transaction_ban: 'banned transactions with', export_ban: 'banned exports to', import_ban: 'banned imports from',
  investment_ban: 'barred investment in', airspace_closure: 'closed its airspace to', arms_embargo: 'imposed an arms embargo on',
  broadcast_ban: 'banned broadcasts by', trade_restriction: 'restricted trade with', suspension: 'suspended', sanctions: 'sanctioned',
}
const STATUS_VERB = { proposed: 'proposed that it be', announced: 'said it', adopted: 'formally', in_effect: 'has now', lifted: 'lifted the measure after it' }

// Most sanctions come from a handful of authorities; the rest are a long tail.
const AUTHORITIES = [
  ['us', 'United States', 'state'], ['eu', 'European Union', 'organization'], ['gb', 'United Kingdom', 'state'],
  ['ca', 'Canada', 'state'], ['ch', 'Switzerland', 'state'], ['jp', 'Japan', 'state'], ['au', 'Australia', 'state'],
  ['un', 'United Nations', 'organization'], ['nz', 'New Zealand', 'state'], ['no', 'Norway', 'state'],
  ['ua', 'Ukraine', 'state'], ['kr', 'South Korea', 'state'], ['sg', 'Singapore', 'state'], ['tw', 'Taiwan', 'state'],
  ['ru', 'Russia', 'state'], ['cn', 'China', 'state'], ['ir', 'Iran', 'state'], ['by', 'Belarus', 'state'],
  ['de', 'Germany', 'state'], ['fr', 'France', 'state'], ['it', 'Italy', 'state'], ['pl', 'Poland', 'state'],
  ['lt', 'Lithuania', 'state'], ['lv', 'Latvia', 'state'], ['ee', 'Estonia', 'state'], ['nl', 'Netherlands', 'state'],
  ['be', 'Belgium', 'state'], ['se', 'Sweden', 'state'], ['fi', 'Finland', 'state'], ['dk', 'Denmark', 'state'],
  ['is', 'Iceland', 'state'], ['tr', 'Turkey', 'state'], ['in', 'India', 'state'], ['br', 'Brazil', 'state'],
  ['za', 'South Africa', 'state'], ['mx', 'Mexico', 'state'], ['ar', 'Argentina', 'state'], ['il', 'Israel', 'state'],
  ['sa', 'Saudi Arabia', 'state'], ['ae', 'United Arab Emirates', 'state'], ['coe', 'Council of Europe', 'organization'],
  ['g7', 'G7', 'organization'], ['nato', 'NATO', 'organization'], ['ge', 'Georgia', 'state'], ['md', 'Moldova', 'state'],
]

const GIVEN = ['Vladimir', 'Sergei', 'Roman', 'Oleg', 'Igor', 'Alisher', 'Mikhail', 'Dmitry', 'Yuri', 'Arkady', 'Boris', 'Gennady', 'Viktor', 'Andrei', 'Pavel', 'Ali', 'Hassan', 'Mohammad', 'Kim', 'Alexander', 'Elena', 'Olga', 'Natalia', 'Irina', 'Maria', 'Leonid', 'Nikolai', 'Petr', 'Suleiman', 'Ramzan']
const FAMILY = ['Petrov', 'Ivanov', 'Sechin', 'Deripaska', 'Usmanov', 'Fridman', 'Aven', 'Rotenberg', 'Timchenko', 'Kovalchuk', 'Shuvalov', 'Medvedev', 'Lavrov', 'Shoigu', 'Gerasimov', 'Nabiullina', 'Peskov', 'Volodin', 'Matviyenko', 'Kadyrov', 'Prigozhin', 'Abramovich', 'Potanin', 'Mordashov', 'Melnichenko', 'Kerimov', 'Vekselberg', 'Lukashenko', 'Rahimi', 'Tehrani', 'Karimi', 'Jong', 'Sokolov', 'Morozov', 'Volkov', 'Lebedev', 'Kozlov', 'Novikov', 'Orlov', 'Zaitsev']
const ORG_WORDS = ['Bank', 'Energy', 'Shipping', 'Holdings', 'Capital', 'Trading', 'Industries', 'Defence', 'Petroleum', 'Metals', 'Aviation', 'Logistics', 'Invest', 'Resources', 'Telecom', 'Media', 'Engineering', 'Chemicals']
const ORG_PREFIX = ['Sever', 'Ural', 'Volga', 'Baltic', 'Arctic', 'Siber', 'Neva', 'Kama', 'Don', 'Amur', 'Tehran', 'Pars', 'Caspian', 'Minsk', 'Pyongyang', 'Crimea', 'Novo', 'Tver', 'Altai', 'Ob']
const VESSEL = ['Star', 'Ocean', 'Pride', 'Spirit', 'Glory', 'Wind', 'Dawn', 'Voyager', 'Pioneer', 'Horizon', 'Crest', 'Tide']
const COUNTRIES = ['Russia', 'Belarus', 'Iran', 'North Korea', 'Syria', 'Venezuela', 'Myanmar', 'Cuba', 'Nicaragua', 'Eritrea', 'Mali', 'Sudan', 'Libya', 'Yemen', 'Afghanistan']
const FILLER = ['officials said', 'according to a statement', 'the ministry confirmed', 'diplomats said on Monday', 'in a move welcomed by allies', 'amid growing pressure', 'citing the war in Ukraine', 'over human rights abuses', 'for supporting the regime', 'after weeks of talks', 'in coordination with partners', 'targeting revenue streams']

const slug = (s) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')
const key = (s) => slug(s).replace(/sergey/g, 'sergei')

// ---- database -------------------------------------------------------------------------------
const d1Dir = join(persistTo, 'v3', 'd1')
rmSync(d1Dir, { recursive: true, force: true })
const t0 = performance.now()
execFileSync('npx', ['wrangler', 'd1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persistTo], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
})
const objectDir = join(d1Dir, 'miniflare-D1DatabaseObject')
const files = existsSync(objectDir) ? readdirSync(objectDir).filter((f) => f.endsWith('.sqlite') && f !== 'metadata.sqlite') : []
if (files.length !== 1) throw new Error(`expected one D1 SQLite file in ${objectDir}, found ${files.length}`)
const dbPath = join(objectDir, files[0])
const db = new DatabaseSync(dbPath)
db.exec('pragma synchronous = off')

const insert = {
  authority: db.prepare('insert into authorities (id, name, kind) values (?, ?, ?)'),
  target: db.prepare('insert into targets (id, name, kind) values (?, ?, ?)'),
  alias: db.prepare('insert or ignore into target_aliases (key, target_id, name) values (?, ?, ?)'),
  article: db.prepare('insert into articles (id, content_hash, url, title, published_on, published_at, text, finding_count, created_at) values (?, ?, ?, ?, ?, null, ?, ?, ?)'),
  measure: db.prepare(`insert into measures (id, authority_id, type, target_id, status, first_reported_on, last_reported_on, evidence_count, previous_status, previous_evidence_count)
    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
  evidence: db.prepare(`insert into evidence (measure_id, article_id, listing_id, finding_index, status, reported_on, quote, span_start, span_end)
    values (?, ?, null, ?, ?, ?, ?, ?, ?)`),
  event: db.prepare(`insert into measure_events (measure_id, authority_id, type, target_id, kind, from_status, to_status, article_id, reported_on, created_at)
    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
  measureSearch: db.prepare('insert into measure_search (rowid, body) values (?, ?)'),
  targetSearch: db.prepare('insert into target_search (target_id, names) values (?, ?)'),
}

// ---- targets --------------------------------------------------------------------------------
const targetCount = Math.max(5, Math.round(N / 3))
const targets = []
const seenIds = new Set()
function addTarget(name, kind, aliases) {
  let id = slug(name)
  for (let i = 2; seenIds.has(id); i++) id = `${slug(name)}-${i}`
  seenIds.add(id)
  targets.push({ id, name, kind, aliases })
}
for (const c of COUNTRIES) addTarget(c, 'country', [`${c} government`])
while (targets.length < targetCount) {
  const r = rand()
  if (r < 0.6) {
    const g = pick(GIVEN)
    const f = pick(FAMILY)
    const patronymic = `${pick(GIVEN)}ovich`
    const aliases = [`${g} ${patronymic} ${f}`]
    if (g === 'Sergei') aliases.push(`Sergey ${f}`)
    if (rand() < 0.4) aliases.push(`${f.toUpperCase()}, ${g}`)
    addTarget(`${g} ${f}`, 'person', aliases)
  } else if (r < 0.92) {
    const name = `${pick(ORG_PREFIX)}${pick(ORG_WORDS).toLowerCase()} ${pick(ORG_WORDS)}`
    addTarget(name, 'organization', rand() < 0.5 ? [`${name} PJSC`] : [`${name} LLC`, `OOO ${name}`])
  } else {
    const name = `${pick(VESSEL)} ${pick(ORG_PREFIX)} ${1 + int(99)}`
    addTarget(name, 'vessel', [`MV ${name}`])
  }
}

// ---- measures, articles, evidence, events ----------------------------------------------------
const DAY0 = Date.UTC(2014, 0, 1)
const DAYS = Math.floor((Date.UTC(2026, 10, 1) - DAY0) / 86400000)
const day = (n) => new Date(DAY0 + n * 86400000).toISOString().slice(0, 10)

const articleCount = Math.max(1, Math.round(N / 4))
// Each article gets a publication day; evidence of a measure cites articles in date order.
const articleDays = Array.from({ length: articleCount }, () => int(DAYS)).sort((a, b) => a - b)
const articleFindings = new Uint16Array(articleCount)
const articleQuotes = Array.from({ length: articleCount }, () => [])

const identities = new Set()
let measureId = 0
let evidenceRows = 0
let eventRows = 0
let aliasRows = 0

function fill() {
  for (const [id, name, kind] of AUTHORITIES) insert.authority.run(id, name, kind)
  for (const t of targets) {
    insert.target.run(t.id, t.name, t.kind)
    const names = [t.name, ...t.aliases]
    for (const n of names) aliasRows += insert.alias.run(key(n), t.id, n).changes
    insert.targetSearch.run(t.id, names.join(' '))
  }

  // Measures and their evidence, written after the articles exist (evidence references them).
  const measureRows = []
  while (measureRows.length < N) {
    const authority = AUTHORITIES[skewed(AUTHORITIES.length, 2.2)]
    const type = MEASURE_TYPES[skewed(MEASURE_TYPES.length, 1.4)]
    const target = targets[skewed(targets.length, 1.6)]
    const identity = `${authority[0]}|${type}|${target.id}`
    if (identities.has(identity)) continue
    identities.add(identity)
    const evidenceCount = 1 + skewed(4, 1.8)
    // a walk through the lifecycle: mostly forwards, sometimes lifted
    let statusIdx = skewed(4, 1.5)
    const chain = []
    let a = int(articleCount)
    for (let i = 0; i < evidenceCount && a < articleCount; i++) {
      chain.push({ article: a, status: STATUSES[statusIdx] })
      a += 1 + int(Math.max(1, articleCount / 40))
      if (rand() < 0.6) statusIdx = Math.min(4, statusIdx + 1 + (rand() < 0.15 ? 1 : 0))
    }
    if (!chain.length) continue
    measureRows.push({ authority, type, target, chain })
  }

  // Articles: a headline and a body made of their findings' quotes and some filler.
  const quotesFor = measureRows.map((m) =>
    m.chain.map((e) => {
      const phrase = TYPE_PHRASE[m.type]
      const quote = `${m.authority[1]} ${STATUS_VERB[e.status]} ${phrase} ${m.target.name}, ${pick(FILLER)}.`
      articleQuotes[e.article].push(quote)
      return quote
    }),
  )
  const articleSpans = articleQuotes.map(() => 0)
  for (let i = 0; i < articleCount; i++) {
    const quotes = articleQuotes[i]
    const body = []
    for (const q of quotes) body.push(q, `${pick(FILLER)[0].toUpperCase()}${pick(FILLER).slice(1)}, ${pick(FILLER)}.`)
    while (body.join(' ').length < 900) body.push(`The measures come ${pick(FILLER)}, ${pick(FILLER)}.`)
    const text = body.join(' ')
    const title = quotes.length ? quotes[0].slice(0, 80) : `Sanctions update ${i + 1}`
    insert.article.run(
      i + 1,
      createHash('sha256').update(text + i).digest('hex'),
      `https://news.example/${day(articleDays[i]).slice(0, 7)}/story-${i + 1}`,
      title,
      day(articleDays[i]),
      text,
      quotes.length,
      `${day(articleDays[i])}T12:00:00.000Z`,
    )
    articleQuotes[i] = text // now the text, to locate spans
  }

  measureRows.forEach((m, mi) => {
    measureId += 1
    const chain = m.chain
    const first = chain[0]
    const last = chain[chain.length - 1]
    const previous = chain.length > 1 ? chain[chain.length - 2].status : null
    insert.measure.run(
      measureId, m.authority[0], m.type, m.target.id, last.status,
      day(articleDays[first.article]), day(articleDays[last.article]), chain.length, previous, Math.max(0, chain.length - 1),
    )
    let current = null
    chain.forEach((e, i) => {
      const quote = quotesFor[mi][i]
      const start = Math.max(0, articleQuotes[e.article].indexOf(quote))
      const findingIndex = articleFindings[e.article]++
      insert.evidence.run(measureId, e.article + 1, findingIndex, e.status, day(articleDays[e.article]), quote, start, start + quote.length)
      evidenceRows += 1
      if (current !== e.status) {
        insert.event.run(
          measureId, m.authority[0], m.type, m.target.id, current ? 'status_changed' : 'created', current, e.status,
          e.article + 1, day(articleDays[e.article]), `${day(articleDays[e.article])}T12:00:00.000Z`,
        )
        eventRows += 1
        current = e.status
      }
    })
    insert.measureSearch.run(measureId, `${m.target.name} ${[m.target.name, ...m.target.aliases].join(' ')} ${quotesFor[mi].join(' ')}`)
  })
}
/**
 * The columns the ingest's recompute keeps on measures (source and latest evidence, first day in
 * effect, program) and on events (the evidence behind each), filled for the rows above with the
 * migration's own backfill statements, so they mean exactly what the application writes.
 */
function fillDerivedColumns() {
  const migration = readdirSync(join(root, 'migrations')).find((f) => /^\d{4}_facet_cache_version_and_backfill\.sql$/.test(f))
  if (!migration) throw new Error('the backfill migration is missing from migrations/')
  const statements = readFileSync(join(root, 'migrations', migration), 'utf8')
    .split('--> statement-breakpoint')
    .map((s) => s.replace(/^\s*--.*$/gm, '').trim())
    .filter((s) => /^UPDATE `(measures|measure_events)` SET/.test(s))
  if (statements.length !== 2) throw new Error(`expected 2 backfill statements in ${migration}, found ${statements.length}`)
  for (const statement of statements) db.exec(statement)
}

db.exec('begin')
fill()
fillDerivedColumns()
db.exec('commit')
// No ANALYZE: the query planner works without statistics here, as it does on a D1 database
// nobody ran `PRAGMA optimize` on, and as in the tests (tests/db/query-plans.test.ts).
db.close()

const seconds = ((performance.now() - t0) / 1000).toFixed(1)
console.log(
  `seeded ${dbPath} in ${seconds} s: ${measureId} measures, ${AUTHORITIES.length} authorities, ${targets.length} targets, ` +
    `${aliasRows} aliases, ${articleCount} articles, ${evidenceRows} evidence, ${eventRows} events (seed ${args.seed})`,
)

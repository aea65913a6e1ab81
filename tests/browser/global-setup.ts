/**
 * Starts what the browser tests drive, in Node, once per run:
 *
 * - the Worker under `wrangler dev` on a free port of 127.0.0.1, with a fresh local D1
 *   (`--persist-to` a temporary folder, migrations applied by `wrangler d1 migrations apply`),
 *   loaded with the seed article and an article whose title and quotes carry markup;
 * - a host page server on `localhost` (another origin and another site) that embeds the
 *   widget and the iframe the way a newsroom's page would.
 *
 * The tests get the two base URLs through `inject('trackerUrl')` / `inject('hostUrl')`.
 * Chromium comes from Debian's `chromium` package (see .ci/run); without it the run fails here
 * with a message that says so, rather than skipping.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { createServer as createNetServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { CHROMIUM_PATH } from './browser'
import { hostPage } from './host-pages'
import { MARKUP_ARTICLE } from './markup-article'

declare module 'vitest' {
  export interface ProvidedContext {
    trackerUrl: string
    hostUrl: string
  }
}

const ROOT = path.resolve(import.meta.dirname, '../..')
const WRANGLER = path.join(ROOT, 'node_modules/wrangler/bin/wrangler.js')
const ADMIN_TOKEN = 'browser-test-admin-token'

function freePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createNetServer()
    server.once('error', reject)
    server.listen(0, host, () => {
      const address = server.address()
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

function wrangler(args: string[], persistTo: string): ChildProcess {
  return spawn(process.execPath, [WRANGLER, ...args, '--persist-to', persistTo], {
    cwd: ROOT,
    // its own process group, so teardown can stop wrangler and its workerd children together
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true', NO_COLOR: '1' },
  })
}

async function waitForTracker(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 90_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited with code ${child.exitCode}:\n${log()}`)
    try {
      if ((await fetch(`${url}/api`)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300))
  }
  throw new Error(`wrangler dev did not answer on ${url} within 90 s:\n${log()}`)
}

async function postArticle(trackerUrl: string, article: { text: string; title?: string; publishedAt?: string }) {
  const res = await fetch(`${trackerUrl}/api/articles`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
    body: JSON.stringify(article),
  })
  const body = (await res.json()) as { findings?: unknown[] }
  if (!res.ok) throw new Error(`posting "${article.title}" answered ${res.status}: ${JSON.stringify(body)}`)
  if (!body.findings?.length) throw new Error(`"${article.title}" gave no findings; the browser tests need its measures`)
}

export default async function setup(project: TestProject) {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `The browser tests need Chromium at ${CHROMIUM_PATH}: install Debian's package (apt-get update && apt-get install -y chromium), ` +
        'as .ci/run does, or set CHROMIUM_PATH.',
    )
  }
  const state = mkdtempSync(path.join(tmpdir(), 'tracker-browser-'))
  const [trackerPort, inspectorPort, hostPort] = await Promise.all([freePort('127.0.0.1'), freePort('127.0.0.1'), freePort('127.0.0.1')])
  const trackerUrl = `http://127.0.0.1:${trackerPort}`
  const hostUrl = `http://localhost:${hostPort}`

  const migrate = spawnSync(process.execPath, [WRANGLER, 'd1', 'migrations', 'apply', 'DB', '--local', '--persist-to', state], {
    cwd: ROOT,
    encoding: 'utf8',
    input: '',
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true', NO_COLOR: '1' },
  })
  if (migrate.status !== 0) throw new Error(`migrations failed:\n${migrate.stdout}\n${migrate.stderr}`)

  let output = ''
  const dev = wrangler(
    [
      'dev',
      '--ip', '127.0.0.1',
      '--port', String(trackerPort),
      '--inspector-port', String(inspectorPort),
      '--var', `ADMIN_TOKEN:${ADMIN_TOKEN}`,
      '--show-interactive-dev-session=false',
      '--log-level', 'warn',
    ],
    state,
  )
  dev.stdout?.on('data', (d) => (output += d))
  dev.stderr?.on('data', (d) => (output += d))
  const stopDev = () => {
    try {
      if (dev.pid && dev.exitCode === null) process.kill(-dev.pid, 'SIGTERM')
    } catch {
      // already gone
    }
  }

  let host: Server | undefined
  try {
    await waitForTracker(trackerUrl, dev, () => output.slice(-4000))
    const seedMeta = JSON.parse(readFileSync(path.join(ROOT, 'seed/01-seed-article.json'), 'utf8'))
    const seedText = readFileSync(path.join(ROOT, 'seed', seedMeta.file), 'utf8')
    await postArticle(trackerUrl, { text: seedText, title: seedMeta.title, publishedAt: seedMeta.publishedAt })
    await postArticle(trackerUrl, MARKUP_ARTICLE)

    host = createServer((req, res) => {
      hostPage(new URL(req.url ?? '/', hostUrl), trackerUrl).then(
        (answer) => {
          res.writeHead(answer.status, answer.headers)
          res.end(answer.body)
        },
        (err) => {
          res.writeHead(500, { 'content-type': 'text/plain' })
          res.end(String(err))
        },
      )
    })
    await new Promise<void>((resolve) => host!.listen(hostPort, '127.0.0.1', resolve))
  } catch (err) {
    stopDev()
    rmSync(state, { recursive: true, force: true })
    throw err
  }

  project.provide('trackerUrl', trackerUrl)
  project.provide('hostUrl', hostUrl)

  return async () => {
    await new Promise((resolve) => (host ? host.close(resolve) : resolve(undefined)))
    stopDev()
    await new Promise((r) => setTimeout(r, 300))
    rmSync(state, { recursive: true, force: true })
  }
}

#!/usr/bin/env node
// Starts the tracker locally: makes sure .dev.vars holds an ADMIN_TOKEN, serves the Worker with
// `wrangler dev` on http://localhost:8787 (local D1 under .wrangler/, migrations already applied
// by `npm start`), then loads the seed article through the real API so the first view is not
// empty. Loading is idempotent: a second start answers 200 and writes nothing.
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'

const PORT = Number(process.env.PORT ?? 8787)
const BASE = `http://localhost:${PORT}`

function adminToken() {
  if (!existsSync('.dev.vars')) {
    const token = randomBytes(24).toString('base64url')
    writeFileSync('.dev.vars', `# Local secrets for wrangler dev; never commit this file.\nADMIN_TOKEN=${token}\n`)
    console.log('Created .dev.vars with a new ADMIN_TOKEN.')
  }
  const match = readFileSync('.dev.vars', 'utf8').match(/^ADMIN_TOKEN\s*=\s*"?([^"\n]+)"?/m)
  if (!match) throw new Error('.dev.vars has no ADMIN_TOKEN line; see .dev.vars.example')
  return match[1].trim()
}

async function waitForServer(child) {
  for (let i = 0; i < 120; i++) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited with code ${child.exitCode}`)
    try {
      const res = await fetch(`${BASE}/`)
      if (res.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`wrangler dev did not answer on ${BASE} within 60 s`)
}

async function loadSeed(token) {
  const meta = JSON.parse(readFileSync('seed/01-seed-article.json', 'utf8'))
  const text = readFileSync(`seed/${meta.file}`, 'utf8')
  const res = await fetch(`${BASE}/api/articles`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ text, title: meta.title, publishedAt: meta.publishedAt }),
  })
  const body = await res.json()
  if (!res.ok) throw new Error(`seed article was refused: ${res.status} ${JSON.stringify(body)}`)
  const verb = res.status === 201 ? 'loaded' : 'already loaded'
  console.log(`Seed article ${verb}: ${body.findings.length} findings. Try ${BASE}/api/sanctions`)
}

const token = adminToken()
const child = spawn('wrangler', ['dev', '--port', String(PORT), '--ip', '127.0.0.1'], { stdio: 'inherit', env: { ...process.env, WRANGLER_SEND_METRICS: 'false' } })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code) => process.exit(code ?? 0))
try {
  await waitForServer(child)
  await loadSeed(token)
} catch (err) {
  console.error(String(err))
  child.kill('SIGTERM')
  process.exitCode = 1
}

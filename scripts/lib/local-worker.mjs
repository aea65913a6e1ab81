// The tracker under `wrangler dev` for scripts that need a real server: a fresh local D1 with
// the migrations applied, on a loopback port, started detached so that `stop()` ends wrangler
// and workerd together.
import { execFileSync, spawn } from 'node:child_process'

/**
 * @param {{ persistTo: string, port: number, vars?: Record<string, string>, args?: string[], startupSeconds?: number }} options
 * @returns {Promise<{ base: string, log: () => string, stop: () => void }>}
 */
export async function startLocalWorker({ persistTo, port, vars = {}, args = [], startupSeconds = 60 }) {
  // through npx, so the project's wrangler (and its Node 22) run even when the caller's PATH
  // does not hold node_modules/.bin (`.ci/run` calls `node scripts/soak.mjs` directly)
  execFileSync('npx', ['wrangler', 'd1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persistTo], { stdio: ['ignore', 'ignore', 'inherit'] })
  const varArgs = Object.entries(vars).flatMap(([name, value]) => ['--var', `${name}:${value}`])
  const dev = spawn('npx', ['wrangler', 'dev', '--port', String(port), '--ip', '127.0.0.1', '--persist-to', persistTo, ...args, ...varArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
  })
  let log = ''
  // keep the tail only: a long run logs a line per request
  const keep = (d) => (log = (log + d).slice(-20000))
  dev.stdout.on('data', keep)
  dev.stderr.on('data', keep)
  const stop = () => {
    try {
      process.kill(-dev.pid, 'SIGTERM')
    } catch {}
  }
  const base = `http://127.0.0.1:${port}`
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/openapi.json`)).ok) break
    } catch {}
    if (i > startupSeconds * 2) {
      stop()
      throw new Error(`wrangler dev did not start:\n${log.slice(-2000)}`)
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  return { base, log: () => log, stop }
}

/**
 * Outbound requests to sources: only http(s), never private networks (unless allowed for local
 * development), bounded in time and size, redirects checked hop by hop, and counted against the
 * run's subrequest budget.
 */

export class SourceFetchError extends Error {}

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/

function isPrivateIPv4(host: string): boolean {
  const m = host.match(IPV4)
  if (!m) return false
  const [a, b] = [Number(m[1]), Number(m[2])]
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) || // carrier-grade NAT
    (a === 169 && b === 254) || // link-local, cloud metadata
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 198 && (b === 18 || b === 19)) || // benchmarking
    a >= 224 // multicast and reserved
  )
}

function isPrivateIPv6(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase()
  if (!h.includes(':')) return false
  if (h === '::1' || h === '::') return true
  const mapped = h.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/)
  if (mapped) return isPrivateIPv4(mapped[1]!)
  // URL parsing writes IPv4-mapped addresses in hex: [::ffff:127.0.0.1] becomes ::ffff:7f00:1
  const mappedHex = h.match(/^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/)
  if (mappedHex) {
    const [hi, lo] = [parseInt(mappedHex[1]!, 16), parseInt(mappedHex[2]!, 16)]
    return isPrivateIPv4(`${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`)
  }
  return /^(fc|fd|fe8|fe9|fea|feb)/.test(h)
}

/**
 * Whether a URL's host is a private, loopback or link-local address or a local name.
 * Hostnames that resolve to private addresses cannot be checked from a Worker (there is no DNS
 * API); Cloudflare's network does not route Worker subrequests to private ranges.
 */
export function isPrivateHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '')
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host.endsWith('.local') ||
    host.endsWith('.internal') ||
    isPrivateIPv4(host) ||
    isPrivateIPv6(host)
  )
}

/** Why a source URL is refused, or undefined when it is acceptable. */
export function sourceUrlProblem(raw: string, allowPrivate: boolean): string | undefined {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return 'is not an absolute URL'
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'must use http or https'
  if (url.username || url.password) return 'must not carry credentials'
  if (!allowPrivate && isPrivateHost(url.hostname)) return 'points to a private, loopback or link-local host'
  return undefined
}

export interface FetchBudget {
  /** Subrequests this run may still make. */
  remaining: number
}

export interface GuardedFetchOptions {
  allowPrivate: boolean
  budget: FetchBudget
  timeoutMs?: number
  maxRedirects?: number
  headers?: Record<string, string>
}

/** True when the run's subrequest budget is spent. */
export const budgetSpent = (budget: FetchBudget) => budget.remaining <= 0

/**
 * fetch() with the source rules applied. Redirects are followed by hand so that every hop is
 * checked against the same URL rules (a public URL must not redirect into a private network).
 */
export async function guardedFetch(url: string, options: GuardedFetchOptions): Promise<Response> {
  let current = url
  for (let hop = 0; hop <= (options.maxRedirects ?? 3); hop++) {
    const problem = sourceUrlProblem(current, options.allowPrivate)
    if (problem) throw new SourceFetchError(`${current} ${problem}`)
    if (budgetSpent(options.budget)) throw new SourceFetchError('subrequest budget of this run is spent')
    options.budget.remaining--
    let res: Response
    try {
      res = await fetch(current, {
        headers: { 'user-agent': 'sanctions-tracker/0.1 (+refresh)', ...options.headers },
        redirect: 'manual',
        signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
      })
    } catch (err) {
      const reason = err instanceof Error && err.name === 'TimeoutError' ? 'timed out' : `failed: ${String(err)}`
      throw new SourceFetchError(`GET ${current} ${reason}`)
    }
    const location = res.headers.get('location')
    if (res.status >= 300 && res.status < 400 && res.status !== 304 && location) {
      await res.body?.cancel()
      current = new URL(location, current).toString()
      continue
    }
    return res
  }
  throw new SourceFetchError(`GET ${url}: too many redirects`)
}

/** Reads a body as text, refusing one larger than `maxBytes` without holding more than that. */
export async function readTextCapped(res: Response, maxBytes: number): Promise<string> {
  const declared = Number(res.headers.get('content-length') ?? NaN)
  if (declared > maxBytes) {
    await res.body?.cancel()
    throw new SourceFetchError(`body of ${declared} bytes is over the ${maxBytes}-byte limit`)
  }
  if (!res.body) return ''
  const reader = res.body.getReader()
  const decoder = new TextDecoder()
  let size = 0
  let text = ''
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel()
      throw new SourceFetchError(`body is over the ${maxBytes}-byte limit`)
    }
    text += decoder.decode(value, { stream: true })
  }
  return text + decoder.decode()
}

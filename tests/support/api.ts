/**
 * Real HTTP through the Worker's own fetch handler (`exports.default`), with the D1 binding of
 * the test run (migrations applied by the setup file). No mocks in between.
 */
import { exports } from 'cloudflare:workers'
import { env } from 'cloudflare:workers'

export const ADMIN_TOKEN = env.ADMIN_TOKEN as string
const ORIGIN = 'http://tracker.test'

export async function api(path: string, init?: RequestInit): Promise<Response> {
  return exports.default.fetch(new Request(`${ORIGIN}${path}`, init))
}

export async function getJson<T = any>(path: string): Promise<{ status: number; body: T; res: Response }> {
  const res = await api(path)
  return { status: res.status, body: (await res.json()) as T, res }
}

export interface ArticleBody {
  text: string
  title?: string
  url?: string
  publishedAt?: string
}

export async function postArticle(body: ArticleBody | string, token: string | null = ADMIN_TOKEN) {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (token !== null) headers.authorization = `Bearer ${token}`
  const res = await api('/api/articles', { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) })
  return { status: res.status, body: (await res.json()) as any, res }
}

/** The numbers of the Server-Timing header the API adds to every response. */
export function d1Cost(res: Response): { queries: number; rowsRead: number; rowsWritten: number } {
  const header = res.headers.get('server-timing') ?? ''
  const num = (name: string) => Number(header.match(new RegExp(`${name}=(\\d+)`))?.[1] ?? NaN)
  return { queries: num('queries'), rowsRead: num('rows_read'), rowsWritten: num('rows_written') }
}

type Problem = { title: string; detail: string; status: number; errors?: { path: string; message: string }[] }

/** Asserts a problem+json answer with this status; takes a response or an already-read one. */
export async function expectProblem(answer: Response | { res: Response; body: any }, status: number): Promise<Problem> {
  const res = answer instanceof Response ? answer : answer.res
  const body = answer instanceof Response ? await res.json() : answer.body
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(body)}`)
  if (!res.headers.get('content-type')?.startsWith('application/problem+json')) {
    throw new Error(`expected application/problem+json, got ${res.headers.get('content-type')}`)
  }
  if (body.status !== status || typeof body.title !== 'string' || typeof body.detail !== 'string') {
    throw new Error(`not a problem body: ${JSON.stringify(body)}`)
  }
  return body
}

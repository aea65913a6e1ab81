/**
 * Webhook receivers for tests: the Worker's outbound `fetch` to https://receiver.test/ is
 * answered here (any other URL goes out as usual), every request recorded with its headers
 * and body. Each receiver URL answers 200 unless told otherwise.
 */
import { vi } from 'vitest'

export const RECEIVER = 'https://receiver.test'

export interface Received {
  url: string
  method: string
  headers: Record<string, string>
  body: string
}

export type Answer = (request: Request) => Response | Promise<Response>

export function hookReceiver() {
  const received: Received[] = []
  const answers = new Map<string, Answer>()
  const original = globalThis.fetch
  const spy = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init)
    if (!request.url.startsWith(`${RECEIVER}/`)) return original(input, init)
    received.push({ url: request.url, method: request.method, headers: Object.fromEntries(request.headers), body: await request.text() })
    return (answers.get(request.url) ?? (() => new Response('ok')))(request)
  })
  return {
    received,
    /** What the receiver at `url` answers from now on. */
    answer(url: string, answer: Answer) {
      answers.set(url, answer)
    },
    to: (url: string) => received.filter((r) => r.url === url),
    restore: () => spy.mockRestore(),
  }
}

/** Polls until `check` returns a value (deliveries run after the response, in waitUntil). */
export async function eventually<T>(check: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value) return value
    if (Date.now() > deadline) throw new Error('timed out waiting')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

/** Recomputes `X-Signature` the way a receiver would, with Web Crypto: true when it verifies. */
export async function verifySignature(secret: string, header: string, body: string, toleranceSeconds = 300): Promise<boolean> {
  const parts = Object.fromEntries(header.split(',').map((kv) => kv.split('=') as [string, string]))
  const t = Number(parts.t)
  if (!Number.isInteger(t) || Math.abs(Date.now() / 1000 - t) > toleranceSeconds || !parts.v1) return false
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify'])
  const signature = new Uint8Array(parts.v1.match(/../g)!.map((h) => parseInt(h, 16)))
  return crypto.subtle.verify('HMAC', key, signature, new TextEncoder().encode(`${t}.${body}`))
}

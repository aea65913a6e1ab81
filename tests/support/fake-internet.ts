/**
 * Third-party servers for tests: the Worker's outbound `fetch` is replaced by a table of URLs
 * answering fixture files in their real formats. Requests are recorded so tests can check
 * conditional headers. Anything not in the table fails like an unreachable host.
 */
import { vi } from 'vitest'

/**
 * A function that makes a fresh Response for each request: Workers tie a Response's body to
 * the request context that created it, so one made at test setup cannot be served later.
 */
export type Route = (request: Request) => Response | Promise<Response>

export interface FakeInternet {
  routes: Map<string, Route>
  requests: Request[]
  set(url: string, route: Route): void
  restore(): void
}

export function fakeInternet(initial: Record<string, Route> = {}): FakeInternet {
  const routes = new Map(Object.entries(initial))
  const requests: Request[] = []
  const original = globalThis.fetch
  const spy = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init)
    requests.push(request)
    const route = routes.get(request.url)
    if (!route) throw new TypeError(`Network connection lost: no fake host for ${request.url}`)
    return route(request)
  })
  return {
    routes,
    requests,
    set: (url, route) => routes.set(url, route),
    restore: () => {
      spy.mockRestore()
      globalThis.fetch = original
    },
  }
}

/** A response with validators that answers 304 to a matching If-None-Match. */
export function cacheable(body: string, contentType: string, etag: string): Route {
  return (request) =>
    request.headers.get('if-none-match') === etag
      ? new Response(null, { status: 304, headers: { etag } })
      : new Response(body, { headers: { 'content-type': contentType, etag, 'last-modified': 'Tue, 01 Mar 2022 12:00:00 GMT' } })
}

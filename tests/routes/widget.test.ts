import { describe, expect, it } from 'vitest'
import { WIDGET_VERSION } from '../../src/widget/widget-asset.js'
import { api } from '../support/api'

/** Gzip size of some bytes, by the runtime's CompressionStream (what an edge would send). */
async function gzipSize(bytes: Uint8Array): Promise<number> {
  const compressed = new Response(new Blob([bytes]).stream().pipeThrough(new CompressionStream('gzip')))
  return (await compressed.arrayBuffer()).byteLength
}

describe('GET /widget.js', () => {
  it('serves a script that defines <sanctions-tracker>, readable and loadable from any origin', async () => {
    const res = await api('/widget.js', { headers: { origin: 'https://news.example' } })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin')
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    const code = await res.text()
    expect(code).toContain('customElements.define("sanctions-tracker"')
    expect(code).toContain('attachShadow')
  })

  it('stays within 5 KB gzipped, measured on the bytes served', async () => {
    const bytes = new Uint8Array(await (await api('/widget.js')).arrayBuffer())
    const size = await gzipSize(bytes)
    console.log(`widget.js: ${bytes.byteLength} bytes, ${size} bytes gzipped`)
    expect(size).toBeGreaterThan(500)
    expect(size).toBeLessThanOrEqual(5120)
  })

  it('never turns data into markup: no HTML parsing sinks and no eval in the bundle', async () => {
    const code = await (await api('/widget.js')).text()
    for (const sink of ['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'document.write', 'createContextualFragment', 'eval(', 'Function(', 'srcdoc']) {
      expect(code, sink).not.toContain(sink)
    }
    // links only ever get http(s) URLs
    expect(code).toMatch(/\^https\?:/)
  })

  it('is cached long: an ETag of its version, a day fresh and a week stale; 304 when unchanged', async () => {
    const res = await api('/widget.js')
    expect(res.headers.get('etag')).toBe(`"${WIDGET_VERSION}"`)
    expect(res.headers.get('cache-control')).toBe('public, max-age=86400, stale-while-revalidate=604800')
    const again = await api('/widget.js', { headers: { 'if-none-match': `"${WIDGET_VERSION}"` } })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    expect(again.headers.get('etag')).toBe(`"${WIDGET_VERSION}"`)
    expect(again.headers.get('cache-control')).toBe('public, max-age=86400, stale-while-revalidate=604800')
    expect((await api('/widget.js', { headers: { 'if-none-match': '"older"' } })).status).toBe(200)
  })

  it('is immutable under its versioned URL, and only under the current version', async () => {
    const versioned = await api(`/widget.js?v=${WIDGET_VERSION}`)
    expect(versioned.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(await versioned.text()).toBe(await (await api('/widget.js')).text())
    const stale = await api('/widget.js?v=000000000000')
    expect(stale.headers.get('cache-control')).toBe('public, max-age=86400, stale-while-revalidate=604800')
  })

  it('answers HEAD with the headers and no body', async () => {
    const res = await api('/widget.js', { method: 'HEAD' })
    expect(res.status).toBe(200)
    expect(res.headers.get('etag')).toBe(`"${WIDGET_VERSION}"`)
    expect(await res.text()).toBe('')
  })
})

// @ts-check
/**
 * `<sanctions-tracker>`: a live box of sanctions measures for someone else's page.
 *
 *   <script src="https://HOST/widget.js" async></script>
 *   <sanctions-tracker target="vladimir-putin" authority="us,eu" limit="5"></sanctions-tracker>
 *
 * It reads `GET /api/embed` of the tracker that served this script (or of `api`) over CORS and
 * renders into a shadow root, so the host page's styles and ours cannot leak into each other.
 * Everything the API returns is untrusted text (article titles and quotes come from the news):
 * it only ever reaches the page as text nodes (`append` of strings), never as markup, and links
 * only ever get http(s) URLs.
 *
 * No framework and no runtime dependency: the bundle must stay under 5 KB gzipped
 * (tests/routes/widget.test.ts measures it).
 */
import { CSS } from './styles.js'

/** Attributes passed to the API as filters, with the same names and syntax as its query. */
const FILTERS = ['target', 'authority', 'type', 'status', 'q']

/**
 * The origin that served this script, the default API. Read while the script first runs:
 * `document.currentScript` is null afterwards.
 */
const SCRIPT_ORIGIN = (() => {
  const script = document.currentScript
  return script instanceof HTMLScriptElement && script.src ? new URL(script.src).origin : location.origin
})()

// Constructed style sheets are shared by every instance and, unlike <style> elements, are not
// blocked by a host page's Content-Security-Policy. Old browsers get a <style> element instead.
const SHEET = 'adoptedStyleSheets' in Document.prototype ? new CSSStyleSheet() : null
SHEET?.replaceSync(CSS)

/**
 * Creates an element. Children are appended with `append`, which turns strings into text
 * nodes: this is the only way data reaches the page.
 * @param {string} tag
 * @param {Record<string, string>} [attrs]
 * @param {(Node | string | null | undefined | false)[]} children
 */
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag)
  for (const name in attrs) el.setAttribute(name, attrs[name])
  el.append(.../** @type {(Node | string)[]} */ (children.filter((c) => c != null && c !== false)))
  return el
}

/** An http(s) URL or nothing: a stored `javascript:` URL must never become a link. @param {unknown} url */
const safeUrl = (url) => (typeof url === 'string' && /^https?:\/\//i.test(url) ? url : null)

const MONTHS = 'JanFebMarAprMayJunJulAugSepOctNovDec'

/** `2022-02-25` → "25 Feb 2022", the way the tracker's pages write days. @param {string} day */
const time = (day) => {
  const month = (Number(day.slice(5, 7)) - 1) * 3
  return h('time', { datetime: day }, `${Number(day.slice(8, 10))} ${MONTHS.slice(month, month + 3)} ${day.slice(0, 4)}`)
}

/** `asset_freeze` → "Asset freeze", `swift_exclusion` → "SWIFT exclusion". @param {string} id */
const label = (id) => (id[0].toUpperCase() + id.slice(1)).replace(/_/g, ' ').replace('Swift', 'SWIFT')

/**
 * @typedef {{ id: string, name: string }} Ref
 * @typedef {{ title: string | null, url: string | null, quote: string, reportedOn: string }} Source
 * @typedef {{ id: number, authority: Ref, type: string, status: string, target: Ref, firstReportedOn: string,
 *   lastReportedOn: string, url: string, source: Source | null }} Measure
 * @typedef {{ data: Measure[], nextCursor: string | null, url: string }} EmbedPage
 */

class SanctionsTracker extends HTMLElement {
  static observedAttributes = [...FILTERS, 'limit', 'api']

  constructor() {
    super()
    const root = this.attachShadow({ mode: 'open' })
    if (SHEET) root.adoptedStyleSheets = [SHEET]
    /** Counts loads, so an answer that arrives after a newer request started is dropped. */
    this.seq = 0
    this.queued = false
  }

  connectedCallback() {
    this.queue()
  }

  attributeChangedCallback() {
    if (this.isConnected) this.queue()
  }

  /** Several attributes set in one task cause one request, not one each. */
  queue() {
    if (this.queued) return
    this.queued = true
    queueMicrotask(() => {
      this.queued = false
      this.load()
    })
  }

  /** The API base and the query string of the current attributes. */
  query() {
    const params = new URLSearchParams()
    for (const name of FILTERS) {
      const value = this.getAttribute(name)?.trim()
      if (value) params.set(name, value)
    }
    const limit = Math.round(Number(this.getAttribute('limit') ?? 5))
    params.set('limit', String(limit >= 1 ? Math.min(limit, 50) : 5))
    return { api: (this.getAttribute('api') || SCRIPT_ORIGIN).replace(/\/+$/, ''), params }
  }

  async load() {
    const seq = ++this.seq
    const { api, params } = this.query()
    this.show(h('p', { class: 's', role: 'status' }, 'Loading sanctions measures…'), true)
    try {
      const res = await fetch(`${api}/api/embed?${params}`, { credentials: 'omit' })
      const body = await res.json()
      if (seq !== this.seq) return
      // A problem answer names what was wrong (an unknown filter value): worth showing.
      if (!res.ok) throw String(body?.detail || `The tracker answered ${res.status}.`)
      this.showPage(body)
    } catch (err) {
      if (seq !== this.seq) return
      const retry = h('button', { type: 'button' }, 'Try again')
      retry.addEventListener('click', () => this.load())
      const detail = typeof err === 'string' ? ` ${err}` : ''
      this.show(h('p', { class: 's', role: 'alert' }, `Could not load the measures.${detail}`, retry))
    }
  }

  /** @param {EmbedPage} page */
  showPage(page) {
    if (!page.data.length) {
      this.show(h('p', { class: 's', role: 'status' }, 'No measures match these filters yet.'), false, page.url)
      return
    }
    const items = page.data.map((m) => {
      const view = safeUrl(m.url)
      // the article when it has a URL, otherwise the measure's evidence on the tracker
      const source = m.source && (safeUrl(m.source.url) || view)
      return h(
        'li',
        {},
        h('p', { class: 'k' }, h('span', { class: `b ${m.status}` }, label(m.status)), `${m.authority.name} · ${label(m.type)}`),
        h('p', { class: 'n' }, view ? h('a', { href: view, target: '_blank', rel: 'noopener' }, m.target.name) : m.target.name),
        m.source && h('q', {}, m.source.quote),
        h(
          'p',
          { class: 'm' },
          'Reported ',
          time(m.firstReportedOn),
          ...(m.lastReportedOn !== m.firstReportedOn ? [' – ', time(m.lastReportedOn)] : []),
          ...(source ? [' · Source: ', h('a', { href: source, target: '_blank', rel: 'noopener' }, m.source?.title || 'article')] : []),
        ),
      )
    })
    // one target asked for: name it in the title
    const target = this.getAttribute('target')
    const title = target && !target.includes(',') ? `Sanctions against ${page.data[0].target.name}` : undefined
    this.show(h('ul', { 'aria-label': 'Sanctions measures' }, ...items), false, page.url, title)
  }

  /**
   * Replaces the content: the frame (title, footer link) around `body`.
   * @param {Node} body
   * @param {boolean} [busy]
   * @param {string} [moreUrl] the full view on the tracker
   * @param {string} [title]
   */
  show(body, busy = false, moreUrl, title = 'Sanctions') {
    const more = safeUrl(moreUrl)
    const box = h(
      'section',
      { 'aria-label': 'Sanctions tracker', 'aria-busy': String(busy) },
      h('header', {}, h('strong', {}, title), 'As reported in the news'),
      body,
      more && h('footer', {}, h('a', { href: more, target: '_blank', rel: 'noopener' }, 'Full view on the tracker →')),
    )
    const root = /** @type {ShadowRoot} */ (this.shadowRoot)
    root.replaceChildren(...(SHEET ? [] : [h('style', {}, CSS)]), box)
  }
}

if (!customElements.get('sanctions-tracker')) customElements.define('sanctions-tracker', SanctionsTracker)

/**
 * Pages of a "newsroom" on another origin (localhost, while the tracker is 127.0.0.1) that
 * embed the tracker the way its snippets say:
 *
 * - `/widget?target=…&authority=…` the script embed, every query parameter an attribute of
 *   `<sanctions-tracker>`; `host=dark` gives the page a dark background;
 * - `/strict?…` the same under a strict Content-Security-Policy (no inline styles at all);
 * - `/iframe?src=<path and query of /embed>` the iframe embed with the height listener of the
 *   snippet, which also records every height it is told in `window.__heights`;
 * - `/paste?html=<snippet>` a story with a snippet pasted into it as it is, the way an editor
 *   would paste what the snippet generator gives;
 * - `/slow/<path>` the tracker's `<path>`, answered a second late: an `api` for the widget that
 *   keeps its loading state visible.
 */

const escapeAttr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

function page(title: string, head: string, body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>${head}</head><body>${body}</body></html>`
}

const ARTICLE_STYLE = (dark: boolean) =>
  `<style>body{margin:0;font:17px/1.6 Georgia,serif;background:${dark ? '#101216' : '#fbfaf7'};color:${dark ? '#e8e6e1' : '#222'}}
main{max-width:680px;margin:0 auto;padding:24px 16px}h1{font-size:28px;line-height:1.2}</style>`

const STORY = (box: string) => `<main><h1>Western allies tighten the screws</h1>
<p>Governments moved on Friday against the Russian leadership. The box below is live.</p>
${box}
<p>The story continues after the box.</p></main>`

export interface HostAnswer {
  status: number
  headers: Record<string, string>
  body: string
}

export async function hostPage(url: URL, trackerUrl: string): Promise<HostAnswer> {
  const html = (body: string, headers: Record<string, string> = {}): HostAnswer => ({
    status: 200,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers },
    body,
  })
  const attributes = [...url.searchParams]
    .filter(([name]) => name !== 'host')
    .map(([name, value]) => ` ${name}="${escapeAttr(value)}"`)
    .join('')
  const widget = `<script src="${trackerUrl}/widget.js" async></script>\n<sanctions-tracker${attributes}></sanctions-tracker>`
  switch (url.pathname) {
    case '/widget':
      return html(page('Host page: widget', ARTICLE_STYLE(url.searchParams.get('host') === 'dark'), STORY(widget)))
    case '/strict':
      return html(page('Host page: strict CSP', '', STORY(widget)), {
        'content-security-policy': `default-src 'none'; script-src ${trackerUrl}; connect-src ${trackerUrl}; style-src 'none'; img-src 'none'`,
      })
    case '/iframe': {
      const src = `${trackerUrl}${url.searchParams.get('src') ?? '/embed'}`
      const listener = `<script>window.__heights=[];addEventListener("message",function(e){var d=e.data;
if(e.origin!==${JSON.stringify(trackerUrl)}||!d||d.type!=="sanctions-tracker:height")return;window.__heights.push(d.height);
document.querySelectorAll("iframe").forEach(function(f){if(f.contentWindow===e.source)f.style.height=d.height+"px"})})</script>`
      const frame = `<iframe id="embed" src="${escapeAttr(src)}" title="Sanctions measures" style="width:100%;height:150px;border:0"></iframe>`
      return html(page('Host page: iframe', ARTICLE_STYLE(false) + listener, STORY(frame)))
    }
    case '/paste':
      return html(page('Host page: pasted snippet', ARTICLE_STYLE(false), STORY(url.searchParams.get('html') ?? '')))
    case '/favicon.ico':
      return { status: 204, headers: {}, body: '' }
    default:
      if (url.pathname.startsWith('/slow/')) {
        await new Promise((resolve) => setTimeout(resolve, 1000))
        const res = await fetch(`${trackerUrl}${url.pathname.slice('/slow'.length)}${url.search}`)
        return { status: res.status, headers: { 'content-type': res.headers.get('content-type') ?? 'text/plain' }, body: await res.text() }
      }
      return { status: 404, headers: { 'content-type': 'text/plain' }, body: 'not found' }
  }
}

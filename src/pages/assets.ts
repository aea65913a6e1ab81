/**
 * The inline style sheets and scripts of the HTML pages. They are inlined (one round trip per
 * page) and allowed by their hashes in the Content-Security-Policy (pages/csp.ts); keep them
 * static: a change of content changes the hash, computed at run time from these strings.
 */

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif'

// Status colours: text reaches WCAG AA on its tint in both schemes (checked in the browser tests).
const LIGHT_STATUS = `
  --proposed: #4a515c; --proposed-bg: #eceef2;
  --announced: #1554a8; --announced-bg: #e6effc;
  --adopted: #7a4800; --adopted-bg: #fcefdc;
  --in_effect: #a8231b; --in_effect-bg: #fde8e7;
  --lifted: #256b2a; --lifted-bg: #e5f3e6;`
const DARK_STATUS = `
  --proposed: #cdd3dc; --proposed-bg: #2a2f36;
  --announced: #a4c6ff; --announced-bg: #172840;
  --adopted: #f5c47c; --adopted-bg: #33260f;
  --in_effect: #ffaca5; --in_effect-bg: #3d1b19;
  --lifted: #95dca7; --lifted-bg: #15301b;`

const BADGES = `
.badge { display: inline-block; padding: 1px 9px; border-radius: 99px; font-size: .82em; font-weight: 600; white-space: nowrap; line-height: 1.6 }
.badge.proposed { color: var(--proposed); background: var(--proposed-bg) }
.badge.announced { color: var(--announced); background: var(--announced-bg) }
.badge.adopted { color: var(--adopted); background: var(--adopted-bg) }
.badge.in_effect { color: var(--in_effect); background: var(--in_effect-bg) }
.badge.lifted { color: var(--lifted); background: var(--lifted-bg) }`

/** The tracker's own pages. */
export const SITE_CSS = `
:root {
  color-scheme: light dark;
  --bg: #f4f5f7; --surface: #fff; --fg: #1b1f24; --mu: #545c67; --bd: #dce0e5; --ln: #0b57d0;
  --head: #0f1b2d; --head-fg: #fff; --head-mu: #c9d3e0; --code-bg: #0f1b2d; --code-fg: #e6edf3;
  --heat-1: #e6effc; --heat-2: #c6dafa; --heat-3: #9dbff5; --heat-4: #6f9fe8;
  ${LIGHT_STATUS}
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0f1115; --surface: #17191d; --fg: #eceff3; --mu: #a9b1bc; --bd: #30353c; --ln: #8ab4f8;
    --head: #0a1220; --head-fg: #fff; --head-mu: #b4c0cf; --code-bg: #0a1220; --code-fg: #e6edf3;
    --heat-1: #17263c; --heat-2: #1d3456; --heat-3: #26477a; --heat-4: #2f5a9c;
    ${DARK_STATUS}
  }
}
* { box-sizing: border-box }
html { -webkit-text-size-adjust: 100% }
body { margin: 0; background: var(--bg); color: var(--fg); font: 15px/1.55 ${FONT} }
a { color: var(--ln); text-underline-offset: 2px }
:focus-visible { outline: 2px solid var(--ln); outline-offset: 2px }
.skip { position: absolute; left: -9999px; top: 8px; background: var(--surface); padding: 8px 12px; z-index: 2 }
.skip:focus { left: 8px }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap }
.site-head { background: var(--head); color: var(--head-fg) }
.site-head .in { max-width: 1200px; margin: 0 auto; padding: 10px 20px; display: flex; flex-wrap: wrap; align-items: center; gap: 8px 24px }
.brand { display: flex; align-items: center; gap: 10px; color: var(--head-fg); font-weight: 700; font-size: 1.08em; text-decoration: none }
.brand svg { flex: none }
.site-head nav ul { display: flex; flex-wrap: wrap; gap: 2px; list-style: none; margin: 0; padding: 0 }
.site-head nav a { display: block; color: var(--head-mu); text-decoration: none; padding: 6px 10px; border-radius: 6px }
.site-head nav a:hover { color: var(--head-fg) }
.site-head nav a[aria-current=page] { color: var(--head-fg); background: rgba(255,255,255,.13) }
.site-head :focus-visible { outline-color: #fff }
main { max-width: 1200px; margin: 0 auto; padding: 24px 20px 48px }
h1 { font-size: 1.65em; line-height: 1.2; margin: 0 0 6px; letter-spacing: -.01em }
h2 { font-size: 1.2em; line-height: 1.3; margin: 0 0 8px }
h3 { font-size: 1.02em; margin: 0 0 6px }
.lead { color: var(--mu); margin: 0 0 20px; max-width: 70ch }
.muted { color: var(--mu) }
.small { font-size: .88em }
.layout { display: grid; grid-template-columns: 270px minmax(0, 1fr); gap: 24px; align-items: start }
@media (max-width: 860px) { .layout { grid-template-columns: minmax(0, 1fr) } }
.card { background: var(--surface); border: 1px solid var(--bd); border-radius: 10px; padding: 16px }
.stack > * + * { margin-top: 16px }
.filters summary { font-weight: 700; cursor: pointer }
.filters details[open] > summary { margin-bottom: 10px }
/* side by side with the results, the filters are always open */
@media (min-width: 861px) {
  .filters summary { list-style: none; pointer-events: none }
  .filters summary::-webkit-details-marker { display: none }
}
.filters fieldset { border: 0; padding: 0; margin: 0 0 14px; min-width: 0 }
.filters legend { font-weight: 600; font-size: .9em; margin-bottom: 4px; padding: 0 }
.facet { display: flex; justify-content: space-between; align-items: baseline; gap: 8px; font-size: .92em; padding: 2px 0; cursor: pointer }
.facet-name { display: flex; align-items: baseline; gap: 6px; min-width: 0 }
.count { color: var(--mu); font-variant-numeric: tabular-nums; font-size: .9em }
.field { display: block; margin-bottom: 12px }
.field span { display: block; font-weight: 600; font-size: .9em; margin-bottom: 4px }
input[type=search], input[type=text], input[type=number], select {
  width: 100%; font: inherit; padding: 6px 9px; border: 1px solid var(--bd); border-radius: 6px; background: var(--surface); color: var(--fg)
}
input[type=checkbox] { accent-color: var(--ln); margin: 0; transform: translateY(1px) }
.actions { display: flex; flex-wrap: wrap; align-items: center; gap: 12px }
.btn { display: inline-block; font: inherit; font-weight: 600; padding: 6px 14px; border-radius: 6px; border: 1px solid var(--ln);
  background: var(--ln); color: var(--surface); cursor: pointer; text-decoration: none }
.btn.quiet { background: transparent; color: var(--ln) }
.results-head { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: baseline; gap: 8px 16px; margin-bottom: 10px }
.chips { display: flex; flex-wrap: wrap; gap: 6px; list-style: none; padding: 0; margin: 0 0 12px }
.chips a { display: inline-block; padding: 2px 10px; border: 1px solid var(--bd); border-radius: 99px; background: var(--surface); color: var(--fg); text-decoration: none; font-size: .88em }
.chips a:hover { border-color: var(--ln) }
/* positioned, so that visually hidden text inside the table is clipped with it and does not widen the page */
.table-wrap { position: relative; background: var(--surface); border: 1px solid var(--bd); border-radius: 10px; overflow-x: auto }
table { width: 100%; border-collapse: collapse }
th, td { text-align: left; padding: 10px 12px; border-bottom: 1px solid var(--bd); vertical-align: top }
tbody tr:last-child > * { border-bottom: 0 }
thead th { font-size: .78em; text-transform: uppercase; letter-spacing: .05em; color: var(--mu); font-weight: 600; white-space: nowrap }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums }
.target-name { font-weight: 600 }
.nowrap, time { white-space: nowrap }
@media (max-width: 700px) {
  table.measures thead { display: none }
  table.measures tr { display: block; padding: 10px 0; border-bottom: 1px solid var(--bd) }
  table.measures tbody tr:last-child { border-bottom: 0 }
  table.measures td { display: block; border: 0; padding: 2px 14px }
  table.measures td[data-label]::before { content: attr(data-label) ": "; color: var(--mu); font-size: .86em }
  table.measures td.num { text-align: left }
}
.pager { display: flex; justify-content: space-between; gap: 12px; margin-top: 14px }
.measure { scroll-margin-top: 16px }
.measure-head { display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between; gap: 6px 16px; margin-bottom: 10px }
.history { list-style: none; margin: 0; padding: 0 0 0 4px }
.history > li { position: relative; padding: 0 0 16px 22px; border-left: 2px solid var(--bd) }
.history > li:last-child { border-left-color: transparent; padding-bottom: 0 }
.history > li::before { content: ""; position: absolute; left: -7px; top: 6px; width: 12px; height: 12px; border-radius: 50%; background: var(--surface); border: 2px solid var(--ln) }
blockquote { margin: 6px 0; padding: 8px 12px; border-left: 3px solid var(--bd); background: var(--bg); border-radius: 0 6px 6px 0; overflow-wrap: anywhere }
.aliases { margin: 0 0 16px }
.matrix th, .matrix td { text-align: center; white-space: nowrap }
.matrix th[scope=row] { text-align: left }
.matrix td a { display: block; padding: 2px 0; border-radius: 6px; color: var(--fg); font-weight: 600; text-decoration: none }
.matrix td a:hover { outline: 1px solid var(--ln) }
.heat-1 { background: var(--heat-1) } .heat-2 { background: var(--heat-2) } .heat-3 { background: var(--heat-3) } .heat-4 { background: var(--heat-4) }
.legend { display: flex; flex-wrap: wrap; gap: 8px 16px; list-style: none; padding: 0; margin: 12px 0 0; font-size: .88em; color: var(--mu) }
pre { margin: 0; background: var(--code-bg); color: var(--code-fg); padding: 12px 14px; border-radius: 8px; overflow: auto; font-size: .84em; line-height: 1.5; white-space: pre-wrap; overflow-wrap: anywhere }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace }
.snippet-head { display: flex; justify-content: space-between; align-items: baseline; gap: 12px; margin: 0 0 6px }
.grid-2 { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 340px), 1fr)); gap: 20px; align-items: start }
.embed-frame { width: 100%; height: 420px; border: 0; display: block }
.options { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 220px), 1fr)); gap: 4px 20px }
.site-foot { max-width: 1200px; margin: 0 auto; padding: 0 20px 32px; color: var(--mu); font-size: .86em }
${BADGES}
`

/**
 * Progressive enhancement of the tracker's pages: copy buttons, filters that apply on change,
 * and resizing of embed previews to the height the embed reports. Without it everything works
 * by plain links and forms.
 */
export const SITE_JS = `(() => {
  for (const button of document.querySelectorAll('button[data-copy]')) {
    button.hidden = false
    button.addEventListener('click', async () => {
      const text = document.getElementById(button.dataset.copy).textContent
      try { await navigator.clipboard.writeText(text); button.textContent = 'Copied' } catch { button.textContent = 'Select and copy' }
      setTimeout(() => { button.textContent = 'Copy' }, 2000)
    })
  }
  // on a narrow screen the results come first: filters fold into their summary line
  if (matchMedia('(max-width: 860px)').matches) for (const details of document.querySelectorAll('details[data-collapse-narrow]')) details.open = false
  for (const form of document.querySelectorAll('form[data-autosubmit]')) {
    form.addEventListener('change', (event) => { if (event.target.type === 'checkbox' || event.target.tagName === 'SELECT') form.requestSubmit() })
  }
  // empty fields stay out of the URL, so one view has one URL (and one cache entry)
  for (const form of document.querySelectorAll('form[method=get]')) {
    form.addEventListener('formdata', (event) => { for (const [name, value] of [...event.formData]) if (value === '') event.formData.delete(name) })
  }
  addEventListener('message', (event) => {
    const data = event.data
    if (event.origin !== location.origin || !data || data.type !== 'sanctions-tracker:height') return
    for (const frame of document.querySelectorAll('iframe')) if (frame.contentWindow === event.source) frame.style.height = data.height + 'px'
  })
})()`

/** The iframe embed: one list, themed by a class on <html>, and nothing else. */
export const EMBED_CSS = `
html { --bg: #fff; --fg: #1b1f24; --mu: #555e69; --bd: #d5dae1; --ln: #0b57d0; ${LIGHT_STATUS} color-scheme: light }
html.dark { --bg: #17191c; --fg: #eceff3; --mu: #aab2bd; --bd: #3a4048; --ln: #8ab4f8; ${DARK_STATUS} color-scheme: dark }
@media (prefers-color-scheme: dark) {
  html.auto { --bg: #17191c; --fg: #eceff3; --mu: #aab2bd; --bd: #3a4048; --ln: #8ab4f8; ${DARK_STATUS} color-scheme: dark }
}
* { box-sizing: border-box }
body { margin: 0; background: var(--bg); color: var(--fg); font: 14px/1.45 ${FONT}; overflow-wrap: anywhere }
.box { padding: 12px 16px; border: 1px solid var(--bd); border-radius: 10px }
header, footer { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 4px 12px; font-size: .86em; color: var(--mu) }
header strong { color: var(--fg); font-size: 1.16em }
ul { list-style: none; margin: 8px 0; padding: 0 }
li { padding: 10px 0; border-top: 1px solid var(--bd) }
p { margin: 0 }
.k { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 8px; color: var(--mu); font-size: .86em }
.n { font-weight: 600; font-size: 1.07em; margin: 3px 0 2px }
.n a { color: inherit }
q { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; line-clamp: 2; overflow: hidden; color: var(--mu); margin: 2px 0 4px }
.m { font-size: .86em; color: var(--mu); white-space: nowrap; overflow: hidden; text-overflow: ellipsis }
.s { padding: 14px 0; color: var(--mu); border-top: 1px solid var(--bd) }
a { color: var(--ln); text-underline-offset: 2px }
a:focus-visible { outline: 2px solid var(--ln); outline-offset: 2px; border-radius: 3px }
${BADGES}
`

/**
 * Tells the embedding page how tall the embed is, whenever that changes, so it can size the
 * iframe (the snippet generator gives the listener). Content shows without it.
 */
export const EMBED_JS = `(() => {
  if (parent === window) return
  let last = 0
  const send = () => {
    const height = Math.ceil(document.body.getBoundingClientRect().height)
    if (height === last) return
    last = height
    parent.postMessage({ type: 'sanctions-tracker:height', height }, '*')
  }
  addEventListener('load', send)
  new ResizeObserver(send).observe(document.body)
})()`

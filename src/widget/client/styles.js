// @ts-check
/**
 * The widget's styles, scoped to its shadow root. Readable here; `src/widget/build.mjs` minifies
 * them into the bundle.
 *
 * Colours: every text colour reaches WCAG AA (4.5:1) on its theme's background; the browser
 * tests measure it. The status colours follow the lifecycle: grey (proposed), blue
 * (announced), amber (adopted), red (in effect), green (lifted).
 */
export const CSS = `
:host {
  display: block;
  max-width: 100%;
  --bg: #fff; --fg: #1b1f24; --mu: #555e69; --bd: #d5dae1; --ln: #0b57d0;
  --proposed: #5a6270; --announced: #1558b0; --adopted: #8a5300; --in_effect: #b3261e; --lifted: #2b7a30;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
}
:host([hidden]) { display: none }
:host([theme=dark]) {
  --bg: #17191c; --fg: #eceff3; --mu: #aab2bd; --bd: #3a4048; --ln: #8ab4f8;
  --proposed: #c0c7d1; --announced: #8ab4f8; --adopted: #f2b968; --in_effect: #ff9d94; --lifted: #86d39a;
}
@media (prefers-color-scheme: dark) {
  :host([theme=auto]) {
    --bg: #17191c; --fg: #eceff3; --mu: #aab2bd; --bd: #3a4048; --ln: #8ab4f8;
    --proposed: #c0c7d1; --announced: #8ab4f8; --adopted: #f2b968; --in_effect: #ff9d94; --lifted: #86d39a;
  }
}
section {
  box-sizing: border-box;
  background: var(--bg);
  color: var(--fg);
  border: 1px solid var(--bd);
  border-radius: 10px;
  padding: 12px 16px;
  overflow-wrap: anywhere;
}
header, footer { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 4px 12px; font-size: .86em; color: var(--mu) }
header strong { color: var(--fg); font-size: 1.16em }
ul { list-style: none; margin: 8px 0; padding: 0 }
li { padding: 10px 0; border-top: 1px solid var(--bd) }
p { margin: 0 }
.k { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 8px; color: var(--mu); font-size: .86em }
.b { border: 1px solid; border-radius: 99px; padding: 0 8px; font-weight: 600; white-space: nowrap }
.b.proposed { color: var(--proposed) }
.b.announced { color: var(--announced) }
.b.adopted { color: var(--adopted) }
.b.in_effect { color: var(--in_effect) }
.b.lifted { color: var(--lifted) }
.n { font-weight: 600; font-size: 1.07em; margin: 3px 0 2px }
.n a { color: inherit }
q {
  display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; line-clamp: 2;
  overflow: hidden; color: var(--mu); margin: 2px 0 4px;
}
.m { font-size: .86em; color: var(--mu) }
/* days and source take one line; a long article title is cut with an ellipsis */
.m { white-space: nowrap; overflow: hidden; text-overflow: ellipsis }
a { color: var(--ln); text-underline-offset: 2px }
a:focus-visible, button:focus-visible { outline: 2px solid var(--ln); outline-offset: 2px; border-radius: 3px }
.s { padding: 14px 0; color: var(--mu); border-top: 1px solid var(--bd) }
button { font: inherit; color: var(--fg); background: none; border: 1px solid var(--bd); border-radius: 6px; padding: 1px 10px; margin-left: 8px; cursor: pointer }
`

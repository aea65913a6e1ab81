/**
 * An article whose title and quotes carry markup, as a hostile or careless source could send:
 * every view must show it as text. If any of it ever ran, `window.__pwned` would be set.
 */
export const MARKUP_PAYLOAD = '<img src=x onerror="window.__pwned=1">'
export const SCRIPT_PAYLOAD = '<script>window.__pwned=2</script>'

export const MARKUP_ARTICLE = {
  title: `Rotenberg ${MARKUP_PAYLOAD} hit by sanctions`,
  publishedAt: '2022-03-01',
  text: [
    `Rotenberg ${MARKUP_PAYLOAD} hit by sanctions`,
    `The European Union on Monday froze the assets of Boris Rotenberg ${MARKUP_PAYLOAD}, officials said.`,
    `Canada imposed a travel ban on Boris Rotenberg on Tuesday, calling it "${SCRIPT_PAYLOAD}" a response to the invasion.`,
  ].join('\n'),
}

/** The target the article's findings are about. */
export const MARKUP_TARGET = 'boris-rotenberg'

/**
 * Reading server-rendered HTML in tests with workerd's own streaming parser (HTMLRewriter):
 * the text or an attribute of every element a selector matches.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'" }

/** Decodes the entities hono/jsx writes (and numeric ones). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (ENTITIES[name.toLowerCase()] !== undefined) return ENTITIES[name.toLowerCase()]!
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16))
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)))
    return whole
  })
}

/** The decoded text content of each element matching `selector`, in document order. */
export async function textsOf(html: string, selector: string): Promise<string[]> {
  const texts: string[] = []
  const open: number[] = []
  await new HTMLRewriter()
    .on(selector, {
      element(element) {
        open.push(texts.length)
        texts.push('')
        element.onEndTag(() => {
          open.pop()
        })
      },
      text(chunk) {
        for (const index of open) texts[index] += chunk.text
      },
    })
    .transform(new Response(html))
    .text()
  return texts.map((t) => decodeEntities(t).replace(/\s+/g, ' ').trim())
}

/** The decoded value of attribute `name` of each element matching `selector`. */
export async function attributesOf(html: string, selector: string, name: string): Promise<(string | null)[]> {
  const values: (string | null)[] = []
  await new HTMLRewriter()
    .on(selector, {
      element: (element) => {
        const value = element.getAttribute(name)
        values.push(value === null ? null : decodeEntities(value))
      },
    })
    .transform(new Response(html))
    .text()
  return values
}

/** The contents of the inline <style> and <script> elements (not those with a src). */
export async function inlineAssets(html: string): Promise<{ styles: string[]; scripts: string[] }> {
  const styles: string[] = []
  const scripts: string[] = []
  let target: string[] | undefined
  await new HTMLRewriter()
    .on('style', {
      element: (element) => {
        styles.push('')
        target = styles
        element.onEndTag(() => void (target = undefined))
      },
      text: (chunk) => void (target && (target[target.length - 1] += chunk.text)),
    })
    .on('script:not([src])', {
      element: (element) => {
        scripts.push('')
        target = scripts
        element.onEndTag(() => void (target = undefined))
      },
      text: (chunk) => void (target && (target[target.length - 1] += chunk.text)),
    })
    .transform(new Response(html))
    .text()
  return { styles, scripts }
}

/** The CSP source expression of an inline asset: `'sha256-<base64>'`. */
export async function sha256Source(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))
  return `'sha256-${btoa(String.fromCharCode(...digest))}'`
}

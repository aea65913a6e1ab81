/**
 * The text of a news article out of its web page, with the Workers HTMLRewriter (streaming, no
 * DOM). Text inside <article> (or <main>, when there is no <article>) is kept; navigation,
 * scripts, styles, forms, figures' chrome and other boilerplate are dropped. Block elements end
 * a line, so sentences of different paragraphs never run together.
 */

const SKIP = ['script', 'style', 'noscript', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'svg', 'iframe', 'template', 'select']
const BLOCK = ['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'figcaption', 'div', 'section', 'br', 'tr']

interface Collected {
  article: string[]
  main: string[]
  body: string[]
  title: string
}

export async function articleTextFromHtml(res: Response): Promise<{ title: string; text: string }> {
  const out: Collected = { article: [], main: [], body: [], title: '' }
  let skipDepth = 0
  let articleDepth = 0
  let mainDepth = 0
  const push = (s: string) => {
    if (skipDepth > 0) return
    if (articleDepth > 0) out.article.push(s)
    else if (mainDepth > 0) out.main.push(s)
    else out.body.push(s)
  }
  const rewriter = new HTMLRewriter()
    .on(SKIP.join(','), {
      element(el) {
        skipDepth++
        el.onEndTag(() => {
          skipDepth--
        })
      },
    })
    .on('article', {
      element(el) {
        articleDepth++
        el.onEndTag(() => {
          articleDepth--
        })
      },
    })
    .on('main', {
      element(el) {
        mainDepth++
        el.onEndTag(() => {
          mainDepth--
        })
      },
    })
    .on(BLOCK.join(','), {
      element(el) {
        push('\n')
        if (el.tagName === 'br') return
        try {
          el.onEndTag(() => push('\n'))
        } catch {
          // a void or self-closing element has no end tag
        }
      },
    })
    .on('title', {
      text(chunk) {
        out.title += chunk.text
      },
    })
    .on('body', {
      text(chunk) {
        push(chunk.text)
      },
    })
  await rewriter.transform(res).arrayBuffer()
  const pick = out.article.length ? out.article : out.main.length ? out.main : out.body
  return { title: decodeEntities(out.title.trim()), text: normalise(decodeEntities(pick.join(''))) }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', mdash: '—', ndash: '–', hellip: '…' }

/** HTMLRewriter hands text chunks over undecoded. */
function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole
    }
    return ENTITIES[name.toLowerCase()] ?? whole
  })
}

function normalise(s: string): string {
  return s
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n')
}

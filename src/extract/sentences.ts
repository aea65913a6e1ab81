/**
 * Splits an article into sentences with exact offsets. Line breaks always end a sentence: the
 * first line is the headline, and a line that credits a photo is a caption.
 */
import { tokenize, type Token } from './tokens'

export interface Sentence {
  /** Position in the article, from 0. */
  index: number
  /** Offsets in the article text: `text.slice(start, end)` is the sentence. */
  start: number
  end: number
  text: string
  headline: boolean
  caption: boolean
  /** Line number of the paragraph the sentence belongs to. */
  paragraph: number
  tokens: Token[]
}

// A line that credits a picture is a caption ("... Picture: AP Photo/Efrem Lukatsky").
const CAPTION_RE = /\b(?:Picture|Photo|Photograph|Image|Credit|Illustration|Video|Pictured)\s*:|\((?:Photo|Picture|Image|File)\b|\bREUTERS\/|\bAP Photo\b|\bGetty Images\b|\bAFP via\b|\bvia Getty\b|\bFile photo\b/i

// A dateline opens a report ("WASHINGTON - ", "MOSCOW (Reuters) — "); it is not part of the sentence.
const DATELINE_RE = /^[A-Z][A-Z .,'’-]{2,40}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([^)]{1,40}\))?\s*[-–—]+\s+/

// Words whose trailing period does not end a sentence.
const ABBREVIATIONS = new Set(
  'mr mrs ms dr st sr jr gen lt col sgt rep sen gov prof inc corp ltd co no vs etc jan feb mar apr jun jul aug sep sept oct nov dec mt ft approx est fig pvt pte sdn bhd'.split(' '),
)

const CLOSING_QUOTES = new Set(['”', '’'])
// Abbreviations that end company names, and words that typically open the next sentence after one.
const COMPANY_SUFFIXES = new Set(['ltd', 'inc', 'corp', 'co', 'bhd'])
const SENTENCE_OPENERS = new Set(['The', 'It', 'He', 'She', 'They', 'This', 'That', 'These', 'Those', 'Its', 'Their', 'His', 'Her', 'In', 'On', 'A', 'An', 'But', 'And', 'Both', 'Neither', 'Earlier', 'Meanwhile', 'Separately', 'Also'])

/** Offsets of quotation marks that open a quote closed later on the same line, with the close. */
function balancedQuotes(line: string): Map<number, number> {
  const pairs = new Map<number, number>()
  let open = -1
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!
    if (c === '"') {
      if (open < 0) open = i
      else {
        pairs.set(open, i)
        open = -1
      }
    } else if (c === '“') {
      open = i
    } else if (c === '”' && open >= 0) {
      pairs.set(open, i)
      open = -1
    }
  }
  return pairs
}

const ENDER_RE = /[.!?]/g

/** Ends of sentences in one line, as offsets into the line (exclusive). */
function sentenceEnds(line: string): number[] {
  const ends: number[] = []
  // Quotations closed later on the line, as [open, close] in order of opening.
  const quotes = [...balancedQuotes(line)].sort((a, b) => a[0] - b[0])
  let q = 0
  let quoteEnd = -1
  ENDER_RE.lastIndex = 0
  for (let m = ENDER_RE.exec(line); m; m = ENDER_RE.exec(line)) {
    const i = m.index
    const c = line[i]!
    while (q < quotes.length && quotes[q]![0] <= i) quoteEnd = Math.max(quoteEnd, quotes[q++]![1])
    if (i < quoteEnd) continue
    // Take closing quotes and brackets along with the period.
    let j = i + 1
    while (j < line.length && (CLOSING_QUOTES.has(line[j]!) || line[j] === '"' || line[j] === ')')) j++
    if (j < line.length && !/\s/.test(line[j]!)) continue
    let k = j
    while (k < line.length && /\s/.test(line[k]!)) k++
    if (k >= line.length) continue
    const next = line[k]!
    if (!/[\p{Lu}\d"“‘(]/u.test(next)) continue
    if (c === '.') {
      const word = /([\p{L}.]+)$/u.exec(line.slice(Math.max(0, i - 12), i))?.[1] ?? ''
      // "... Kestrel Metals Ltd. The company ...": a company suffix may end a sentence.
      if (ABBREVIATIONS.has(word.toLowerCase()) && !(COMPANY_SUFFIXES.has(word.toLowerCase()) && SENTENCE_OPENERS.has(/^\S+/.exec(line.slice(k))?.[0] ?? ''))) continue
      if (/^\p{Lu}$/u.test(word)) continue // an initial, "J. Smith"
      if (/^(?:\p{Lu}\.)+\p{Lu}$/u.test(word)) continue // "U.S." before a name
    }
    ends.push(j)
  }
  return ends
}

// Longer "sentences" (lists, text without punctuation) are cut at a comma or semicolon, so that
// the work per sentence, which grows faster than its length, stays small.
const MAX_SENTENCE = 600

/** Cuts after the last ";" or "," before `MAX_SENTENCE` characters, else at a space. */
function longCuts(piece: string, base: number): number[] {
  const cuts: number[] = []
  let from = 0
  while (piece.length - from > MAX_SENTENCE) {
    const window = piece.slice(from, from + MAX_SENTENCE)
    let cut = Math.max(window.lastIndexOf(';'), window.lastIndexOf(','))
    if (cut < MAX_SENTENCE / 2) cut = window.lastIndexOf(' ')
    if (cut <= 0) cut = MAX_SENTENCE - 1
    from += cut + 1
    cuts.push(base + from)
  }
  return cuts
}

/**
 * Splits the article into sentences. The first non-empty line is the headline (one sentence
 * however it is punctuated); lines that credit a photo are captions.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = []
  let lineStart = 0
  let lineNo = 0
  let sawHeadline = false
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd < 0) lineEnd = text.length
    const raw = text.slice(lineStart, lineEnd)
    if (raw.trim()) {
      const headline = !sawHeadline
      sawHeadline = true
      const caption = !headline && CAPTION_RE.test(raw)
      let offset = raw.length - raw.trimStart().length
      const dateline = headline ? null : DATELINE_RE.exec(raw.slice(offset))
      if (dateline) offset += dateline[0].length
      const ends = headline || caption ? [] : sentenceEnds(raw)
      const cuts: number[] = []
      let previous = offset
      for (const end of [...ends, raw.length]) {
        cuts.push(...longCuts(raw.slice(previous, end), previous), end)
        previous = end
      }
      cuts.pop()
      let from = offset
      for (const cut of [...cuts, raw.length]) {
        const piece = raw.slice(from, cut)
        const lead = piece.length - piece.trimStart().length
        const body = piece.trim()
        if (body) {
          const start = lineStart + from + lead
          const end = start + body.length
          out.push({ index: out.length, start, end, text: body, headline, caption, paragraph: lineNo, tokens: tokenize(text, start, end) })
        }
        from = cut
      }
    }
    lineNo++
    lineStart = lineEnd + 1
  }
  return out
}

/** Index of the sentence that holds the character at `offset`, or -1. */
export function sentenceAt(sentences: Sentence[], offset: number): number {
  let lo = 0
  let hi = sentences.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const s = sentences[mid]!
    if (offset < s.start) hi = mid - 1
    else if (offset >= s.end) lo = mid + 1
    else return mid
  }
  return -1
}

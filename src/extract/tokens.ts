/**
 * Word tokens with their offsets in the article. Everything downstream (names, authorities,
 * target phrases) works on these tokens, so that positions map back to the text exactly.
 */

export interface Token {
  text: string
  lower: string
  /** Offsets in the article text: [start, end). */
  start: number
  end: number
  kind: 'word' | 'number' | 'punct'
  /** Starts with an upper-case letter. */
  cap: boolean
  /** Two or more letters, all upper case ("EU", "OFAC", "U.S."). */
  allCaps: boolean
}

// Dotted abbreviations first ("U.S."), then words with inner hyphens or apostrophes
// ("most-favoured-nation", "O'Brien"), numbers (with "47-nation" style suffixes), then any
// other single character. Each alternative consumes at least one character: no backtracking.
const TOKEN_RE = /(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{M}\d]*(?:[-'’]\p{L}[\p{L}\p{M}\d]*)*\+?|\d+(?:[.,:]\d+)*(?:-\p{L}+)*|\S/gu
const ALL_CAPS_RE = /^(?:\p{Lu}\.?){2,}$/u

const NAME_ARTICLE_RE = /^(?:al|el|ad|as|ash|at|az|ar|an|bin|abu|ibn)-\p{Lu}/u

function makeToken(text: string, start: number): Token {
  const first = text[0] ?? ''
  const lower = text.toLowerCase()
  // Case tells letters from digits and punctuation without a Unicode regex per token.
  const letter = first.toLowerCase() !== first.toUpperCase()
  // "al-Houthi", "bin-Salman": an Arabic article joined to a capitalised name is part of the name.
  const cap = letter && (first !== lower[0] || (text.length > 4 && text[2] === '-' || text[3] === '-') && NAME_ARTICLE_RE.test(text))
  return {
    text,
    lower,
    start,
    end: start + text.length,
    kind: letter ? 'word' : first >= '0' && first <= '9' ? 'number' : 'punct',
    cap,
    allCaps: cap && text.length > 1 && ALL_CAPS_RE.test(text),
  }
}

/**
 * Splits `text.slice(from, to)` into tokens whose offsets are relative to `text`.
 * A possessive "'s" becomes its own token ("Russia's" → "Russia", "'s") so that the name
 * matches the gazetteer.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = []
  const slice = text.slice(from, to)
  TOKEN_RE.lastIndex = 0
  for (let m = TOKEN_RE.exec(slice); m; m = TOKEN_RE.exec(slice)) {
    const start = from + m.index
    const word = m[0]
    const n = word.length
    if (n > 3 && (word[n - 1] === 's' || word[n - 1] === 'S') && (word[n - 2] === "'" || word[n - 2] === '’')) {
      out.push(makeToken(word.slice(0, n - 2), start))
      out.push(makeToken(word.slice(n - 2), start + n - 2))
    } else {
      out.push(makeToken(word, start))
    }
  }
  return out
}

/** Index of the first token that starts at or after `offset` (tokens.length if none). */
export function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0
  let hi = tokens.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (tokens[mid]!.start < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Index of the first token that ends after `offset`: the token containing or following it. */
export function tokenEndingAfter(tokens: Token[], offset: number): number {
  let lo = 0
  let hi = tokens.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (tokens[mid]!.end <= offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

export const isPossessive = (t: Token | undefined): boolean => t !== undefined && (t.lower === "'s" || t.lower === '’s' || t.text === "'" || t.text === '’')

/**
 * Asides set off by commas (", which had resisted sanctions,"), as token ranges from the opening
 * comma to just after the closing one, for the asides whose first word `opens` accepts.
 */
export function commaAsides(tokens: Token[], opens: (word: Token) => boolean): [number, number][] {
  const out: [number, number][] = []
  for (let i = 0; i < tokens.length - 1; i++) {
    if (tokens[i]!.text !== ',' || !opens(tokens[i + 1]!)) continue
    for (let j = i + 2; j < tokens.length; j++) {
      if (tokens[j]!.text === ',') {
        out.push([i, j + 1])
        i = j
        break
      }
    }
  }
  return out
}

/** "which", "who", "whose": the words that open a relative clause about the noun before them. */
export const isRelativePronoun = (word: Token): boolean => RELATIVE_PRONOUNS.has(word.lower)
const RELATIVE_PRONOUNS = new Set(['which', 'who', 'whose'])


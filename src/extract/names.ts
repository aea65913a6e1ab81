/**
 * People named in one article, so that every later form of a name ("Mr Lavrov", "Lavrov",
 * "Sergei Lavrov") resolves to the one canonical form: the first full name the article gives.
 */

/**
 * A spelling-insensitive key for a name word: accents folded, `y` read as `i`, doubled letters
 * collapsed. "Sergei"/"Sergey" and "Zelensky"/"Zelenskiy"/"Zelenskyy" share a key.
 */
export function nameKey(word: string): string {
  return word
    // "al-Assad" and "Assad" are one surname.
    .replace(/^(?:al|el|ad|as|ash|at|az|ar|an)[-‐]/i, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1')
}

interface Person {
  /** Canonical full name. */
  name: string
  words: string[]
  firstKey: string
  lastKey: string
  /** Offset of the first mention. */
  at: number
  /** Authority the person holds office for, when the article says so. */
  affiliation?: string
  /** Office words written before the name ("foreign minister"), lower case. */
  office: string
}

/** The people of one article. */
export class PersonRegistry {
  private people: Person[] = []
  private keys = new Map<string, string>()

  /** `nameKey`, remembered: the same words are looked up many times in one article. */
  private key(word: string): string {
    let k = this.keys.get(word)
    if (k === undefined) {
      k = nameKey(word)
      this.keys.set(word, k)
    }
    return k
  }

  /** Registers a full name (two words or more) seen at offset `at`. */
  add(words: string[], at: number, affiliation?: string, titles: string[] = []): void {
    if (words.length < 2) return
    const found = this.findFull(words)
    if (found) {
      if (!found.affiliation && affiliation) found.affiliation = affiliation
      if (!found.office && titles.length) found.office = titles.join(' ')
      return
    }
    this.people.push({
      name: words.join(' '),
      words,
      firstKey: this.key(words[0]!),
      lastKey: this.key(words[words.length - 1]!),
      at,
      affiliation,
      office: titles.join(' '),
    })
  }

  private findFull(words: string[]): Person | undefined {
    const first = this.key(words[0]!)
    const last = this.key(words[words.length - 1]!)
    return this.people.find(
      (p) => p.lastKey === last && (p.firstKey === first || p.firstKey[0] === first[0] && (first.length === 1 || p.firstKey.length === 1)),
    )
  }

  /**
   * The canonical person for a name as written: a full name matches by first and last word,
   * a single word by surname. When two people share it, the one the article introduced first
   * wins: relatives are introduced after the main figure and referred to by full or given name
   * ("Lukashenko, his son Viktor Lukashenko ... barred Lukashenko" is the father).
   */
  resolve(words: string[], at: number): Person | undefined {
    // ("Ortega Beltrán" for "Ramiro Ortega Beltrán": two family names without the given name.)
    if (words.length === 2) return this.findFull(words) ?? this.people.find((p) => p.words.length >= 3 && this.key(p.words[p.words.length - 2]!) === this.key(words[0]!) && p.lastKey === this.key(words[1]!))
    if (words.length >= 2) return this.findFull(words)
    const key = this.key(words[0] ?? '')
    if (!key) return undefined
    let matches = this.people.filter((p) => p.lastKey === key || (p.words.length > 2 && p.words.slice(1).some((w) => this.key(w) === key)))
    // Korean names put the family name first and hyphenate the given name ("Ri Chol-ho" → "Mr Ri"),
    // or write it as two words ("Kim Chol Ung" → "Kim"); so do Chinese and Vietnamese names.
    if (matches.length === 0) matches = this.people.filter((p) => p.firstKey === key && ((p.words.length === 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(p.words[1]!)) || (EAST_ASIAN_FAMILY_NAMES.has(key) && p.words.length <= 3)))
    if (matches.length <= 1) return matches[0]
    const before = matches.filter((p) => p.at <= at)
    return (before.length ? before.reduce((a, b) => (b.at < a.at ? b : a)) : matches[0])
  }

  /**
   * "the Russian president", "Britain's foreign secretary": the one person the article named with
   * that office for that authority (or, when no one's authority is known, the only holder of it).
   */
  holderOf(office: string, authority: string): Person | undefined {
    const holds = (p: Person): boolean => p.office === office || p.office.endsWith(' ' + office)
    const own = this.people.filter((p) => holds(p) && p.affiliation === authority)
    if (own.length) return own.length === 1 ? own[0] : undefined
    const unknown = this.people.filter((p) => holds(p) && !p.affiliation)
    return unknown.length === 1 && !this.people.some((p) => holds(p) && p.affiliation) ? unknown[0] : undefined
  }

  /** Whether a single word is the surname of someone in the article. */
  isSurname(word: string): boolean {
    const key = this.key(word)
    // ("Rostami" for "Mohammad Rostami Cheshmeh Gachi": a long name's inner family name.)
    return this.people.some((p) => p.lastKey === key || (p.words.length > 3 && this.key(p.words[1]!) === key))
  }
}

// Family names that open Korean, Chinese and Vietnamese names (as `nameKey` writes them).
const EAST_ASIAN_FAMILY_NAMES = new Set(
  'kim li ri rhe park pak choe choi chae jang chang han kang cho jo jung chung ion ro ho hwang o ri kwon song sin shin an ahn mun moon paek pek '
    .concat('wang zhang liu chen huang zhao wu zhou xu sun ma zhu hu guo he lin luo gao liang zheng xie tang feng deng cao peng zeng xiao tian dong pan yuan cai jiang du ye cheng wei su lu ding shen ren yao tan zou xiong jin qin ')
    .concat('nguien tran le pham hoang phan vu vo dang bui do ngo duong')
    .trim().split(/\s+/).map((w) => nameKey(w)),
)

/**
 * Matching official list entries to tracked targets.
 *
 * Lists write people as `SURNAME, Given Names`, with patronymics and middle names the news
 * leaves out, in transliterations the news does not use, sometimes with titles. Matching is on
 * folded name tokens (see domain/names.ts) and deliberately strict, because linking a target to
 * the wrong person is worse than missing a listing:
 * - organisations and vessels match only on their whole folded name (or one of the list's aliases);
 * - people match on the whole name, or when first given name and surname agree and the list
 *   entry only adds middle names or a patronymic. A shared surname or a shared given name alone
 *   never links.
 */
import { nameKey } from '../../domain/names'
import type { TargetKind } from '../../domain/taxonomy'

export interface TrackedName {
  targetId: string
  kind: TargetKind
  name: string
}

export interface ListEntry {
  /** The list's own id of the entry. */
  entryId: string
  /** Display name as the list writes it. */
  name: string
  /** Every name of the entry: primary name and aliases, as the list writes them. */
  names: string[]
  kind: TargetKind
  program?: string
}

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'sir', 'general', 'gen', 'colonel', 'col', 'president', 'minister', 'sheikh', 'haji'])

/** "PUTIN, Vladimir Vladimirovich" → "Vladimir Vladimirovich PUTIN"; other names unchanged. */
export function naturalOrder(name: string): string {
  const comma = name.indexOf(',')
  if (comma < 0) return name
  const surname = name.slice(0, comma).trim()
  const given = name.slice(comma + 1).trim()
  return given ? `${given} ${surname}` : surname
}

/** Folded name tokens without honorifics: ["vladimir", "vladimirovich", "putin"]. */
export function nameTokens(name: string): string[] {
  return nameKey(naturalOrder(name))
    .split('-')
    .filter((t) => t && !HONORIFICS.has(t))
}

const wholeKey = (tokens: string[]) => tokens.filter((t) => t !== 'the').join(' ')

function personMatches(tracked: string[], listed: string[]): boolean {
  if (tracked.length < 2 || listed.length < 2) return false
  if (tracked.join(' ') === listed.join(' ')) return true
  if (tracked[0] !== listed[0] || tracked[tracked.length - 1] !== listed[listed.length - 1]) return false
  // every tracked middle token must appear among the listed middle tokens (listed may add more)
  const listedMiddle = new Set(listed.slice(1, -1))
  return tracked.slice(1, -1).every((t) => listedMiddle.has(t))
}

/** An index of tracked names, built once per list download. */
export class TrackedNameIndex {
  private readonly byWholeKey = new Map<string, TrackedName[]>()
  private readonly peopleByEnds = new Map<string, { tokens: string[]; target: TrackedName }[]>()

  constructor(names: TrackedName[]) {
    for (const name of names) {
      const tokens = nameTokens(name.name)
      if (!tokens.length) continue
      const key = `${name.kind}|${wholeKey(tokens)}`
      this.byWholeKey.set(key, [...(this.byWholeKey.get(key) ?? []), name])
      if (name.kind === 'person' && tokens.length >= 2) {
        const ends = `${tokens[0]}|${tokens[tokens.length - 1]}`
        this.peopleByEnds.set(ends, [...(this.peopleByEnds.get(ends) ?? []), { tokens, target: name }])
      }
    }
  }

  get size(): number {
    return this.byWholeKey.size
  }

  /** The tracked targets this list entry names (usually none, at most a few). */
  match(entry: ListEntry): string[] {
    const found = new Set<string>()
    for (const raw of entry.names) {
      const tokens = nameTokens(raw)
      if (!tokens.length) continue
      for (const t of this.byWholeKey.get(`${entry.kind}|${wholeKey(tokens)}`) ?? []) found.add(t.targetId)
      if (entry.kind === 'person' && tokens.length >= 2) {
        for (const candidate of this.peopleByEnds.get(`${tokens[0]}|${tokens[tokens.length - 1]}`) ?? []) {
          if (personMatches(candidate.tokens, tokens)) found.add(candidate.target.targetId)
        }
      }
    }
    return [...found]
  }
}

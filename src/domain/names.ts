/**
 * Name keys: the form under which target names are matched across articles.
 *
 * News transliterates Russian, Ukrainian, Arabic and Persian names in several ways
 * ("Sergei"/"Sergey", "Alexei"/"Aleksey", "Yevgeny"/"Evgeny", "Mohammed"/"Muhammad"). A key folds
 * those spelling differences away so that one person resolves to one target, while different
 * given names stay different keys: the whole name is kept, only its spelling is normalised.
 */
import { slugify } from './slug'

// Applied in order to each word of the slug. Each rule merges spellings of one sound.
const WORD_RULES: [RegExp, string][] = [
  [/ks/g, 'x'],
  [/kh/g, 'h'],
  [/^ye/, 'e'],
  [/^yu/, 'ju'],
  [/^ya/, 'ja'],
  [/(ei|ey|ii|iy|yi|yy)$/, 'y'],
  [/ij$/, 'y'],
  [/ou/g, 'u'],
  [/[uo]ha?mm?[ae]d/g, 'muhamad'],
  [/w/g, 'v'],
  [/(.)\1/g, '$1'],
]

/** The folded matching key of a name or slug ("Sergei Lavrov" and "sergey-lavrov" → "sergy-lavrov"). */
export function nameKey(name: string): string {
  return slugify(name)
    .split('-')
    .map((word) => WORD_RULES.reduce((w, [pattern, replacement]) => w.replace(pattern, replacement), word))
    .join('-')
}

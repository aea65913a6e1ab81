/**
 * The slug of a canonical name: lower case ASCII, words joined by `-`.
 * Diacritics are folded ("Škoda" → "skoda") and `&` reads as "and", so that ids are stable
 * across spellings that differ only in accents or punctuation.
 */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

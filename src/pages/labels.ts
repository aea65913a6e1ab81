/** How identifiers read on a page: `asset_freeze` → "Asset freeze", `2022-02-25` → "25 Feb 2022". */
import type { MeasureType, Status, TargetKind } from '../domain/taxonomy'

/** The same rule the widget applies (src/widget/client/widget.js), so both read alike. */
function sentenceCase(id: string): string {
  return (id.charAt(0).toUpperCase() + id.slice(1)).replace(/_/g, ' ').replace('Swift', 'SWIFT')
}

export const typeLabel = (type: MeasureType | string): string => sentenceCase(type)
export const statusLabel = (status: Status | string): string => sentenceCase(status)
export const kindLabel = (kind: TargetKind | string): string => sentenceCase(kind)

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** `YYYY-MM-DD` as "25 Feb 2022"; anything else unchanged. */
export function dayLabel(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  if (!match) return day
  return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1] ?? match[2]} ${match[1]}`
}

/** "1 measure", "3 measures". */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`

/** An http(s) URL, or undefined: a stored URL must never become a `javascript:` link. */
export function safeHref(url: string | null | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined
}

/**
 * What a feed says about one measure event, whatever the format: a title a person can scan, the
 * link to the measure, the source that reported it and the quote.
 */
import type { EventRow } from '../../db/queries/events'
import { MEASURE_TYPE_LABELS, STATUS_LABELS } from '../../exports/labels'

export interface FeedEntry {
  id: string
  title: string
  /** The measure's API URL. */
  url: string
  recordedAt: string
  reportedOn: string
  quote: string | null
  source: { title: string; url: string | null } | null
  tags: string[]
  event: EventRow
}

export function feedEntry(row: EventRow, origin: string): FeedEntry {
  const url = `${origin}/api/sanctions/${row.measureId}`
  const what = `${row.authorityName}: ${MEASURE_TYPE_LABELS[row.type].toLowerCase()} against ${row.targetName}`
  const title =
    row.kind === 'created'
      ? `New: ${what} (${STATUS_LABELS[row.toStatus]})`
      : `${what}, ${row.fromStatus ? `${STATUS_LABELS[row.fromStatus]} → ` : ''}${STATUS_LABELS[row.toStatus]}`
  const source =
    row.articleId !== null
      ? { title: row.articleTitle ?? row.articleUrl ?? `Article ${row.articleId}`, url: row.articleUrl }
      : row.listName !== null
        ? { title: row.listName, url: row.listUrl }
        : null
  return {
    id: `${url}#event-${row.eventId}`,
    title,
    url,
    recordedAt: row.recordedAt,
    reportedOn: row.reportedOn,
    quote: row.quote,
    source,
    tags: [`authority:${row.authorityId}`, `type:${row.type}`, `status:${row.toStatus}`, `target:${row.targetId}`],
    event: row,
  }
}

export const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')

/** The entry as a short HTML fragment: what changed, the quote, and where it was reported. */
export function entryHtml(entry: FeedEntry): string {
  const parts = [`<p>${escapeHtml(entry.title)}. Reported on ${escapeHtml(entry.reportedOn)}.</p>`]
  if (entry.quote) {
    const cite = entry.source?.url ? ` cite="${escapeHtml(entry.source.url)}"` : ''
    parts.push(`<blockquote${cite}>${escapeHtml(entry.quote)}</blockquote>`)
  }
  if (entry.source) {
    const name = escapeHtml(entry.source.title)
    parts.push(`<p>Source: ${entry.source.url ? `<a href="${escapeHtml(entry.source.url)}">${name}</a>` : name}</p>`)
  }
  parts.push(`<p><a href="${escapeHtml(entry.url)}">The measure, its evidence and history</a></p>`)
  return parts.join('')
}

/** The entry as plain text. */
export function entryText(entry: FeedEntry): string {
  const lines = [`${entry.title}. Reported on ${entry.reportedOn}.`]
  if (entry.quote) lines.push(`“${entry.quote}”`)
  if (entry.source) lines.push(`Source: ${entry.source.title}${entry.source.url ? ` <${entry.source.url}>` : ''}`)
  return lines.join('\n')
}

/** Atom (RFC 4287) rendering of the change feed. */
import { entryHtml, type FeedEntry } from './feed-entry'

// XML 1.0 allows no control characters but tab, LF and CR, nor the non-characters U+FFFE/U+FFFF;
// article text may carry them, so they are dropped rather than making the feed unparsable.
// eslint-disable-next-line no-control-regex
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g

export const escapeXml = (s: string) =>
  s.replace(NOT_XML_CHAR, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')

export interface FeedMeta {
  title: string
  subtitle: string
  /** This feed's own URL, also its id. */
  selfUrl: string
  /** The same filters as JSON (`GET /api/sanctions?...`). */
  alternateUrl: string
  updated: string
}

export function atomFeed(meta: FeedMeta, entries: FeedEntry[]): string {
  const x = escapeXml
  const out = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `<id>${x(meta.selfUrl)}</id>`,
    `<title type="text">${x(meta.title)}</title>`,
    `<subtitle type="text">${x(meta.subtitle)}</subtitle>`,
    `<updated>${x(meta.updated)}</updated>`,
    `<link rel="self" type="application/atom+xml" href="${x(meta.selfUrl)}"/>`,
    `<link rel="alternate" type="application/json" href="${x(meta.alternateUrl)}"/>`,
    '<author><name>Sanctions tracker</name></author>',
    '<generator>Sanctions tracker</generator>',
  ]
  for (const e of entries) {
    out.push(
      '<entry>',
      `<id>${x(e.id)}</id>`,
      `<title type="text">${x(e.title)}</title>`,
      `<updated>${x(e.recordedAt)}</updated>`,
      `<published>${x(e.recordedAt)}</published>`,
      `<link rel="alternate" type="application/json" href="${x(e.url)}"/>`,
      ...(e.source?.url ? [`<link rel="via" type="text/html" href="${x(e.source.url)}" title="${x(e.source.title)}"/>`] : []),
      ...e.tags.map((tag) => `<category term="${x(tag)}"/>`),
      ...(e.quote ? [`<summary type="text">${x(e.quote)}</summary>`] : []),
      `<content type="html">${x(entryHtml(e))}</content>`,
      '</entry>',
    )
  }
  out.push('</feed>')
  return out.join('\n') + '\n'
}

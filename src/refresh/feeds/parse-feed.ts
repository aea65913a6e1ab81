/**
 * RSS 2.0 and Atom feeds to a list of items. fast-xml-parser is used because the Workers runtime
 * has no XML parser (HTMLRewriter parses HTML, where `<link>` is a void element and RSS's
 * `<link>URL</link>` would lose its text).
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser'

export class FeedFormatError extends Error {}

export interface FeedItem {
  /** guid / id, else the link. */
  key: string
  url: string
  title?: string
  /** ISO 8601, when the item gives a parseable date. */
  publishedAt?: string
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  // entities in feeds are the XML ones; no DOCTYPE expansion
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
})

const text = (v: unknown): string | undefined => {
  if (v === undefined || v === null) return undefined
  if (typeof v === 'string' || typeof v === 'number') return String(v).trim() || undefined
  if (typeof v === 'object' && '#text' in (v as Record<string, unknown>)) return text((v as Record<string, unknown>)['#text'])
  return undefined
}

function isoDate(raw: string | undefined): string | undefined {
  if (!raw) return undefined
  const t = Date.parse(raw)
  return Number.isNaN(t) ? undefined : new Date(t).toISOString()
}

function atomLink(links: unknown): string | undefined {
  const list = (Array.isArray(links) ? links : [links]) as Record<string, string>[]
  const alternate = list.find((l) => l && typeof l === 'object' && (!l['@rel'] || l['@rel'] === 'alternate'))
  return alternate?.['@href'] ?? text(list[0])
}

/** Items of an RSS 2.0 or Atom document; throws FeedFormatError for anything else. */
export function parseFeed(xml: string, baseUrl: string): FeedItem[] {
  const valid = XMLValidator.validate(xml)
  if (valid !== true) throw new FeedFormatError(`malformed XML: ${valid.err.msg} (line ${valid.err.line})`)
  const doc = parser.parse(xml) as Record<string, any>
  const items: FeedItem[] = []
  const absolute = (u: string | undefined) => {
    if (!u) return undefined
    try {
      return new URL(u, baseUrl).toString()
    } catch {
      return undefined
    }
  }
  if (doc.rss?.channel) {
    for (const item of doc.rss.channel.item ?? []) {
      const url = absolute(text(item.link?.[0]) ?? text(item.guid))
      if (!url) continue
      items.push({ key: text(item.guid) ?? url, url, title: text(item.title), publishedAt: isoDate(text(item.pubDate) ?? text(item['dc:date'])) })
    }
  } else if (doc.feed) {
    for (const entry of doc.feed.entry ?? []) {
      const url = absolute(atomLink(entry.link))
      if (!url) continue
      items.push({ key: text(entry.id) ?? url, url, title: text(entry.title), publishedAt: isoDate(text(entry.published) ?? text(entry.updated)) })
    }
  } else {
    throw new FeedFormatError('neither an RSS 2.0 <rss><channel> nor an Atom <feed> document')
  }
  return items
}

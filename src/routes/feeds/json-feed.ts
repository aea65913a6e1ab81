/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/) rendering of the change feed. */
import type { FeedMeta } from './atom'
import { entryHtml, entryText, type FeedEntry } from './feed-entry'

export function jsonFeed(meta: FeedMeta & { homePageUrl: string }, entries: FeedEntry[]) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: meta.title,
    description: meta.subtitle,
    home_page_url: meta.homePageUrl,
    feed_url: meta.selfUrl,
    language: 'en',
    authors: [{ name: 'Sanctions tracker' }],
    items: entries.map((e) => ({
      id: e.id,
      url: e.url,
      ...(e.source?.url ? { external_url: e.source.url } : {}),
      title: e.title,
      content_html: entryHtml(e),
      content_text: entryText(e),
      ...(e.quote ? { summary: e.quote } : {}),
      date_published: e.recordedAt,
      tags: e.tags,
      // JSON Feed extensions start with an underscore; this one carries the event as data.
      _sanctions_tracker: {
        about: `${meta.homePageUrl}docs`,
        event: {
          id: e.event.eventId,
          kind: e.event.kind,
          fromStatus: e.event.fromStatus,
          toStatus: e.event.toStatus,
          reportedOn: e.event.reportedOn,
        },
        measure: {
          id: e.event.measureId,
          authority: { id: e.event.authorityId, name: e.event.authorityName },
          type: e.event.type,
          target: { id: e.event.targetId, name: e.event.targetName, kind: e.event.targetKind },
        },
      },
    })),
  }
}

/**
 * The JSON body of a delivery: which change happened, to which measure, and the source that
 * reported it. Built once, at the first attempt, from the event as recorded.
 */
import type { EventRow } from '../db/queries/events'
import type { WebhookEvent } from '../db/queries/webhooks'

export const eventName = (kind: EventRow['kind']): WebhookEvent => (kind === 'created' ? 'measure.created' : 'measure.status_changed')

export function webhookPayload(event: EventRow, linkOrigin: string) {
  return {
    type: eventName(event.kind),
    event: {
      id: event.eventId,
      recordedAt: event.recordedAt,
      reportedOn: event.reportedOn,
      fromStatus: event.fromStatus,
      toStatus: event.toStatus,
    },
    measure: {
      id: event.measureId,
      url: `${linkOrigin}/api/sanctions/${event.measureId}`,
      authority: { id: event.authorityId, name: event.authorityName },
      type: event.type,
      status: event.toStatus,
      target: { id: event.targetId, name: event.targetName, kind: event.targetKind },
    },
    source:
      event.quote === null
        ? null
        : {
            quote: event.quote,
            article: event.articleId === null ? null : { id: event.articleId, title: event.articleTitle, url: event.articleUrl },
            listing: event.listName === null ? null : { list: event.listName, url: event.listUrl },
          },
  }
}

export type WebhookPayload = ReturnType<typeof webhookPayload>

/**
 * Sends due webhook deliveries: signed POSTs, a bounded number per run, each attempt recorded.
 *
 * A run (1) turns new measure events into deliveries, (2) claims the due ones of active hooks,
 * (3) sends each hook's deliveries in event order, stopping at a hook's first failure so a
 * dead receiver costs one request per run, not one per queued delivery, and (4) records every
 * attempt in one batch. A failed delivery is due again after an exponential backoff; a hook
 * that fails `PAUSE_AFTER_FAILURES` times in a row is paused, its deliveries kept pending
 * until an admin resumes it. Delivery is at least once: receivers dedupe on
 * `X-Webhook-Delivery`.
 */
import { batch } from '../db/batch'
import type { Db } from '../db/client'
import { eventsByIds, type EventRow } from '../db/queries/events'
import {
  claimDueDeliveries,
  claimedEventIds,
  enqueueWebhookDeliveries,
  recordAttempt,
  releaseDeliveries,
  type AttemptOutcome,
} from '../db/queries/webhooks'
import type { BatchItem } from 'drizzle-orm/batch'
import { eventName, webhookPayload } from './payload'
import { signatureHeader } from './signing'

/** Consecutive failed attempts after which a hook is paused. */
export const PAUSE_AFTER_FAILURES = 8
/** How long a receiver has to answer. */
export const DELIVERY_TIMEOUT_MS = 10_000
/** How long a claimed delivery is reserved for the run that claimed it. */
const LEASE_SECONDS = 120

export interface DeliveryRunResult {
  attempted: number
  delivered: number
  failed: number
}

type Claimed = Awaited<ReturnType<typeof claimDueDeliveries>[1]>[number]

/** Runs one delivery round of at most `budget` requests. */
export async function deliverDueWebhooks(db: Db, opts: { budget: number }): Promise<DeliveryRunResult> {
  const claim = crypto.randomUUID()
  const [, , , claimed, events] = await batch(db, [
    ...enqueueWebhookDeliveries(db),
    ...claimDueDeliveries(db, claim, opts.budget, LEASE_SECONDS),
    eventsByIds(db, claimedEventIds(db, claim)),
  ])
  if (claimed.length === 0) return { attempted: 0, delivered: 0, failed: 0 }

  const eventsById = new Map(events.map((e) => [e.eventId, e]))
  const byHook = new Map<number, Claimed[]>()
  for (const d of claimed) byHook.set(d.webhookId, [...(byHook.get(d.webhookId) ?? []), d])

  const outcomes: AttemptOutcome[] = []
  const unattempted: number[] = []
  await Promise.all(
    [...byHook.values()].map(async (deliveries) => {
      for (const [i, delivery] of deliveries.entries()) {
        const outcome = await attempt(delivery, eventsById.get(delivery.eventId))
        outcomes.push(outcome)
        if (!outcome.ok) {
          unattempted.push(...deliveries.slice(i + 1).map((d) => d.id))
          break
        }
      }
    }),
  )

  const writes: BatchItem<'sqlite'>[] = outcomes.flatMap((o) => [...recordAttempt(db, o, PAUSE_AFTER_FAILURES)])
  if (unattempted.length) writes.push(releaseDeliveries(db, unattempted))
  await batch(db, writes)
  const delivered = outcomes.filter((o) => o.ok).length
  return { attempted: outcomes.length, delivered, failed: outcomes.length - delivered }
}

async function attempt(delivery: Claimed, event: EventRow | undefined): Promise<AttemptOutcome> {
  const base = { deliveryId: delivery.id, webhookId: delivery.webhookId }
  // The body is fixed by the first attempt; the event is only missing if it was deleted since.
  const body = delivery.body ?? (event ? JSON.stringify(webhookPayload(event, delivery.linkOrigin)) : null)
  if (body === null) return { ...base, body: '', ok: false, responseStatus: null, error: 'the event no longer exists' }
  const type = event ? eventName(event.kind) : (JSON.parse(body) as { type: string }).type
  const timestamp = Math.floor(Date.now() / 1000)
  try {
    const res = await fetch(delivery.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'sanctions-tracker-webhooks/1',
        'x-signature': await signatureHeader(delivery.secret, timestamp, body),
        'x-webhook-id': String(delivery.webhookId),
        'x-webhook-delivery': String(delivery.id),
        'x-webhook-event': type,
      },
      body,
      // A redirect is not followed: the registered URL is the only one trusted with the payload.
      redirect: 'manual',
      signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
    })
    // The answer's body is not used; cancelling it frees the connection.
    await res.body?.cancel()
    const ok = res.status >= 200 && res.status < 300
    return { ...base, body, ok, responseStatus: res.status, error: ok ? null : `HTTP ${res.status}` }
  } catch (err) {
    const timedOut = err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError')
    const error = timedOut ? `no answer within ${DELIVERY_TIMEOUT_MS / 1000} s` : `request failed: ${err instanceof Error ? err.message : String(err)}`
    return { ...base, body, ok: false, responseStatus: null, error: error.slice(0, 500) }
  }
}

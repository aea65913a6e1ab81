/**
 * Webhooks and their deliveries: registration, the fan-out of measure events into deliveries,
 * claiming due deliveries for a run, and recording what each attempt got.
 *
 * Every time in this file is D1's clock (`strftime('now')`), never the Worker's: deliveries are
 * enqueued inside the ingest batch, and a delivery run must find them due at once even when
 * the Worker's and the database's clocks differ by a little.
 */
import { and, desc, eq, inArray, lt, sql, type SQL } from 'drizzle-orm'
import type { MeasureType, Status } from '../../domain/taxonomy'
import type { Db } from '../client'
import { measureEvents, webhookDeliveries, webhooks } from '../schema'

const NOW = sql`strftime('%Y-%m-%dT%H:%M:%fZ','now')`

/** Event names a hook can subscribe to, by `measure_events.kind`. */
export const WEBHOOK_EVENTS = ['measure.created', 'measure.status_changed'] as const
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number]

export interface WebhookFilters {
  authority?: string[]
  type?: MeasureType[]
  status?: Status[]
  target?: string[]
}

export interface NewWebhook {
  url: string
  secret: string
  events: WebhookEvent[]
  filters: WebhookFilters
  linkOrigin: string
}

/** The columns of a hook that may be shown: everything but the secret. */
const publicColumns = {
  id: webhooks.id,
  url: webhooks.url,
  events: webhooks.events,
  filters: webhooks.filters,
  status: webhooks.status,
  consecutiveFailures: webhooks.consecutiveFailures,
  pausedAt: webhooks.pausedAt,
  lastSuccessAt: webhooks.lastSuccessAt,
  lastFailureAt: webhooks.lastFailureAt,
  lastError: webhooks.lastError,
  createdAt: webhooks.createdAt,
  // `webhooks.id` spelled out: drizzle leaves columns of a one-table select unqualified, and an
  // unqualified "id" inside the subquery would be the delivery's own
  pendingDeliveries: sql<number>`(select count(*) from webhook_deliveries d where d.webhook_id = webhooks.id and d.state = 'pending')`.as(
    'pending_deliveries',
  ),
}

export type WebhookRow = Awaited<ReturnType<typeof webhookById>>[number]

/**
 * Registers a hook. It starts after the newest event recorded so far, so it receives what
 * happens from now on, not the backlog.
 */
export function insertWebhook(db: Db, hook: NewWebhook) {
  return db
    .insert(webhooks)
    .values({
      url: hook.url,
      secret: hook.secret,
      events: JSON.stringify(hook.events),
      filters: JSON.stringify(hook.filters),
      linkOrigin: hook.linkOrigin,
      lastEventId: sql`(select coalesce(max(id), 0) from measure_events)`,
    })
    .returning({ id: webhooks.id })
}

export function webhookById(db: Db, id: number) {
  return db.select(publicColumns).from(webhooks).where(eq(webhooks.id, id))
}

export function listWebhooks(db: Db) {
  return db.select(publicColumns).from(webhooks).orderBy(webhooks.id)
}

/** Deletes a hook and its delivery log. */
export function deleteWebhook(db: Db, id: number) {
  return [
    db.delete(webhookDeliveries).where(eq(webhookDeliveries.webhookId, id)),
    db.delete(webhooks).where(eq(webhooks.id, id)).returning({ id: webhooks.id }),
  ] as const
}

/** Makes a paused hook active again, with its pending deliveries due now. */
export function resumeWebhook(db: Db, id: number) {
  return [
    db
      .update(webhooks)
      .set({ status: 'active', consecutiveFailures: 0, pausedAt: null })
      .where(eq(webhooks.id, id))
      .returning({ id: webhooks.id }),
    db
      .update(webhookDeliveries)
      .set({ nextAttemptAt: NOW, claim: null })
      .where(and(eq(webhookDeliveries.webhookId, id), eq(webhookDeliveries.state, 'pending'))),
  ] as const
}

/** One page of a hook's deliveries, newest event first; keyset on the event id. */
export function deliveriesOf(db: Db, webhookId: number, limit: number, beforeEventId?: number) {
  return db
    .select({
      id: webhookDeliveries.id,
      eventId: webhookDeliveries.eventId,
      kind: measureEvents.kind,
      measureId: measureEvents.measureId,
      state: webhookDeliveries.state,
      attempts: webhookDeliveries.attempts,
      nextAttemptAt: webhookDeliveries.nextAttemptAt,
      lastAttemptAt: webhookDeliveries.lastAttemptAt,
      responseStatus: webhookDeliveries.responseStatus,
      error: webhookDeliveries.error,
      deliveredAt: webhookDeliveries.deliveredAt,
      createdAt: sql<string>`${webhookDeliveries.createdAt}`.as('delivery_created_at'),
    })
    .from(webhookDeliveries)
    .innerJoin(measureEvents, eq(measureEvents.id, webhookDeliveries.eventId))
    .where(and(eq(webhookDeliveries.webhookId, webhookId), beforeEventId === undefined ? undefined : lt(webhookDeliveries.eventId, beforeEventId)))
    .orderBy(desc(webhookDeliveries.eventId))
    .limit(limit + 1)
}

const matchesList = (key: string, value: SQL) =>
  sql`(json_type(h.filters, ${'$.' + key}) is null or ${value} in (select value from json_each(h.filters, ${'$.' + key})))`

/**
 * Turns the measure events recorded after each hook's `last_event_id` into deliveries for the
 * hooks whose events and filters match, then moves every hook past them. Run inside the ingest
 * batch (atomic with the events) and at the start of every delivery run, which picks up events
 * recorded by any other path. Paused hooks get their deliveries too: they wait, never dropped.
 */
export function enqueueWebhookDeliveries(db: Db) {
  const eventName = sql`case e.kind when 'created' then 'measure.created' else 'measure.status_changed' end`
  const newest = sql`(select coalesce(max(id), 0) from measure_events)`
  return [
    db.run(sql`insert into webhook_deliveries (webhook_id, event_id, next_attempt_at)
      select h.id, e.id, ${NOW}
      from webhooks h join measure_events e on e.id > h.last_event_id
      where ${eventName} in (select value from json_each(h.events))
        and ${matchesList('authority', sql`e.authority_id`)}
        and ${matchesList('type', sql`e.type`)}
        and ${matchesList('status', sql`e.to_status`)}
        and ${matchesList('target', sql`e.target_id`)}
      on conflict do nothing`),
    db.run(sql`update webhooks set last_event_id = ${newest} where last_event_id < ${newest}`),
  ] as const
}

/**
 * Claims up to `limit` due deliveries of active hooks for one run and reads them with their
 * hooks. A claim leases the delivery (its next attempt moves `leaseSeconds` ahead), so two
 * overlapping runs never send the same one, and a run that dies leaves it to a later run.
 */
export function claimDueDeliveries(db: Db, claim: string, limit: number, leaseSeconds: number) {
  return [
    db.run(sql`update webhook_deliveries
      set claim = ${claim}, next_attempt_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', ${`+${leaseSeconds} seconds`})
      where id in (select d.id from webhook_deliveries d join webhooks h on h.id = d.webhook_id
        where d.state = 'pending' and d.next_attempt_at <= ${NOW} and h.status = 'active'
        order by d.next_attempt_at, d.id limit ${limit})`),
    db
      .select({
        id: webhookDeliveries.id,
        webhookId: webhookDeliveries.webhookId,
        eventId: webhookDeliveries.eventId,
        attempts: webhookDeliveries.attempts,
        body: webhookDeliveries.body,
        url: webhooks.url,
        secret: webhooks.secret,
        linkOrigin: webhooks.linkOrigin,
      })
      .from(webhookDeliveries)
      .innerJoin(webhooks, eq(webhooks.id, webhookDeliveries.webhookId))
      .where(eq(webhookDeliveries.claim, claim))
      .orderBy(webhookDeliveries.webhookId, webhookDeliveries.eventId),
  ] as const
}

/** Event ids of the deliveries a run claimed, as a subquery. */
export const claimedEventIds = (db: Db, claim: string) =>
  db.select({ id: webhookDeliveries.eventId }).from(webhookDeliveries).where(eq(webhookDeliveries.claim, claim))

export interface AttemptOutcome {
  deliveryId: number
  webhookId: number
  body: string
  ok: boolean
  responseStatus: number | null
  error: string | null
}

/** Backoff after the n-th failed attempt: 5 minutes, doubling, at most 12 hours. */
export const BACKOFF_BASE_SECONDS = 300
export const BACKOFF_MAX_SECONDS = 12 * 3600

/**
 * Records one attempt: the delivery is delivered, or due again after the backoff; the hook's
 * run of consecutive failures is reset or extended, and at `pauseAfter` the hook is paused.
 */
export function recordAttempt(db: Db, o: AttemptOutcome, pauseAfter: number) {
  if (o.ok) {
    return [
      db.run(sql`update webhook_deliveries set state = 'delivered', claim = null, attempts = attempts + 1, body = ${o.body},
        last_attempt_at = ${NOW}, delivered_at = ${NOW}, response_status = ${o.responseStatus}, error = null
        where id = ${o.deliveryId}`),
      db.run(sql`update webhooks set consecutive_failures = 0, last_success_at = ${NOW} where id = ${o.webhookId}`),
    ] as const
  }
  // `attempts` on the right-hand side is the count before this attempt (SQLite reads the old row)
  const delay = sql`min(${BACKOFF_BASE_SECONDS} * (1 << min(attempts, 10)), ${BACKOFF_MAX_SECONDS})`
  return [
    db.run(sql`update webhook_deliveries set claim = null, attempts = attempts + 1, body = ${o.body},
        last_attempt_at = ${NOW}, response_status = ${o.responseStatus}, error = ${o.error},
        next_attempt_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '+' || ${delay} || ' seconds')
        where id = ${o.deliveryId}`),
    db.run(sql`update webhooks set consecutive_failures = consecutive_failures + 1, last_failure_at = ${NOW}, last_error = ${o.error},
        paused_at = case when status = 'active' and consecutive_failures + 1 >= ${pauseAfter} then ${NOW} else paused_at end,
        status = case when consecutive_failures + 1 >= ${pauseAfter} then 'paused' else status end
        where id = ${o.webhookId}`),
  ] as const
}

/** Hands deliveries a run claimed but did not attempt back, due at once. */
export function releaseDeliveries(db: Db, ids: number[]) {
  return db.update(webhookDeliveries).set({ claim: null, nextAttemptAt: NOW }).where(inArray(webhookDeliveries.id, ids))
}

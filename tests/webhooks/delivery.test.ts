/**
 * Webhook deliveries end to end: an ingest enqueues them in its batch and sends them right
 * after its response; receivers (mocked third-party servers, tests/webhooks/receiver.ts) get
 * signed POSTs that verify with the hook's secret; failures are retried with backoff by the
 * cron run and pause a hook that keeps failing, without losing a delivery.
 */
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import worker from '../../src/index'
import { createDb } from '../../src/db/client'
import { BACKOFF_BASE_SECONDS } from '../../src/db/queries/webhooks'
import { PAUSE_AFTER_FAILURES, deliverDueWebhooks } from '../../src/webhooks/deliver'
import { ADMIN_TOKEN, api, getJson, postArticle } from '../support/api'
import { RECEIVER, eventually, hookReceiver, verifySignature } from './receiver'

const auth = { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' }
const receiver = hookReceiver()
afterAll(() => receiver.restore())

type Hook = { id: number; secret: string; url: string }

async function register(path: string, extra: Record<string, unknown> = {}): Promise<Hook> {
  const res = await api('/api/webhooks', { method: 'POST', headers: auth, body: JSON.stringify({ url: `${RECEIVER}${path}`, ...extra }) })
  expect(res.status).toBe(201)
  return (await res.json()) as Hook
}

async function hookState(id: number) {
  return (await (await api(`/api/webhooks/${id}`, { headers: auth })).json()) as any
}

async function deliveries(id: number): Promise<any[]> {
  return ((await (await api(`/api/webhooks/${id}/deliveries?limit=100`, { headers: auth })).json()) as any).data
}

/** Makes every pending delivery due now, as if its backoff had passed. */
async function backoffPassed() {
  await env.DB.prepare(`update webhook_deliveries set next_attempt_at = '2000-01-01T00:00:00.000Z' where state = 'pending'`).run()
}

const run = () => deliverDueWebhooks(createDb(env.DB), { budget: 20 })

/** Every hook registered in a test is removed after it, so tests do not feed each other's hooks. */
afterEach(async () => {
  const { data } = (await (await api('/api/webhooks', { headers: auth })).json()) as any
  for (const hook of data) expect((await api(`/api/webhooks/${hook.id}`, { method: 'DELETE', headers: auth })).status).toBe(204)
  receiver.received.length = 0
})

describe('webhook deliveries', () => {
  it('POSTs a new measure, signed with the hook secret, right after the ingest, and logs it', async () => {
    const hook = await register('/all')
    const posted = await postArticle({ text: 'Japan froze the assets of Sergey Lavrov on Tuesday.', title: 'Japan acts', url: 'https://news.example/jp', publishedAt: '2022-03-01' })
    expect(posted.status).toBe(201)
    const [request] = await eventually(() => receiver.to(`${RECEIVER}/all`).length > 0 && receiver.to(`${RECEIVER}/all`))
    expect(request!.method).toBe('POST')
    expect(request!.headers['content-type']).toBe('application/json')
    expect(request!.headers['x-webhook-event']).toBe('measure.created')
    expect(request!.headers['x-webhook-id']).toBe(String(hook.id))
    // the signature verifies with the secret, over "<t>.<body>", and t is now
    expect(request!.headers['x-signature']).toMatch(/^t=\d{10},v1=[0-9a-f]{64}$/)
    expect(await verifySignature(hook.secret, request!.headers['x-signature']!, request!.body)).toBe(true)
    // and does not verify with another secret, or for another body
    expect(await verifySignature(`${hook.secret}0`, request!.headers['x-signature']!, request!.body)).toBe(false)
    expect(await verifySignature(hook.secret, request!.headers['x-signature']!, `${request!.body} `)).toBe(false)

    const measureId = posted.body.findings[0].measureIds[0]
    expect(JSON.parse(request!.body)).toEqual({
      type: 'measure.created',
      event: { id: expect.any(Number), recordedAt: expect.any(String), reportedOn: '2022-03-01', fromStatus: null, toStatus: 'in_effect' },
      measure: {
        id: measureId,
        url: `http://tracker.test/api/sanctions/${measureId}`,
        authority: { id: 'jp', name: 'Japan' },
        type: 'asset_freeze',
        status: 'in_effect',
        target: { id: 'sergey-lavrov', name: 'Sergey Lavrov', kind: 'person' },
      },
      source: {
        quote: 'Japan froze the assets of Sergey Lavrov on Tuesday.',
        article: { id: posted.body.article.id, title: 'Japan acts', url: 'https://news.example/jp' },
        listing: null,
      },
    })

    const [logged] = await eventually(async () => {
      const log = await deliveries(hook.id)
      return log[0]?.state === 'delivered' && log
    })
    expect(logged).toMatchObject({ state: 'delivered', attempts: 1, responseStatus: 200, error: null, event: 'measure.created', measureId, nextAttemptAt: null })
    expect(String(logged.id)).toBe(request!.headers['x-webhook-delivery'])
    expect((await hookState(hook.id)).lastSuccessAt).toEqual(expect.any(String))
  })

  it('sends only the events and filters each hook asked for', async () => {
    const changes = await register('/changes', { events: ['measure.status_changed'] })
    const petrovsky = await register('/petrovsky', { filters: { target: ['ivan-petrovsky'] } })
    const japan = await register('/japan', { filters: { authority: ['jp'] } })
    const lifts = await register('/lifts', { filters: { status: ['lifted'], type: ['asset_freeze'] } })
    for (const article of [
      { text: 'The European Union is considering an asset freeze against Ivan Petrovsky, diplomats said.', publishedAt: '2022-03-01' },
      { text: 'Japan imposed a travel ban on Viktor Orlov.', publishedAt: '2022-03-02' },
      { text: 'The European Union on Friday froze the assets of Ivan Petrovsky.', publishedAt: '2022-03-04' },
      { text: 'The European Union on Monday lifted its asset freeze on Ivan Petrovsky.', publishedAt: '2022-09-12' },
    ]) {
      expect((await postArticle(article)).status).toBe(201)
    }
    const seen = async (hook: Hook) =>
      eventually(async () => {
        const log = await deliveries(hook.id)
        return log.every((d) => d.state === 'delivered') && log
      }).then(() => receiver.to(hook.url).map((r) => JSON.parse(r.body) as any))

    const summary = (body: any) => `${body.type} ${body.measure.authority.id}/${body.measure.target.id} ${body.event.fromStatus ?? '-'}→${body.event.toStatus}`
    expect((await seen(changes)).map(summary)).toEqual([
      'measure.status_changed eu/ivan-petrovsky proposed→in_effect',
      'measure.status_changed eu/ivan-petrovsky in_effect→lifted',
    ])
    expect((await seen(petrovsky)).map(summary)).toEqual([
      'measure.created eu/ivan-petrovsky -→proposed',
      'measure.status_changed eu/ivan-petrovsky proposed→in_effect',
      'measure.status_changed eu/ivan-petrovsky in_effect→lifted',
    ])
    expect((await seen(japan)).map(summary)).toEqual(['measure.created jp/viktor-orlov -→in_effect'])
    expect((await seen(lifts)).map(summary)).toEqual(['measure.status_changed eu/ivan-petrovsky in_effect→lifted'])
  })

  it('does not send a new hook the changes recorded before it was registered', async () => {
    expect((await postArticle({ text: 'Canada froze the assets of Oleg Marchenko.', publishedAt: '2022-04-01' })).status).toBe(201)
    const late = await register('/late')
    expect(await run()).toEqual({ attempted: 0, delivered: 0, failed: 0 })
    expect(await deliveries(late.id)).toEqual([])
    expect((await postArticle({ text: 'Canada froze the assets of Dmitry Marchenko.', publishedAt: '2022-04-02' })).status).toBe(201)
    const got = await eventually(() => receiver.to(late.url).length > 0 && receiver.to(late.url))
    expect(got.map((r) => JSON.parse(r.body).measure.target.id)).toEqual(['dmitry-marchenko'])
  })

  it('retries a failing delivery with exponential backoff, pauses the hook after repeated failures, and loses nothing', async () => {
    const hook = await register('/flaky')
    receiver.answer(hook.url, () => new Response('down for maintenance', { status: 503 }))
    expect((await postArticle({ text: 'The United States froze the assets of Sberbank on Thursday.', publishedAt: '2022-05-01' })).status).toBe(201)

    // the attempt straight after the ingest failed: due again after the first backoff
    let [delivery] = await eventually(async () => {
      const log = await deliveries(hook.id)
      return log[0]?.attempts === 1 && log
    })
    expect(delivery).toMatchObject({ state: 'pending', attempts: 1, responseStatus: 503, error: 'HTTP 503' })
    const gap = (d: any) => (Date.parse(d.nextAttemptAt) - Date.parse(d.lastAttemptAt)) / 1000
    expect(gap(delivery)).toBe(BACKOFF_BASE_SECONDS)
    // not due yet: a run sends nothing
    expect(await run()).toEqual({ attempted: 0, delivered: 0, failed: 0 })

    const firstBody = receiver.to(hook.url)[0]!.body
    for (let attempt = 2; attempt <= PAUSE_AFTER_FAILURES; attempt++) {
      expect((await hookState(hook.id)).status).toBe('active')
      await backoffPassed()
      expect(await run()).toEqual({ attempted: 1, delivered: 0, failed: 1 })
      ;[delivery] = await deliveries(hook.id)
      expect(delivery.attempts).toBe(attempt)
      // 5 minutes, doubling
      expect(gap(delivery)).toBe(Math.min(BACKOFF_BASE_SECONDS * 2 ** (attempt - 1), 12 * 3600))
    }
    const paused = await hookState(hook.id)
    expect(paused).toMatchObject({ status: 'paused', consecutiveFailures: PAUSE_AFTER_FAILURES, lastError: 'HTTP 503', pendingDeliveries: 1 })
    expect(paused.pausedAt).toEqual(expect.any(String))
    const listed = (await (await api('/api/webhooks', { headers: auth })).json()) as any
    expect(listed.data.find((h: any) => h.id === hook.id).status).toBe('paused')

    // paused: nothing is sent, however due, and the delivery stays in the log
    await backoffPassed()
    expect(await run()).toEqual({ attempted: 0, delivered: 0, failed: 0 })
    expect(receiver.to(hook.url)).toHaveLength(PAUSE_AFTER_FAILURES)
    expect(await deliveries(hook.id)).toEqual([expect.objectContaining({ state: 'pending', attempts: PAUSE_AFTER_FAILURES })])
    // every retry sent the same bytes
    for (const r of receiver.to(hook.url)) expect(r.body).toBe(firstBody)
    // a change while paused is queued for the hook, not sent and not dropped
    expect((await postArticle({ text: 'The United States froze the assets of Rosneft Trading on Friday.', publishedAt: '2022-05-02' })).status).toBe(201)
    await eventually(async () => (await hookState(hook.id)).pendingDeliveries === 2)
    expect(await run()).toEqual({ attempted: 0, delivered: 0, failed: 0 })
    expect(receiver.to(hook.url)).toHaveLength(PAUSE_AFTER_FAILURES)

    // the receiver is back; resuming sends the pending delivery at once
    receiver.answer(hook.url, () => new Response(null, { status: 204 }))
    const resumed = await api(`/api/webhooks/${hook.id}/resume`, { method: 'POST', headers: auth })
    expect(resumed.status).toBe(200)
    expect(await resumed.json()).toMatchObject({ status: 'active', consecutiveFailures: 0, pausedAt: null })
    const [queued, first] = await eventually(async () => {
      const log = await deliveries(hook.id)
      return log.every((d) => d.state === 'delivered') && log
    })
    expect(first).toMatchObject({ attempts: PAUSE_AFTER_FAILURES + 1, responseStatus: 204, error: null })
    expect(queued).toMatchObject({ attempts: 1, responseStatus: 204 })
    const [retried, fresh] = receiver.to(hook.url).slice(-2)
    expect(retried!.body).toBe(firstBody)
    expect(JSON.parse(fresh!.body).measure.target.id).toBe('rosneft-trading')
    for (const r of [retried!, fresh!]) expect(await verifySignature(hook.secret, r.headers['x-signature']!, r.body)).toBe(true)
    expect(await hookState(hook.id)).toMatchObject({ status: 'active', consecutiveFailures: 0, pendingDeliveries: 0 })
  })

  it("stops at a hook's first failure in a run, so a dead receiver costs one request per run", async () => {
    const dead = await register('/dead')
    const alive = await register('/alive')
    receiver.answer(dead.url, () => new Response('no', { status: 500 }))
    // three changes recorded by some other path than an ingest (an official list, say)
    const measure = (await getJson('/api/sanctions?limit=1')).body.data[0]
    for (const toStatus of ['adopted', 'in_effect', 'lifted']) {
      await env.DB.prepare(
        `insert into measure_events (measure_id, authority_id, type, target_id, kind, from_status, to_status, reported_on) values (?, ?, ?, ?, 'status_changed', 'announced', ?, '2022-06-01')`,
      )
        .bind(measure.id, measure.authority.id, measure.type, measure.target.id, toStatus)
        .run()
    }
    expect(await run()).toEqual({ attempted: 4, delivered: 3, failed: 1 })
    expect(receiver.to(dead.url)).toHaveLength(1)
    expect(receiver.to(alive.url)).toHaveLength(3)
    const log = await deliveries(dead.id)
    expect(log.map((d) => [d.state, d.attempts]).sort()).toEqual([
      ['pending', 0],
      ['pending', 0],
      ['pending', 1],
    ])
    expect((await hookState(dead.id)).consecutiveFailures).toBe(1)
  })

  it('counts redirects and network errors as failures, and follows no redirect', async () => {
    const moved = await register('/moved')
    const broken = await register('/broken')
    receiver.answer(moved.url, () => new Response(null, { status: 302, headers: { location: 'https://elsewhere.example/' } }))
    receiver.answer(broken.url, () => {
      throw new TypeError('Network connection lost.')
    })
    expect((await postArticle({ text: 'The European Union on Friday froze the assets of Rosneft Trading, an oil firm.', publishedAt: '2022-06-02' })).status).toBe(201)
    const [redirected] = await eventually(async () => {
      const log = await deliveries(moved.id)
      return log[0]?.attempts === 1 && log
    })
    expect(redirected).toMatchObject({ state: 'pending', responseStatus: 302, error: 'HTTP 302' })
    expect(receiver.received.some((r) => r.url.startsWith('https://elsewhere.example'))).toBe(false)
    const [failed] = await eventually(async () => {
      const log = await deliveries(broken.id)
      return log[0]?.attempts === 1 && log
    })
    expect(failed).toMatchObject({ state: 'pending', responseStatus: null, error: 'request failed: Network connection lost.' })
  })

  it('are sent by the Cron Trigger, including changes recorded outside an ingest', async () => {
    const hook = await register('/cron')
    const measure = (await getJson('/api/sanctions?limit=1')).body.data[0]
    await env.DB.prepare(
      `insert into measure_events (measure_id, authority_id, type, target_id, kind, from_status, to_status, reported_on) values (?, ?, ?, ?, 'status_changed', 'in_effect', 'lifted', '2022-07-01')`,
    )
      .bind(measure.id, measure.authority.id, measure.type, measure.target.id)
      .run()
    const ctx = createExecutionContext()
    await worker.scheduled(createScheduledController({ scheduledTime: Date.now(), cron: '17 * * * *' }), env, ctx)
    await waitOnExecutionContext(ctx)
    const [request] = receiver.to(hook.url)
    expect(JSON.parse(request!.body)).toMatchObject({ type: 'measure.status_changed', measure: { id: measure.id, status: 'lifted' }, event: { fromStatus: 'in_effect', toStatus: 'lifted' } })
    expect(await verifySignature(hook.secret, request!.headers['x-signature']!, request!.body)).toBe(true)
    expect((await deliveries(hook.id))[0]).toMatchObject({ state: 'delivered', attempts: 1 })
  })
})

import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { createDb } from '../../src/db/client'
import { claimDueDeliveries, enqueueWebhookDeliveries } from '../../src/db/queries/webhooks'
import { hmacSha256Hex, newWebhookSecret, signatureHeader } from '../../src/webhooks/signing'
import { verifySignature } from './receiver'

describe('webhook signatures', () => {
  it('are HMAC-SHA256 as RFC 4231 defines it', async () => {
    // RFC 4231, test case 2
    expect(await hmacSha256Hex('Jefe', 'what do ya want for nothing?')).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843')
  })

  it('sign "<t>.<body>" and carry t, so a receiver can refuse an old delivery', async () => {
    const secret = newWebhookSecret()
    const body = '{"type":"measure.created"}'
    const now = Math.floor(Date.now() / 1000)
    const header = await signatureHeader(secret, now, body)
    expect(header).toBe(`t=${now},v1=${await hmacSha256Hex(secret, `${now}.${body}`)}`)
    expect(await verifySignature(secret, header, body)).toBe(true)
    // replayed an hour later: the signature is still the secret's, but too old
    const old = await signatureHeader(secret, now - 3600, body)
    expect(await verifySignature(secret, old, body)).toBe(false)
    // a changed timestamp breaks the signature
    expect(await verifySignature(secret, header.replace(`t=${now}`, `t=${now + 1}`), body)).toBe(false)
  })

  it('use a fresh 256-bit secret per hook', () => {
    const secrets = new Set(Array.from({ length: 50 }, newWebhookSecret))
    expect(secrets.size).toBe(50)
    for (const s of secrets) expect(s).toMatch(/^whsec_[0-9a-f]{64}$/)
  })
})

describe('delivery queries', () => {
  it('find due deliveries and new events through indexes', async () => {
    const db = createDb(env.DB)
    const plan = async (statement: { getQuery(): { sql: string; params: unknown[] } }) => {
      const { sql, params } = statement.getQuery()
      const { results } = await env.DB.prepare(`explain query plan ${sql}`)
        .bind(...params)
        .all<{ detail: string }>()
      return results.map((r) => r.detail).join('\n')
    }
    const [claim] = claimDueDeliveries(db, 'x', 20, 120)
    expect(await plan(claim)).toMatch(/SEARCH d USING INDEX webhook_deliveries_due_idx \(state=\? AND next_attempt_at<\?\)/)
    const [enqueue] = enqueueWebhookDeliveries(db)
    expect(await plan(enqueue)).toMatch(/SEARCH e USING INTEGER PRIMARY KEY \(rowid>\?\)/)
  })
})

import { batch } from '../db/batch'
/**
 * The ingest path shared by `POST /api/articles` and every scheduled source:
 * text → findings (pure extraction) → names resolved against stored targets → one D1 batch.
 *
 * Two round trips: one batch that reads what the write depends on (is this text or URL already
 * stored? which targets do these names already belong to?), then one atomic batch that writes
 * everything and reads the stored result back.
 */
import { articleByHash, articleByHashOrUrl, findingsOfArticleByHash, ingestStatements, type EvidenceRecord } from '../db/queries/articles'
import { targetsByAliasKeys } from '../db/queries/targets'
import { sql } from 'drizzle-orm'
import type { Db } from '../db/client'
import { recordAudit } from '../db/queries/audit'
import { authorityKind, authorityName } from '../domain/authorities'
import { extractFindings } from '../extract'
import { Problem } from '../lib/problem'
import { findingsFromEvidence, type FindingView } from './findings-view'
import { aliasKeysOf, resolveTargets } from './resolve-targets'

export interface ArticleInput {
  text: string
  title?: string
  url?: string
  /** YYYY-MM-DD or an ISO 8601 date-time. */
  publishedAt?: string
}

export interface ArticleSummary {
  id: number
  title: string | null
  url: string | null
  publishedOn: string
  publishedAt: string | null
  contentHash: string
  findingCount: number
  createdAt: string
}

export interface IngestResult {
  created: boolean
  article: ArticleSummary
  findings: FindingView[]
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

export interface IngestOptions {
  now?: Date
  /** Log the new article in the audit log (an admin's POST), from this client. */
  audit?: { client: string | null }
}

export async function ingestArticle(db: Db, input: ArticleInput, options: IngestOptions = {}): Promise<IngestResult> {
  const now = options.now ?? new Date()
  const contentHash = await sha256Hex(input.text)
  const publishedOn = input.publishedAt ? input.publishedAt.slice(0, 10) : now.toISOString().slice(0, 10)
  const findings = extractFindings(input.text, { publishedAt: publishedOn }).filter((f) => f.targets.length > 0)

  const extractedTargets = findings.flatMap((f) => f.targets)
  const keys = [...new Set(extractedTargets.flatMap(aliasKeysOf))]
  const [existing, storedFindings, ...aliasResults] = await batch(db, [
    articleByHashOrUrl(db, contentHash, input.url),
    findingsOfArticleByHash(db, contentHash),
    ...targetsByAliasKeys(db, keys),
  ])

  const sameText = existing.find((a) => a.contentHash === contentHash)
  if (sameText) return { created: false, article: sameText, findings: findingsFromEvidence(storedFindings) }
  const sameUrl = existing.find((a) => a.url === input.url)
  if (sameUrl) throw urlConflict(sameUrl.id)

  const { canonical, aliases } = resolveTargets(extractedTargets, aliasResults.flat())
  const evidence: EvidenceRecord[] = []
  const seen = new Set<string>()
  findings.forEach((finding, findingIndex) => {
    for (const target of finding.targets) {
      const targetId = canonical.get(target.id)!.id
      const key = `${findingIndex}|${targetId}`
      if (seen.has(key)) continue
      seen.add(key)
      evidence.push({
        findingIndex,
        authorityId: finding.authority.id,
        type: finding.type,
        targetId,
        status: finding.status,
        quote: finding.quote,
        spanStart: finding.span[0],
        spanEnd: finding.span[1],
      })
    }
  })
  const authorities = [...new Map(findings.map((f) => [f.authority.id, f.authority])).values()].map((a) => ({
    id: a.id,
    name: authorityName(a.id) ?? a.name,
    kind: authorityKind(a.id),
  }))

  const writes = ingestStatements(db, {
    article: {
      contentHash,
      url: input.url,
      title: input.title ?? firstLine(input.text),
      publishedOn,
      publishedAt: input.publishedAt && input.publishedAt.length > 10 ? input.publishedAt : undefined,
      text: input.text,
      findingCount: findings.length,
    },
    authorities,
    // every target the findings use, not only new ones: a retraction running between our read
    // and our write may have removed a target left without measures (`on conflict do nothing`
    // keeps the stored row when it is still there)
    targets: [...new Map([...canonical.values()].map((t) => [t.id, t])).values()],
    aliases,
    evidence,
  })
  if (options.audit) {
    const audit = recordAudit(
      db,
      {
        action: 'article.create',
        subject: sql`(select 'article:' || id from articles where content_hash = ${contentHash})`,
        detail: { title: input.title ?? firstLine(input.text) ?? null, url: input.url ?? null, findings: findings.length },
        client: options.audit.client,
      },
      { onlyOnce: true },
    )
    writes.push(audit)
  }
  let results: unknown[]
  try {
    // Idempotent: a replay (after a transient D1 error, or a racing identical POST) changes nothing.
    results = await batch(db, [...writes, articleByHash(db, contentHash), findingsOfArticleByHash(db, contentHash)], { idempotent: true })
  } catch (err) {
    // A different article with the same URL was stored between our read and our write.
    if (String(err).includes('UNIQUE constraint failed: articles.url')) throw urlConflict()
    throw err
  }
  const [article] = results[results.length - 2] as ArticleSummary[]
  const rows = results[results.length - 1] as Parameters<typeof findingsFromEvidence>[0]
  return { created: true, article: article!, findings: findingsFromEvidence(rows) }
}

function firstLine(text: string): string | undefined {
  const line = text.trimStart().split('\n', 1)[0]?.trim()
  return line ? line.slice(0, 300) : undefined
}

function urlConflict(id?: number): Problem {
  return new Problem(409, 'Conflict', `Another article${id ? ` (id ${id})` : ''} already has this url; post different text under a different url.`)
}

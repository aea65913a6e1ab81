/**
 * One official-list source in one run: download (conditionally), stream through the entries,
 * match them against tracked targets, and record confirmations and lifts in one batch.
 *
 * A download only counts when it is complete and plausible: a body that fails to parse, ends
 * inside a quoted field, is empty, or lists over a tenth fewer entries than the last accepted
 * download is refused as a whole, so a truncated file can never lift anything.
 */
import { batch } from '../../db/batch'
import { recordListDownload, trackedNames, updateSourceState, type MatchedListing } from '../../db/queries/sources'
import { authorityName } from '../../domain/authorities'
import type { TargetKind } from '../../domain/taxonomy'
import { guardedFetch, SourceFetchError } from '../fetch-guard'
import type { RunContext, SourceRunResult } from '../types'
import { readCsv } from './csv'
import { TrackedNameIndex } from './match'
import { OFAC_LIST, ofacEntries, readOfacAliases } from './ofac'
import { openSanctionsEntries } from './opensanctions'

/** The largest shrink between two accepted downloads before a download is refused. */
export const MAX_SHRINK = 0.1

async function download(run: RunContext, url: string, conditional: { etag?: string | null; lastModified?: string | null }) {
  const headers: Record<string, string> = { accept: 'text/csv, */*;q=0.5' }
  if (conditional.etag) headers['if-none-match'] = conditional.etag
  if (conditional.lastModified) headers['if-modified-since'] = conditional.lastModified
  const res = await guardedFetch(url, { allowPrivate: run.allowPrivate, budget: run.budget, headers, timeoutMs: 60_000 })
  if (res.status === 304) {
    await res.body?.cancel()
    return undefined
  }
  if (!res.ok || !res.body) {
    await res.body?.cancel()
    throw new SourceFetchError(`GET ${url} answered ${res.status}`)
  }
  return res
}

export async function refreshList(run: RunContext, result: SourceRunResult): Promise<void> {
  const { db, source } = run
  const before = run.budget.remaining
  try {
    const [names, [targetCount]] = await batch(db, trackedNames(db))
    const index = new TrackedNameIndex(names.map((n) => ({ ...n, kind: n.kind as TargetKind })))
    // New targets must be looked up even when the list itself has not changed.
    const sameTargets = source.checkedTargetCount === targetCount?.count
    const main = await download(run, source.url, sameTargets ? { etag: source.etag, lastModified: source.lastModified } : {})
    if (!main) {
      result.outcome = 'not_modified'
      return
    }
    const counter = { entries: 0 }
    const matches = new Map<string, MatchedListing>()
    const add = (m: MatchedListing) => matches.set(`${m.entryId}|${m.targetId}|${m.authorityId}|${m.type}`, m)
    let aliasValidators: { etag: string | null; lastModified: string | null } = { etag: null, lastModified: null }
    if (source.kind === 'ofac-sdn') {
      let aliases = new Map<string, string[]>()
      if (source.aliasesUrl) {
        const alt = await download(run, source.aliasesUrl, {})
        aliases = await readOfacAliases(readCsv(alt!.body!, run.maxListBytes))
        aliasValidators = { etag: alt!.headers.get('etag'), lastModified: alt!.headers.get('last-modified') }
      }
      for await (const entry of ofacEntries(readCsv(main.body!, run.maxListBytes), aliases, counter)) {
        for (const targetId of index.match(entry)) {
          add({
            targetId,
            authorityId: OFAC_LIST.authorityId,
            authorityName: authorityName(OFAC_LIST.authorityId)!,
            type: OFAC_LIST.type,
            listName: OFAC_LIST.name,
            entryId: entry.entryId,
            entryName: entry.name,
            program: entry.program ?? null,
            firstSeenOn: run.today,
          })
        }
      }
    } else {
      for await (const entry of openSanctionsEntries(readCsv(main.body!, run.maxListBytes), counter)) {
        const targetIds = index.match(entry)
        for (const targetId of targetIds) {
          for (const listing of entry.listings) {
            add({
              targetId,
              authorityId: listing.authorityId,
              authorityName: authorityName(listing.authorityId) ?? listing.authorityId,
              type: listing.type as MatchedListing['type'],
              listName: `OpenSanctions: ${source.name}`,
              entryId: entry.entryId,
              entryName: entry.name,
              program: listing.program ?? null,
              firstSeenOn: entry.firstSeen && entry.firstSeen <= run.today ? entry.firstSeen : run.today,
            })
          }
        }
      }
    }
    result.itemsSeen = counter.entries
    if (counter.entries === 0) throw new SourceFetchError('the download lists no entries; refused')
    if (source.lastEntryCount && counter.entries < source.lastEntryCount * (1 - MAX_SHRINK)) {
      throw new SourceFetchError(
        `the download lists ${counter.entries} entries, down from ${source.lastEntryCount}: more than ${MAX_SHRINK * 100}% fewer, refused as implausible`,
      )
    }
    const { statements, confirmIndex, liftIndex } = recordListDownload(db, source.id, run.runStartedAt, run.today, [...matches.values()])
    const results = (await batch(db, [
      ...statements,
      updateSourceState(db, source.id, {
        etag: main.headers.get('etag'),
        lastModified: main.headers.get('last-modified'),
        aliasesEtag: aliasValidators.etag,
        aliasesLastModified: aliasValidators.lastModified,
        lastEntryCount: counter.entries,
        checkedTargetCount: targetCount?.count ?? 0,
      }),
    ])) as D1Result[]
    result.confirmations = results[confirmIndex]?.meta.changes ?? 0
    result.lifts = results[liftIndex]?.meta.changes ?? 0
  } finally {
    result.requests += before - run.budget.remaining
  }
}

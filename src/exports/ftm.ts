/**
 * FollowTheMoney (FtM), the entity model OpenSanctions and Aleph read: one JSON object per line,
 * `{ id, schema, properties }`, every property a list of strings. A measure becomes a
 * `Sanction`; its target becomes a `Person`, `Organization`, `Vessel` or, for a country,
 * a `LegalEntity` (FtM has no schema for states; `country` and `jurisdiction` carry the ISO
 * code). Ids are derived from the tracker's own stable ids, so the same measure or target has
 * the same entity id in every export and the entities merge across exports.
 */
import type { ExportRow } from '../db/queries/exports'
import { authorityKind, authorityName } from '../domain/authorities'
import { slugify } from '../domain/slug'
import type { TargetKind } from '../domain/taxonomy'
import { MEASURE_TYPE_LABELS } from './labels'

export interface FtmEntity {
  id: string
  schema: string
  properties: Record<string, string[]>
}

const TARGET_SCHEMA: Record<TargetKind, string> = {
  person: 'Person',
  organization: 'Organization',
  vessel: 'Vessel',
  country: 'LegalEntity',
}

export const targetEntityId = (targetId: string) => `st-target-${targetId}`

/** One id per (authority, type, target), the identity of a measure. */
export const sanctionEntityId = (row: Pick<ExportRow, 'authorityId' | 'type' | 'targetId'>) =>
  `st-sanction-${row.authorityId}-${row.type.replace(/_/g, '-')}-${row.targetId}`

let countryCodesBySlug: Map<string, string> | undefined

/**
 * The ISO code of a country target, from its name: the runtime's region names, read once.
 * Undefined for a name that is not a current state's English name.
 */
export function countryCodeOf(name: string): string | undefined {
  if (!countryCodesBySlug) {
    countryCodesBySlug = new Map()
    const letters = 'abcdefghijklmnopqrstuvwxyz'
    for (const a of letters) {
      for (const b of letters) {
        const code = a + b
        if (authorityKind(code) !== 'state') continue
        const regionName = authorityName(code)
        if (regionName) countryCodesBySlug.set(slugify(regionName), code)
      }
    }
  }
  return countryCodesBySlug.get(slugify(name))
}

/**
 * FtM's `country` type knows states by ISO code and, of the organisations, the EU and the UN;
 * `coe`, `g7` and `nato` have no code there, so their sanctions carry the authority name only.
 */
const ftmCountryOfAuthority = (id: string) => (authorityKind(id) === 'state' || id === 'eu' || id === 'un' ? id : undefined)

function props(entries: Record<string, (string | null | undefined)[]>): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  for (const [key, values] of Object.entries(entries)) {
    const present = values.filter((v): v is string => typeof v === 'string' && v.length > 0)
    if (present.length) out[key] = present
  }
  return out
}

/** The entity of a measure's target, with every other name it was reported under as `alias`. */
export function targetEntity(row: ExportRow): FtmEntity {
  const kind = row.targetKind as TargetKind
  const aliases = (JSON.parse(row.targetAliases) as string[]).filter((a) => a !== row.targetName)
  const code = kind === 'country' ? countryCodeOf(row.targetName) : undefined
  return {
    id: targetEntityId(row.targetId),
    schema: TARGET_SCHEMA[kind] ?? 'LegalEntity',
    properties: props({
      name: [row.targetName],
      alias: aliases,
      country: [code],
      ...(kind === 'country' ? { jurisdiction: [code] } : {}),
    }),
  }
}

/**
 * The `Sanction` of a measure. `listingDate` is the day it was first reported, `startDate` the
 * first day a source reported it in effect, `endDate` the day it was reported lifted;
 * `summary` is the latest source's quote and `sourceUrl` that source's link.
 */
export function sanctionEntity(row: ExportRow): FtmEntity {
  return {
    id: sanctionEntityId(row),
    schema: 'Sanction',
    properties: props({
      entity: [targetEntityId(row.targetId)],
      authority: [row.authorityName],
      country: [ftmCountryOfAuthority(row.authorityId)],
      program: [row.program],
      provisions: [MEASURE_TYPE_LABELS[row.type]],
      status: [row.status],
      listingDate: [row.firstReportedOn],
      startDate: [row.inEffectSince],
      endDate: [row.status === 'lifted' ? row.lastReportedOn : null],
      modifiedAt: [row.lastReportedOn],
      sourceUrl: [row.sourceArticleUrl ?? row.sourceListUrl],
      summary: [row.sourceQuote],
      recordId: [String(row.id)],
    }),
  }
}

/**
 * The lines of one measure: its target first (once per export; `seen` remembers which were
 * written), then its sanction, so a reader meets every entity before a reference to it.
 */
export function ftmLines(row: ExportRow, seen: Set<string>): string {
  let out = ''
  if (!seen.has(row.targetId)) {
    seen.add(row.targetId)
    out += `${JSON.stringify(targetEntity(row))}\n`
  }
  return out + `${JSON.stringify(sanctionEntity(row))}\n`
}

/**
 * The identifiers every part of the tracker speaks: the extractor emits them, D1 stores them,
 * the views filter on them. They mirror the project's taxonomy contract one to one.
 */

/** What kind of measure a finding reports. `sanctions` is the fallback for an unspecified kind. */
export const MEASURE_TYPES = [
  'asset_freeze',
  'travel_ban',
  'swift_exclusion',
  'transaction_ban',
  'export_ban',
  'import_ban',
  'investment_ban',
  'airspace_closure',
  'arms_embargo',
  'broadcast_ban',
  'trade_restriction',
  'suspension',
  'sanctions',
] as const
export type MeasureType = (typeof MEASURE_TYPES)[number]

/** How far along a measure is, in lifecycle order; `lifted` is last. */
export const STATUSES = ['proposed', 'announced', 'adopted', 'in_effect', 'lifted'] as const
export type Status = (typeof STATUSES)[number]

/** Rank of a status in the lifecycle: within one article the highest rank wins. */
export const STATUS_RANK: Record<Status, number> = {
  proposed: 1,
  announced: 2,
  adopted: 3,
  in_effect: 4,
  lifted: 5,
}

export const TARGET_KINDS = ['person', 'organization', 'country', 'vessel'] as const
export type TargetKind = (typeof TARGET_KINDS)[number]

export interface AuthorityRef {
  id: string
  name: string
}

export interface TargetRef {
  id: string
  name: string
  kind: TargetKind
}

/** One thing an article reports: who does what to whom, how far along, and where it says so. */
export interface Finding {
  authority: AuthorityRef
  type: MeasureType
  status: Status
  targets: TargetRef[]
  /** The sentence (or clause) of the article that reports the measure. */
  quote: string
  /** Character offsets of `quote` in the article text: [start, end). */
  span: [number, number]
}

/** The more advanced of two statuses. */
export function moreAdvanced(a: Status, b: Status): Status {
  return STATUS_RANK[b] > STATUS_RANK[a] ? b : a
}

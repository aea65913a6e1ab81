/**
 * Human wording of the taxonomy ids, for the formats people read directly: feed titles and the
 * FtM `provisions` of a sanction.
 */
import type { MeasureType, Status } from '../domain/taxonomy'

export const MEASURE_TYPE_LABELS: Record<MeasureType, string> = {
  asset_freeze: 'Asset freeze',
  travel_ban: 'Travel ban',
  swift_exclusion: 'Exclusion from SWIFT',
  transaction_ban: 'Transaction ban',
  export_ban: 'Export ban',
  import_ban: 'Import ban',
  investment_ban: 'Investment ban',
  airspace_closure: 'Airspace closure',
  arms_embargo: 'Arms embargo',
  broadcast_ban: 'Broadcast ban',
  trade_restriction: 'Trade restriction',
  suspension: 'Suspension',
  sanctions: 'Sanctions',
}

export const STATUS_LABELS: Record<Status, string> = {
  proposed: 'proposed',
  announced: 'announced',
  adopted: 'adopted',
  in_effect: 'in effect',
  lifted: 'lifted',
}

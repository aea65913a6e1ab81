/**
 * OpenSanctions' `targets.simple.csv`: a header row, then id, schema, name, aliases, birth_date,
 * countries, addresses, identifiers, sanctions, phones, emails, dataset, first_seen, last_seen,
 * last_change, program_ids; multiple values joined by `;`.
 *
 * One entry can be listed by several authorities. Each listed sanction (or, where the export
 * gives none, each dataset) is read for its authority and kind: the dataset titles name their
 * publisher ("US OFAC …", "EU Financial Sanctions Files", "UK HM Treasury …", "Swiss SECO …").
 */
import type { MeasureType, TargetKind } from '../../domain/taxonomy'
import { CsvFormatError } from './csv'
import type { ListEntry } from './match'

export interface OpenSanctionsEntry extends ListEntry {
  listings: { authorityId: string; type: MeasureType; program?: string }[]
  firstSeen?: string
}

const KINDS: Record<string, TargetKind> = {
  Person: 'person',
  Organization: 'organization',
  Company: 'organization',
  LegalEntity: 'organization',
  PublicBody: 'organization',
  Vessel: 'vessel',
}

// Publisher cues in dataset titles and sanction descriptions, most specific first.
const AUTHORITY_CUES: [RegExp, string][] = [
  [/\b(UN|United Nations)\b|Security Council/i, 'un'],
  [/^EU\b|\bEU\b|European Union|European Council/i, 'eu'],
  [/^US\b|\bOFAC\b|United States|U\.S\./i, 'us'],
  [/^UK\b|\bUK\b|HM Treasury|OFSI|United Kingdom|British/i, 'gb'],
  [/Swiss|SECO|Switzerland/i, 'ch'],
  [/Canad/i, 'ca'],
  [/Australia/i, 'au'],
  [/Japan/i, 'jp'],
  [/New Zealand/i, 'nz'],
  [/Ukrain/i, 'ua'],
]

function authorityOf(text: string): string | undefined {
  return AUTHORITY_CUES.find(([cue]) => cue.test(text))?.[1]
}

function typeOf(text: string): MeasureType {
  if (/travel|visa|entry ban/i.test(text)) return 'travel_ban'
  if (/arms/i.test(text)) return 'arms_embargo'
  if (/block|freez|financial sanctions|SDN|asset/i.test(text)) return 'asset_freeze'
  return 'sanctions'
}

// Program ids start with their publisher's code: GBR-RUS, CAN-RUS, US-OFAC-…, EU-UKR, UN-SC-…
const PROGRAM_PREFIXES: Record<string, string> = {
  USA: 'us', US: 'us', GBR: 'gb', UK: 'gb', EU: 'eu', CAN: 'ca', CA: 'ca', CHE: 'ch', CH: 'ch',
  UN: 'un', AUS: 'au', AU: 'au', JPN: 'jp', JP: 'jp', NZL: 'nz', NZ: 'nz', UKR: 'ua', UA: 'ua',
}

function programFor(authorityId: string, text: string, programs: string[]): string | undefined {
  return (
    programs.find((p) => text.includes(p)) ??
    programs.find((p) => PROGRAM_PREFIXES[p.split('-')[0]!.toUpperCase()] === authorityId) ??
    (programs.length === 1 ? programs[0] : undefined)
  )
}

const split = (v: string | undefined) =>
  (v ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean)

export async function* openSanctionsEntries(rows: AsyncIterable<string[]>, counter: { entries: number }): AsyncGenerator<OpenSanctionsEntry> {
  let columns: Map<string, number> | undefined
  for await (const row of rows) {
    if (!columns) {
      columns = new Map(row.map((c, i) => [c.trim(), i]))
      for (const required of ['id', 'schema', 'name', 'aliases', 'sanctions', 'dataset']) {
        if (!columns.has(required)) throw new CsvFormatError(`targets.simple.csv has no "${required}" column`)
      }
      continue
    }
    if (row.length !== columns.size) throw new CsvFormatError(`row ${counter.entries + 2} has ${row.length} columns, expected ${columns.size}`)
    counter.entries++
    const get = (c: string) => row[columns!.get(c) ?? -1] ?? ''
    const kind = KINDS[get('schema')]
    const name = get('name').trim()
    if (!kind || !name) continue
    const programs = split(get('program_ids'))
    const described = split(get('sanctions'))
    const listings = new Map<string, { authorityId: string; type: MeasureType; program?: string }>()
    for (const text of described.length ? described : split(get('dataset'))) {
      const authorityId = authorityOf(text)
      if (!authorityId) continue
      const type = typeOf(text)
      const program = programFor(authorityId, text, programs)
      listings.set(`${authorityId}|${type}`, { authorityId, type, program })
    }
    if (!listings.size) continue
    yield {
      entryId: get('id').trim(),
      name,
      names: [name, ...split(get('aliases'))],
      kind,
      program: programs[0],
      listings: [...listings.values()],
      firstSeen: get('first_seen').slice(0, 10) || undefined,
    }
  }
  if (!columns) throw new CsvFormatError('targets.simple.csv is empty')
}

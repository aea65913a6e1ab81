/**
 * OFAC's SDN list in its CSV form. `sdn.csv` has no header row; its columns are ent_num,
 * SDN_Name, SDN_Type, Program, Title, Call_Sign, Vess_type, Tonnage, GRT, Vess_flag, Vess_owner,
 * Remarks. `-0-` means empty. Individuals are written `SURNAME, Given Names`. Aliases are in
 * `alt.csv`: ent_num, alt_num, alt_type, alt_name, alt_remarks.
 * Everyone on the SDN list is blocked: a listing is an asset freeze by the United States.
 */
import type { TargetKind } from '../../domain/taxonomy'
import { CsvFormatError } from './csv'
import type { ListEntry } from './match'

export const OFAC_LIST = { name: 'OFAC SDN List', authorityId: 'us', type: 'asset_freeze' as const }

const empty = (v: string | undefined) => {
  const t = (v ?? '').trim()
  return t === '-0-' ? '' : t
}

function kindOf(sdnType: string): TargetKind | undefined {
  const t = sdnType.toLowerCase()
  if (t === 'individual') return 'person'
  if (t === 'vessel') return 'vessel'
  if (t === '') return 'organization'
  return undefined // aircraft: not a target kind the tracker records
}

/** Reads alt.csv into ent_num → alias names. */
export async function readOfacAliases(rows: AsyncIterable<string[]>): Promise<Map<string, string[]>> {
  const aliases = new Map<string, string[]>()
  for await (const row of rows) {
    if (row[0] === 'ent_num' || row.length === 1) continue // a header row, or OFAC's trailing EOF marker
    if (row.length < 4) throw new CsvFormatError(`alt.csv row for ${row[0]} has ${row.length} columns, expected 5`)
    const [entNum, , , altName] = row
    const name = empty(altName)
    if (entNum && name) aliases.set(entNum.trim(), [...(aliases.get(entNum.trim()) ?? []), name])
  }
  return aliases
}

/** Turns sdn.csv rows into list entries; every row counts, matched or not. */
export async function* ofacEntries(rows: AsyncIterable<string[]>, aliases: Map<string, string[]>, counter: { entries: number }): AsyncGenerator<ListEntry> {
  for await (const row of rows) {
    if (row[0] === 'ent_num' || row.length === 1) continue
    if (row.length < 12) throw new CsvFormatError(`sdn.csv row ${row[0]} has ${row.length} columns, expected 12`)
    counter.entries++
    const entryId = row[0]!.trim()
    const name = empty(row[1])
    const kind = kindOf(empty(row[2]))
    if (!entryId || !name || !kind) continue
    yield { entryId, name, names: [name, ...(aliases.get(entryId) ?? [])], kind, program: empty(row[3]) || undefined }
  }
}

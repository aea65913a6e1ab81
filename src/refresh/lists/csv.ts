/**
 * A streaming RFC 4180 CSV reader over a fetch body. Official lists are large (OpenSanctions
 * exports run to hundreds of megabytes), so rows are yielded as they arrive and nothing but the
 * current row is held. Written here rather than taken from a library because the common CSV
 * packages either parse whole strings or need Node streams.
 */

export class CsvFormatError extends Error {}

export interface CsvStats {
  bytes: number
  rows: number
}

/**
 * Yields each record as an array of fields. Quoted fields may hold commas, doubled quotes and
 * line breaks. Throws `CsvFormatError` for a body that ends inside a quoted field (a truncated
 * download) and stops with an error past `maxBytes`.
 */
export async function* readCsv(body: ReadableStream<Uint8Array>, maxBytes: number, stats: CsvStats = { bytes: 0, rows: 0 }): AsyncGenerator<string[]> {
  const reader = body.getReader()
  const decoder = new TextDecoder()
  let field = ''
  let record: string[] = []
  let inQuotes = false
  let quotePending = false // saw a quote inside a quoted field: either "" or the closing quote
  let fieldStarted = false
  try {
    for (;;) {
      const { done, value } = await reader.read()
      const chunk = done ? decoder.decode() : decoder.decode(value, { stream: true })
      if (value) {
        stats.bytes += value.byteLength
        if (stats.bytes > maxBytes) throw new CsvFormatError(`download is over the ${maxBytes}-byte limit`)
      }
      for (let i = 0; i < chunk.length; i++) {
        const ch = chunk[i]!
        if (inQuotes) {
          if (quotePending) {
            quotePending = false
            if (ch === '"') {
              field += '"'
              continue
            }
            inQuotes = false // the pending quote closed the field; handle ch below
          } else if (ch === '"') {
            quotePending = true
            continue
          } else {
            field += ch
            continue
          }
        }
        if (ch === '"' && !fieldStarted) {
          inQuotes = true
          fieldStarted = true
        } else if (ch === ',') {
          record.push(field)
          field = ''
          fieldStarted = false
        } else if (ch === '\n' || ch === '\r') {
          if (ch === '\r' && chunk[i + 1] === '\n') i++
          if (fieldStarted || record.length > 0 || field) {
            record.push(field)
            stats.rows++
            yield record
          }
          record = []
          field = ''
          fieldStarted = false
        } else {
          field += ch
          fieldStarted = true
        }
      }
      if (done) break
    }
    if (quotePending) inQuotes = false
    if (inQuotes) throw new CsvFormatError('the download ends inside a quoted field (truncated?)')
    if (fieldStarted || record.length > 0 || field) {
      record.push(field)
      stats.rows++
      yield record
    }
  } finally {
    reader.releaseLock()
  }
}

/**
 * A text download produced page by page: each page is read from D1 only when the client is
 * ready for more, encoded, and handed on, so an export of any size holds one page in memory.
 */

export interface Page<Row, Cursor> {
  rows: Row[]
  /** Where the next page starts; undefined after the last page. */
  next?: Cursor
}

export interface PagedTextStreamOptions<Row, Cursor> {
  fetchPage: (after: Cursor | undefined) => Promise<Page<Row, Cursor>>
  /** The text of one row, line ending included ('' to skip a row). */
  encode: (row: Row) => string
  /** Text before the first row (a CSV header). */
  header?: string
  /** At most this many rows are written; the stream ends there. */
  maxRows: number
}

/**
 * Reads the first page before returning, so a failing query is still an ordinary error
 * response; after that, a failure ends the stream with an error (the client sees a truncated
 * download, never a silently short one presented as complete).
 */
export async function pagedTextStream<Row, Cursor>(opts: PagedTextStreamOptions<Row, Cursor>): Promise<ReadableStream<Uint8Array>> {
  const encoder = new TextEncoder()
  let written = 0
  let header = opts.header ?? ''
  let firstPage: Page<Row, Cursor> | undefined = await opts.fetchPage(undefined)
  let after: Cursor | undefined

  const encodePage = (rows: Row[]): Uint8Array => {
    const room = opts.maxRows - written
    const taken = rows.length > room ? rows.slice(0, room) : rows
    written += taken.length
    const text = header + taken.map(opts.encode).join('')
    header = ''
    return encoder.encode(text)
  }

  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const page = firstPage ?? (await opts.fetchPage(after))
        firstPage = undefined
        const bytes = encodePage(page.rows)
        if (bytes.byteLength > 0) controller.enqueue(bytes)
        if (page.next === undefined || written >= opts.maxRows) controller.close()
        else after = page.next
      },
    },
    // Pull a page only when the reader asks for more: backpressure reaches D1.
    { highWaterMark: 0 },
  )
}

/**
 * Opaque keyset-pagination cursors: the sort value and id of the last row of a page, as
 * base64url JSON. A cursor that does not decode to that shape is a 400, never a silent restart.
 */
import { badRequest } from './problem'

export interface Cursor {
  value: string | number
  id: number
}

export function encodeCursor(cursor: Cursor): string {
  const json = JSON.stringify([cursor.value, cursor.id])
  return btoa(json).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

export function decodeCursor(raw: string): Cursor {
  try {
    const b64 = raw.replace(/-/g, '+').replace(/_/g, '/')
    const parsed: unknown = JSON.parse(atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4)))
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      (typeof parsed[0] === 'string' || typeof parsed[0] === 'number') &&
      Number.isSafeInteger(parsed[1])
    ) {
      return { value: parsed[0], id: parsed[1] as number }
    }
  } catch {
    // fall through to the 400 below
  }
  throw badRequest('`cursor` is not a cursor this API issued; pass `nextCursor` from a previous page.')
}

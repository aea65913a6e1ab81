/**
 * The filters of the HTML pages and the iframe embed: the same names, syntax and validation as
 * `GET /api/sanctions` (comma-separated ids), and forms may also repeat a parameter
 * (`authority=us&authority=eu`, what checkboxes submit).
 */
import type { z } from '@hono/zod-openapi'
import { splitList } from '../routes/common.schemas'
import { MeasureFilterQuery } from '../routes/sanctions/sanctions.routes'

export const LIST_FILTERS = ['authority', 'type', 'status', 'target'] as const
export type ListFilter = (typeof LIST_FILTERS)[number]

/** Validated filters: each list filter as distinct ids, `q` as typed. */
export interface PageFilters {
  authority: string[]
  type: string[]
  status: string[]
  target: string[]
  q?: string
}

export type FilterParse = { ok: true; filters: PageFilters } | { ok: false; errors: string[] }

/** Reads and validates the filters of a page URL. */
export function parsePageFilters(url: URL): FilterParse {
  const raw: Record<string, string | undefined> = {}
  for (const name of LIST_FILTERS) {
    const values = url.searchParams.getAll(name).flatMap(splitList)
    raw[name] = values.length ? values.join(',') : undefined
  }
  const q = url.searchParams.get('q')?.trim()
  raw.q = q ? q : undefined
  const parsed = MeasureFilterQuery.safeParse(raw)
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) }
  const data: z.infer<typeof MeasureFilterQuery> = parsed.data
  return {
    ok: true,
    filters: {
      authority: splitList(data.authority),
      type: splitList(data.type),
      status: splitList(data.status),
      target: splitList(data.target),
      q: data.q,
    },
  }
}

/** The filters as the API's query object (comma-separated), for `measureFilters()`. */
export function apiQuery(filters: PageFilters): Record<string, string | undefined> {
  return {
    authority: filters.authority.join(',') || undefined,
    type: filters.type.join(',') || undefined,
    status: filters.status.join(',') || undefined,
    target: filters.target.join(',') || undefined,
    q: filters.q,
  }
}

/**
 * A query string for these filters plus `extra`, in a stable order (so equal views share one
 * URL and one cache entry); '' when there is nothing to say.
 */
export function queryString(filters: PageFilters, extra: Record<string, string | number | undefined> = {}): string {
  const params = new URLSearchParams()
  for (const name of LIST_FILTERS) if (filters[name].length) params.set(name, filters[name].join(','))
  if (filters.q) params.set('q', filters.q)
  for (const [name, value] of Object.entries(extra)) if (value !== undefined && value !== '') params.set(name, String(value))
  const text = params.toString().replace(/%2C/g, ',')
  return text ? `?${text}` : ''
}

/** The same filters with one value of one list filter added or removed. */
export function toggled(filters: PageFilters, name: ListFilter, value: string): PageFilters {
  const values = filters[name].includes(value) ? filters[name].filter((v) => v !== value) : [...filters[name], value]
  return { ...filters, [name]: values }
}

export const NO_FILTERS: PageFilters = { authority: [], type: [], status: [], target: [] }

export const hasFilters = (f: PageFilters): boolean => LIST_FILTERS.some((name) => f[name].length > 0) || Boolean(f.q)

export const THEMES = ['light', 'dark', 'auto'] as const
export type Theme = (typeof THEMES)[number]

/** Embeds show at most this many measures (the widget clamps `limit` the same way). */
export const MAX_EMBED_LIMIT = 50
export const DEFAULT_EMBED_LIMIT = 5

export type EmbedOptionsParse = { ok: true; limit: number; theme: Theme } | { ok: false; errors: string[] }

/** `limit` (1–50, default 5) and `theme` (light, dark or auto; default light) of an embed. */
export function parseEmbedOptions(url: URL): EmbedOptionsParse {
  const errors: string[] = []
  const rawLimit = url.searchParams.get('limit')?.trim()
  const limit = rawLimit ? Number(rawLimit) : DEFAULT_EMBED_LIMIT
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_EMBED_LIMIT) errors.push(`limit: must be a whole number from 1 to ${MAX_EMBED_LIMIT}`)
  const theme = (url.searchParams.get('theme')?.trim() || 'light') as Theme
  if (!THEMES.includes(theme)) errors.push(`theme: must be one of ${THEMES.join(', ')}`)
  return errors.length ? { ok: false, errors } : { ok: true, limit, theme }
}

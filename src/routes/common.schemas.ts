/**
 * Schemas shared by several routes: the problem shape, comma-separated filter lists and
 * pagination parameters. Validation messages name the allowed values, because a 400 that says
 * only "invalid" sends the user to the docs.
 */
import { z } from '@hono/zod-openapi'

export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: 'about:blank' }),
    title: z.string().openapi({ example: 'Bad Request' }),
    status: z.number().int().openapi({ example: 400 }),
    detail: z.string().openapi({ example: 'unknown type "asset-freeze"; allowed: asset_freeze, travel_ban, …' }),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .openapi('Problem')

export const problemResponse = (description: string) => ({
  content: { 'application/problem+json': { schema: ProblemSchema } },
  description,
})

export const MAX_LIST_VALUES = 50

/** Splits a comma-separated query value into trimmed, non-empty, distinct items. */
export function splitList(value: string | undefined): string[] {
  if (!value) return []
  return [...new Set(value.split(',').map((v) => v.trim()).filter(Boolean))]
}

/**
 * A comma-separated list of values, each checked by `isAllowed`; the message of an unknown
 * value says which values are allowed.
 */
export function csvParam(opts: { name: string; isAllowed: (v: string) => boolean; allowedHint: string; example: string }) {
  return z
    .string()
    .max(4000)
    .optional()
    .superRefine((value, ctx) => {
      const items = splitList(value)
      if (items.length > MAX_LIST_VALUES) {
        ctx.addIssue({ code: 'custom', message: `at most ${MAX_LIST_VALUES} ${opts.name} values` })
      }
      for (const item of items) {
        if (!opts.isAllowed(item)) {
          ctx.addIssue({ code: 'custom', message: `unknown ${opts.name} "${item}"; allowed: ${opts.allowedHint}` })
        }
      }
    })
    .openapi({
      param: { name: opts.name, in: 'query' },
      description: `Comma-separated; any of: ${opts.allowedHint}.`,
      example: opts.example,
    })
}

export function enumCsvParam(name: string, values: readonly string[], example: string) {
  return csvParam({ name, isAllowed: (v) => values.includes(v), allowedHint: values.join(', '), example })
}

export const limitParam = z.coerce
  .number()
  .int()
  .min(1)
  .max(100)
  .default(20)
  .openapi({ param: { name: 'limit', in: 'query' }, description: 'Page size, 1 to 100.', example: 20 })

export const cursorParam = z
  .string()
  .max(512)
  .optional()
  .openapi({ param: { name: 'cursor', in: 'query' }, description: '`nextCursor` of the previous page.' })

export const isoDay = z.iso.date()

export const AuthorityRefSchema = z.object({ id: z.string().openapi({ example: 'us' }), name: z.string().openapi({ example: 'United States' }) })
export const TargetRefSchema = z.object({
  id: z.string().openapi({ example: 'vladimir-putin' }),
  name: z.string().openapi({ example: 'Vladimir Putin' }),
  kind: z.enum(['person', 'organization', 'country', 'vessel']),
})

export const IdParam = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .openapi({ param: { name: 'id', in: 'path' }, example: 1 }),
})

import { createRoute, z } from '@hono/zod-openapi'
import { DEFAULT_EMBED_LIMIT, MAX_EMBED_LIMIT } from '../../pages/filters'
import { cursorParam, problemResponse } from '../common.schemas'
import { MeasureFilterQuery, MeasureSchema } from '../sanctions/sanctions.routes'

const SourceSchema = z
  .object({
    title: z.string().nullable(),
    url: z.string().nullable().openapi({ description: "The article's URL, when it has one." }),
    quote: z.string(),
    reportedOn: z.string(),
  })
  .openapi('Source')

const EmbedMeasureSchema = MeasureSchema.extend({
  url: z.string().openapi({ description: "The measure on the tracker's pages (its status history, quotes and sources)." }),
  source: SourceSchema.nullable().openapi({
    description: "The best source: evidence of the measure's current status, preferably from an article with a URL, most recent first.",
  }),
}).openapi('EmbedMeasure')

export const listEmbedMeasures = createRoute({
  method: 'get',
  path: '/api/embed',
  tags: ['Embeds'],
  summary: 'Measures for embeds: the latest measures, each with its best source',
  description:
    'What the `<sanctions-tracker>` widget reads: the filters of `GET /api/sanctions`, most recently reported first, and for each ' +
    'measure the quote and article that best support its current status. Readable from any origin (CORS).',
  request: {
    query: MeasureFilterQuery.extend({
      limit: z.coerce
        .number()
        .int()
        .min(1)
        .max(MAX_EMBED_LIMIT)
        .default(DEFAULT_EMBED_LIMIT)
        .openapi({ param: { name: 'limit', in: 'query' }, description: `Measures to return, 1 to ${MAX_EMBED_LIMIT}.`, example: 5 }),
      cursor: cursorParam,
    }),
  },
  responses: {
    200: {
      content: {
        'application/json': {
          schema: z.object({
            data: z.array(EmbedMeasureSchema),
            nextCursor: z.string().nullable(),
            url: z.string().openapi({ description: 'The full view of these filters on the tracker.' }),
          }),
        },
      },
      description: 'Measures with their best source',
    },
    400: problemResponse('Unknown filter value or malformed parameter'),
  },
})

import { createRoute, z } from '@hono/zod-openapi'
import { AUTHORITY_ID_HINT, authorityName } from '../../domain/authorities'
import { MEASURE_TYPES, STATUSES } from '../../domain/taxonomy'
import { MEASURE_SORTS } from '../../db/queries/measures'
import {
  AuthorityRefSchema,
  IdParam,
  TargetRefSchema,
  csvParam,
  cursorParam,
  enumCsvParam,
  isoDay,
  limitParam,
  problemResponse,
} from '../common.schemas'

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export const MeasureFilterQuery = z.object({
  authority: csvParam({ name: 'authority', isAllowed: (v) => authorityName(v) !== undefined, allowedHint: AUTHORITY_ID_HINT, example: 'us,eu' }),
  type: enumCsvParam('type', MEASURE_TYPES, 'asset_freeze,travel_ban'),
  status: enumCsvParam('status', STATUSES, 'announced,in_effect'),
  target: csvParam({
    name: 'target',
    isAllowed: (v) => SLUG.test(v) && v.length <= 200,
    allowedHint: 'target ids: lower-case ASCII words joined by "-" (vladimir-putin)',
    example: 'vladimir-putin',
  }),
  q: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .openapi({ param: { name: 'q', in: 'query' }, description: 'Words that must all occur in the target names or quotes (prefix match).', example: 'lavrov' }),
  since: isoDay.optional().openapi({ param: { name: 'since', in: 'query' }, description: 'Last reported on or after this day (YYYY-MM-DD).', example: '2022-02-01' }),
  until: isoDay.optional().openapi({ param: { name: 'until', in: 'query' }, description: 'Last reported on or before this day (YYYY-MM-DD).', example: '2022-12-31' }),
})

export const MeasureSchema = z
  .object({
    id: z.number().int(),
    authority: AuthorityRefSchema,
    type: z.enum(MEASURE_TYPES),
    status: z.enum(STATUSES),
    target: TargetRefSchema,
    firstReportedOn: z.string().openapi({ example: '2022-02-25' }),
    lastReportedOn: z.string().openapi({ example: '2022-02-27' }),
    evidenceCount: z.number().int(),
  })
  .openapi('Measure')

const EvidenceSourceFields = {
  article: z
    .object({ id: z.number().int(), title: z.string().nullable(), url: z.string().nullable() })
    .nullable()
    .openapi({ description: 'The article that reported it (null for an official list).' }),
  listing: z
    .object({ id: z.number().int(), list: z.string(), entryId: z.string(), program: z.string().nullable(), url: z.string().nullable() })
    .nullable()
    .openapi({ description: "The official list entry that confirmed or lifted it: the list's name, its own entry id, the program." }),
}

const EvidenceSchema = z
  .object({
    id: z.number().int(),
    status: z.enum(STATUSES).openapi({ description: 'The status as this source reported it.' }),
    reportedOn: z.string(),
    quote: z.string(),
    span: z.tuple([z.number().int(), z.number().int()]).openapi({ description: 'Offsets of the quote in the article ([0, 0] for a list).' }),
    ...EvidenceSourceFields,
  })
  .openapi('Evidence')

const HistoryEntrySchema = z
  .object({
    status: z.enum(STATUSES),
    reportedOn: z.string(),
    quote: z.string(),
    ...EvidenceSourceFields,
  })
  .openapi('StatusHistoryEntry')

export const listSanctions = createRoute({
  method: 'get',
  path: '/api/sanctions',
  tags: ['Sanctions'],
  summary: 'Measures, filtered and paginated',
  description: 'Keyset pagination: pass `nextCursor` as `cursor`. Sorted by `-lastReportedOn` unless `sort` says otherwise; ties break on id.',
  request: {
    query: MeasureFilterQuery.extend({
      sort: z
        .enum(MEASURE_SORTS, { error: `sort must be one of ${MEASURE_SORTS.join(', ')}` })
        .default('-lastReportedOn')
        .openapi({ param: { name: 'sort', in: 'query' } }),
      limit: limitParam,
      cursor: cursorParam,
    }),
  },
  responses: {
    200: {
      content: { 'application/json': { schema: z.object({ data: z.array(MeasureSchema), nextCursor: z.string().nullable() }) } },
      description: 'A page of measures',
    },
    400: problemResponse('Unknown filter value or malformed parameter'),
  },
})

const FacetSchema = z.object({ value: z.string(), name: z.string().optional(), count: z.number().int() })

export const sanctionFacets = createRoute({
  method: 'get',
  path: '/api/sanctions/facets',
  tags: ['Sanctions'],
  summary: 'Counts of measures by authority, type, status and target under the same filters',
  request: { query: MeasureFilterQuery },
  responses: {
    200: {
      content: {
        'application/json': {
          schema: z
            .object({
              authority: z.array(FacetSchema),
              type: z.array(FacetSchema),
              status: z.array(FacetSchema),
              target: z.array(FacetSchema).openapi({ description: 'The 25 targets with most measures.' }),
            })
            .openapi('Facets'),
        },
      },
      description: 'Facet counts',
    },
    400: problemResponse('Unknown filter value or malformed parameter'),
  },
})

export const getSanction = createRoute({
  method: 'get',
  path: '/api/sanctions/{id}',
  tags: ['Sanctions'],
  summary: 'One measure with its evidence and status history',
  request: { params: IdParam },
  responses: {
    200: {
      content: {
        'application/json': {
          schema: MeasureSchema.extend({ evidence: z.array(EvidenceSchema), history: z.array(HistoryEntrySchema) }).openapi('MeasureDetail'),
        },
      },
      description: 'The measure',
    },
    400: problemResponse('Invalid id'),
    404: problemResponse('No such measure'),
  },
})

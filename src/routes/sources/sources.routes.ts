import { createRoute, z } from '@hono/zod-openapi'
import { requireAdmin } from '../../lib/auth'
import { smallJsonBody } from '../../lib/request-guards'
import { IdParam, problemResponse } from '../common.schemas'

export const SOURCE_KINDS = ['feed', 'ofac-sdn', 'opensanctions'] as const

export const SourceInputSchema = z
  .object({
    kind: z.enum(SOURCE_KINDS, { error: `kind must be one of ${SOURCE_KINDS.join(', ')}` }),
    url: z.string().max(2048).openapi({ example: 'https://news.example/sanctions.rss' }),
    name: z.string().trim().min(1).max(200).optional(),
    aliasesUrl: z.string().max(2048).optional().openapi({ description: 'For `ofac-sdn`: the URL of alt.csv.' }),
  })
  .openapi('SourceInput')

export const SourceSchema = z
  .object({
    id: z.number().int(),
    kind: z.enum(SOURCE_KINDS),
    url: z.string(),
    aliasesUrl: z.string().nullable(),
    name: z.string(),
    createdAt: z.string(),
    lastRunAt: z.string().nullable(),
    lastEntryCount: z.number().int().nullable().openapi({ description: 'Entries in the last accepted list download.' }),
  })
  .openapi('Source')

const admin = { security: [{ bearerAuth: [] }], middleware: [requireAdmin()] }

export const createSource = createRoute({
  method: 'post',
  path: '/api/sources',
  tags: ['Refresh'],
  summary: 'Register a news feed or an official list to refresh from',
  ...admin,
  middleware: [requireAdmin(), ...smallJsonBody()] as const,
  request: { body: { content: { 'application/json': { schema: SourceInputSchema } }, required: true } },
  responses: {
    201: { content: { 'application/json': { schema: SourceSchema } }, description: 'The source' },
    400: problemResponse('Invalid kind or URL (only http(s); private hosts refused)'),
    401: problemResponse('Missing or wrong bearer token'),
    413: problemResponse('Body over 16 KB'),
    415: problemResponse('The body is not declared JSON'),
  },
})

export const listSources = createRoute({
  method: 'get',
  path: '/api/sources',
  tags: ['Refresh'],
  summary: 'Active sources',
  ...admin,
  responses: {
    200: { content: { 'application/json': { schema: z.object({ data: z.array(SourceSchema) }) } }, description: 'The sources' },
    401: problemResponse('Missing or wrong bearer token'),
  },
})

export const deleteSource = createRoute({
  method: 'delete',
  path: '/api/sources/{id}',
  tags: ['Refresh'],
  summary: 'Stop refreshing from a source (its past results stay)',
  ...admin,
  request: { params: IdParam },
  responses: {
    204: { description: 'Deleted' },
    400: problemResponse('Invalid id'),
    401: problemResponse('Missing or wrong bearer token'),
    404: problemResponse('No such source'),
  },
})

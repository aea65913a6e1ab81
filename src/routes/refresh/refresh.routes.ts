import { createRoute, z } from '@hono/zod-openapi'
import { requireAdmin } from '../../lib/auth'
import { cursorParam, limitParam, problemResponse } from '../common.schemas'

const SourceRunSchema = z
  .object({
    sourceId: z.number().int(),
    outcome: z.enum(['ok', 'not_modified', 'partial', 'failed']).openapi({ description: '`partial`: the run budget ran out; the next run resumes.' }),
    requests: z.number().int(),
    itemsSeen: z.number().int().openapi({ description: 'Feed items, or list entries read.' }),
    newArticles: z.number().int(),
    findings: z.number().int(),
    confirmations: z.number().int(),
    lifts: z.number().int(),
    errors: z.array(z.string()),
    durationMs: z.number().int(),
  })
  .openapi('SourceRun')

export const RunSchema = z
  .object({
    id: z.number().int(),
    trigger: z.enum(['cron', 'manual']),
    startedAt: z.string(),
    finishedAt: z.string().nullable(),
    sources: z.array(SourceRunSchema),
  })
  .openapi('RefreshRun')

const admin = { security: [{ bearerAuth: [] }], middleware: [requireAdmin()] }

export const runRefreshNow = createRoute({
  method: 'post',
  path: '/api/refresh',
  tags: ['Refresh'],
  summary: 'Run a refresh now (all sources, or one) and answer with its summary',
  ...admin,
  request: {
    query: z.object({
      source: z.coerce.number().int().positive().optional().openapi({ param: { name: 'source', in: 'query' }, description: 'Only this source id.' }),
    }),
  },
  responses: {
    200: { content: { 'application/json': { schema: RunSchema } }, description: 'The run' },
    400: problemResponse('Invalid source id'),
    401: problemResponse('Missing or wrong bearer token'),
    404: problemResponse('No such source'),
  },
})

export const listRuns = createRoute({
  method: 'get',
  path: '/api/refresh/runs',
  tags: ['Refresh'],
  summary: 'Refresh runs, newest first, with what each source did',
  ...admin,
  request: { query: z.object({ limit: limitParam, cursor: cursorParam }) },
  responses: {
    200: { content: { 'application/json': { schema: z.object({ data: z.array(RunSchema), nextCursor: z.string().nullable() }) } }, description: 'Runs' },
    400: problemResponse('Invalid parameters'),
    401: problemResponse('Missing or wrong bearer token'),
  },
})

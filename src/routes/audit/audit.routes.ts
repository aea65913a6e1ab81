import { createRoute, z } from '@hono/zod-openapi'
import { requireAdmin } from '../../lib/auth'
import { cursorParam, limitParam, problemResponse } from '../common.schemas'

export const AuditEntrySchema = z
  .object({
    id: z.number().int(),
    at: z.string().openapi({ description: 'When the change was committed (UTC).' }),
    action: z.string().openapi({ example: 'article.delete' }),
    subject: z.string().openapi({ example: 'article:12' }),
    detail: z.record(z.string(), z.unknown()),
    client: z.string().nullable().openapi({ description: 'The client address the request came from, when known.' }),
  })
  .openapi('AuditEntry')

export const listAudit = createRoute({
  method: 'get',
  path: '/api/audit',
  tags: ['Admin'],
  summary: 'The audit log: every change made through the admin API, newest first',
  security: [{ bearerAuth: [] }],
  middleware: [requireAdmin()] as const,
  request: {
    query: z.object({
      limit: limitParam,
      cursor: cursorParam,
    }),
  },
  responses: {
    200: {
      content: { 'application/json': { schema: z.object({ data: z.array(AuditEntrySchema), nextCursor: z.string().nullable() }) } },
      description: 'A page of the log',
    },
    400: problemResponse('Invalid parameters'),
    401: problemResponse('Missing or wrong bearer token'),
  },
})

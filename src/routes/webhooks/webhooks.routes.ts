import { createRoute, z } from '@hono/zod-openapi'
import { requireAdmin } from '../../lib/auth'
import { authorityName } from '../../domain/authorities'
import { MEASURE_TYPES, STATUSES } from '../../domain/taxonomy'
import { WEBHOOK_EVENTS } from '../../db/queries/webhooks'
import { smallJsonBody } from '../../lib/request-guards'
import { IdParam, MAX_LIST_VALUES, cursorParam, limitParam, problemResponse } from '../common.schemas'

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** True unless the URL names a user or password (the check runs even when `url` is not a URL). */
function withoutCredentials(raw: string): boolean {
  if (!URL.canParse(raw)) return true
  const url = new URL(raw)
  return !url.username && !url.password
}

const list = <T extends z.ZodType>(item: T) => z.array(item).min(1).max(MAX_LIST_VALUES).optional()

export const WebhookFiltersSchema = z
  .object({
    authority: list(z.string().refine((v) => authorityName(v) !== undefined, 'unknown authority id')),
    type: list(z.enum(MEASURE_TYPES)),
    status: list(z.enum(STATUSES)).openapi({ description: 'Only changes to one of these statuses.' }),
    target: list(z.string().max(200).regex(SLUG, 'target ids are lower-case ASCII words joined by "-"')),
  })
  .strict()
  .openapi('WebhookFilters', { description: 'Each filter is a list of ids; an event must match every filter given.' })

export const WebhookInputSchema = z
  .object({
    url: z
      .url({ protocol: /^https?$/, error: 'url must be an absolute http(s) URL' })
      .max(2048)
      .refine(withoutCredentials, 'url must not carry credentials')
      .openapi({ example: 'https://example.org/hooks/sanctions' }),
    events: z
      .array(z.enum(WEBHOOK_EVENTS))
      .min(1)
      .optional()
      .openapi({ description: 'Events to receive; all of them when left out.' }),
    filters: WebhookFiltersSchema.optional(),
  })
  .openapi('WebhookInput')

export const WebhookSchema = z
  .object({
    id: z.number().int(),
    url: z.string(),
    events: z.array(z.enum(WEBHOOK_EVENTS)),
    filters: WebhookFiltersSchema,
    status: z.enum(['active', 'paused']).openapi({ description: `\`paused\` after too many consecutive failed attempts; resume it with POST /api/webhooks/{id}/resume.` }),
    consecutiveFailures: z.number().int(),
    pausedAt: z.string().nullable(),
    lastSuccessAt: z.string().nullable(),
    lastFailureAt: z.string().nullable(),
    lastError: z.string().nullable(),
    pendingDeliveries: z.number().int(),
    createdAt: z.string(),
  })
  .openapi('Webhook')

const WebhookCreatedSchema = WebhookSchema.extend({
  secret: z.string().openapi({ description: 'The HMAC-SHA256 key of `X-Signature`. Shown only here: store it.' }),
}).openapi('WebhookCreated')

const DeliverySchema = z
  .object({
    id: z.number().int(),
    eventId: z.number().int(),
    event: z.enum(WEBHOOK_EVENTS),
    measureId: z.number().int(),
    state: z.enum(['pending', 'delivered']),
    attempts: z.number().int(),
    nextAttemptAt: z.string().nullable().openapi({ description: 'When a pending delivery is tried again (null once delivered).' }),
    lastAttemptAt: z.string().nullable(),
    responseStatus: z.number().int().nullable().openapi({ description: 'HTTP status of the last attempt; null when there was no answer.' }),
    error: z.string().nullable(),
    deliveredAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('WebhookDelivery')

const unauthorized = problemResponse('Missing or wrong bearer token')

export const createWebhook = createRoute({
  method: 'post',
  path: '/api/webhooks',
  tags: ['Webhooks'],
  summary: 'Register a webhook',
  description:
    'The URL receives a signed POST for each new measure and status change that matches its events and filters, from now on. The answer carries the signing secret, once.',
  security: [{ bearerAuth: [] }],
  middleware: [requireAdmin(), ...smallJsonBody()] as const,
  request: { body: { content: { 'application/json': { schema: WebhookInputSchema } }, required: true } },
  responses: {
    201: { content: { 'application/json': { schema: WebhookCreatedSchema } }, description: 'Registered' },
    400: problemResponse('Malformed JSON or invalid fields'),
    401: unauthorized,
    413: problemResponse('Body over 16 KB'),
    415: problemResponse('The body is not declared JSON'),
  },
})

export const listWebhooks = createRoute({
  method: 'get',
  path: '/api/webhooks',
  tags: ['Webhooks'],
  summary: 'Every webhook with its status',
  security: [{ bearerAuth: [] }],
  middleware: [requireAdmin()] as const,
  responses: {
    200: { content: { 'application/json': { schema: z.object({ data: z.array(WebhookSchema) }) } }, description: 'The webhooks' },
    401: unauthorized,
  },
})

export const getWebhook = createRoute({
  method: 'get',
  path: '/api/webhooks/{id}',
  tags: ['Webhooks'],
  summary: 'One webhook with its status',
  security: [{ bearerAuth: [] }],
  middleware: [requireAdmin()] as const,
  request: { params: IdParam },
  responses: {
    200: { content: { 'application/json': { schema: WebhookSchema } }, description: 'The webhook' },
    400: problemResponse('Invalid id'),
    401: unauthorized,
    404: problemResponse('No such webhook'),
  },
})

export const deleteWebhook = createRoute({
  method: 'delete',
  path: '/api/webhooks/{id}',
  tags: ['Webhooks'],
  summary: 'Remove a webhook and its delivery log',
  security: [{ bearerAuth: [] }],
  middleware: [requireAdmin()] as const,
  request: { params: IdParam },
  responses: {
    204: { description: 'Removed' },
    400: problemResponse('Invalid id'),
    401: unauthorized,
    404: problemResponse('No such webhook'),
  },
})

export const resumeWebhook = createRoute({
  method: 'post',
  path: '/api/webhooks/{id}/resume',
  tags: ['Webhooks'],
  summary: 'Resume a paused webhook',
  description: 'Sets it active with no failures counted; its pending deliveries are sent again at once.',
  security: [{ bearerAuth: [] }],
  middleware: [requireAdmin()] as const,
  request: { params: IdParam },
  responses: {
    200: { content: { 'application/json': { schema: WebhookSchema } }, description: 'The webhook, active' },
    400: problemResponse('Invalid id'),
    401: unauthorized,
    404: problemResponse('No such webhook'),
  },
})

export const listDeliveries = createRoute({
  method: 'get',
  path: '/api/webhooks/{id}/deliveries',
  tags: ['Webhooks'],
  summary: "A webhook's delivery log, newest first",
  security: [{ bearerAuth: [] }],
  middleware: [requireAdmin()] as const,
  request: { params: IdParam, query: z.object({ limit: limitParam, cursor: cursorParam }) },
  responses: {
    200: {
      content: { 'application/json': { schema: z.object({ data: z.array(DeliverySchema), nextCursor: z.string().nullable() }) } },
      description: 'A page of deliveries',
    },
    400: problemResponse('Invalid id or parameters'),
    401: unauthorized,
    404: problemResponse('No such webhook'),
  },
})

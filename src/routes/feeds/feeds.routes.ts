import { createRoute, z } from '@hono/zod-openapi'
import { etag } from 'hono/etag'
import { MEASURE_TYPES, STATUSES } from '../../domain/taxonomy'
import { AuthorityRefSchema, TargetRefSchema, problemResponse } from '../common.schemas'
import { MeasureFilterQuery } from '../sanctions/sanctions.routes'

export const FEED_DEFAULT_LIMIT = 50

const FeedQuery = MeasureFilterQuery.pick({ authority: true, type: true, target: true })
  .extend({
    status: MeasureFilterQuery.shape.status.openapi({
      param: { name: 'status', in: 'query' },
      description: `Comma-separated; only events that moved a measure to one of these statuses: ${STATUSES.join(', ')}.`,
      example: 'in_effect',
    }),
    limit: z.coerce
      .number()
      .int()
      .min(1)
      .max(100)
      .default(FEED_DEFAULT_LIMIT)
      .openapi({ param: { name: 'limit', in: 'query' }, description: `Entries, 1 to 100 (default ${FEED_DEFAULT_LIMIT}).`, example: 50 }),
  })

const FEED_DESCRIPTION =
  'New measures and status changes, newest first, from the change log. Filters narrow it to an authority, a type, a target or a status reached (a feed per target or authority). Each entry links to the measure and quotes the source that reported the change. Supports `If-None-Match` (answers 304 when nothing changed).'

const notModified = { description: 'Not modified since the ETag sent in If-None-Match' }

export const atomFeed = createRoute({
  method: 'get',
  path: '/feed.atom',
  tags: ['Feeds'],
  summary: 'Change feed as Atom',
  description: FEED_DESCRIPTION,
  middleware: [etag()] as const,
  request: { query: FeedQuery },
  responses: {
    200: {
      content: { 'application/atom+xml': { schema: z.string().openapi({ description: 'An Atom 1.0 (RFC 4287) feed document.' }) } },
      description: 'The Atom feed',
    },
    304: notModified,
    400: problemResponse('Unknown filter value or malformed parameter'),
  },
})

const JsonFeedSchema = z
  .object({
    version: z.literal('https://jsonfeed.org/version/1.1'),
    title: z.string(),
    description: z.string(),
    home_page_url: z.string(),
    feed_url: z.string(),
    language: z.string(),
    authors: z.array(z.object({ name: z.string() })),
    items: z.array(
      z.object({
        id: z.string(),
        url: z.string().openapi({ description: 'The measure (API).' }),
        external_url: z.string().optional().openapi({ description: 'The article or list that reported the change.' }),
        title: z.string(),
        content_html: z.string(),
        content_text: z.string(),
        summary: z.string().optional().openapi({ description: 'The quote that reported the change.' }),
        date_published: z.string(),
        tags: z.array(z.string()),
        _sanctions_tracker: z.object({
          about: z.string(),
          event: z.object({
            id: z.number().int(),
            kind: z.enum(['created', 'status_changed']),
            fromStatus: z.enum(STATUSES).nullable(),
            toStatus: z.enum(STATUSES),
            reportedOn: z.string(),
          }),
          measure: z.object({ id: z.number().int(), authority: AuthorityRefSchema, type: z.enum(MEASURE_TYPES), target: TargetRefSchema }),
        }),
      }),
    ),
  })
  .openapi('JsonFeed')

export const jsonFeed = createRoute({
  method: 'get',
  path: '/feed.json',
  tags: ['Feeds'],
  summary: 'Change feed as JSON Feed 1.1',
  description: FEED_DESCRIPTION,
  middleware: [etag()] as const,
  request: { query: FeedQuery },
  responses: {
    200: { content: { 'application/feed+json': { schema: JsonFeedSchema } }, description: 'The JSON feed' },
    304: notModified,
    400: problemResponse('Unknown filter value or malformed parameter'),
  },
})

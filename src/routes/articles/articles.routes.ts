import { createRoute, z } from '@hono/zod-openapi'
import { bodyLimit } from 'hono/body-limit'
import { requireAdmin } from '../../lib/auth'
import { Problem } from '../../lib/problem'
import { requireJson } from '../../lib/request-guards'
import { MEASURE_TYPES, STATUSES } from '../../domain/taxonomy'
import { AuthorityRefSchema, IdParam, TargetRefSchema, cursorParam, limitParam, problemResponse } from '../common.schemas'

/** The largest article text accepted, in UTF-8 bytes. */
export const MAX_TEXT_BYTES = 200 * 1024

export const ArticleInputSchema = z
  .object({
    text: z
      .string()
      .refine((t) => t.trim().length > 0, 'text must not be empty')
      .openapi({ description: `The article as plain text, first line the headline; up to ${MAX_TEXT_BYTES / 1024} KB.` }),
    title: z.string().trim().min(1).max(1000).optional(),
    url: z
      .url({ protocol: /^https?$/, error: 'url must be an absolute http(s) URL' })
      .max(2048)
      .optional(),
    publishedAt: z
      .union([z.iso.date(), z.iso.datetime({ offset: true })], {
        error: 'publishedAt must be a date (YYYY-MM-DD) or an ISO 8601 date-time',
      })
      .optional()
      .openapi({ example: '2022-02-25' }),
  })
  .openapi('ArticleInput')

export const ArticleSchema = z
  .object({
    id: z.number().int(),
    title: z.string().nullable(),
    url: z.string().nullable(),
    publishedOn: z.string().openapi({ description: 'Publication day (or the day of ingestion when none was given).', example: '2022-02-25' }),
    publishedAt: z.string().nullable(),
    contentHash: z.string().openapi({ description: 'SHA-256 of the text.' }),
    findingCount: z.number().int(),
    createdAt: z.string(),
  })
  .openapi('Article')

export const FindingSchema = z
  .object({
    authority: AuthorityRefSchema,
    type: z.enum(MEASURE_TYPES),
    status: z.enum(STATUSES),
    targets: z.array(TargetRefSchema),
    quote: z.string(),
    span: z.tuple([z.number().int(), z.number().int()]).openapi({ description: 'Character offsets of the quote in the text: [start, end).' }),
    measureIds: z.array(z.number().int()).openapi({ description: 'The measures this finding feeds, one per target.' }),
  })
  .openapi('Finding')

const IngestResultSchema = z.object({ article: ArticleSchema, findings: z.array(FindingSchema) }).openapi('IngestResult')

export const createArticle = createRoute({
  method: 'post',
  path: '/api/articles',
  tags: ['Articles'],
  summary: 'Ingest a news article',
  description:
    'Extracts every sanctions measure the article reports, records them and merges them into the measures. Posting the same text again answers 200 with the stored result and writes nothing.',
  security: [{ bearerAuth: [] }],
  middleware: [
    requireAdmin(),
    // A coarse cap on the raw body before it is parsed; the 200 KB limit on `text` itself is
    // checked in UTF-8 bytes by the handler (JSON escaping can make the body larger than it).
    bodyLimit({
      maxSize: MAX_TEXT_BYTES * 6 + 64 * 1024,
      onError: () => {
        throw new Problem(413, 'Content Too Large', `The request body is over the limit; text may be at most ${MAX_TEXT_BYTES} bytes.`)
      },
    }),
    requireJson(),
  ] as const,
  request: { body: { content: { 'application/json': { schema: ArticleInputSchema } }, required: true } },
  responses: {
    201: { content: { 'application/json': { schema: IngestResultSchema } }, description: 'Ingested' },
    200: { content: { 'application/json': { schema: IngestResultSchema } }, description: 'Already ingested: the stored result' },
    400: problemResponse('Malformed JSON or invalid fields'),
    401: problemResponse('Missing or wrong bearer token'),
    409: problemResponse('Another article already has this URL'),
    413: problemResponse('Text over 200 KB'),
    415: problemResponse('The body is not declared JSON'),
  },
})

export const listArticles = createRoute({
  method: 'get',
  path: '/api/articles',
  tags: ['Articles'],
  summary: 'List ingested articles, newest publication first',
  request: { query: z.object({ limit: limitParam, cursor: cursorParam }) },
  responses: {
    200: {
      content: { 'application/json': { schema: z.object({ data: z.array(ArticleSchema), nextCursor: z.string().nullable() }) } },
      description: 'A page of articles',
    },
    400: problemResponse('Invalid parameters'),
  },
})

export const getArticle = createRoute({
  method: 'get',
  path: '/api/articles/{id}',
  tags: ['Articles'],
  summary: 'One article with its text and findings',
  request: { params: IdParam },
  responses: {
    200: {
      content: {
        'application/json': {
          schema: z.object({ article: ArticleSchema.extend({ text: z.string() }), findings: z.array(FindingSchema) }),
        },
      },
      description: 'The article',
    },
    400: problemResponse('Invalid id'),
    404: problemResponse('No such article'),
  },
})

export const deleteArticle = createRoute({
  method: 'delete',
  path: '/api/articles/{id}',
  tags: ['Articles'],
  summary: 'Retract an article',
  description:
    'Removes the article and its evidence, and recomputes the status, dates and history of every measure it fed; a measure left without evidence is removed. Other measures are untouched. Recorded in the audit log.',
  security: [{ bearerAuth: [] }],
  middleware: [requireAdmin()] as const,
  request: { params: IdParam },
  responses: {
    200: {
      content: {
        'application/json': {
          schema: z
            .object({
              article: z.object({ id: z.number().int(), title: z.string().nullable(), url: z.string().nullable() }),
              measuresRecomputed: z.array(z.number().int()).openapi({ description: 'Measures that keep other evidence.' }),
              measuresRemoved: z.array(z.number().int()).openapi({ description: 'Measures this article was the only evidence of.' }),
            })
            .openapi('Retraction'),
        },
      },
      description: 'Retracted',
    },
    400: problemResponse('Invalid id'),
    401: problemResponse('Missing or wrong bearer token'),
    404: problemResponse('No such article'),
  },
})

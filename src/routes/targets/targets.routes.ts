import { createRoute, z } from '@hono/zod-openapi'
import { TARGET_KINDS } from '../../domain/taxonomy'
import { TargetRefSchema, cursorParam, enumCsvParam, limitParam, problemResponse } from '../common.schemas'
import { MeasureSchema } from '../sanctions/sanctions.routes'

export const listTargets = createRoute({
  method: 'get',
  path: '/api/targets',
  tags: ['Targets'],
  summary: 'Targets, by name words and kind',
  request: {
    query: z.object({
      q: z
        .string()
        .trim()
        .min(1)
        .max(200)
        .optional()
        .openapi({ param: { name: 'q', in: 'query' }, description: 'Words in any name the target is known by (prefix match).', example: 'lavrov' }),
      kind: enumCsvParam('kind', TARGET_KINDS, 'person'),
      limit: limitParam,
      cursor: cursorParam,
    }),
  },
  responses: {
    200: {
      content: {
        'application/json': {
          schema: z.object({ data: z.array(TargetRefSchema.extend({ measureCount: z.number().int() })), nextCursor: z.string().nullable() }),
        },
      },
      description: 'A page of targets in id order',
    },
    400: problemResponse('Invalid parameters'),
  },
})

export const getTarget = createRoute({
  method: 'get',
  path: '/api/targets/{id}',
  tags: ['Targets'],
  summary: 'A target, its aliases and every measure against it',
  request: {
    params: z.object({
      id: z
        .string()
        .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a target id is lower-case ASCII words joined by "-"')
        .max(200)
        .openapi({ param: { name: 'id', in: 'path' }, example: 'vladimir-putin' }),
    }),
  },
  responses: {
    200: {
      content: {
        'application/json': {
          schema: TargetRefSchema.extend({
            aliases: z.array(z.string()),
            measures: z.array(MeasureSchema),
            listings: z
              .array(
                z
                  .object({
                    list: z.string().openapi({ example: 'OFAC SDN List' }),
                    authority: z.string().openapi({ example: 'us' }),
                    type: z.string().openapi({ example: 'asset_freeze' }),
                    entryId: z.string().openapi({ description: "The list's own id of the entry." }),
                    entryName: z.string(),
                    program: z.string().nullable(),
                    firstSeenOn: z.string(),
                    removedOn: z.string().nullable().openapi({ description: 'When a complete download no longer listed it.' }),
                    url: z.string(),
                  })
                  .openapi('OfficialListing'),
              )
              .openapi({ description: 'Where the target is (or was) on an official sanctions list.' }),
          }).openapi('TargetDetail'),
        },
      },
      description: 'The target',
    },
    400: problemResponse('Invalid id'),
    404: problemResponse('No such target'),
  },
})

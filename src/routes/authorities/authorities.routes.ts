import { createRoute, z } from '@hono/zod-openapi'

export const listAuthorities = createRoute({
  method: 'get',
  path: '/api/authorities',
  tags: ['Authorities'],
  summary: 'Authorities that have measures, with their counts',
  responses: {
    200: {
      content: {
        'application/json': {
          schema: z.object({
            data: z.array(
              z
                .object({
                  id: z.string().openapi({ example: 'eu' }),
                  name: z.string().openapi({ example: 'European Union' }),
                  kind: z.enum(['state', 'organization']),
                  measureCount: z.number().int(),
                })
                .openapi('Authority'),
            ),
          }),
        },
      },
      description: 'Every authority with at least one recorded measure',
    },
  },
})

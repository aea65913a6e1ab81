/**
 * `GET /`: a small index of the API for people and health checks. The tracker's HTML pages
 * replace this once they exist.
 */
import { createRouter } from '../../create-app'

const router = createRouter()
router.get('/', (c) =>
  c.json({
    name: 'Sanctions tracker',
    description: 'Sanctions measures reported in the news, merged across articles, with quotes and status history.',
    openapi: '/openapi.json',
    endpoints: [
      'POST /api/articles',
      'GET /api/articles',
      'GET /api/articles/{id}',
      'GET /api/sanctions',
      'GET /api/sanctions/facets',
      'GET /api/sanctions/{id}',
      'GET /api/targets',
      'GET /api/targets/{id}',
      'GET /api/authorities',
    ],
  }),
)

export default router

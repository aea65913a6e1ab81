/**
 * `GET /api`: a small machine-readable index of the API, for people and health checks. `GET /`
 * is the tracker's HTML home page (routes/pages).
 */
import { createRouter } from '../../create-app'

const router = createRouter()
router.get('/api', (c) =>
  c.json({
    name: 'Sanctions tracker',
    description: 'Sanctions measures reported in the news, merged across articles, with quotes and status history.',
    openapi: '/openapi.json',
    pages: ['/', '/targets/{id}', '/overview', '/embed-code'],
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
      'GET /api/embed',
      'GET /widget.js',
      'GET /embed',
    ],
  }),
)

export default router

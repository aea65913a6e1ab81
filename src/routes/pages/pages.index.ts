/**
 * The tracker's own pages: `/` (latest measures with filters and facet counts),
 * `/targets/{id}` (a target's measures and status histories), `/overview` (authority × measure
 * type) and `/embed-code` (the embed snippet generator).
 */
import { createRouter } from '../../create-app'
import * as handlers from './pages.handlers'

const router = createRouter()
router.get('/', handlers.home)
router.get('/targets/:id', handlers.target)
router.get('/overview', handlers.overview)
router.get('/embed-code', handlers.embedCode)
router.get('/favicon.svg', handlers.favicon)

export default router

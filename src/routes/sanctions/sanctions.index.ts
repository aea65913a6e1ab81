import { createRouter } from '../../create-app'
import * as handlers from './sanctions.handlers'
import * as routes from './sanctions.routes'

const router = createRouter()
// facets before {id}: both live under /api/sanctions/
router.openapi(routes.sanctionFacets, handlers.facets)
router.openapi(routes.listSanctions, handlers.list)
router.openapi(routes.getSanction, handlers.get)

export default router

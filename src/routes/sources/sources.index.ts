import { createRouter } from '../../create-app'
import * as handlers from './sources.handlers'
import * as routes from './sources.routes'

const router = createRouter()
router.openapi(routes.createSource, handlers.create)
router.openapi(routes.listSources, handlers.list)
router.openapi(routes.deleteSource, handlers.remove)

export default router

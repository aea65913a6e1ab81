import { createRouter } from '../../create-app'
import * as handlers from './targets.handlers'
import * as routes from './targets.routes'

const router = createRouter()
router.openapi(routes.listTargets, handlers.list)
router.openapi(routes.getTarget, handlers.get)

export default router

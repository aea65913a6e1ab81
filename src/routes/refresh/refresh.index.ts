import { createRouter } from '../../create-app'
import * as handlers from './refresh.handlers'
import * as routes from './refresh.routes'

const router = createRouter()
router.openapi(routes.runRefreshNow, handlers.run)
router.openapi(routes.listRuns, handlers.list)

export default router

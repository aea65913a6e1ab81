import { createRouter } from '../../create-app'
import * as handlers from './audit.handlers'
import * as routes from './audit.routes'

const router = createRouter()
router.openapi(routes.listAudit, handlers.list)

export default router

import { createRouter } from '../../create-app'
import * as handlers from './authorities.handlers'
import * as routes from './authorities.routes'

const router = createRouter()
router.openapi(routes.listAuthorities, handlers.list)

export default router

import { createRouter } from '../../create-app'
import * as handlers from './feeds.handlers'
import * as routes from './feeds.routes'

const router = createRouter()
router.openapi(routes.atomFeed, handlers.atom)
router.openapi(routes.jsonFeed, handlers.json)

export default router

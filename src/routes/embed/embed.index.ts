import { createRouter } from '../../create-app'
import * as handlers from './embed.handlers'
import * as routes from './embed.routes'

const router = createRouter()
router.openapi(routes.listEmbedMeasures, handlers.list)
router.get('/embed', handlers.embed)
router.get('/widget.js', handlers.widget)

export default router

import { createRouter } from '../../create-app'
import * as handlers from './webhooks.handlers'
import * as routes from './webhooks.routes'

const router = createRouter()
router.openapi(routes.createWebhook, handlers.create)
router.openapi(routes.listWebhooks, handlers.list)
router.openapi(routes.getWebhook, handlers.get)
router.openapi(routes.deleteWebhook, handlers.remove)
router.openapi(routes.resumeWebhook, handlers.resume)
router.openapi(routes.listDeliveries, handlers.deliveries)

export default router

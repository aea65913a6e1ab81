import { createRouter } from '../../create-app'
import * as handlers from './articles.handlers'
import * as routes from './articles.routes'

const router = createRouter()
router.openapi(routes.createArticle, handlers.create)
router.openapi(routes.listArticles, handlers.list)
router.openapi(routes.getArticle, handlers.get)
router.openapi(routes.deleteArticle, handlers.remove)

export default router

import { createRouter } from '../../create-app'
import * as handlers from './exports.handlers'
import * as routes from './exports.routes'

const router = createRouter()
router.openapi(routes.exportCsv, handlers.csv)
router.openapi(routes.exportNdjson, handlers.ndjson)
router.openapi(routes.exportFtm, handlers.ftm)

export default router

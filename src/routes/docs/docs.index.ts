/**
 * `GET /docs`: an interactive reference of `/openapi.json` (Swagger UI). @hono/swagger-ui was
 * chosen over @scalar/hono-api-reference because it is one 4 KB module with no dependencies
 * that only writes the page; Swagger UI itself is loaded by the browser from the CDN, pinned
 * to one version and checked by Subresource Integrity, so nothing of it is in the Worker.
 *
 * The page sets its own Content-Security-Policy: the CDN's script and style (by SRI), its one
 * inline script by hash, and requests to this origin only (the document and "Try it out").
 */
import { swaggerUI } from '@hono/swagger-ui'
import type { AppEnv } from '../../app-env'
import { createRouter } from '../../create-app'

export const SWAGGER_UI_VERSION = '5.35.0'
const CDN = 'https://cdn.jsdelivr.net'
const ASSETS = {
  js: { url: `${CDN}/npm/swagger-ui-dist@${SWAGGER_UI_VERSION}/swagger-ui-bundle.js`, integrity: 'sha384-gjRm0bEPMeTmMh5jT2cHccIwCUZSTd8YC+j0d0sXw0MdGEfScduGpSyF3ZSSLkX9' },
  css: { url: `${CDN}/npm/swagger-ui-dist@${SWAGGER_UI_VERSION}/swagger-ui.css`, integrity: 'sha384-WlYgdmXYOOBWL5apwjDEZwN+U3HmXSSu5R6V5aGxEcf7z+KuRNwBhoxKVN1i3D5I' },
}

export const DOCS_INIT_SCRIPT =
  "window.onload = () => { window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#swagger-ui', deepLinking: true, persistAuthorization: false }) }"

let initHash: Promise<string> | undefined
function initScriptHash(): Promise<string> {
  initHash ??= crypto.subtle.digest('SHA-256', new TextEncoder().encode(DOCS_INIT_SCRIPT)).then((d) => {
    let binary = ''
    for (const byte of new Uint8Array(d)) binary += String.fromCharCode(byte)
    return `'sha256-${btoa(binary)}'`
  })
  return initHash
}

const page = swaggerUI<AppEnv>({
  title: 'Sanctions tracker API',
  url: '/openapi.json',
  manuallySwaggerUIHtml: () =>
    [
      '<div id="swagger-ui"></div>',
      `<link rel="stylesheet" href="${ASSETS.css.url}" integrity="${ASSETS.css.integrity}" crossorigin="anonymous" />`,
      `<script src="${ASSETS.js.url}" integrity="${ASSETS.js.integrity}" crossorigin="anonymous"></script>`,
      `<script>${DOCS_INIT_SCRIPT}</script>`,
    ].join('\n'),
})

const router = createRouter()
router.get('/docs', async (c, next) => {
  c.header(
    'Content-Security-Policy',
    [
      "default-src 'none'",
      `script-src ${CDN} ${await initScriptHash()}`,
      // Swagger UI sets element styles at run time
      `style-src ${CDN} 'unsafe-inline'`,
      `img-src 'self' data: ${CDN}`,
      "connect-src 'self'",
      "base-uri 'none'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ].join('; '),
  )
  return page(c, next)
})

export default router

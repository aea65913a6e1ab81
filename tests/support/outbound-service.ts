/**
 * The test Worker's outbound service (vitest.config.ts, `miniflare.outboundService`). It runs
 * in Node, outside workerd, and stands in for services the tests need from outside the Worker:
 *
 * - `POST http://openapi-validator.test/` validates the JSON body as an OpenAPI document with
 *   @seriousme/openapi-schema-validator (which reads its JSON Schemas from disk and so cannot
 *   run inside workerd) and answers `{ valid, errors? }`.
 *
 * Every other request goes out unchanged, as it would without this service.
 */
import { Validator } from '@seriousme/openapi-schema-validator'

export const OPENAPI_VALIDATOR_URL = 'http://openapi-validator.test/'

export async function outboundService(request: Request): Promise<Response> {
  if (request.url === OPENAPI_VALIDATOR_URL && request.method === 'POST') {
    const validator = new Validator()
    const result = await validator.validate((await request.json()) as Parameters<Validator['validate']>[0])
    return Response.json({ ...result, version: validator.version })
  }
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD'
  return fetch(request.url, {
    method: request.method,
    headers: request.headers,
    body: hasBody ? await request.arrayBuffer() : undefined,
    redirect: 'manual',
  })
}

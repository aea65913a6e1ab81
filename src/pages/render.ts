/**
 * Sends a page: doctype, the rendered JSX, and the page's Content-Security-Policy, which lets
 * exactly its own inline style and script run (by hash) and says who may frame it.
 */
import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { contentSecurityPolicy, type PagePolicy } from './csp'

export async function sendPage(
  c: Context,
  page: { toString(): string | Promise<string> },
  policy: PagePolicy,
  status: ContentfulStatusCode = 200,
): Promise<Response> {
  const html = `<!DOCTYPE html>${await page.toString()}`
  c.header('Content-Security-Policy', await contentSecurityPolicy(policy))
  return c.html(html, status)
}

/**
 * Admin routes require `Authorization: Bearer <ADMIN_TOKEN>`. The token is a secret read per
 * request, so Hono's `bearerAuth` is given a verifier rather than a fixed token; the comparison
 * is constant-time so response timing reveals nothing about the token.
 */
import type { MiddlewareHandler } from 'hono'
import { bearerAuth } from 'hono/bearer-auth'
import { HTTPException } from 'hono/http-exception'
import { timingSafeEqual } from 'hono/utils/buffer'

export const requireAdmin = (): MiddlewareHandler => {
  const verify = bearerAuth({
    verifyToken: async (token, c) => {
      const expected = (c.env as { ADMIN_TOKEN?: string } | undefined)?.ADMIN_TOKEN
      // No configured token means no admin access at all, never "any token".
      if (!expected) return false
      return timingSafeEqual(token, expected)
    },
  })
  return async (c, next) => {
    // A malformed header (another scheme, an empty token) is a 401 like a wrong token, not the
    // 400 bearerAuth gives it: the answer tells a stranger nothing more than "no".
    const header = c.req.header('authorization')
    if (header !== undefined && !/^Bearer +[A-Za-z0-9._~+/-]+=*$/.test(header)) {
      throw new HTTPException(401, { res: new Response(null, { status: 401, headers: { 'www-authenticate': 'Bearer realm=""' } }) })
    }
    return verify(c, next)
  }
}

/**
 * Admin routes require `Authorization: Bearer <ADMIN_TOKEN>`. The token is a secret read per
 * request, so Hono's `bearerAuth` is given a verifier rather than a fixed token; the comparison
 * is constant-time so response timing reveals nothing about the token.
 */
import type { MiddlewareHandler } from 'hono'
import { bearerAuth } from 'hono/bearer-auth'
import { timingSafeEqual } from 'hono/utils/buffer'

export const requireAdmin = (): MiddlewareHandler<{ Bindings: { ADMIN_TOKEN?: string } }> =>
  bearerAuth({
    verifyToken: async (token, c) => {
      const expected = c.env.ADMIN_TOKEN
      // No configured token means no admin access at all, never "any token".
      if (!expected) return false
      return timingSafeEqual(token, expected)
    },
  })

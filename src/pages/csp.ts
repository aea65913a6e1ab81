/**
 * Content-Security-Policy of the HTML pages. Pages inline their one style sheet and their one
 * small script (no extra round trip), allowed by hash rather than by nonce: a nonce would make
 * every answer different and defeat the ETag. Nothing else inline runs.
 */

const hashes = new Map<string, Promise<string>>()

/** The CSP source expression (`'sha256-…'`) of an inline script or style, memoised per isolate. */
export function hashSource(text: string): Promise<string> {
  let hash = hashes.get(text)
  if (!hash) {
    hash = crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)).then((digest) => {
      const bytes = new Uint8Array(digest)
      let binary = ''
      for (const byte of bytes) binary += String.fromCharCode(byte)
      return `'sha256-${btoa(binary)}'`
    })
    hashes.set(text, hash)
  }
  return hash
}

export interface PagePolicy {
  /** Inline <style> contents. */
  styles: readonly string[]
  /** Inline <script> contents. */
  scripts: readonly string[]
  /** Who may frame the page: `'none'` for the tracker's pages, `*` for the embed. */
  frameAncestors: "'none'" | '*'
  /** Whether the page loads the widget from this origin (the snippet generator's preview). */
  loadsWidget?: boolean
}

/** Builds the policy: nothing loads unless listed; forms post only to the tracker. */
export async function contentSecurityPolicy(policy: PagePolicy): Promise<string> {
  const styles = await Promise.all(policy.styles.map(hashSource))
  const scripts = await Promise.all(policy.scripts.map(hashSource))
  const directives = [
    "default-src 'none'",
    `style-src ${styles.join(' ') || "'none'"}`,
    `script-src ${[...(policy.loadsWidget ? ["'self'"] : []), ...scripts].join(' ') || "'none'"}`,
    "img-src 'self' data:",
    policy.loadsWidget ? "connect-src 'self'" : undefined,
    policy.loadsWidget ? "frame-src 'self'" : undefined,
    policy.frameAncestors === '*' ? "form-action 'none'" : "form-action 'self'",
    "base-uri 'none'",
    `frame-ancestors ${policy.frameAncestors}`,
  ]
  return directives.filter(Boolean).join('; ')
}

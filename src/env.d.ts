// Secrets are not in wrangler.toml, so `wrangler types` cannot see them; they are declared here.
// ADMIN_TOKEN: the bearer token of every write and admin route (see .dev.vars.example).
declare namespace Cloudflare {
  interface Env {
    ADMIN_TOKEN?: string
  }
}
interface Env {
  ADMIN_TOKEN?: string
}

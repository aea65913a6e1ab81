/** The HTML answer of a page request that cannot be served: a bad filter, an unknown target. */
import type { FC } from 'hono/jsx'
import { SiteLayout } from './components'

export const ErrorPage: FC<{ status: number; title: string; details: string[] }> = ({ status, title, details }) => (
  <SiteLayout title={title}>
    <h1>{title}</h1>
    <p class="lead">{status === 404 ? 'There is nothing here.' : 'The request could not be served as it is.'}</p>
    {details.length > 0 && (
      <ul class="card">
        {details.map((d) => (
          <li>{d}</li>
        ))}
      </ul>
    )}
    <p>
      <a href="/">← Latest measures</a>
    </p>
  </SiteLayout>
)

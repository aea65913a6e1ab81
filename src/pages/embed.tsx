/**
 * `GET /embed`: the iframe embed, for sites that allow only iframes. A complete page that shows
 * the measures without JavaScript; its one small script only reports its height to the parent
 * page (postMessage) so the frame can be sized to fit. Links open outside the frame.
 */
import type { FC } from 'hono/jsx'
import type { EmbedMeasure } from '../routes/embed/embed-view'
import { EMBED_CSS, EMBED_JS } from './assets'
import { Document, DayRange, StatusBadge } from './components'
import type { Theme } from './filters'
import { safeHref, typeLabel } from './labels'

export interface EmbedProps {
  measures: EmbedMeasure[]
  /** The full view on the tracker under the same filters. */
  moreUrl: string
  theme: Theme
  /** Why nothing could be shown (an invalid filter). */
  error?: string
  /** The box's title: names the target when the embed is about one. */
  title?: string
}

const NewTab: FC<{ href: string; children: unknown }> = ({ href, children }) => (
  <a href={href} target="_blank" rel="noopener">
    {children as string}
  </a>
)

const EmbedItem: FC<{ m: EmbedMeasure }> = ({ m }) => {
  // the article when it has a URL, otherwise the measure's evidence on the tracker
  const source = m.source && (safeHref(m.source.url) ?? m.url)
  return (
    <li>
      <p class="k">
        <StatusBadge status={m.status} />
        {m.authority.name} · {typeLabel(m.type)}
      </p>
      <p class="n">
        <NewTab href={m.url}>{m.target.name}</NewTab>
      </p>
      {m.source && <q>{m.source.quote}</q>}
      <p class="m">
        Reported <DayRange from={m.firstReportedOn} to={m.lastReportedOn} />
        {source && (
          <>
            {' · Source: '}
            <NewTab href={source}>{m.source?.title || 'article'}</NewTab>
          </>
        )}
      </p>
    </li>
  )
}

export const EmbedPage: FC<EmbedProps> = ({ measures, moreUrl, theme, error, title = 'Sanctions' }) => (
  <Document title={title === 'Sanctions' ? 'Sanctions measures' : title} css={EMBED_CSS} script={EMBED_JS} htmlClass={theme}>
    <section class="box" aria-label="Sanctions tracker">
      <header>
        <strong>{title}</strong>
        <span>As reported in the news</span>
      </header>
      {error ? (
        <p class="s" role="alert">
          {error}
        </p>
      ) : measures.length ? (
        <ul aria-label="Sanctions measures">
          {measures.map((m) => (
            <EmbedItem m={m} />
          ))}
        </ul>
      ) : (
        <p class="s">No measures match these filters yet.</p>
      )}
      <footer>
        <NewTab href={moreUrl}>Full view on the tracker →</NewTab>
      </footer>
    </section>
  </Document>
)

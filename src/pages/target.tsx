/**
 * `GET /targets/{id}`: one target, every name it was reported under, and each measure against
 * it with its status history: one entry per article, with the quote and a link to the source.
 */
import type { FC } from 'hono/jsx'
import type { statusHistory } from '../routes/sanctions/measure-view'
import { Day, DayRange, ExternalLink, SiteLayout, StatusBadge } from './components'
import { queryString, NO_FILTERS } from './filters'
import type { MeasureView } from './home'
import { kindLabel, plural, safeHref, typeLabel } from './labels'

export type HistoryEntry = ReturnType<typeof statusHistory>[number]

export interface TargetProps {
  target: { id: string; name: string; kind: string }
  aliases: string[]
  measures: (MeasureView & { history: HistoryEntry[] })[]
}

/** Where an entry of the history comes from: an article, or an official list's entry. */
const Source: FC<{ entry: HistoryEntry }> = ({ entry }) => {
  if (entry.article) {
    const title = entry.article.title ?? `Article ${entry.article.id}`
    const href = safeHref(entry.article.url)
    return href ? <ExternalLink href={href}>{title}</ExternalLink> : <span>{title}</span>
  }
  if (entry.listing) {
    const listing = entry.listing
    const title = `${listing.list}, entry ${listing.entryId}${listing.program ? ` (${listing.program})` : ''}`
    const href = safeHref(listing.url)
    return href ? <ExternalLink href={href}>{title}</ExternalLink> : <span>{title}</span>
  }
  return <span>unknown</span>
}

export const TargetPage: FC<TargetProps> = ({ target, aliases, measures }) => (
  <SiteLayout title={target.name} description={`Sanctions measures against ${target.name} reported in the news.`}>
    <p class="small">
      <a href={`/${queryString({ ...NO_FILTERS, target: [target.id] })}`}>← All measures against {target.name} in the list</a>
    </p>
    <h1>{target.name}</h1>
    <p class="lead">
      {kindLabel(target.kind)} · {plural(measures.length, 'measure')} reported ·{' '}
      <a href={`/embed-code${queryString({ ...NO_FILTERS, target: [target.id] })}`}>Embed these measures</a>
    </p>
    {aliases.length > 0 && (
      <p class="aliases">
        <span class="muted">Also reported as: </span>
        {aliases.join(', ')}
      </p>
    )}
    <div class="stack">
      {measures.map((m) => (
        <section class="card measure" id={`measure-${m.id}`} aria-labelledby={`measure-${m.id}-title`}>
          <div class="measure-head">
            <h2 id={`measure-${m.id}-title`}>
              {m.authority.name} · {typeLabel(m.type)}
            </h2>
            <StatusBadge status={m.status} />
          </div>
          <p class="muted small">
            Reported <DayRange from={m.firstReportedOn} to={m.lastReportedOn} /> · {plural(m.evidenceCount, 'source')}
          </p>
          <h3>Status history</h3>
          <ol class="history">
            {m.history.map((entry) => (
              <li>
                <StatusBadge status={entry.status} /> <Day day={entry.reportedOn} />
                <blockquote>{entry.quote}</blockquote>
                <span class="small">
                  Source: <Source entry={entry} />
                </span>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  </SiteLayout>
)

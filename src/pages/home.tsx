/**
 * `GET /`: the latest measures under the chosen filters, with facet counts that say how many
 * measures each further choice would show. Filters are a plain GET form (checkboxes per facet),
 * so the page works without JavaScript; with it, a checkbox applies at once.
 */
import type { FC } from 'hono/jsx'
import type { toMeasure } from '../routes/sanctions/measure-view'
import { DayRange, SiteLayout, StatusBadge } from './components'
import { LIST_FILTERS, hasFilters, queryString, toggled, type ListFilter, type PageFilters } from './filters'
import { plural, statusLabel, typeLabel } from './labels'

export type MeasureView = ReturnType<typeof toMeasure>
export interface Facet {
  value: string
  name?: string | null
  count: number
}
export type Facets = Record<ListFilter, Facet[]>

export interface HomeProps {
  filters: PageFilters
  measures: MeasureView[]
  /** `cursor` of the next (older) page, if there is one. */
  nextCursor: string | null
  /** Whether this is a later page (a cursor was given). */
  paged: boolean
  /** Per filter: counts of each value under the other filters. */
  facets: Facets
  /** Measures matching all filters. */
  total: number
}

/** How many filter values are chosen. */
const activeCount = (filters: PageFilters) => LIST_FILTERS.reduce((n, name) => n + filters[name].length, filters.q ? 1 : 0)

const FACET_TITLES: Record<ListFilter, string> = { authority: 'Authority', type: 'Measure', status: 'Status', target: 'Target' }

function facetLabel(name: ListFilter, facet: Facet): string {
  if (name === 'type') return typeLabel(facet.value)
  if (name === 'status') return statusLabel(facet.value)
  return facet.name ?? facet.value
}

/** One fieldset of checkboxes; chosen values stay listed (count 0) so they can be unchecked. */
const FacetFieldset: FC<{ name: ListFilter; facets: Facet[]; chosen: string[] }> = ({ name, facets, chosen }) => {
  const listed = new Set(facets.map((f) => f.value))
  const all = [...facets, ...chosen.filter((v) => !listed.has(v)).map((value) => ({ value, count: 0 }))]
  if (!all.length) return null
  return (
    <fieldset>
      <legend>{FACET_TITLES[name]}</legend>
      {all.map((facet) => {
        const id = `f-${name}-${facet.value}`
        return (
          <label class="facet" for={id}>
            <span class="facet-name">
              <input type="checkbox" id={id} name={name} value={facet.value} checked={chosen.includes(facet.value)} />
              <span>{facetLabel(name, facet)}</span>
            </span>{' '}
            <span class="count">
              {facet.count}
              <span class="sr-only"> {facet.count === 1 ? 'measure' : 'measures'}</span>
            </span>
          </label>
        )
      })}
    </fieldset>
  )
}

/** The chosen filter values as links that remove them. */
const ActiveFilters: FC<{ filters: PageFilters; facets: Facets }> = ({ filters, facets }) => {
  const chips: { href: string; text: string }[] = []
  for (const name of LIST_FILTERS) {
    for (const value of filters[name]) {
      const facet = facets[name].find((f) => f.value === value) ?? { value, count: 0 }
      chips.push({ href: `/${queryString(toggled(filters, name, value))}`, text: facetLabel(name, facet) })
    }
  }
  if (filters.q) chips.push({ href: `/${queryString({ ...filters, q: undefined })}`, text: `“${filters.q}”` })
  if (!chips.length) return null
  return (
    <ul class="chips" aria-label="Active filters">
      {chips.map((chip) => (
        <li>
          <a href={chip.href} aria-label={`Remove filter ${chip.text}`}>
            {chip.text} ×
          </a>
        </li>
      ))}
    </ul>
  )
}

/** Measures as a table (stacked cards on narrow screens). */
export const MeasureTable: FC<{ measures: MeasureView[]; caption: string }> = ({ measures, caption }) => (
  <div class="table-wrap">
    <table class="measures">
      <caption class="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Status</th>
          <th scope="col">Authority</th>
          <th scope="col">Measure</th>
          <th scope="col">Target</th>
          <th scope="col">Reported</th>
          <th scope="col" class="num">
            Sources
          </th>
        </tr>
      </thead>
      <tbody>
        {measures.map((m) => (
          <tr>
            <td data-label="Status">
              <StatusBadge status={m.status} />
            </td>
            <td data-label="Authority">{m.authority.name}</td>
            <td data-label="Measure">{typeLabel(m.type)}</td>
            <td data-label="Target">
              <a class="target-name" href={`/targets/${m.target.id}#measure-${m.id}`}>
                {m.target.name}
              </a>
            </td>
            <td data-label="Reported">
              <DayRange from={m.firstReportedOn} to={m.lastReportedOn} />
            </td>
            <td data-label="Sources" class="num">
              {m.evidenceCount}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  </div>
)

export const HomePage: FC<HomeProps> = ({ filters, measures, nextCursor, paged, facets, total }) => (
  <SiteLayout title="Sanctions tracker" current="measures">
    <h1>Sanctions measures in the news</h1>
    <p class="lead">
      Every sanctions measure the news reports, merged across articles: who does what to whom, how far along it is, and the sentence that says
      so. Open a target for its status history with quotes and sources.
    </p>
    <div class="layout">
      <form class="card filters" method="get" action="/" data-autosubmit aria-label="Filters">
        <details open data-collapse-narrow>
          <summary>Filters{activeCount(filters) ? ` (${activeCount(filters)} active)` : ''}</summary>
          <label class="field">
            <span>Search names and quotes</span>
            <input type="search" name="q" value={filters.q ?? ''} placeholder="e.g. lavrov, swift" />
          </label>
          {LIST_FILTERS.map((name) => (
            <FacetFieldset name={name} facets={facets[name]} chosen={filters[name]} />
          ))}
          <div class="actions">
            <button class="btn" type="submit">
              Apply filters
            </button>
            {hasFilters(filters) && <a href="/">Clear all</a>}
          </div>
        </details>
      </form>
      <section aria-labelledby="results-title">
        <div class="results-head">
          <h2 id="results-title">{plural(total, 'measure')}</h2>
          <a href={`/embed-code${queryString(filters)}`}>Embed this view</a>
        </div>
        <ActiveFilters filters={filters} facets={facets} />
        {measures.length ? (
          <MeasureTable measures={measures} caption="Measures, most recently reported first" />
        ) : (
          <p class="card">{hasFilters(filters) ? 'No measure matches these filters.' : 'No measures yet: post an article to POST /api/articles.'}</p>
        )}
        <nav class="pager" aria-label="Pages">
          {paged ? <a href={`/${queryString(filters)}`}>← Latest measures</a> : <span />}
          {nextCursor && <a href={`/${queryString(filters, { cursor: nextCursor })}`}>Older measures →</a>}
        </nav>
      </section>
    </div>
  </SiteLayout>
)

/**
 * `GET /overview`: which authority has done what. Authorities down, measure types across, each
 * cell the number of measures (shaded by count) linking to those measures, with the count by
 * status spelled out for screen readers and on hover.
 */
import type { FC } from 'hono/jsx'
import { STATUSES, type MeasureType, type Status } from '../domain/taxonomy'
import { SiteLayout } from './components'
import { NO_FILTERS, queryString } from './filters'
import { plural, statusLabel, typeLabel } from './labels'

export interface MatrixCell {
  count: number
  byStatus: Partial<Record<Status, number>>
}

export interface MatrixRow {
  authority: { id: string; name: string }
  cells: Partial<Record<MeasureType, MatrixCell>>
  total: number
}

export interface OverviewProps {
  /** Measure types that occur at all, in taxonomy order. */
  types: MeasureType[]
  rows: MatrixRow[]
  totals: { byType: Partial<Record<MeasureType, number>>; all: number }
}

/** The shade of a count relative to the largest one: 1 (lightest) to 4. */
function heat(count: number, max: number): number {
  return Math.max(1, Math.ceil((count / Math.max(max, 1)) * 4))
}

function describe(cell: MatrixCell): string {
  return STATUSES.filter((s) => cell.byStatus[s])
    .map((s) => `${cell.byStatus[s]} ${statusLabel(s).toLowerCase()}`)
    .join(', ')
}

export const OverviewPage: FC<OverviewProps> = ({ types, rows, totals }) => {
  const max = Math.max(0, ...rows.flatMap((r) => Object.values(r.cells).map((c) => c?.count ?? 0)))
  return (
    <SiteLayout title="Overview" current="overview" description="Which authority has taken which sanctions measures, as the news reports them.">
      <h1>Who has done what</h1>
      <p class="lead">
        Measures by authority and type, {plural(totals.all, 'measure')} in all. Each number links to those measures; hover or focus it for the count
        by status.
      </p>
      {rows.length === 0 ? (
        <p class="card">No measures yet.</p>
      ) : (
        <div class="table-wrap">
          <table class="matrix">
            <caption class="sr-only">Number of measures by authority (rows) and measure type (columns)</caption>
            <thead>
              <tr>
                <th scope="col">Authority</th>
                {types.map((type) => (
                  <th scope="col">{typeLabel(type)}</th>
                ))}
                <th scope="col" class="num">
                  Total
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr>
                  <th scope="row">
                    <a href={`/${queryString({ ...NO_FILTERS, authority: [row.authority.id] })}`}>{row.authority.name}</a>
                  </th>
                  {types.map((type) => {
                    const cell = row.cells[type]
                    if (!cell) return <td>{''}</td>
                    const detail = describe(cell)
                    return (
                      <td class={`heat-${heat(cell.count, max)}`}>
                        <a href={`/${queryString({ ...NO_FILTERS, authority: [row.authority.id], type: [type] })}`} title={detail}>
                          {cell.count}
                          <span class="sr-only">
                            {' '}
                            {cell.count === 1 ? 'measure' : 'measures'}: {detail}
                          </span>
                        </a>
                      </td>
                    )
                  })}
                  <td class="num">{row.total}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">All authorities</th>
                {types.map((type) => (
                  <td>
                    <a href={`/${queryString({ ...NO_FILTERS, type: [type] })}`}>{totals.byType[type] ?? 0}</a>
                  </td>
                ))}
                <td class="num">{totals.all}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </SiteLayout>
  )
}

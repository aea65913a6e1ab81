/** Shapes measures for embeds: the API's measure plus where to read more and its best source. */
import type { MeasureWithSourceRow } from '../../db/queries/pages'
import { toMeasure } from '../sanctions/measure-view'

/** The tracker's page of one measure (its target's page, at the measure). */
export const measurePageUrl = (origin: string, targetId: string, measureId: number) => `${origin}/targets/${targetId}#measure-${measureId}`

/** A measure as `GET /api/embed` answers it (and the iframe embed shows it): links are absolute. */
export function toEmbedMeasure(row: MeasureWithSourceRow, origin: string) {
  return {
    ...toMeasure(row),
    url: measurePageUrl(origin, row.targetId, row.id),
    source:
      row.sourceQuote === null
        ? null
        : {
            // an article's title and URL, or an official list's name and address
            title: row.sourceTitle ?? row.sourceList,
            url: row.sourceUrl ?? row.sourceListUrl,
            quote: row.sourceQuote,
            reportedOn: row.sourceReportedOn ?? row.lastReportedOn,
          },
  }
}

export type EmbedMeasure = ReturnType<typeof toEmbedMeasure>

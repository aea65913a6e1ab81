/**
 * Annotated news paragraphs beyond the dev corpus (other regimes, authorities and measure
 * types: Belarus, North Korea, Myanmar, Venezuela, Chinese export controls, Iran, a lifting,
 * a UN arms embargo, broadcast bans, tariffs and MFN status, the G7 oil price cap, ...),
 * scored with the same triple logic. They guard the rules against fitting the dev articles.
 *
 * The rules alone report nothing beyond the annotation; the learned passes on top trade a little
 * of that precision for recall (a kind or a name a careful annotator left out), but never report
 * what the text denies.
 */
import { describe, expect, it } from 'vitest'
import { extractFindings } from '../../src/extract'
import aliases from '../fixtures/corpus/extra/aliases.json'
import { scoreArticle, totals, type GoldArticle } from './score'

const texts = import.meta.glob<string>('../fixtures/corpus/extra/*.txt', { query: '?raw', import: 'default', eager: true })
const golds = import.meta.glob<GoldArticle & { file: string; publishedAt?: string }>('../fixtures/corpus/extra/[0-9]*.json', { import: 'default', eager: true })

const articles = Object.values(golds).map((gold) => {
  const text = texts[`../fixtures/corpus/extra/${gold.file}`]
  if (text === undefined) throw new Error(`missing text ${gold.file}`)
  return {
    name: gold.file,
    text,
    score: scoreArticle(extractFindings(text, { publishedAt: gold.publishedAt }), gold, aliases),
    rulesScore: scoreArticle(extractFindings(text, { publishedAt: gold.publishedAt, learnedPasses: false }), gold, aliases),
  }
})

describe('extra annotated paragraphs', () => {
  it('has them all', () => {
    expect(articles.length).toBeGreaterThanOrEqual(20)
  })

  it('scores F1 >= 0.9 and status accuracy >= 0.9 over all of them', () => {
    const t = totals(articles.map((a) => a.score))
    const detail = articles
      .filter((a) => a.score.missed.length + a.score.extra.length > 0)
      .map((a) => `${a.name}: missed ${a.score.missed.join(', ')}; extra ${a.score.extra.join(', ')}`)
      .join('\n')
    expect(t.f1, detail).toBeGreaterThanOrEqual(0.9)
    expect(t.precision, detail).toBeGreaterThanOrEqual(0.9)
    expect(t.statusAcc).toBeGreaterThanOrEqual(0.9)
  })

  it.each(articles.map((a) => [a.name, a] as const))('%s: reports nothing the text denies; the rules alone nothing extra', (_name, a) => {
    expect(a.score.negationErrors).toBe(0)
    expect(a.rulesScore.negationErrors).toBe(0)
    expect(a.rulesScore.extra).toEqual([])
  })
})

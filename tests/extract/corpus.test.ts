/**
 * The annotated dev articles, scored with the project scorer's triple logic.
 */
import { describe, expect, it } from 'vitest'
import { extractFindings } from '../../src/extract'
import aliases from '../fixtures/corpus/aliases.json'
import seedGold from '../fixtures/corpus/01-seed-article.json'
import seedText from '../fixtures/corpus/01-seed-article.txt?raw'
import swiftGold from '../fixtures/corpus/02-swift-and-central-bank.json'
import swiftText from '../fixtures/corpus/02-swift-and-central-bank.txt?raw'
import oligarchsGold from '../fixtures/corpus/03-oligarchs.json'
import oligarchsText from '../fixtures/corpus/03-oligarchs.txt?raw'
import iranGold from '../fixtures/corpus/04-iran-oil-network.json'
import iranText from '../fixtures/corpus/04-iran-oil-network.txt?raw'
import { scoreArticle, totals, type GoldArticle } from './score'

const articles: { name: string; text: string; gold: GoldArticle & { publishedAt?: string } }[] = [
  { name: '01-seed-article', text: seedText, gold: seedGold },
  { name: '02-swift-and-central-bank', text: swiftText, gold: swiftGold },
  { name: '03-oligarchs', text: oligarchsText, gold: oligarchsGold },
  { name: '04-iran-oil-network', text: iranText, gold: iranGold },
]

const scores = articles.map((a) => ({ ...a, score: scoreArticle(extractFindings(a.text, { publishedAt: a.gold.publishedAt }), a.gold, aliases) }))

describe('dev corpus', () => {
  it.each(scores.map((s) => [s.name, s] as const))('%s: quotes are exact slices of the text', (_name, s) => {
    for (const f of extractFindings(s.text)) expect(s.text.slice(f.span[0], f.span[1])).toBe(f.quote)
  })

  it('scores F1 >= 0.95 and status accuracy >= 0.9 overall', () => {
    const t = totals(scores.map((s) => s.score))
    const detail = scores.map((s) => `${s.name}: missed ${s.score.missed.join(', ')}; extra ${s.score.extra.join(', ')}`).join('\n')
    expect(t.f1, detail).toBeGreaterThanOrEqual(0.95)
    expect(t.statusAcc, detail).toBeGreaterThanOrEqual(0.9)
    expect(t.negationErrors).toBe(0)
  })

  it('gets every required triple of the seed article with an acceptable status', () => {
    const seed = scores[0]!.score
    expect(seed.missed).toEqual([])
    expect(seed.wrongStatus).toEqual([])
    expect(seed.extra).toEqual([])
  })

  it('reports nothing for what an article says was not done', () => {
    for (const s of scores) expect(s.score.negationErrors, s.name).toBe(0)
  })
})

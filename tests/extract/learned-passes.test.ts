/**
 * The learned passes over the rules' findings: names near a measure (attachment.ts) and the other
 * kinds of a designation (kind-spreading.ts). Their mechanics are tested with hand-set models, so
 * that these tests do not move when the models are retrained. The shipped models are tested for
 * what holds whatever the weights (they only add, never report what the text denies, never repeat
 * a measure, and every quote is the article's text at its span) and on one plain case each that
 * a retrained model should still get; if a retraining loses one, look at why before changing it.
 */
import { describe, expect, it } from 'vitest'
import type { Finding } from '../../src/domain/taxonomy'
import { extractFindings } from '../../src/extract'
import { attachByModel, attachmentCandidates } from '../../src/extract/attachment'
import { readByRules } from '../../src/extract/index'
import { kindCandidates, spreadKinds } from '../../src/extract/kind-spreading'
import type { LinearModel } from '../../src/extract/learned-pass'

const triples = (findings: Finding[]): string[] =>
  findings.flatMap((f) => f.targets.map((t) => `${f.authority.id}|${f.type}|${t.id}`)).sort()

/** What the passes see: the rules' findings, the sentences and their names. */
const read = readByRules

/** A model that takes every candidate with `feature` and nothing else. */
const takes = (feature: string): LinearModel => ({ threshold: 0.5, bias: -10, weights: { [feature]: 20 } })
const TAKES_ALL: LinearModel = { threshold: 0.5, bias: 10, weights: {} }
const TAKES_NONE: LinearModel = { threshold: 0.5, bias: -10, weights: {} }

describe('the names pass', () => {
  const text = 'Markets update\nThe U.S. Treasury on Tuesday froze the assets of Kestrel Components Ltd, a Hong Kong electronics distributor. Its director, Chen Yufan, founded the firm in 2009, the department said.'

  it('gives a name in the next sentence a finding of its own that quotes both sentences', () => {
    const { findings, sentences, names } = read(text)
    expect(triples(findings)).toEqual(['us|asset_freeze|kestrel-components-ltd'])
    const out = attachByModel(text, findings, sentences, names, takes('d=1'))
    expect(triples(out)).toEqual(['us|asset_freeze|chen-yufan', 'us|asset_freeze|kestrel-components-ltd'])
    const added = out.find((f) => f.targets.some((t) => t.id === 'chen-yufan'))!
    expect(added.quote).toBe(text.slice(added.span[0], added.span[1]))
    expect(added.quote).toMatch(/^The U\.S\. Treasury .* Chen Yufan, founded the firm in 2009, the department said\.$/)
    expect(added.status).toBe('in_effect')
  })

  it('adds a name of the same sentence to the finding itself, and nothing the model declines', () => {
    const same = 'Markets update\nThe U.S. Treasury on Tuesday froze the assets of Kestrel Components Ltd, whose director Chen Yufan met Lin Bo in Macau.'
    const { findings, sentences, names } = read(same)
    const candidates = attachmentCandidates(findings, sentences, names).map((c) => c.target.id)
    expect(candidates).toEqual(expect.arrayContaining(['lin-bo']))
    const out = attachByModel(same, findings, sentences, names, TAKES_ALL)
    expect(out).toHaveLength(findings.length)
    expect(out[0]!.targets.map((t) => t.id)).toEqual(expect.arrayContaining(['kestrel-components-ltd', 'lin-bo']))
    expect(out[0]!.quote).toBe(findings[0]!.quote)
    expect(attachByModel(same, findings, sentences, names, TAKES_NONE)).toEqual(findings)
  })

  it('offers no name from a sentence that denies, nor one that only describes the person after it', () => {
    const denied = 'Markets update\nBritain on Monday froze the assets of Arbat Estates, a Moscow property developer. Its owner, Lev Krasin, was not sanctioned. Rosneft chief Igor Sechin met the firm\'s lawyers in London.'
    const { findings, sentences, names } = read(denied)
    const ids = attachmentCandidates(findings, sentences, names).map((c) => c.target.id)
    expect(ids).not.toContain('lev-krasin')
    expect(ids).not.toContain('rosneft')
    // (The sentence itself is offered: its person is a candidate.)
    expect(ids).toContain('igor-sechin')
    const out = attachByModel(denied, findings, sentences, names, TAKES_ALL)
    expect(triples(out)).not.toContain('gb|asset_freeze|lev-krasin')
  })

  it('offers no name from the headline, which restates the body in shorthand', () => {
    const headlined = 'Britain targets Volna Bank and Dmitri Osin\nBritain on Monday froze the assets of Volna Bank, a Moscow lender.'
    const { findings, sentences, names } = read(headlined)
    expect(attachmentCandidates(findings, sentences, names).map((c) => c.target.id)).not.toContain('dmitri-osin')
  })

  it('does not repeat a name the article already reports for that measure', () => {
    const twice = 'Markets update\nThe EU froze the assets of Volna Bank. It also froze the assets of Dmitri Osin. Volna Bank is owned by Osin.'
    const { findings, sentences, names } = read(twice)
    const out = attachByModel(twice, findings, sentences, names, TAKES_ALL)
    const keys = triples(out)
    expect(keys.filter((k) => k === 'eu|asset_freeze|volna-bank')).toHaveLength(triples(findings).filter((k) => k === 'eu|asset_freeze|volna-bank').length)
    expect(keys.filter((k) => k === 'eu|asset_freeze|dmitri-osin')).toHaveLength(triples(findings).filter((k) => k === 'eu|asset_freeze|dmitri-osin').length)
  })
})

describe('the kinds pass', () => {
  const text = 'Markets update\nThe European Union on Monday froze the assets of two Belarusian judges, Anton Kirsh and Vera Lysenko, and banned them from entering the bloc. Pavel Dudko, the head of a penal colony, was also put under sanctions.'

  it("spreads the kinds the same authority used to a designation's targets, quoting the designation", () => {
    const { findings, sentences } = read(text)
    expect(triples(findings)).toContain('eu|sanctions|pavel-dudko')
    const added = spreadKinds(text, findings, sentences, undefined, takes('K=sanctions'))
    expect(triples(added)).toEqual(['eu|asset_freeze|pavel-dudko', 'eu|travel_ban|pavel-dudko'])
    const dudko = findings.find((f) => f.type === 'sanctions')!
    for (const f of added) {
      // The quote runs from the sentence that reports the kind to the one that names Dudko.
      expect(f.quote).toBe(text.slice(f.span[0], f.span[1]))
      expect(f.quote).toMatch(/^The European Union on Monday froze the assets .* was also put under sanctions\.$/)
      expect(f.status).toBe(dudko.status)
    }
  })

  it('offers a kind a company cannot have, so that the model can weigh it, and nothing of another authority', () => {
    const mixed = 'Markets update\nBritain on Monday banned Lev Krasin from travelling to the UK. The United States froze the assets of Arbat Estates.'
    const { findings, sentences } = read(mixed)
    expect(kindCandidates(findings, sentences)).toEqual([])
    const firms = 'Markets update\nBritain on Monday banned Lev Krasin from travelling to the UK. It also imposed sanctions on his company, Arbat Estates.'
    const r = read(firms)
    const candidates = kindCandidates(r.findings, r.sentences)
    expect(candidates.map((c) => `${c.type}|${c.target.id}`)).toEqual(['travel_ban|arbat-estates'])
    expect(candidates[0]!.source.targets.map((t) => t.id)).toEqual(['lev-krasin'])
    expect(candidates[0]!.features).toContain('T|tk=travel_ban|organization')
  })

  it('spreads nothing to targets of a sentence that denies', () => {
    const denied = 'Markets update\nThe EU froze the assets of Anton Kirsh and banned him from travel. It imposed sanctions on Vera Lysenko but did not freeze her assets.'
    const { findings, sentences } = read(denied)
    expect(spreadKinds(denied, findings, sentences, undefined, TAKES_ALL).flatMap((f) => f.targets.map((t) => t.id))).not.toContain('vera-lysenko')
  })
})

describe('the shipped models', () => {
  const articles = [
    'Markets update\nThe U.S. Treasury on Tuesday designated Kestrel Components Ltd, a Hong Kong electronics distributor, and its director Chen Yufan. All property of the company and the individual under U.S. jurisdiction is frozen and Americans are generally prohibited from dealing with them. Treasury also designated Marlow Trading FZE, a Dubai freight forwarder, for shipping the parts to Russia.',
    'Markets update\nRussia on Tuesday barred U.S. officials Mark Tollan and Rita Vance from entering the country. The ministry said the list also included the senator Jon Sabel, but that it had left the former envoy Paul Dorsey off the list.',
    'Markets update\nCanada on Thursday imposed sanctions on four Iranian prison officials. The measures freeze any assets they hold in Canada. Those listed include Reza Tavangar and his deputy Farhad Mousavi, though the prison itself was spared.',
    'Markets update\nThe U.S. Treasury on Tuesday imposed sanctions on Kestrel Components Ltd and its director Chen Yufan. The action freezes any property they hold in the United States and generally bars Americans from dealing with them. Treasury also sanctioned Marlow Trading FZE, a Dubai freight forwarder.',
  ]

  it.each(articles)('only add to what the rules report, with quotes that are the text at their spans (%#)', (text) => {
    const rules = triples(extractFindings(text, { learnedPasses: false }))
    const all = extractFindings(text)
    expect(triples(all)).toEqual(expect.arrayContaining(rules))
    for (const f of all) expect(text.slice(f.span[0], f.span[1])).toBe(f.quote)
  })

  it.each(articles)('never report one measure twice from one quote (%#)', (text) => {
    const keys = extractFindings(text).flatMap((f) => f.targets.map((t) => `${f.authority.id}|${f.type}|${f.status}|${f.span[0]}|${f.span[1]}|${t.id}`))
    expect(keys).toEqual([...new Set(keys)])
  })

  it('never report a name the text leaves off the list', () => {
    expect(triples(extractFindings(articles[1]!)).filter((k) => k.endsWith('|paul-dorsey'))).toEqual([])
  })

  it('add a name from the sentence after a measure ("Treasury also designated X" after the blocking)', () => {
    const [text] = articles
    expect(triples(extractFindings(text!, { learnedPasses: false }))).not.toContain('us|transaction_ban|marlow-trading-fze')
    expect(triples(extractFindings(text!))).toContain('us|transaction_ban|marlow-trading-fze')
  })

  it('give a target designated later the kind the article reports for the others, quoting both', () => {
    const text = articles[3]!
    expect(triples(extractFindings(text, { learnedPasses: false }))).not.toContain('us|transaction_ban|marlow-trading-fze')
    const added = extractFindings(text).find((f) => f.type === 'transaction_ban' && f.targets.some((t) => t.id === 'marlow-trading-fze'))
    expect(added?.quote).toMatch(/^The action freezes any property .* Treasury also sanctioned Marlow Trading FZE, a Dubai freight forwarder\.$/)
  })
})

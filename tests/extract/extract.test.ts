/**
 * Hand-written sentences for the hard cases of extraction, one behaviour per test.
 */
import { describe, expect, it } from 'vitest'
import type { Finding } from '../../src/domain/taxonomy'
import { extractFindings } from '../../src/extract'
import { splitSentences } from '../../src/extract/sentences'

/** The first line of an article is its headline; tests of body sentences get a neutral one. */
const body = (text: string): Finding[] => extractFindings(`Markets update\n${text}`)

/** "authority|type|target|status" for every target of every finding. */
const triples = (findings: Finding[]): string[] =>
  findings.flatMap((f) => f.targets.map((t) => `${f.authority.id}|${f.type}|${t.id}|${f.status}`)).sort()

/** Triples without status. */
const keys = (findings: Finding[]): string[] => [...new Set(triples(findings).map((t) => t.split('|').slice(0, 3).join('|')))].sort()

describe('sentences', () => {
  it('keeps the headline and captions apart and quotes exact slices', () => {
    const text = 'EU bans Russian oil\nSmoke rises over the port. Picture: AP Photo/Jane Doe\nThe EU banned imports of Russian oil. Mr. Smith said so.'
    const s = splitSentences(text)
    expect(s.map((x) => [x.text, x.headline, x.caption])).toEqual([
      ['EU bans Russian oil', true, false],
      ['Smoke rises over the port. Picture: AP Photo/Jane Doe', false, true],
      ['The EU banned imports of Russian oil.', false, false],
      ['Mr. Smith said so.', false, false],
    ])
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text)
  })

  it('cuts a run-on sentence at a comma, keeping exact offsets', () => {
    const text = `Head\n${'The EU froze the assets of Rosneft, '.repeat(40)}end.`
    const s = splitSentences(text)
    expect(s.length).toBeGreaterThan(2)
    for (const x of s) {
      expect(x.text.length).toBeLessThanOrEqual(600)
      expect(text.slice(x.start, x.end)).toBe(x.text)
    }
  })

  it('does not split inside a quotation or after "U.S."', () => {
    const s = splitSentences('Head\n"We will act. This will hurt," the minister said. The U.S. Treasury agreed.')
    expect(s.map((x) => x.text)).toEqual(['Head', '"We will act. This will hurt," the minister said.', 'The U.S. Treasury agreed.'])
  })
})

describe('authorities', () => {
  it('gives one finding per authority acting together', () => {
    const f = body('The United States, the European Union, the United Kingdom and Canada agreed on Saturday to remove several Russian banks from SWIFT.')
    expect(keys(f)).toEqual(['ca|swift_exclusion|russia', 'eu|swift_exclusion|russia', 'gb|swift_exclusion|russia', 'us|swift_exclusion|russia'])
  })

  it('resolves "the four governments" to the group named before', () => {
    const f = body('The United States, the European Union, Britain and Canada agreed to act on Saturday. In a joint statement, the four governments said they would impose restrictive measures on the Central Bank of Russia.')
    expect(keys(f)).toEqual(['ca|transaction_ban|central-bank-of-russia', 'eu|transaction_ban|central-bank-of-russia', 'gb|transaction_ban|central-bank-of-russia', 'us|transaction_ban|central-bank-of-russia'])
  })

  it('reads capitals, bodies and leaders as their state', () => {
    expect(keys(body('Washington imposed sanctions on Rosneft.'))).toEqual(['us|sanctions|rosneft'])
    expect(keys(body('The Foreign Office froze the assets of Oleg Deripaska.'))).toEqual(['gb|asset_freeze|oleg-deripaska'])
    expect(keys(body('The bloc imposed a travel ban on Viktor Khrenin.'))).toEqual(['eu|travel_ban|viktor-khrenin'])
    expect(keys(body('The Biden administration banned imports of Russian oil.'))).toEqual(['us|import_ban|russia'])
  })

  it('takes the agent of a passive', () => {
    expect(keys(body('Roman Abramovich was sanctioned by Canada in March.'))).toEqual(['ca|sanctions|roman-abramovich'])
  })

  it('does not make a state that only backs a measure its authority', () => {
    const f = body('German officials said Berlin now backed a SWIFT ban on Russian banks.')
    expect(f.filter((x) => x.authority.id === 'de')).toEqual([])
  })

  it('takes the speaker of a first-person quote as the authority', () => {
    const f = body('"We will paralyse the assets of Russia\'s central bank," European Commission President Ursula von der Leyen told reporters.')
    expect(triples(f)).toEqual(['eu|asset_freeze|central-bank-of-russia|announced'])
  })

  it('never makes a state the target of its own measure', () => {
    expect(keys(body('Moscow said Russian sanctions on Western food would stay.'))).toEqual([])
  })
})

describe('targets', () => {
  it('reads several targets joined in one phrase', () => {
    const f = body('The EU froze the assets of President Vladimir Putin and Foreign Minister Sergei Lavrov.')
    expect(keys(f)).toEqual(['eu|asset_freeze|sergei-lavrov', 'eu|asset_freeze|vladimir-putin'])
  })

  it('reads the named members of a group ("X and six others including Y and Z")', () => {
    const f = body('Britain froze the assets of Roman Abramovich and six others, including Oleg Deripaska and Igor Sechin.')
    expect(keys(f)).toEqual(['gb|asset_freeze|igor-sechin', 'gb|asset_freeze|oleg-deripaska', 'gb|asset_freeze|roman-abramovich'])
  })

  it('resolves honorifics and spelling variants to the first full name', () => {
    const f = body('Russia\'s Foreign Minister Sergey Lavrov flew to Minsk. Britain later froze the assets of Mr Lavrov, and Canada banned Sergei Lavrov from entering the country.')
    expect(keys(f)).toEqual(['ca|travel_ban|sergey-lavrov', 'gb|asset_freeze|sergey-lavrov'])
  })

  it('drops an organisation that only describes the person ("Chelsea owner ...")', () => {
    expect(keys(body('Britain froze the assets of Chelsea owner Roman Abramovich.'))).toEqual(['gb|asset_freeze|roman-abramovich'])
  })

  it('takes targets named in an earlier sentence when the measure names none', () => {
    const f = body('The US will freeze the assets of Vladimir Putin and Sergey Lavrov. White House press secretary Jen Psaki indicated the US sanctions will include a travel ban.')
    expect(triples(f).filter((t) => t.includes('travel_ban'))).toEqual(['us|travel_ban|sergey-lavrov|announced', 'us|travel_ban|vladimir-putin|announced'])
  })

  it('resolves "the pair", "the seven men" and "them" to earlier targets', () => {
    const f = body('Canada froze the assets of Alisher Usmanov and Igor Shuvalov. The pair are now subject to a travel ban, and Canadian firms are barred from doing business with them.')
    expect(keys(f)).toEqual([
      'ca|asset_freeze|alisher-usmanov', 'ca|asset_freeze|igor-shuvalov',
      'ca|transaction_ban|alisher-usmanov', 'ca|transaction_ban|igor-shuvalov',
      'ca|travel_ban|alisher-usmanov', 'ca|travel_ban|igor-shuvalov',
    ])
  })

  it('never makes a speaker or the authority\'s own official a target', () => {
    const f = body('"There is no hiding place," Foreign Secretary Liz Truss said after Britain imposed sanctions on Rosneft chief executive Igor Sechin.')
    expect(keys(f)).toEqual(['gb|sanctions|igor-sechin'])
  })

  it('makes the state the target when only its sector is named', () => {
    expect(keys(body('Canada said its airspace was already closed to Russian planes.'))).toEqual(['ca|airspace_closure|russia'])
    expect(keys(body('Britain banned flights from Belarus.'))).toEqual(['gb|airspace_closure|belarus'])
    expect(keys(body('Japan will ban imports of Iranian oil.'))).toEqual(['jp|import_ban|iran'])
  })

  it('names a central bank in any of its forms', () => {
    for (const text of ['The EU froze the reserves of Russia\'s central bank.', 'The EU froze the reserves of the Russian central bank.', 'The EU froze the reserves of the Central Bank of Russia.']) {
      expect(keys(body(text))).toEqual(['eu|asset_freeze|central-bank-of-russia'])
    }
  })

  it('reads vessels named after "tanker"', () => {
    const f = body('The Treasury designated the oil tanker Adrian Darya 1 on Friday.')
    expect(f[0]?.targets).toEqual([{ id: 'adrian-darya-1', name: 'Adrian Darya 1', kind: 'vessel' }])
  })
})

describe('negation', () => {
  it.each([
    'Abramovich, who denies ties to the Kremlin, was not sanctioned by the United States.',
    'The European Union has not imposed sanctions on Roman Abramovich.',
    'Japan declined to impose sanctions on Roman Abramovich.',
    'Britain ruled out sanctions against Roman Abramovich for now.',
    'Roman Abramovich was left off the sanctions list published by the EU.',
    'Switzerland refused to freeze the assets of Roman Abramovich.',
  ])('reports nothing for "%s"', (text) => {
    expect(body(`Roman Abramovich owns Chelsea. ${text}`)).toEqual([])
  })

  it('does not let a negated authority leak into the next finding', () => {
    const f = body('Roman Abramovich was not sanctioned by the United States. Canada sanctioned Roman Abramovich later in March.')
    expect(keys(f)).toEqual(['ca|sanctions|roman-abramovich'])
  })

  it('reads "not off the table" as a proposal, not a denial', () => {
    const f = body('EU ministers said booting Russia out of SWIFT was not off the table.')
    expect(triples(f)).toEqual(['eu|swift_exclusion|russia|proposed'])
  })

  it('ignores talk of evading sanctions', () => {
    expect(body('Iran relies on front companies to evade U.S. sanctions.')).toEqual([])
  })
})

describe('status', () => {
  it.each([
    ['Britain is considering sanctions on Rosneft.', 'proposed'],
    ['The EU called for an arms embargo on Myanmar.', 'proposed'],
    ['Britain could impose sanctions on Rosneft.', 'proposed'],
    ['Further sanctions on Rosneft were still possible, EU ministers said.', 'proposed'],
    ['Britain will impose sanctions on Rosneft.', 'announced'],
    ['Britain plans to impose sanctions on Rosneft.', 'announced'],
    ['Britain is moving to impose sanctions on Rosneft.', 'announced'],
    ['EU ministers approved sanctions on Rosneft.', 'adopted'],
    ['EU leaders agreed to impose sanctions on Rosneft.', 'adopted'],
    ['Britain imposed sanctions on Rosneft.', 'in_effect'],
    ['Rosneft is now subject to British sanctions.', 'in_effect'],
    ['The British ban on Rosneft took effect on Monday.', 'in_effect'],
    ['Britain lifted sanctions on Rosneft.', 'lifted'],
    ['Britain unfroze the assets of Rosneft.', 'lifted'],
    ['Britain removed Rosneft from its sanctions list.', 'lifted'],
  ])('"%s" is %s', (text, status) => {
    const f = body(text)
    expect(f.length, JSON.stringify(f)).toBeGreaterThan(0)
    expect(f.map((x) => x.status)).toContain(status)
  })

  it('lets a modal outrank the tense of the measure verb', () => {
    expect(triples(body('The assets of Rosneft would be frozen by Britain.'))).toEqual(['gb|asset_freeze|rosneft|announced'])
  })
})

describe('discourse', () => {
  it('gives "Among those sanctioned are X" every measure of the statement before', () => {
    const f = body('Australia imposed targeted financial sanctions and travel bans on 14 Russian individuals. Among those sanctioned are Margarita Simonyan and the Strategic Culture Foundation.')
    expect(keys(f)).toEqual([
      'au|asset_freeze|margarita-simonyan', 'au|asset_freeze|strategic-culture-foundation',
      'au|travel_ban|margarita-simonyan', 'au|travel_ban|strategic-culture-foundation',
    ])
  })

  it('completes a group that was only described ("100 oil tankers" ... "the vessels, which include X")', () => {
    const f = body('Britain sanctioned up to 100 oil tankers on Friday. The vessels, which include the Eagle S tanker, are now banned from British ports.')
    expect(keys(f)).toContain('gb|sanctions|eagle-s')
  })

  it('resolves "the bloc" and "the council" to the body named before', () => {
    const f = body('The Economic Community of West African States met in Accra. The bloc suspended Guinea from its decision-making bodies.')
    expect(keys(f)).toEqual(['ecowas|suspension|guinea'])
  })

  it('resolves a short organisation name to the full one ("Wagner" → "Wagner Group")', () => {
    const f = body('The Wagner Group operates in Mali. The European Union added Wagner to its terrorism list.')
    expect(keys(f)).toEqual(['eu|sanctions|wagner-group'])
  })

  it('drops a quoted nickname from a name', () => {
    const f = body('The Security Council imposed a travel ban on gang leader Jimmy "Barbecue" Cherizier.')
    expect(keys(f)).toEqual(['un|travel_ban|jimmy-cherizier'])
  })

  it('reads a denied end as a measure still in force ("will not ease its sanctions")', () => {
    expect(triples(body('Japan will not ease its sanctions on Russia until troops withdraw.'))).toEqual(['jp|sanctions|russia|in_effect'])
  })
})

describe('headlines and captions', () => {
  it('reads only known names in a title-case headline', () => {
    const text = 'U.S. Sanctions Wagner Group Over Africa Gold Operations\nThe Wagner Group has been active in the Central African Republic.'
    expect(keys(extractFindings(text))).toEqual(['us|sanctions|wagner-group'])
  })

  it('extracts a measure from a headline', () => {
    const text = 'UK freezes assets of Roman Abramovich\nThe Chelsea owner denies wrongdoing.'
    const f = extractFindings(text)
    expect(triples(f)).toEqual(['gb|asset_freeze|roman-abramovich|in_effect'])
    expect(f[0]?.quote).toBe('UK freezes assets of Roman Abramovich')
  })

  it('lets the body decide the status of a measure the headline restates', () => {
    const text = 'China restricts exports of gallium to the United States\nChina said on Monday it would impose export controls on gallium shipments to the United States.'
    expect(triples(extractFindings(text))).toEqual(['cn|export_ban|united-states|announced'])
  })

  it('reads nothing from a photo caption', () => {
    const text = 'Markets update\nA tanker sanctioned by the US sails past Singapore. Picture: Reuters/John Doe\nPrices fell.'
    expect(extractFindings(text)).toEqual([])
  })
})

describe('measure types', () => {
  it.each([
    ['The EU froze the assets of Rosneft.', 'asset_freeze'],
    ['OFAC designated Rosneft on Friday.', 'asset_freeze'],
    ['Britain imposed a travel ban on Igor Sechin.', 'travel_ban'],
    ['The US will impose visa restrictions on Igor Sechin.', 'travel_ban'],
    ['The EU agreed to cut Sberbank off from SWIFT.', 'swift_exclusion'],
    ['British companies are barred from doing business with Rosneft.', 'transaction_ban'],
    ['The US imposed export controls on Huawei.', 'export_ban'],
    ['The Commerce Department added Huawei to its Entity List.', 'export_ban'],
    ['The EU banned imports of Russian steel.', 'import_ban'],
    ['The EU agreed an oil embargo on Russia.', 'import_ban'],
    ['The US banned new investment in Myanmar.', 'investment_ban'],
    ['Canada closed its airspace to Russian aircraft.', 'airspace_closure'],
    ['Britain banned the flag carrier Aeroflot.', 'airspace_closure'],
    ['The UN Security Council imposed an arms embargo on South Sudan.', 'arms_embargo'],
    ['The EU banned RT and Sputnik from broadcasting.', 'broadcast_ban'],
    ['The US imposed tariffs on Chinese goods.', 'trade_restriction'],
    ['Canada revoked the most-favoured-nation status of Russia.', 'trade_restriction'],
    ['The G7 agreed a price cap on Russian oil.', 'trade_restriction'],
    ['The Council of Europe suspended Russia from the organisation.', 'suspension'],
    ['Australia imposed sanctions on Rosneft.', 'sanctions'],
    ['Britain added Rosneft to its blacklist.', 'sanctions'],
  ])('"%s" is %s', (text, type) => {
    expect(body(text).map((f) => f.type)).toEqual([type])
  })

  it('drops the unspecified "sanctions" when the statement names the kind', () => {
    const f = body('Britain imposed sanctions on Rosneft, freezing its assets.')
    expect(keys(f)).toEqual(['gb|asset_freeze|rosneft'])
  })
})

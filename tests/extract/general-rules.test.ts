/**
 * Hand-written sentences for rules of ordinary news English: inverted passives, objects after
 * prepositions, acronyms in brackets, officials speaking in a capital, family names, licences.
 */
import { describe, expect, it } from 'vitest'
import type { Finding } from '../../src/domain/taxonomy'
import { extractFindings } from '../../src/extract'

const body = (text: string): Finding[] => extractFindings(`Markets update\n${text}`)

/** "authority|type|target|status" for every target of every finding. */
const triples = (findings: Finding[]): string[] =>
  findings.flatMap((f) => f.targets.map((t) => `${f.authority.id}|${f.type}|${t.id}|${f.status}`)).sort()

const keys = (findings: Finding[]): string[] => [...new Set(triples(findings).map((t) => t.split('|').slice(0, 3).join('|')))].sort()

describe('general rules', () => {
  it('reads the subject of an inverted passive after the verb ("Also sanctioned were X and Y")', () => {
    const f = body('Canada imposed sanctions on Norden Freight. Also sanctioned were the Strategic Reserve Fund of Laos, which officials said had moved money, and Kestrel Metals Ltd., which the ministry said owned a smelter.')
    expect(keys(f)).toEqual(expect.arrayContaining(['ca|sanctions|kestrel-metals-ltd', 'ca|sanctions|strategic-reserve-fund-of-laos']))
    expect(keys(f)).not.toContain('ca|sanctions|laos')
  })

  it('reads "it" after a preposition as the target named before', () => {
    const f = body('Australia imposed sanctions on Corvina Bank. The order bars Australians from doing business with it.')
    expect(triples(f)).toContain('au|transaction_ban|corvina-bank|in_effect')
  })

  it('does not take a group after a preposition for the subject ("flights between the two countries")', () => {
    const f = body('Moldova said it would suspend all flights between the two countries and close its airspace to Russian aircraft.')
    expect(keys(f)).toContain('md|airspace_closure|russia')
  })

  it('keeps an acronym in brackets with its organisation and reads on past it', () => {
    const f = body('Japan froze the assets of Delta Mining Corporation (DMC) and Orion Shipping Company (OSC), two firms based abroad.')
    expect(keys(f)).toEqual(['jp|asset_freeze|delta-mining-corporation', 'jp|asset_freeze|orion-shipping-company'])
  })

  it('does not read the subject of a new clause as a target (", and Canada moved against ...")', () => {
    const f = body('Britain imposed sanctions on Taurus Holdings, and Canada moved against its chairman.')
    expect(keys(f)).toContain('gb|sanctions|taurus-holdings')
    expect(keys(f)).not.toContain('gb|sanctions|canada')
  })

  it('gives an official speaking in a capital the authority of that state', () => {
    const f = body('The talks ended late. In Ottawa, Foreign Affairs Minister Jane Doherty said the government had frozen the assets of Volga Grain Corp.')
    expect(keys(f)).toEqual(['ca|asset_freeze|volga-grain-corp'])
  })

  it('reads a compound office word ("Vice-Admiral") as a title, not a name', () => {
    const f = body('The EU imposed travel bans on Admiral Pavel Orlov and his deputy, Vice-Admiral Ivan Sokol.')
    expect(keys(f)).toEqual(['eu|travel_ban|ivan-sokol', 'eu|travel_ban|pavel-orlov'])
  })

  it('gives a relative named by a given name the family name ("his son, Oleg")', () => {
    const f = body('Britain froze the assets of businessman Arkady Petrenko and his younger son, Oleg, on Monday.')
    expect(keys(f)).toEqual(['gb|asset_freeze|arkady-petrenko', 'gb|asset_freeze|oleg-petrenko'])
  })

  it('resolves a Korean family name alone to the full name ("Kim Sung-ho" then "Kim")', () => {
    const f = body('Seoul sanctioned Kim Sung-ho, a broker. Tokyo froze the assets of Kim on Friday.')
    expect(keys(f)).toContain('jp|asset_freeze|kim-sung-ho')
  })

  it('reads a licence authorising dealings as the end of a transaction ban', () => {
    const f = body('The Treasury issued a general licence authorising, for three months, transactions with Andes Copper SA.')
    expect(triples(f)).toEqual(['us|transaction_ban|andes-copper-sa|lifted'])
  })

  it('types a ban by a domain word a few words away ("a ban on secondary trading of ... bonds")', () => {
    const f = body('The Treasury lifted a ban on secondary trading of some older sovereign bonds of Ruritania Energy Corp.')
    expect(keys(f)).toEqual(['us|investment_ban|ruritania-energy-corp'])
  })

  it('types a designation by the effect the sentence spells out', () => {
    const f = body('Taipei said it had designated two companies, meaning Taiwanese firms are barred from any transactions with them. Those named include Zenith Alloys Ltd.')
    expect(keys(f)).toEqual(['tw|transaction_ban|zenith-alloys-ltd'])
  })

  it('does not read a denial of port entry as a travel ban', () => {
    const f = body('Norway froze the assets of Polar Trawling and will also deny its trawlers entry to its ports.')
    expect(keys(f)).toEqual(['no|asset_freeze|polar-trawling'])
  })

  it('takes the authority of a measure on "the company" from the finding that named the company', () => {
    const f = body('Washington imposed sanctions on Tarrant Oil Ltd on Monday. Shares in the firm fell sharply. Analysts expect a long dispute. But the new permits do not unfreeze the oil company\'s assets abroad.')
    expect(triples(f)).toContain('us|asset_freeze|tarrant-oil-ltd|in_effect')
  })

  it('reads a long list of names before "to its entity list"', () => {
    const f = body('The Commerce Department added Silver Lake Integrated Circuit Corp (SLIC) and drone maker Skyfold to its entity list on Friday.')
    expect(keys(f)).toEqual(['us|export_ban|silver-lake-integrated-circuit-corp', 'us|export_ban|skyfold'])
  })

  it('reads ", targeting X" as more targets of the same measure', () => {
    const f = body('Britain imposed sanctions on Belarus on Tuesday, targeting Interior Minister Ivan Kubrakov.')
    expect(keys(f)).toEqual(['gb|sanctions|belarus', 'gb|sanctions|ivan-kubrakov'])
  })

  it('does not read a state named in the title of a law as an authority, nor the place of assets as a target', () => {
    const f = body('Officials said the penalties, authorised by the Venezuela Defense Act, freeze any British assets of those named.')
    expect(keys(f)).toEqual([])
  })

  it('reads a state\'s officials after "on" as the state ("sanctions on Turkish ministers")', () => {
    const f = body('Washington lifted sanctions on Turkish ministers after the pastor was freed.')
    expect(triples(f)).toEqual(['us|sanctions|turkey|lifted'])
  })

  it('reads the buyer after a ban on selling to it, past the nationals who are bound', () => {
    const f = body('The United States barred American companies from selling chips to Zentro Telecom without a licence.')
    expect(keys(f)).toEqual(['us|export_ban|zentro-telecom'])
  })

  it('reads the member whose membership was suspended as the target', () => {
    const f = body('Belarus\'s membership of the Council of Europe was suspended in March.')
    expect(keys(f)).toEqual(['coe|suspension|belarus'])
  })

  it('reads the state inside "an embargo on Iranian oil imports"', () => {
    const f = body('Japan imposed an embargo on most Iranian oil imports on Monday.')
    expect(keys(f)).toEqual(['jp|import_ban|iran'])
  })

  it('reads "cap the price of X oil" as a price cap', () => {
    const f = body('The G7 agreed to cap the price of Venezuelan crude oil at $40 a barrel.')
    expect(triples(f)).toEqual(['g7|trade_restriction|venezuela|adopted'])
  })

  it('reads the one "called on" to act as the authority, and the call as a proposal', () => {
    const f = body('Senator Ann Ruiz called on Congress to revoke Belarus\'s normal trade relations status.')
    expect(triples(f)).toEqual(['us|trade_restriction|belarus|proposed'])
  })

  it('reads "should" as a proposal, not an applied measure', () => {
    const f = body('Critics said Canada should freeze the assets of Orlan Petrov.')
    expect(triples(f)).toEqual(['ca|asset_freeze|orlan-petrov|proposed'])
  })

  it('reads "close its skies to X" as an airspace closure, with the status the sentence gives the decree', () => {
    const f = body('Canada imposed sanctions on Belarus in May. Officials said the decree closing Canadian skies to Belarusian carriers could be signed within days.')
    expect(triples(f)).toContain('ca|airspace_closure|belarus|proposed')
  })

  it('reads a measure that "expires" later as still in force', () => {
    const f = body('The UN arms embargo on Libya expires at the end of June.')
    expect(triples(f)).toEqual(['un|arms_embargo|libya|in_effect'])
  })

  it('keeps "freezing his assets and banning him from travelling" as two measures', () => {
    const f = body('The European Union on Monday blacklisted Orlan Petrov, freezing his assets and banning him from travelling to the bloc.')
    expect(keys(f)).toEqual(['eu|asset_freeze|orlan-petrov', 'eu|travel_ban|orlan-petrov'])
  })

  it('reads the subject of "was hit with British sanctions" as the target', () => {
    const f = body('Orlan Petrov was hit with British sanctions last year.')
    expect(triples(f)).toEqual(['gb|sanctions|orlan-petrov|in_effect'])
  })

  it('does not read "a Chinese chipmaker" as China', () => {
    const f = body('Washington added a Chinese chipmaker to its entity list on Friday.')
    expect(keys(f)).toEqual([])
  })

  it('reads "Bank X, Russia\'s largest lender," as an apposition, not a second target', () => {
    const f = body('The European Union adopted new sanctions against Russia on Friday. The package also removes Volga Credit Bank, Russia\'s second-largest lender, from SWIFT.')
    expect(keys(f)).not.toContain('eu|swift_exclusion|russia')
    expect(keys(f)).toContain('eu|swift_exclusion|volga-credit-bank')
  })

  it('reads "a cap on the price of X oil" as a price cap', () => {
    const f = body('The EU said the Group of Seven is weighing a cap on the price of Iranian oil.')
    expect(triples(f)).toEqual(['g7|trade_restriction|iran|proposed'])
  })

  it('reads ", on X" after a list of measures as their targets', () => {
    const f = body('The UN Security Council voted on Friday. The council extended targeted sanctions, a travel ban and asset freeze, on six individuals, including former minister Ali Hassan Dirir.')
    expect(keys(f)).toEqual(expect.arrayContaining(['un|asset_freeze|ali-hassan-dirir', 'un|travel_ban|ali-hassan-dirir']))
  })

  it('reads "the embargo" as the embargo just reported', () => {
    const f = body('The Security Council renewed an arms embargo on Eritrea for a year. Sanctions experts welcomed the vote. The council first imposed the embargo in 2009.')
    expect(keys(f)).toEqual(['un|arms_embargo|eritrea'])
  })

  it('reads "Also named were X" as more targets of the measure just reported', () => {
    const f = body('Britain froze the assets of Kestrel Metals Ltd on Monday. Also named were Orlan Petrov and Lionel Garros.')
    expect(keys(f)).toEqual(['gb|asset_freeze|kestrel-metals-ltd', 'gb|asset_freeze|lionel-garros', 'gb|asset_freeze|orlan-petrov'])
  })

  it('gives a relative named after a possessive ("Petrenko\'s wife, Alla") the family name', () => {
    const f = body('Britain froze the assets of businessman Arkady Petrenko\'s wife, Alla, on Monday.')
    expect(keys(f)).toEqual(['gb|asset_freeze|alla-petrenko'])
  })
})

/**
 * The cue tables of the extractor: the words that name a kind of measure, the words that tell
 * how far along it is, and the words that negate or neutralise it. Only data lives here; the
 * logic that applies it is in `triggers.ts`, `status.ts` and `negation.ts`.
 *
 * Patterns run over one sentence at a time. Gaps between words are bounded (`~N` stands for
 * "up to N words"), so no pattern can backtrack far.
 */
import type { MeasureType, Status } from '../domain/taxonomy'

/** Up to `n` words (lazy), each with the whitespace after it. */
const gap = (n: number): string => `(?:\\S+\\s+){0,${n}}?`

/**
 * Compiles a pattern with `~N` gaps. Match indices (the `d` flag) are requested only when the
 * pattern has a named `slot` to locate, because they make every match slower.
 */
function rx(source: string, flags = 'gi'): RegExp {
  const withIndices = source.includes('(?<slot>') ? 'd' : ''
  return new RegExp(source.replace(/~(\d+)/g, (_m, n: string) => gap(Number(n))), flags + withIndices)
}

/**
 * A cue that names a measure. `type: 'ban'` is a prohibition of unstated kind ("banned",
 * "a ban on", "suspended"); its kind comes from the nouns around it (see `BAN_DOMAINS`).
 * A named group `slot` marks where the targets are when they sit inside the cue
 * ("freeze *Abramovich* assets", "remove *Russian banks* from SWIFT").
 */
export interface MeasureCue {
  type: MeasureType | 'ban'
  /** Cheap test a sentence must pass before `re` runs on it (a word the cue cannot do without). */
  need: RegExp
  re: RegExp
  /** The cue itself reports the end of the measure ("unfrozen", "delisted"). */
  lifts?: boolean
  /** Counts only if the article mentions SWIFT elsewhere ("a targeted disconnection"). */
  needsSwiftContext?: boolean
  /** Refers back to the latest measure ("the list also included X"): its kind and status carry over. */
  inherits?: boolean
  /** Counts only with targets of its own: the cue is too vague to carry earlier ones ("could be added"). */
  ownTargets?: boolean
  /**
   * Counts only as the verb of an authority with a named person, organisation or vessel as its
   * object ("Washington has targeted the Lazarus Group"): alone the word says too little.
   */
  afterActor?: boolean
  /** Counts only with a person, organisation or vessel named right after it. */
  namedObject?: boolean
  /** With `inherits`: the kinds carry over, but the status is the sentence's own ("The measures took effect"). */
  ownStatus?: boolean
}

const BAN_VERB = String.raw`(?:ban|bans|banned|banning|bar|bars|barred|barring|prohibit|prohibits|prohibited|prohibiting|block|blocks|blocked|blocking|halt|halts|halted|halting|stop|stops|stopped|stopping|suspend|suspends|suspended|suspending|restrict|restricts|restricted|restricting|curb|curbs|curbed|curbing|limit|limits|limited|limiting|end|ends|ended|ending|outlaw|outlaws|outlawed|forbid|forbids|forbade|forbidden|forbidding|cut|cuts|cutting|freeze|froze|frozen|freezing)`
// The object of a ban verb, up to five words that do not join another clause ("freezing his
// assets *and* banning him from travelling": the freeze is no travel ban).
const OBJECT_GAP = String.raw`(?:(?!and\s)\S+\s+){0,5}?`
// Those a prohibition binds, which may be a pair of nouns ("mainland organisations and
// individuals") but not a second clause ("his assets and barred Americans", "frozen and
// Canadians are prohibited").
const BOUND_GAP = String.raw`(?:(?!(?:and|or)\s+\S+(?:ed|ing)\s|(?:are|is|was|were|be|been|has|have|had|will|would)\s)\S+\s+){0,6}?`
const BAN_NOUN = String.raw`(?:ban|bans|embargo|embargoes|restrictions?|curbs?|prohibitions?|limits?|controls?)`
const LIST_VERB = String.raw`(?:add|adds|added|adding|put|puts|putting|place|places|placed|placing|include|includes|included|including|list|lists|listed|listing)`
const REMOVE_VERB = String.raw`(?:remov|cut|cutting|boot|kick|exclud|disconnect|expel|ban|bann|bar|barr|block|eject|unplug|shut|throw|threw|thrown|lock)\w*`

export const MEASURE_CUES: MeasureCue[] = [
  // Ends of measures that are named by their own verb.
  { type: 'asset_freeze', need: /unfr/i, re: rx(String.raw`\bunfr(?:eeze|eezes|eezing|oze|ozen)\b`), lifts: true },
  { type: 'sanctions', need: /list/i, re: rx(String.raw`\bde-?list(?:s|ed|ing)?\b`), lifts: true },
  // "Biden lifted those measures": "measures" alone is too vague to report a measure, but
  // lifting the ones just named ends them. (", lifting the measures in November" is an
  // apposition that ends the measure it follows: see `endedInApposition`.)
  { type: 'sanctions', need: /measures/i, re: rx(String.raw`\b(?:lift|lifts|lifted|revok(?:e|es|ed)|rescind(?:s|ed)?|scrap(?:s|ped)?)\s+(?:those|these|the)\s+measures\b`), lifts: true },

  // Listings: the list says what kind of measure it is.
  { type: 'export_ban', need: /list/i, re: rx(String.raw`\b${LIST_VERB}\s+(?<slot>~24)(?:to|on)\s+(?:the\s+|its\s+|a\s+)?(?:\S+\s+){0,2}?(?:entity\s+list|trade\s+blacklist|export\s+blacklist|unverified\s+list)\b`) },
  { type: 'export_ban', need: /list/i, re: rx(String.raw`\b(?:entity\s+list|trade\s+blacklist|export\s+blacklist)\b`) },
  { type: 'asset_freeze', need: /list/i, re: rx(String.raw`\b${LIST_VERB}\s+(?<slot>~24)(?:to|on)\s+(?:the\s+|its\s+|a\s+)?(?:(?:sdn|specially\s+designated\s+nationals(?:\s+and\s+blocked\s+persons)?|blocking|blocked\s+persons)\s+list|list\s+of\s+blocked\s+(?:persons|people|individuals|entities)|list\s+of\s+specially\s+designated\s+nationals(?:\s+and\s+blocked\s+persons)?)\b`) },
  // "OFAC removed X, a former bookkeeper, from its Specially Designated Nationals list".
  { type: 'asset_freeze', need: /remov/i, re: rx(String.raw`\bremov(?:e|es|ed|ing|al)\s+(?:of\s+)?(?<slot>~24)from\s+(?:the|its)\s+(?:sdn|specially\s+designated\s+nationals(?:\s+and\s+blocked\s+persons)?|blocking|blocked\s+persons)\s+list\b`), lifts: true },
  { type: 'asset_freeze', need: /list|specially/i, re: rx(String.raw`\b(?:sdn\s+list|specially\s+designated\s+nationals|blocking\s+list|blocked\s+persons\s+list)\b`) },
  // "removed five entities from the list of those whose funds are frozen".
  { type: 'asset_freeze', need: /frozen/i, re: rx(String.raw`\bremov(?:e|es|ed|ing|al)\s+(?:of\s+)?(?<slot>~24)from\s+(?:the|its)\s+list\s+of\s+(?:\S+\s+){0,3}?(?:whose|with)\s+(?:assets|funds|property)\s+(?:are|were|is|was|have\s+been|had\s+been)\s+frozen\b`), lifts: true },
  { type: 'export_ban', need: /list/i, re: rx(String.raw`\bremov(?:e|es|ed|ing|al)\s+(?:of\s+)?(?<slot>~24)from\s+(?:the\s+|its\s+|a\s+)?(?:\S+\s+){0,2}?(?:entity\s+list|trade\s+blacklist)\b`), lifts: true },
  { type: 'sanctions', need: /list/i, re: rx(String.raw`\bremov(?:e|es|ed|ing|al)\s+(?:of\s+)?(?<slot>~24)from\s+(?:the\s+|its\s+|a\s+)?(?:\S+\s+){0,2}?(?:blacklist|black\s+list|sanctions\s+list|list)\b`), lifts: true },
  { type: 'sanctions', need: /list/i, re: rx(String.raw`\b${LIST_VERB}\s+(?<slot>~24)(?:to|on)\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:\S+\s+){0,3}?(?:blacklist|black\s+list|(?:sanctions?|terrorism|terrorist|terror|blocking|watch|restricted|consolidated|designated|sanctioned)\s+list|["“]?unreliable\s+entit(?:y|ies)["”]?\s+list|list\s+of\s+(?:sanctioned|designated)\s+\w+)\b`) },
  // "Hamas has been on the EU's terrorist list since 2003": the subject is listed.
  { type: 'sanctions', need: /list/i, re: rx(String.raw`\b(?:been|is|are|was|were|remains?|remained|stays?|stayed)\s+on\s+(?:the\s+|its\s+|their\s+)?(?:\p{Lu}[\w.]*['’]s\s+)?(?:\S+\s+){0,2}?(?:blacklist|(?:sanctions?|terrorism|terrorist|terror|blocking|consolidated)\s+list)\b`, 'giu') },
  // "put 25 Americans on its stop list": Moscow's list of those barred from entering Russia.
  { type: 'travel_ban', need: /list/i, re: rx(String.raw`\b${LIST_VERB}\s+(?<slot>~24)(?:to|on)\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:\S+\s+){0,2}?(?:stop|no-entry|entry[- ]ban|visa[- ]ban|travel[- ]ban)\s+list\b`) },
  // "In March it put Biden and Blinken on a similar list": the kind of the list named before.
  { type: 'sanctions', need: /similar|same/i, re: rx(String.raw`\b${LIST_VERB}\s+(?<slot>~24)(?:to|on)\s+(?:a|the|its|their)\s+(?:similar|same)\s+list\b`), inherits: true },
  // "added 21 individuals to its list" in a sentence about sanctions.
  { type: 'sanctions', need: /sanction/i, re: rx(String.raw`\b${LIST_VERB}\s+(?<slot>~24)to\s+(?:its|the|their)\s+list\b`) },

  // "Among those targeted was X", "Those sanctioned include X": more targets of the measure just reported.
  // "The State Department named two of those affected: X and Y".
  { type: 'sanctions', need: /those/i, re: rx(String.raw`\b(?:named|identified|listed)\s+(?:\w+\s+)?of\s+those\s+(?:affected|targeted|sanctioned|designated|barred|covered)\b`), inherits: true },
  // ("Among those added to the Swiss list were X": the list's owner follows the verb.)
  { type: 'sanctions', need: /targeted|sanctioned|designated|listed|named|blacklisted|hit|added/i, re: rx(String.raw`\b(?:among\s+(?:those|the\s+\w+)\s+(?:targeted|sanctioned|designated|listed|named|blacklisted|hit|added)(?:\s+to\s+(?:the|its|their)\s+(?:[\w.-]+\s+){0,2}?(?:list|blacklist))?(?:\s+in\s+the\s+(?:\w+\s+){1,2}?(?:act|decision|regulation|list|notice|order))?(?:\s+\w+)?\s+(?:was|were|is|are)|those\s+(?:targeted|sanctioned|designated|listed|named|blacklisted|hit)(?:\s+by\s+(?:the\s+)?\S+(?:\s+\S+)?)?\s+(?:also\s+)?(?:include|included|includes|are|were))\b`), inherits: true },
  // "The designated firms are X, Y and Z", "The sanctioned individuals include X": the members of
  // the group just reported.
  { type: 'sanctions', need: /designated|sanctioned|blacklisted|targeted|listed/i, re: rx(String.raw`\bthe\s+(?:\w+\s+)?(?:designated|sanctioned|blacklisted|targeted|listed)\s+(?:\w+\s+)?(?:firms|companies|entities|individuals|people|men|persons|vessels|ships|tankers|banks|businesses|officials|oligarchs)\s+(?:are|were|include|included|includes)\b`), inherits: true },
  // "The companies listed include X, Y and Z": the same, the participle after the noun.
  { type: 'sanctions', need: /designated|sanctioned|blacklisted|targeted|listed|named/i, re: rx(String.raw`\bthe\s+(?:firms|companies|entities|individuals|people|men|persons|vessels|ships|tankers|banks|businesses|officials|oligarchs)\s+(?:designated|sanctioned|blacklisted|targeted|listed|named)\s+(?:on\s+\w+\s+)?(?:also\s+)?(?:are|were|include|included|includes)\b`), inherits: true },
  // "His daughter, X, and a business partner, Y, were also named": more of those just designated.
  { type: 'sanctions', need: /also/i, re: rx(String.raw`\b(?:were|was|are|is)\s+also\s+(?:named|listed|targeted)\b(?!\s+(?:as|by|for|in|after|to)\b)`), inherits: true },
  // "Also named were X and Y": more targets of the measure just reported.
  { type: 'sanctions', need: /also/i, re: rx(String.raw`\balso\s+(?:named|listed|targeted|included|hit|designated|sanctioned|blacklisted)\s+(?:were|was|are|is)\b`), inherits: true },
  // "They include the movement's leader, X; two commanders, Y and Z": at the start of a
  // sentence, the members of the group the measure just reported was imposed on.
  { type: 'sanctions', need: /^\W*(?:they|these|those)\s/i, re: rx(String.raw`^\W*(?:they|these|those)\s+(?:also\s+)?(?:include|included|includes)\b(?!\s+(?:an?\s+|the\s+)?(?:\S+\s+){0,2}?(?:embargo|embargoes|ban|bans|restrictions|freezes?|sanctions|measures|controls|curbs|limits|prohibitions?)\b)`), inherits: true },
  // "designated the Houthis a Foreign Terrorist Organization": a terrorist listing, whose name is
  // no target.
  { type: 'sanctions', need: /terror|criminal/i, re: rx(String.raw`\b(?:designat(?:e|es|ed|ing)|re-?designat(?:e|es|ed|ing)|list(?:s|ed|ing)?)\s+(?<slot>~8)(?:as\s+)?(?:a|an)\s+(?:\S+\s+){0,2}?(?:terrorist|criminal)\s+(?:entity|organi[sz]ation|group)\b`) },
  // "listed the Revolutionary Guards as a terrorist entity".
  { type: 'sanctions', need: /terror/i, re: rx(String.raw`\b(?:list|lists|listed|listing)\s+(?<slot>~8)as\s+(?:a\s+|an\s+)?(?:\S+\s+){0,2}?(?:terrorist|terror)\s+(?:entity|entities|organi[sz]ations?|groups?)\b`) },
  // "Among them were X and Y", "Among them is X": the members of the group the measure just
  // reported was imposed on.
  { type: 'sanctions', need: /among/i, re: rx(String.raw`\bamong\s+them\s+(?:were|was|are|is)\b`), inherits: true },
  // "Also on the list are X and Y", "On the EU's list were X": the inverted order names more
  // targets of the measure just reported.
  { type: 'sanctions', need: /list/i, re: rx(String.raw`\b(?:also\s+)?on\s+(?:the|that|this|its|their)\s+(?:\S+\s+){0,2}?list\s+(?:also\s+)?(?:are|is|were|was)\b`), inherits: true },
  // "X and Y, a haulage company, were listed as well": more targets of the measure just reported.
  { type: 'sanctions', need: /listed/i, re: rx(String.raw`(?<=\b(?:were|was|are|is|been)\s+(?:also\s+)?)listed\b(?!\s+(?:on|in)\s+(?:the\s+)?(?:\S+\s+)?(?:stock|exchange|market|index))`), inherits: true },
  // "EU citizens are forbidden from making funds or economic resources available to them".
  { type: 'transaction_ban', need: /available/i, re: rx(String.raw`\b(?:${BAN_VERB}|forbidden)\s+(?<slot>${OBJECT_GAP})from\s+making\s+(?:any\s+)?(?:funds|assets|money)(?:\s+or\s+economic\s+resources)?\s+available\s+to\b`) },
  // "Global Affairs Canada said the measures target X; Y; and Z": the targets of the measure just reported.
  { type: 'sanctions', need: /measures|sanctions|designations/i, re: rx(String.raw`\b(?:the|its|these|today['’]s)\s+(?:new\s+)?(?:measures|sanctions|designations|listings)\s+(?:also\s+)?(?:target|targets|cover|covers|name|names)\b`), inherits: true },
  // "The decision, formally adopted by the 27 member states, covers X, Y and Z": what was just
  // decided, with its kind and status.
  { type: 'sanctions', need: /decision|package|decree/i, re: rx(String.raw`^\W*(?:the|this|today['’]s)\s+(?:new\s+)?(?:decision|package|decree)(?:,[^,]{1,80},)?\s+(?:also\s+)?(?:targets|covers|names|includes)\b`), inherits: true },
  // "The sanctions apply to X and the other members of Y": the targets of the measure just reported.
  { type: 'sanctions', need: /appl/i, re: rx(String.raw`\b(?:the|these|its|their)\s+(?:new\s+)?(?:sanctions|measures|restrictions|bans?|freezes?|designations?)\s+(?:also\s+|will\s+|would\s+)?(?:apply|applies|applied)\s+to\b`), inherits: true },
  // "The measures took effect on Friday": the measures just reported are now applied.
  { type: 'sanctions', need: /measures/i, re: rx(String.raw`^\W*(?:the|these|those|its|their)\s+(?:new\s+)?measures(?=\s+(?:took|have\s+taken|came|have\s+come|entered|have\s+entered|went)\s+(?:effect|into\s+(?:force|effect)))`), inherits: true, ownStatus: true },
  // "upheld Guinea's suspension from the bloc's bodies": the member's suspension (its owner is the target).
  { type: 'suspension', need: /suspension/i, re: rx(String.raw`(?<=['’]s\s+)suspension(?=\s+from\b)`) },
  // "Ivan Kubrakov, the head of the city police, is also on the list": the subject is one more
  // target of the measure just reported.
  { type: 'sanctions', need: /list/i, re: rx(String.raw`(?<=\b(?:is|are|was|were)\s+(?:also\s+)?)(?:on|among\s+those\s+on)\s+(?:the|that|this|its|their)\s+(?:\S+\s+){0,2}?list\b(?!\s+(?:of|for)\b)`), inherits: true },
  // "The list also includes X", "The so-called stop list, published by the ministry, also
  // names X": more targets of the measure just reported.
  { type: 'sanctions', need: /list/i, re: rx(String.raw`\b(?:the|its|that|this)\s+(?:\S+\s+){0,2}?(?:list|blacklist)(?:\s*,[^,;.]{1,80},)?\s+(?:also\s+)?(?:includes?|included|names?|named|contains?|contained|features?|featured|covers?|covered)\b`), inherits: true },

  // SWIFT and payment messaging: the target sits between the verb and "from SWIFT".
  { type: 'swift_exclusion', need: /swift/i, re: rx(String.raw`\b${REMOVE_VERB}\s+(?<slot>~8)(?:off\s+from|off|out\s+of|from)\s+(?:the\s+)?(?:SWIFT|Swift)\b`, 'g') },
  { type: 'swift_exclusion', need: /swift/i, re: rx(String.raw`\b(?:exclusion|removal|expulsion|disconnection|ejection|ouster|ban)\s+of\s+(?<slot>~6)from\s+(?:the\s+)?(?:SWIFT|Swift)\b`, 'g') },
  { type: 'swift_exclusion', need: /swift/i, re: rx(String.raw`\b(?:SWIFT|Swift)\b(?!\s+(?:action|response|reaction|decision|end|victory|rebuke|condemnation|retaliation|move|recovery)\b)`, 'g') },
  { type: 'swift_exclusion', need: /messaging/i, re: rx(String.raw`\b(?:payments?|financial)\s+messaging\b`) },
  { type: 'swift_exclusion', need: /disconnect/i, re: rx(String.raw`\b(?:targeted\s+)?disconnection\b`), needsSwiftContext: true },

  // Transactions and dealings.
  // "a licence authorising transactions with X": a permit that opens dealings the sanctions had barred.
  { type: 'transaction_ban', need: /licen[cs]/i, re: rx(String.raw`\b(?:general\s+)?licen[cs]es?\s+(?:that\s+)?(?:authori[sz]\w*|allow\w*|permit\w*),?\s+~4(?:transactions|dealings|business)\s+(?:with|involving)\b`), lifts: true },
  { type: 'transaction_ban', need: /business|deal|transact|trading/i, re: rx(String.raw`\b${BAN_VERB}\s+(?<slot>${BOUND_GAP})from\s+(?:doing\s+(?:any\s+)?business|dealing|dealings|engaging\s+in\s+(?:any\s+)?(?:transactions|dealings|business)|transacting|trading|conducting\s+(?:any\s+)?(?:transactions|business))\s+with\b`) },
  // "bar them from carrying out trade operations in Ukraine": the state where they may not trade.
  { type: 'transaction_ban', need: /operations/i, re: rx(String.raw`\b${BAN_VERB}\s+(?<slot>${BOUND_GAP})from\s+(?:carrying\s+out|conducting|performing)\s+(?:any\s+)?(?:trade|business|commercial|financial)\s+operations\b`) },
  { type: 'transaction_ban', need: /transaction|dealing/i, re: rx(String.raw`\b(?:prohibit\w*|ban\w*|bar\w*|forbid\w*|outlaw\w*|block\w*|restrict\w*|limit\w*|suspend\w*|halt\w*)\s+~4(?:all\s+|any\s+)?(?:transactions|dealings|business\s+dealings|financial\s+dealings)\s+(?:with|involving)\b`) },
  { type: 'transaction_ban', need: /transaction|dealing/i, re: rx(String.raw`\b(?:ban|bans|prohibition|prohibitions)\s+on\s+(?:all\s+|any\s+)?(?:transactions|dealings)\s+(?:with|involving)\b`) },
  { type: 'transaction_ban', need: /transaction/i, re: rx(String.raw`\btransactions?\s+ban\b`) },
  // "financial transactions with them are banned", "dealings with the firm were prohibited".
  { type: 'transaction_ban', need: /transaction|dealing/i, re: rx(String.raw`\b(?:transactions|dealings)\s+with\s+(?<slot>~5)(?:are|were|is|was|will\s+be|would\s+be|have\s+been|has\s+been)\s+(?:also\s+|now\s+)?(?:banned|prohibited|barred|forbidden|blocked|outlawed)\b`) },

  // Travel.
  { type: 'travel_ban', need: /travel|visa|entry/i, re: rx(String.raw`\b(?:travel|visa|entry)[- ](?:bans?|restrictions?|curbs?|sanctions|prohibitions?)\b`) },
  { type: 'travel_ban', need: /enter|entry|travel|visit|foot/i, re: rx(String.raw`\b${BAN_VERB}\s+(?<slot>${OBJECT_GAP})from\s+(?:entering(?!\s+(?:\S+\s+){0,2}?(?:ports?|waters|harbou?rs?)\b)|entry\s+(?:in)?to|travel(?:l)?ing\s+to|visiting|setting\s+foot)\b`) },
  // "The three may not enter mainland China", "they are no longer allowed to enter Canada".
  { type: 'travel_ban', need: /enter|visit/i, re: rx(String.raw`\b(?:(?:may|can|will|would|must|could|shall)\s+not|cannot|can['’]t|won['’]t)\s+(?:be\s+(?:allowed|permitted)\s+to\s+)?(?:enter|visit)\b|\b(?:are|is|were|was|be)\s+(?:no\s+longer|not)\s+(?:allowed|permitted)\s+to\s+(?:enter|visit)\b`) },
  // "making him and his family ineligible to enter the United States", "ineligible for visas".
  { type: 'travel_ban', need: /ineligible|inadmissible/i, re: rx(String.raw`\b(?:ineligible|inadmissible)\s+(?:to\s+enter|for\s+(?:entry|visas?|admission))\b`) },
  // "All four are also inadmissible to Canada".
  { type: 'travel_ban', need: /inadmissible/i, re: rx(String.raw`\binadmissible(?=\s+(?:to|in|into)\s+(?:the\s+)?\p{Lu})`, 'giu') },
  { type: 'travel_ban', need: /entry|visa/i, re: rx(String.raw`\b(?:den(?:y|ies|ied|ying)|refus(?:e|es|ed|ing)|revok(?:e|es|ed|ing)|cancel(?:s|led|ed|ling|ing)?|withdr[ae]w\w*)\s+(?:\w+\s+){0,3}?(?:entry|visas?)\b(?!\s+(?:in)?to\s+(?:\S+\s+){0,2}?(?:ports?|waters|harbou?rs?|airspace)\b)`) },

  // "deny the two tankers entry to its ports": a port ban, of no kind of its own.
  { type: 'sanctions', need: /\bports?\b|harbo/, re: rx(String.raw`\b(?:den(?:y|ies|ied|ying)|refus(?:e|es|ed|ing)|bar(?:s|red|ring)?|ban(?:s|ned|ning)?)\s+(?<slot>~8)(?:entry|access)\s+(?:in)?to\s+(?:\S+\s+){0,2}?(?:ports?|harbou?rs?)\b`) },

  // Arms.
  { type: 'arms_embargo', need: /arms|weapon/i, re: rx(String.raw`\b(?:arms|weapons?)\s+embargo(?:es)?\b`) },
  { type: 'arms_embargo', need: /embargo/i, re: rx(String.raw`\bembargo(?:es)?\s+on\s+(?:\w+\s+){0,2}?(?:arms|weapons|military\s+(?:equipment|goods|supplies))\b`) },
  { type: 'arms_embargo', need: /arms|weapon|military/i, re: rx(String.raw`\b${BAN_VERB}\s+(?<slot>~3)(?:arms|weapons?|military)\s+(?:sales|exports?|transfers|deliveries|shipments|supplies|licen[cs]es|equipment|aid|trade)\b`) },
  { type: 'arms_embargo', need: /arms|weapon/i, re: rx(String.raw`\b(?:arms|weapons)\s+(?:sales|exports?)\s+(?:ban|embargo|halt|freeze)\b`) },
  // "suspended exports of arms", "halted deliveries of weapons to Turkey".
  { type: 'arms_embargo', need: /arms|weapon|military/i, re: rx(String.raw`\b${BAN_VERB}\s+(?<slot>~3)(?:sales|exports?|transfers|deliveries|shipments|supplies)\s+of\s+(?:\S+\s+){0,2}?(?:arms|weapons|military\s+(?:equipment|goods|hardware))\b`) },
  { type: 'arms_embargo', need: /arms|weapon|military/i, re: rx(String.raw`\b${BAN_NOUN}\s+on\s+~2(?:arms|weapons?|military\s+equipment)\s*(?:sales|exports?|transfers|deliveries|shipments|supplies)?\b`) },

  // Exports.
  { type: 'export_ban', need: /export/i, re: rx(String.raw`\bexport[- ](?:controls?|bans?|restrictions?|curbs?|embargo(?:es)?|licen[cs]ing\s+requirements?|prohibitions?|limits?)\b`) },
  { type: 'export_ban', need: /export/i, re: rx(String.raw`\b${BAN_VERB}\s+(?<slot>~4)exports?\b`) },
  { type: 'export_ban', need: /export/i, re: rx(String.raw`\b${BAN_NOUN}\s+on\s+(?<slot>~4)exports?\b`) },
  // "target Belarus's potash exports", "go after its oil exports": measures aimed at what a state sells.
  { type: 'export_ban', need: /exports/, re: rx(String.raw`\b(?:target(?:s|ed|ing)?|go(?:es)?\s+after|going\s+after|went\s+after)\s+(?<slot>\S+(?:\s+['’]s)?\s+)~2exports\b`) },
  // "rules that require licences for exports of lithography machines to China", "suppliers need a
  // special licence to ship the companies any American goods": licensing that withholds exports.
  { type: 'export_ban', need: /licen[cs]e/i, re: rx(String.raw`\b(?:need|needs|needed|require|requires|required|requiring)\s+(?:a\s+|an\s+)?(?:special\s+|export\s+)?licen[cs]es?\s+(?:for|to)\s+(?:export|exports|exporting|ship|shipping|shipments|sell|selling|sales|supply|supplying)\b`) },
  { type: 'export_ban', need: /chip|semiconductor|tech/i, re: rx(String.raw`\b(?:chip|semiconductor|technology|tech)\s+(?:curbs|controls|restrictions|bans?)\b`) },
  { type: 'export_ban', need: /sales|shipment|deliver|suppl|transfer/i, re: rx(String.raw`\b(?:${BAN_VERB}|${BAN_NOUN}\s+on)\s+~4(?:sales|shipments|deliveries|supplies|transfers)\s+(?:of\s+~4)?to\b`) },

  // Imports.
  { type: 'import_ban', need: /import/i, re: rx(String.raw`\bimport[- ](?:bans?|embargo(?:es)?|restrictions?|curbs?|prohibitions?)\b`) },
  { type: 'import_ban', need: /embargo|ban|boycott/i, re: rx(String.raw`\b(?:oil|gas|coal|crude|energy|petroleum|diamonds?|gold|steel|seafood|vodka|timber|potash|fertili[sz]ers?|uranium|lng)\s+(?:embargo(?:es)?|import\s+bans?|bans?|boycott)\b`) },
  { type: 'import_ban', need: /embargo/i, re: rx(String.raw`\bembargo(?:es)?\s+on\s+(?<slot>~3)(?:oil|gas|coal|crude|energy|imports?|diamonds|gold|steel|goods|products|petroleum)\b`) },
  { type: 'import_ban', need: /import/i, re: rx(String.raw`\b(?:${BAN_VERB}|phas(?:e|es|ed|ing)\s+out|wean\w*\s+(?:\w+\s+)?off)\s+(?<slot>~4)imports?\b`) },
  { type: 'import_ban', need: /import/i, re: rx(String.raw`\b${BAN_NOUN}\s+on\s+(?<slot>~4)imports?\b`) },
  { type: 'import_ban', need: /buying|importing|purchasing/i, re: rx(String.raw`\bstop(?:s|ped|ping)?\s+(?:buying|importing|purchasing)\b`) },

  // Investment and financing.
  { type: 'investment_ban', need: /investment|financing/i, re: rx(String.raw`\b(?:investment|financing)[- ](?:bans?|restrictions?|curbs?|prohibitions?)\b`) },
  { type: 'investment_ban', need: /invest|financ|lending/i, re: rx(String.raw`\b${BAN_VERB}\s+(?<slot>~4)(?:new\s+)?(?:investments?|investing|financing|lending)\b`) },
  { type: 'investment_ban', need: /invest|financ/i, re: rx(String.raw`\b${BAN_NOUN}\s+on\s+~3(?:new\s+)?(?:investments?|investing|financing)\b`) },
  // "the World Bank said it had paused new lending to the country".
  { type: 'investment_ban', need: /lending|loans/i, re: rx(String.raw`\b(?:paus|halt|suspend|freez|froze|stopp?|cut)\w*\s+(?:all\s+)?(?:new\s+)?(?:lending|loans|disbursements)\s+to\b`) },
  // "cut two of Russia's largest banks off from long-term American financing".
  { type: 'investment_ban', need: /off\s+from/i, re: rx(String.raw`\bcut(?:s|ting)?\s+(?<slot>~16)off\s+from\s+~4(?:financing|capital|funding|lending|credit|debt|loans)\b`) },
  // "restrict Russian state banks' access to European capital markets".
  { type: 'investment_ban', need: /access/i, re: rx(String.raw`\b(?:${BAN_VERB}|deny|denies|denied|denying)\s+(?<slot>~5)access\s+to\s+(?:\S+\s+){0,2}?(?:capital|financial|debt|bond|credit)\s+markets?\b`) },
  { type: 'investment_ban', need: /capital|financing|funding|debt|bond/i, re: rx(String.raw`\b(?:${BAN_VERB}|shut\s+out|cut\s+off)\s+~4from\s+(?:raising\s+|accessing\s+)?~3(?:capital\s+markets?|capital|financing|funding|debt\s+markets?|bond\s+markets?)\b`) },

  // Airspace and flights.
  { type: 'airspace_closure', need: /airspace/i, re: rx(String.raw`\b(?:clos|shut|ban|bann|bar|barr|den[yi]|block|restrict)\w*\s+~3airspace\b`) },
  { type: 'airspace_closure', need: /airspace/i, re: rx(String.raw`\bairspace\s+~3(?:closed|shut|closure|closures|ban|bans|off-limits|off\s+limits)\b`) },
  { type: 'airspace_closure', need: /airspace/i, re: rx(String.raw`\b(?:reopen\w*|re-open\w*)\s+~3airspace\b`), lifts: true },
  { type: 'airspace_closure', need: /flight|landing|aviation/i, re: rx(String.raw`\b(?:flight|overflight|landing|aviation)\s+(?:bans?|restrictions?|prohibitions?)\b`) },
  { type: 'airspace_closure', need: /airport/i, re: rx(String.raw`\b(?:clos|shut)\w*\s+~2airports?\s+to\b`) },
  // "close EU skies to Belarusian carriers": the skies of a state are its airspace.
  { type: 'airspace_closure', need: /skies/i, re: rx(String.raw`\b(?:clos|shut|ban|bann|bar|barr|den[yi]|block)\w*\s+~3skies\s+(?:and\s+~2)?(?:to|for)\b`) },

  // Broadcasting.
  // "Ofcom revoked RT's UK broadcasting licence": the licence taken away is the ban.
  { type: 'broadcast_ban', need: /licen/i, re: rx(String.raw`\b(?:revok|withdr[ae]w|suspend|cancel|strip|pull)\w*\s+(?<slot>~5)broadcast(?:ing)?\s+licen[cs]es?\b`) },
  { type: 'broadcast_ban', need: /broadcast/i, re: rx(String.raw`\bbroadcast(?:ing)?\s+(?:bans?|licen[cs]es?|prohibitions?)\b`) },
  { type: 'broadcast_ban', need: /broadcast|airing|transmission/i, re: rx(String.raw`\b${BAN_VERB}\s+(?<slot>~5)(?:from\s+)?(?:broadcasting|broadcasts?|airing|transmissions?)\b`) },
  { type: 'broadcast_ban', need: /off the air/i, re: rx(String.raw`\b(?:taken|taking|took|take|pulled|pull|pulling|kicked|knocked)\s+(?<slot>~4)off\s+the\s+air\b`) },
  // "ordered three channels linked to X - A, B and C - off the air".
  { type: 'broadcast_ban', need: /off the air/i, re: rx(String.raw`\b(?:order|orders|ordered|ordering)\s+(?<slot>~18)off\s+the\s+air\b`) },
  // "Roskomnadzor blocked the websites of the BBC's Russian service and Deutsche Welle".
  // "suspend distribution of the weekly magazine X", "halted publication of the newspaper Y".
  { type: 'broadcast_ban', need: /distribution|publication|circulation/i, re: rx(String.raw`\b${BAN_VERB}\s+(?:the\s+)?(?:distribution|publication|circulation)\s+of\b`) },
  { type: 'broadcast_ban', need: /website/i, re: rx(String.raw`\bblock(?:s|ed|ing)?\s+(?:access\s+to\s+)?(?:the\s+)?websites?\s+of\b`) },
  { type: 'broadcast_ban', need: /licen/i, re: rx(String.raw`\b(?:revok|withdr[ae]w|suspend|cancel|strip)\w*\s+(?<slot>~4)(?:broadcast(?:ing)?\s+)?licen[cs]es?\s+(?:to\s+(?:broadcast|air|transmit)|in\s+the)\b`) },

  // Trade status and tariffs.
  { type: 'trade_restriction', need: /favo|mfn|normal trade/i, re: rx(String.raw`\b(?:most[- ]favou?red[- ]nation|MFN|(?:permanent\s+)?normal\s+trade(?:\s+relations)?)\b`) },
  { type: 'trade_restriction', need: /tariff/i, re: rx(String.raw`\btariffs?\b`) },
  // "close member states' land and air borders with X", "border closures": a closed border stops
  // trade with the state behind it (a closed sky is an airspace closure, read on its own).
  { type: 'trade_restriction', need: /border/i, re: rx(String.raw`\bborder\s+closures?\b|\b(?:clos(?:e|es|ed|ing)|shut(?:s|ting)?|seal(?:s|ed|ing)?)\s+(?:\S+\s+){0,3}?(?:land\s+)?(?:and\s+(?:sea|air)\s+)?borders?\b`) },
  { type: 'trade_restriction', need: /dut/i, re: rx(String.raw`\b(?:(?:import|customs|punitive|retaliatory|anti-dumping|countervailing)\s+duties|dut(?:y|ies)\s+on)\b`) },
  { type: 'trade_restriction', need: /price cap/i, re: rx(String.raw`\bprice\s+caps?\b`) },
  { type: 'trade_restriction', need: /cap/i, re: rx(String.raw`\b(?:cap(?:s|ped|ping)?\s+(?:the\s+)?prices?|caps?\s+on\s+(?:the\s+)?prices?)\s+(?:of|on|for)\b`) },
  { type: 'trade_restriction', need: /trade/i, re: rx(String.raw`\btrade\s+(?:embargo(?:es)?|restrictions|curbs|preferences|privileges|status|barriers)\b`) },

  // Membership of organisations.
  { type: 'suspension', need: /suspension|expulsion|exclusion/i, re: rx(String.raw`\b(?:suspension|expulsion|exclusion)\s+of\s+(?<slot>~6)from\b`) },
  { type: 'suspension', need: /membership|voting|representation/i, re: rx(String.raw`\b(?:suspend\w*|revok\w*|strip\w*)\s+~3(?:membership|voting\s+rights|rights\s+of\s+representation)\b`) },
  { type: 'suspension', need: /membership|voting/i, re: rx(String.raw`\b(?:membership|voting\s+rights)\s+~6(?:suspended|revoked)\b`) },
  // "voted to reinstate the Russian Athletics Federation", "reinstated it after the Games": a
  // member readmitted ends its suspension ("reinstated sanctions" puts measures back instead).
  { type: 'suspension', need: /reinstat|readmit/i, re: rx(String.raw`\b(?:reinstat|readmit)(?:e|es|ed|ing)\b(?=\s+(?:it|them)\b)`), lifts: true },
  { type: 'suspension', need: /reinstat|readmit/i, re: rx(String.raw`\b(?:reinstat|readmit)(?:e|es|ed|ing)\b`), lifts: true, namedObject: true },

  // Assets.
  // ("economic and financial sanctions" are sanctions of no particular kind.)
  { type: 'asset_freeze', need: /financial/i, re: rx(String.raw`(?<!\beconomic\s+and\s+)\b(?:targeted\s+)?financial\s+sanctions\b`) },
  // "full blocking sanctions": US sanctions that block (freeze) all property of those named.
  { type: 'asset_freeze', need: /blocking/i, re: rx(String.raw`\b(?:full\s+)?blocking\s+sanctions\b`) },
  { type: 'asset_freeze', need: /asset|property/i, re: rx(String.raw`\b(?:assets?|property)[- ]freezes?\b`) },
  { type: 'asset_freeze', need: /assets|propert|fund|account|holding|reserve|wealth|fortune|yacht|villa|mansion|jet/i, re: rx(String.raw`\b(?:freez(?:e|es|ing)|froze|frozen|block(?:s|ed|ing)?|paraly[sz](?:e|es|ed|ing)|immobili[sz](?:e|es|ed|ing)|seiz(?:e|es|ed|ing)|confiscat(?:e|es|ed|ing)|impound(?:s|ed|ing)?)\s+(?<slot>~8)(?:assets|property|properties|funds|accounts|holdings|reserves|wealth|fortunes?|yachts?|superyachts?|villas?|mansions?|jets?|bank\s+accounts)\b`) },
  { type: 'asset_freeze', need: /assets|propert|fund|account|holding|reserve/i, re: rx(String.raw`\b(?:assets|property|properties|funds|accounts|holdings|reserves)\s+(?:of|belonging\s+to|held\s+by|owned\s+by)\s+(?<slot>(?:(?!(?:was|were|is|are|has|have|had|will|would|could|may|might|be|been)\b)\S+\s+){1,5})(?:\S+\s+){0,3}?(?:frozen|blocked|seized|immobili[sz]ed)\b`) },
  { type: 'asset_freeze', need: /assets|propert|fund|account|holding|reserve/i, re: rx(String.raw`(?:(?<slot>\S+['’]s)\s+)?\b(?:assets|property|properties|funds|accounts|holdings|reserves)\s+~5(?:frozen|blocked|seized|immobili[sz]ed)\b`) },
  // "all property and interests in property of the designated people ... are blocked".
  { type: 'asset_freeze', need: /blocked|frozen/i, re: rx(String.raw`\b(?:all\s+)?(?:property|assets|funds)\s+and\s+interests\s+in\s+property\b`) },
  { type: 'asset_freeze', need: /freez|froze/i, re: rx(String.raw`\b(?:freez(?:e|es|ing)|froze|frozen)\b(?!\s+(?:the\s+)?(?:talks|conflict|fighting|front|line|lines|prices|rates|hiring|war|negotiations|enrichment|programme|program)\b)`) },
  { type: 'asset_freeze', need: /designat/i, re: rx(String.raw`\bdesignat(?:e|es|ed|ing|ion|ions)\b(?!\s+(?:driver|hitter|area|zone|route|survivor))`) },

  // Prohibitions of unstated kind: typed by nearby nouns.
  { type: 'ban', need: /ban|bar|prohibit|outlaw|suspen|expel|kick|throw|threw|boot|exclud|halt|embargo|curb|restriction|limits/i, re: rx(String.raw`\b(?:ban|bans|banned|banning|bar|bars|barred|barring|prohibit|prohibits|prohibited|prohibiting|prohibition|outlaw(?:s|ed)?|suspend(?:s|ed|ing)?|suspensions?(?=\s+of\b)|expel(?:s|led|ling)?|kick(?:s|ed)?\s+out|throw(?:s|n)?\s+out|threw\s+out|boot(?:s|ed)?\s+out|exclud(?:e|es|ed|ing)|halt(?:s|ed|ing)?|embargo(?:es)?|(?:curbs?|restrictions?|limits)\s+on)\b`) },

  // "revoked Belavia's permit", "cancelled the carrier's licence": the permit says what is banned.
  { type: 'ban', need: /permit|licen|rights/, re: rx(String.raw`\b(?:revok(?:e|es|ed|ing)|cancel(?:s|led|ed|ling|ing)?|withdr[ae]w\w*|pull(?:s|ed|ing)?)\s+(?<slot>~3)(?:permits?|licen[cs]es?|landing\s+rights|operating\s+rights|traffic\s+rights)\b`) },

  // Sanctions of unstated kind.
  { type: 'sanctions', need: /sanction/i, re: rx(String.raw`\bsanction(?:s|ed|ing)?\b(?![- ](?:busting|evasion|evaders?|expert|experts|lawyer|lawyers|analyst|analysts|specialist|specialists|compliance|policy|tracker|database|advisers?|watchdog|committee|panel|monitors?|monitoring|relief|hit|proof|resistant)|\s+(?:law|laws|framework)\b)`) },
  { type: 'sanctions', need: /black/i, re: rx(String.raw`\bblack-?list(?:s|ed|ing)?\b`) },
  // "the bloc was considering listing X": adding X to its list of sanctioned parties.
  { type: 'sanctions', need: /listing/i, re: rx(String.raw`\b(?:consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|propos(?:e|es|ed|ing)|discuss(?:es|ed|ing)?|mull(?:s|ed|ing)?|back(?:s|ed|ing)?|support(?:s|ed|ing)?)\s+(?:also\s+)?listing\b(?=\s+(?:the\s+)?\p{Lu})`, 'gu'), namedObject: true },
  // "said it was punishing Hsiao Bi-khim, Taiwan's representative": punishing someone named is sanctioning them.
  { type: 'sanctions', need: /punish/i, re: rx(String.raw`\bpunish(?:es|ed|ing)?\b(?=\s+(?:the\s+)?\p{Lu})`, 'gu'), namedObject: true },
  // "Washington has targeted the Lazarus Group for years": an authority that targets someone sanctions them.
  // ("Treasury also targeted two of X's sons": a counted group of people or firms, the same.)
  { type: 'sanctions', need: /target/i, re: rx(String.raw`\btarget(?:s|ed)\b(?=\s+(?:the\s+)?\p{Lu}|\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s)`, 'gu'), afterActor: true },
  // (Not the name of a law: "the Special Economic Measures Act".)
  { type: 'sanctions', need: /measures|sanctions/i, re: rx(String.raw`\b(?:restrictive|punitive|retaliatory|economic|coercive)\s+measures\b(?!\s+(?:act|law|regulations?)\b)|\bcounter-?sanctions\b|\bcountermeasures\b`) },
  // "Ottawa listed the morality police ... under its Special Economic Measures Act".
  { type: 'sanctions', need: /listed|listing/i, re: rx(String.raw`\b(?:list|lists|listed|listing)\s+(?<slot>~16)under\s+(?:its|the|their|a)\s+(?:\S+\s+){0,5}?(?:act|law|regime|regulations|framework)\b`) },
  { type: 'sanctions', need: /embargo/i, re: rx(String.raw`\bembargo(?:es)?\b`) },
  // "faces possible U.S. penalties": penalties of a state or bloc are sanctions (a fine is not).
  { type: 'sanctions', need: /penalties/i, re: rx(String.raw`(?<=\b(?:U\.S\.|US|EU|E\.U\.|UK|British|American|European|Western|economic|financial)\s+)penalties\b`) },
  { type: 'sanctions', need: /measures/i, re: rx(String.raw`\bmeasures\s+(?:against|on|targeting)\b`) },
  // "diplomats said MEHL and MEC could be added as soon as next month": added to the list of
  // those sanctioned (not "added to the pressure", "added that ...").
  { type: 'sanctions', need: /added/, re: rx(String.raw`\b(?:be|been|being|was|were|is|are)\s+added(?=\s*(?:[.,;]|$)|\s+(?:as\s+soon|in\s+(?:the\s+)?(?:coming|next|future)|later|soon|next|within|once|to\s+(?:the\s+|its\s+|their\s+)?(?:\S+\s+)?(?:list|blacklist)\b))`), ownTargets: true },
  // "the measures (that) Canada imposed on Belarus": the relative clause makes them a measure.
  { type: 'sanctions', need: /measures/i, re: rx(String.raw`\bmeasures(?=,?\s+(?:that\s+|which\s+)?(?:the\s+)?\S+(?:\s+\S+)?\s+(?:has\s+|have\s+|had\s+)?(?:imposed|placed|slapped|levied)\s+(?:on|against)\b)`) },
]

/**
 * Nouns that give a prohibition of unstated kind its type, tried in order against the words
 * around the cue ("a ban on the flag *carrier*", "banned *imports* of").
 */
export const BAN_DOMAINS: { type: MeasureType; re: RegExp }[] = [
  { type: 'swift_exclusion', re: /\b(?:SWIFT|Swift)\b/ },
  { type: 'airspace_closure', re: /\b(?:airspace|flights?|flying|airlines?|aircraft|planes?|jets?|air\s*carriers?|flag\s+carriers?|carriers?|aviation|overflights?|landing|airports?)\b/i },
  { type: 'broadcast_ban', re: /\b(?:broadcast\w*|channels?|broadcasters?|airing|outlets?|tv|television|radio|stations?|state\s+media|media)\b/i },
  // A port ban has no kind of its own in the taxonomy: it is recorded as sanctions.
  { type: 'sanctions', re: /\b(?:ports?|maritime\s+services|port\s+calls?)\b/i },
  { type: 'travel_ban', re: /\b(?:travel\w*|entry|entering|visas?|visiting)\b/i },
  { type: 'export_ban', re: /\b(?:exports?|exporting|(?:sales|shipments|deliveries|supplies|transfers|selling|supplying|shipping|delivering)\s+(?:\w+\s+){0,3}?to)\b/i },
  { type: 'import_ban', re: /\b(?:imports?|oil|gas|coal|crude|diamonds?|gold|seafood|vodka|timber|potash|steel|uranium)\b/i },
  { type: 'investment_ban', re: /\b(?:investments?|investing|financing|bonds?|securities|debt|equity|capital\s+markets?)\b/i },
  { type: 'arms_embargo', re: /\b(?:arms|weapons?)\b/i },
  { type: 'transaction_ban', re: /\b(?:transactions|dealings|doing\s+business|dealing\s+with|trading\s+with|transacting)\b/i },
  { type: 'trade_restriction', re: /\b(?:tariffs?|duties)\b/i },
]

/** A status cue: a word or phrase that tells how far along a measure is. */
export interface StatusCue {
  status: Status
  re: RegExp
  /** Modal or plan words ("will", "plans to") outrank the tense of the measure verb itself. */
  modal?: boolean
}

export const STATUS_CUES: StatusCue[] = [
  // Ends of measures: the verb must take a measure as its object (or subject, in the passive),
  // so that "remove banks from SWIFT" or "revoke MFN status" do not read as lifting.
  { status: 'lifted', re: rx(String.raw`\b(?:lift|lifts|lifted|lifting|annul(?:s|led|ling)?|overturn(?:s|ed|ing)?|quash(?:es|ed|ing)?|eas(?:e|es|ed|ing)|scrap(?:s|ped|ping)?|drop(?:s|ped|ping)|end(?:s|ed|ing)?|revok(?:e|es|ed|ing)|rescind(?:s|ed|ing)?|repeal(?:s|ed|ing)?|waiv(?:e|es|ed|ing)|roll(?:s|ed|ing)?\s+back|remov(?:e|es|ed|ing|al)|suspend(?:s|ed|ing)?|terminat(?:e|es|ed|ing))\s+~4(?:sanctions|ban|bans|embargo|embargoes|restrictions|measures|tariffs|duties|freezes?|designations?|controls|blacklisting|listing|suspensions?|closures)\b`) },
  { status: 'lifted', re: rx(String.raw`\b(?:sanctions|ban|bans|embargo|embargoes|restrictions|measures|tariffs|duties|freezes?|designations?)\s+~4(?:lifted|eased|scrapped|removed|revoked|rescinded|repealed|waived|dropped|ended|terminated)\b`) },
  { status: 'lifted', re: rx(String.raw`\b(?:sanctions|ban|bans|embargo|embargoes|restrictions|measures|tariffs|freeze|cap)\s+~6(?:expired|lapsed|ended)\b`) },
  { status: 'lifted', re: rx(String.raw`\b(?:lifting|easing|removal|repeal|end|expiry|expiration|lapse)\s+of\s+~3(?:sanctions|the\s+ban|the\s+embargo|restrictions|measures|tariffs)\b`) },
  { status: 'lifted', re: rx(String.raw`\bremov(?:e|es|ed|ing|al)\s+~6from\s+(?:the\s+|its\s+|a\s+)?~2(?:list|blacklist|sanctions)\b`) },
  { status: 'lifted', re: rx(String.raw`\bunfr(?:eeze|eezes|eezing|oze|ozen)\b|\bde-?list(?:s|ed|ing)?\b|\bsanctions\s+relief\b|\bno\s+longer\s+(?:subject|under|blocked|frozen|banned|barred|sanctioned|designated|listed|in\s+force)\b|\breopen\w*\s+~3airspace\b`) },

  // Applied.
  { status: 'in_effect', re: rx(String.raw`\b(?:upheld|upholds|imposed|imposes|froze|frozen|banned|barred|blocked|suspended|suspends|expelled|expels|designated|designates|sanctioned|blacklisted|blacklists|closed|closes|shut|shuts|cut\s+off|cuts\s+off|removed|removes|added|adds|slapped|slaps|hit|targeted|levied|levies|enforced|enforces|applied|applies|seized|seizes|paralysed|paralyzed|restricted|restricts|prohibited|prohibits|excluded|excludes|kicked\s+out|booted|threw\s+out|revoked|revokes|stripped|extended|renewed|renews|expanded|expands|tightened|tightens|introduced|introduces|halted|denied|denies|listed|placed|outlawed)\b`) },
  { status: 'in_effect', re: rx(String.raw`\b(?:in\s+force|into\s+force|in\s+effect|into\s+effect|took\s+effect|takes\s+effect|came\s+into|in\s+place|now\s+subject\s+to|are\s+subject\s+to|is\s+subject\s+to|were\s+subject\s+to|already\s+(?:closed|shut|banned|barred|frozen|sanctioned|imposed|subject)|effective\s+immediately|under\s+(?:\w+\s+)?sanctions|(?:left|kept|remain(?:s|ed)?|stays?|stayed)\s+in\s+(?:place|force|effect))\b`) },
  // "said travel bans on them would stay": kept in force.
  { status: 'in_effect', re: rx(String.raw`\b(?:will|would)\s+(?:stay|remain)\b(?!\s+(?:on\s+the\s+table|an?\s+option|possible|under\s+(?:review|consideration)))`) },
  // "may not enter", "cannot do business with": a prohibition that binds now.
  { status: 'in_effect', re: rx(String.raw`\b(?:may|must)\s+not\s+(?=enter|visit|travel|deal|do\s+business|conduct|trade)|\b(?:cannot|can['’]t)\s+(?=enter|visit|travel|deal|do\s+business|conduct|trade)`) },
  // Decided but not said to be applied.
  { status: 'adopted', re: rx(String.raw`\b(?:agree|agrees|agreed|approve|approves|approved|approving|approval|adopt|adopts|adopted|adopting|adoption|decide|decides|decided|decision|endorsed|signed\s+off|signs\s+off|sign\s+off\s+on|signed|signs|passed|passes|voted|votes|ratified|finali[sz]ed|greenlit|green-lit|green\s+light|unanimously)\b`) },
  { status: 'adopted', re: rx(String.raw`\b(?:will|would|shall)\s+(?:take|come\s+into|enter\s+into)\s+(?:effect|force)\b`), modal: true },
  // Promised or planned.
  { status: 'announced', re: rx(String.raw`\b(?:will|would|shall|'ll|’ll)\b`), modal: true },
  { status: 'announced', re: rx(String.raw`\b(?:plan|plans|planned|planning|intend|intends|intended|intending|aims?|aiming|set|going|moving|move|moves|pledged?|pledges|promised?|promises|vowed?|vows|expected|poised|ready|due|about)\s+to\b`), modal: true },
  { status: 'announced', re: rx(String.raw`\b(?:is|are)\s+to\b|\bintention\s+to\b`), modal: true },
  // "planned further designations", "plans new sanctions": a plan with the measure as its object.
  { status: 'announced', re: rx(String.raw`\b(?:plan|plans|planned|planning)\s+(?:further|more|new|additional|fresh|its\s+own|their\s+own)\b`), modal: true },
  { status: 'announced', re: rx(String.raw`\b(?:announce|announces|announced|announcing|unveil|unveils|unveiled|unveiling|outlined|outlines)\b`) },
  // Considered.
  { status: 'proposed', re: rx(String.raw`\b(?:consider|considers|considered|considering|consideration|weigh|weighs|weighed|weighing|mull|mulls|mulled|mulling|stud(?:y|ies|ied|ying)|review|reviews|reviewing|debate|debates|debated|debating|discuss|discusses|discussed|discussing|explor(?:e|es|ed|ing)|propos(?:e|es|ed|ing|al|als)|call(?:s|ed|ing)?\s+(?:for|on)|should|ought\s+to|urg(?:e|es|ed|ing)|persuad(?:e|es|ed|ing)|push(?:es|ed|ing)?\s+for|press(?:es|ed|ing)?\s+for|seek(?:s|ing)?|sought|possible|possibility|potential|option|options|threaten(?:s|ed|ing)?|threat|draft(?:s|ed|ing)?|recommend(?:s|ed|ing)?|prepar(?:e|es|ed|ing)|contemplat(?:e|es|ed|ing)|look(?:s|ed|ing)?\s+(?:at|into)|(?:clear|pav)(?:e|es|ed|ing|s)?\s+the\s+way\s+for|open(?:s|ed|ing)?\s+the\s+door\s+(?:to|for)|on\s+the\s+table|not\s+off\s+the\s+table|yet\s+to\s+decide|whether\s+to)\b`), modal: true },
  // Case-sensitive, so that the month ("in May 2019") is no modal.
  // ("The three may not enter China": a prohibition in force, not a possibility.)
  { status: 'proposed', re: rx(String.raw`\b(?:[Cc]ould|[Mm]ight|may(?!\s+not\b))\b`, 'g'), modal: true },
]

/**
 * Words that deny a measure ("was not sanctioned", "declined to impose", "ruled out").
 * They count between the authority (or the start of the clause) and the measure.
 */
export const NEGATION_RE = rx(String.raw`\b(?:not|never|no|neither|nor|without|declin(?:e|es|ed|ing)|refus(?:e|es|ed|ing)|rul(?:e|es|ed|ing)\s+out|reject(?:s|ed|ing)?|resist(?:s|ed|ing)?|oppos(?:e|es|ed|ing)|veto(?:es|ed|ing)?|stopp?(?:ed|ing|s)?\s+short|balk(?:s|ed|ing)?|held\s+off|hold(?:s|ing)?\s+off|shied\s+away|shy(?:ing)?\s+away|fail(?:s|ed|ing)?\s+to|spar(?:e|es|ed|ing)|exempt(?:s|ed|ing|ion)?|left\s+(?:off|out)|instead\s+of|rather\s+than|yet\s+to|(?:vot(?:e|es|ed|ing)|argu(?:e|es|ed|ing)|came\s+out|campaign(?:s|ed|ing)?|lobbied|spoke|speaks|cautioned|warned)\s+against)\b|n['’]t\b`)

/** Phrases with a negation word that do not negate ("not off the table", "not only"). */
export const NOT_NEGATION_RE = rx(String.raw`\bnot\s+(?:off\s+the\s+table|only|just|least|ruled\s+out)\b|\b(?:whether\s+or\s+not|if\s+not)\b|\bno\s+(?:\d|longer)\b|\bn['’]t\s+rule\s+out\b`)

/**
 * Words before a mention of sanctions that make it a reference to sanctions in general rather
 * than a report of a measure ("to evade sanctions", "the impact of sanctions").
 */
export const NEUTRAL_CONTEXT_RE = rx(String.raw`\b(?:evad\w*|evasion|circumvent\w*|bypass\w*|skirt\w*|dodg\w*|bust\w*|flout\w*|violat\w*|breach\w*|get\s+around|blunt|soften|cushion|mitigate|withstand|weather\w*|impact\s+of|effects?\s+of|cost\s+of|toll\s+of|because\s+of|due\s+to|despite|fear\s+of|fears\s+of|risk\s+of|wake\s+of|era\s+of|history\s+of|escap\w*|avoid\w*|exposure\s+to|compliance\s+with|comply\w*|accustomed\s+to|used\s+to|immune\s+to|inured\s+to|resilient\s+to|vulnerable\s+to|surviv\w*|trigger(?:s|ed|ing)?|invit(?:e|es|ed|ing))\s+~3$`)

/**
 * Verbs by which an authority only supports another's measure ("Berlin backed a targeted
 * disconnection"): the supporter is not the authority of that measure.
 */
export const SUPPORT_RE = rx(String.raw`\b(?:back|backs|backed|backing|support|supports|supported|supporting|welcom(?:e|es|ed|ing)|prais(?:e|es|ed|ing)|applaud(?:s|ed|ing)?|hail(?:s|ed|ing)?|urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+on|pressed|ask(?:s|ed|ing)?|lobb(?:y|ies|ied|ying)|criticis(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)|condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|join(?:s|ed|ing)?\s+(?:the\s+)?(?:call|calls))\b`)

/**
 * Third-person verb forms that are also plural nouns ("the UK sanctions ...", "EU bans ...").
 * They report an applied measure only when an authority is their subject (see `status.ts`).
 */
export const PRESENT_VERB_NOUNS = new Set(['sanctions', 'bans', 'bars', 'blocks', 'targets', 'hits', 'freezes', 'curbs', 'limits', 'cuts', 'halts', 'strips', 'extends'])

/** Words that open a new clause: status, targets and negation do not reach across them. */
export const CLAUSE_BREAK_WORDS = new Set([
  'while', 'whereas', 'although', 'though', 'but', 'because', 'since', 'unless', 'until', 'after', 'before',
  'when', 'if', 'amid', 'despite', 'following', 'so', 'however', 'meanwhile', 'saying', 'adding',
])

/**
 * Word lists the name recogniser and the target finder rely on. All entries are lower case.
 */

const set = (words: string): Set<string> => new Set(words.trim().split(/\s+/))

/** Courtesy titles: the name that follows is a person's (often the surname alone). */
export const HONORIFICS = set(`mr mrs ms miss dr sir dame lord lady madam`)

/**
 * Words of an office or rank written before a name ("Foreign Minister Sergey Lavrov",
 * "President Putin", "press secretary Jen Psaki"). They are stripped from the name and kept
 * as the person's title.
 */
export const TITLE_WORDS = set(`
  president vice prime minister ministers foreign affairs secretary chancellor premier king queen prince
  princess crown emir sheikh sultan ayatollah supreme leader general gen lt lieutenant colonel col major
  admiral marshal commander senator sen rep representative congressman congresswoman governor gov mayor
  chairman chairwoman chair chief executive ceo founder deputy defence defense finance interior economy
  economic trade commerce state treasury justice energy home spokesman spokeswoman spokesperson press
  ambassador envoy high commissioner director head boss owner tycoon oligarch businessman businesswoman
  billionaire magnate official officer adviser advisor aide lawmaker opposition former acting then
  top senior junior assistant undersecretary under-secretary secretary-general attorney judge prosecutor
  speaker health security national counsellor councillor brigadier commodore captain sergeant cabinet
  senators generals governors presidents officials commanders executives directors lawmakers congressmen
  representatives admirals colonels ambassadors envoys mep meps mp mps legislator legislators
  parliamentarian parliamentarians`)

/**
 * Words for a fortune or a trade that stand before names like titles ("billionaire X",
 * "businessman Y") but hold no office of a state.
 */
export const FORTUNE_TITLES = set(`businessman businesswoman tycoon oligarch magnate billionaire`)

/**
 * Role nouns that link an organisation to the person named after them ("Chelsea owner Roman
 * Abramovich", "Rosneft chief executive Igor Sechin"): the organisation is then only a
 * description of the person, not a second target.
 */
export const ROLE_NOUNS = set(`
  owner co-owner editor editor-in-chief chief executive ceo chairman chairwoman chair founder co-founder head boss president
  director manager shareholder investor backer tycoon oligarch magnate banker partner leader commander
  governor minister spokesman spokeswoman spokesperson official executive`)

/** Last words that mark a capitalised name as an organisation. */
export const ORG_SUFFIXES = set(`
  company co corp corporation inc incorporated ltd limited llc plc gmbh ag sa nv bv pjsc ojsc jsc oao zao pvt pte bhd
  group holding holdings bank banks bancorp petrochemical petrochemicals petroleum oil gas energy airlines
  airline airways aviation aerospace shipping lines line tankers tanker maritime marine navigation trading
  traders industries industry metals mining steel technologies technology tech systems electronics
  motors semiconductor semiconductors telecom telecommunications communications media television tv
  broadcasting news channel radio agency institute university exchange capital partners investments
  investment enterprises service services court courts tribunal logistics resources insurance finance financial securities railways railway
  ports port fund foundation corps guard army party front brigade brigades militia movement council
  committee commission ministry department office bureau authority network networks club federation
  association union confederation league centre center cv international
  ooo pao fze fzco llp sarl srl spa pte pvt dmcc sdn bhd oyj
  freight cargo express commodities chemicals chemical pharmaceuticals pharma construction engineering
  shipyard shipyards shipbuilding minerals refinery refining fertilizers fertilisers cement defense defence
  armaments dynamics instruments machinery automotive electric power development textiles foods
  laboratories laboratory labs trust credit leasing payments solutions consulting software`)

/**
 * Common nouns that organisation names join with "and" ("Xinjiang Production and Construction
 * Corps", "Ministry of Industry and Trade", "Department of Science and Technology").
 */
export const NAME_NOUNS = set(`
  production construction development trade industry industries commerce investment security science
  technology technologies research defence defense energy finance economy economic affairs reconstruction
  communications information culture education health agriculture mining oil gas petroleum shipping
  logistics transport transportation infrastructure planning justice welfare labour labor housing
  resources environment fisheries forestry tourism aviation space exploration engineering manufacturing
  studies sciences recreation sports sport youth culture arts innovation political peace foreign
  commonwealth human rights cooperation reconciliation unity salvation liberation restoration independence
  progress solidarity renewal integration democracy freedom`)

/** Words that begin an organisation name when followed by "of" ("Bank of ...", "Ministry of ..."). */
export const ORG_HEADS = set(`bank ministry office bureau department council committee commission
  agency institute university federation union organisation organization corporation academy court
  republic fund foundation authority subcommittee centre center endowment`)

/**
 * Capitalised words that are not names: sentence openers, pronouns, days, months, news
 * agencies and other words that start sentences or headlines. "May" and "March" are listed
 * with the months because dates are far more common in this kind of text than people so named.
 */
export const NOT_NAMES = set(`
  the a an this that these those it its he she they we i you his her their our my your them us
  in on at by for from with as of to into onto over under after before during since until about
  against between among through without within across along around behind beyond despite
  meanwhile however but and or nor if when while although though because so yet still also even
  earlier later elsewhere now then there here what which who whom whose why how where all some
  any many much more most other another each every both either neither several few such no not
  only just one two three four five six seven eight nine ten first second third last next new
  monday tuesday wednesday thursday friday saturday sunday january february march april may june
  july august september october november december today tonight yesterday tomorrow
  feb aug sept oct nov dec
  picture photo photograph image file reuters ap afp bloomberg associated press agence
  western west eastern east northern north southern south european asian african arab
  according asked speaking writing read more related
  sanctions sanction swift mfn covid tv ceo gdp lng cabinet`)

/** Nouns that turn a preceding country name or adjective into a reference to its government. */
export const GOVERNMENT_NOUNS = set(`
  government governments administration authorities officials official ministers minister ministry
  diplomats diplomat lawmakers legislators parliament cabinet president presidency prime premier
  chancellor leader leaders leadership treasury regulators regulator embassy envoy ambassador delegation
  spokesman spokeswoman spokesperson department foreign customs navy coastguard senate congress
  side state junta regime`)

/**
 * Nouns after a country adjective that make the phrase a sector of that country ("Russian
 * banks", "Iranian oil"): as a target such a phrase stands for the country.
 */
export const PEOPLE_NOUNS = set(`
  people persons individuals men women man woman citizens nationals oligarchs oligarch businessmen
  businessman businesswoman tycoons tycoon billionaires billionaire officials official figures executives
  executive leaders elites elite members member pair duo trio family families relatives associates
  allies cronies generals commanders soldiers troops spokesman spokeswoman spokesperson minister ministers
  president prime journalists reporters`)

/** Verbs that introduce reported speech: the subject or object of such a verb is a speaker. */
export const SPEECH_VERBS = set(`
  said says say told tells added adds noted notes stated states wrote writes tweeted posted argued
  argues warned warns explained explains insisted insists declared declares indicated indicates
  claimed claims acknowledged acknowledges confirmed confirms commented comments remarked replied
  responded according`)

/** Auxiliaries and copulas: seeing one after a noun phrase means a new clause has begun. */
export const AUXILIARIES = set(`
  is are was were be been being has have had will would shall should can could may might must
  do does did`)

/** Common given names, to tell a person's name from a company's when nothing else does. */
export const GIVEN_NAMES = set(`
  alexander alexei alexey aleksandr aleksei alisher andrei andrey anatoly arkady boris denis dmitry
  dmitri evgeny yevgeny gennady german igor ilya ivan kirill konstantin leonid maxim mikhail nikolai
  oleg pavel petr pyotr roman ruslan sergei sergey sergii stanislav suleiman timur vadim valentina
  viktor victor vladimir vladislav vyacheslav yuri yury elena yelena irina maria natalia olga svetlana
  tatiana alina anna ekaterina yekaterina volodymyr dmytro andrii mykhailo oleksandr oleksiy petro
  yulia ali mohammad mohammed muhammad hassan hossein hussein reza ahmad ahmed abbas mahmoud javad
  ebrahim ibrahim masoud qassem qasem kim jong yo choe ri pak xi li wang zhang liu chen yang zhao
  nicolas nicolás diosdado delcy tareck hugo jorge luis carlos jose josé juan maria daniel rosario
  min aung hlaing bashar maher rami alexandr aliaksandr viktar
  john james robert michael william david richard joseph thomas charles christopher daniel matthew
  anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason
  jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel
  gregory frank alexander raymond patrick jack dennis jerry tyler aaron jose adam nathan henry peter
  zachary douglas harold kyle noah gerald carl keith roger arthur terry lawrence sean christian albert
  joe ethan austin jesse willie billy bryan bruce jordan ralph roy alan wayne eugene juan gabriel louis
  russell randy vincent philip logan bobby harry johnny howard
  mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret
  sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca
  sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha
  katherine christine debra rachel catherine carolyn janet ruth maria heather diane virginia julie joyce
  victoria olivia kelly christina lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline
  frances gloria ann teresa kathryn sara janice jean alice madison doris abigail julia judy grace denise
  amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella charlotte rose
  alexis kayla jen jenny josep ursula kaja antony janet liz keir rishi theresa boris emmanuel olaf
  angela annalena friedrich giorgia mario fumio shinzo jacinda justin chrystia melanie penny marise
  ignazio jonas antonio jean josé ned wally ben gina`)

/**
 * Nouns that refer back to targets named earlier ("the pair", "the seven men", "the network").
 * The value says which kinds of target the noun can stand for.
 */
export const ANAPHOR_NOUNS: Record<string, ('person' | 'organization' | 'vessel' | 'country')[]> = {
  country: ['country'], countries: ['country'], nations: ['country'], nation: ['country'], junta: ['country'],
  regime: ['country'], leadership: ['country'], military: ['country'], government: ['country'], authorities: ['country'],
  pair: ['person'], duo: ['person'], trio: ['person'], men: ['person'], man: ['person'], women: ['person'],
  woman: ['person'], individuals: ['person'], individual: ['person'], oligarchs: ['person'], oligarch: ['person'],
  businessmen: ['person'], businessman: ['person'], businesswoman: ['person'], tycoons: ['person'], tycoon: ['person'],
  billionaires: ['person'], billionaire: ['person'], officials: ['person'], executives: ['person'], figures: ['person'],
  people: ['person'], persons: ['person'], magnate: ['person'], magnates: ['person'], nationals: ['person'], citizens: ['person'],
  // roles that stand for the person just named ("sanctions on X, imposing a travel ban on the former police officer")
  officer: ['person'], officers: ['person'], commander: ['person'], commanders: ['person'], leader: ['person'],
  leaders: ['person'], chief: ['person'], boss: ['person'], warlord: ['person'], lawmaker: ['person'], lawmakers: ['person'],
  politician: ['person'], politicians: ['person'], minister: ['person'], ministers: ['person'], diplomat: ['person'],
  general: ['person'], colonel: ['person'], generals: ['person'], colonels: ['person'], admirals: ['person'],
  settlers: ['person'], settler: ['person'], activists: ['person'], journalists: ['person'], soldiers: ['person'],
  judges: ['person'], prosecutors: ['person'], associates: ['person'], relatives: ['person'], bankers: ['person'],
  smugglers: ['person'], hackers: ['person'], operatives: ['person'], militants: ['person'], fighters: ['person'],
  directors: ['person'], managers: ['person'], diplomats: ['person'], envoys: ['person'], deputies: ['person'],
  senators: ['person'], legislators: ['person'], clerics: ['person'], lawyers: ['person'], brothers: ['person'],
  sons: ['person'], daughters: ['person'], sisters: ['person'],
  fund: ['organization'], funds: ['organization'], foundation: ['organization'], charity: ['organization'],
  outpost: ['organization'], militia: ['organization'], gang: ['organization'], cartel: ['organization'],
  companies: ['organization'], company: ['organization'], firms: ['organization'], firm: ['organization'],
  entities: ['organization', 'person'], entity: ['organization'], banks: ['organization'], bank: ['organization'],
  lenders: ['organization'], lender: ['organization'], airline: ['organization'], airlines: ['organization'],
  carrier: ['organization'], carriers: ['organization'], businesses: ['organization'], conglomerate: ['organization'],
  contractors: ['organization'], contractor: ['organization'], manufacturers: ['organization'], suppliers: ['organization'],
  group: ['organization'], groups: ['organization'], outlet: ['organization'], outlets: ['organization'],
  broadcaster: ['organization'], broadcasters: ['organization'], channel: ['organization'], channels: ['organization'],
  vessels: ['vessel'], vessel: ['vessel'], tankers: ['vessel'], tanker: ['vessel'], ships: ['vessel'], ship: ['vessel'],
  network: ['organization', 'vessel'], ring: ['organization', 'person'], scheme: ['organization', 'vessel'],
}

/** Nouns before a name that mark it as a vessel ("the tanker Adrian Darya 1"). */
export const VESSEL_NOUNS = set(`tanker tankers vessel vessels ship ships freighter cargo supertanker yacht superyacht boat`)

/** Nouns that stand for what a target owns: "freeze its assets" is about the target, not the authority. */
export const POSSESSION_NOUNS = set(`
  assets asset property properties funds accounts holdings reserves wealth transactions money shares
  stakes stake yachts yacht jets businesses companies subsidiaries exports imports oil gas officials
  executives members leaders aircraft airlines vessels ships tankers banks products goods licence license
  licences licenses permit permits status membership rights access operations subsidiary units unit
  flights planes routes landing overflight operating`)

/** Counts written as words ("one individual", "a network", "All seven"). */
export const NUMBER_WORDS: Record<string, number> = { one: 1, a: 1, an: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 }

/** Months and their short forms, for dates ("since November 2022", "in late March"). */
export const MONTHS = set(`january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec`)

/** What one company is ("a Chinese chipmaker", "the Russian lender", "the Rostov shipbuilder X"): one particular company, not the state's sector. */
export const SINGULAR_ORGS = set(`chipmaker shipbuilder shipyard trader exchange maker manufacturer company firm lender bank giant operator producer conglomerate insurer exporter refiner refinery supplier carrier airline broadcaster shipper miner developer contractor distributor`)


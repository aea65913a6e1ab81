/**
 * Media outlets that news of bans names without saying they are broadcasters ("banned RT and
 * Sputnik", "suspended Radio France Internationale and France 24"): state media that sanctions
 * target, and international outlets that governments take off the air. All entries are lower case.
 */
export const BROADCASTERS = new Set([
  'rt', 'russia today', 'sputnik', 'rt france', 'rt deutsch', 'rt arabic', 'rossiya', 'rossiya 1', 'rossiya 24', 'rossiya rtr',
  'channel one', 'ntv', 'ren tv', 'zvezda', 'tvc', 'izvestia', 'ria novosti', 'rossiyskaya gazeta', 'voice of europe',
  'press tv', 'hispantv', 'al-alam', 'al-manar', 'cgtn', 'cctv', 'kcna', 'telesur', 'belarus 24', 'ont',
  'radio france internationale', 'rfi', 'france 24', 'tv5monde', 'deutsche welle', 'dw', 'voice of america', 'voa',
  'radio free europe', 'radio liberty', 'radio free europe/radio liberty', 'rfe/rl', 'radio free asia', 'bbc', 'bbc persian',
  'bbc world service', 'al jazeera', 'euronews', 'tv rain', 'dozhd', 'meduza', 'novaya gazeta', 'jeune afrique',
])

/** Outlets whose names hold a state's name ("Radio France Internationale", "France 24"): read as one name. */
export const MEDIA_WITH_STATE_NAMES = new Set([...BROADCASTERS].filter((name) => /\b(?:france|europe|america|asia|belarus|russia)\b/.test(name)))

// Name endings that mark a broadcaster ("Zvezda TV", "Press TV", "Radio Sputnik").
const BROADCASTER_NAME_RE = /(?:^|\s)(?:tv|television|radio|channel|broadcasting)$|^radio\s/i

/** Whether a name is a broadcaster's: a well-known state outlet, one the article calls so, or a name made like one. */
export function isBroadcasterName(name: string, known?: Set<string>): boolean {
  const lower = name.toLowerCase()
  return BROADCASTERS.has(lower) || (known?.has(lower) ?? false) || BROADCASTER_NAME_RE.test(lower)
}
/** First words of those names, so that most runs of capitalised words are not joined up to be looked up. */
export const MEDIA_FIRST_WORDS = new Set([...MEDIA_WITH_STATE_NAMES].map((name) => name.split(' ')[0]!))

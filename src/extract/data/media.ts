/**
 * State media that sanctions news names without saying they are broadcasters ("banned RT and
 * Sputnik"). All entries are lower case.
 */
export const BROADCASTERS = new Set([
  'rt', 'russia today', 'sputnik', 'rt france', 'rt deutsch', 'rt arabic', 'rossiya', 'rossiya 1', 'rossiya 24', 'rossiya rtr',
  'channel one', 'ntv', 'ren tv', 'zvezda', 'tvc', 'izvestia', 'ria novosti', 'rossiyskaya gazeta', 'voice of europe',
  'press tv', 'hispantv', 'al-alam', 'al-manar', 'cgtn', 'cctv', 'kcna', 'telesur', 'belarus 24', 'ont',
])

// Name endings that mark a broadcaster ("Zvezda TV", "Press TV", "Radio Sputnik").
const BROADCASTER_NAME_RE = /(?:^|\s)(?:tv|television|radio|channel|broadcasting)$|^radio\s/i

/** Whether a name is a broadcaster's: a well-known state outlet, one the article calls so, or a name made like one. */
export function isBroadcasterName(name: string, known?: Set<string>): boolean {
  const lower = name.toLowerCase()
  return BROADCASTERS.has(lower) || (known?.has(lower) ?? false) || BROADCASTER_NAME_RE.test(lower)
}

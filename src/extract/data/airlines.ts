/**
 * Airlines that sanctions news names without saying they are airlines ("suspended Belavia's
 * permit", "banned Aeroflot"): state and flag carriers of sanctioned states and the carriers
 * that authorities have listed. All entries are lower case.
 */
export const AIRLINES = new Set([
  // Russia
  'aeroflot', 'rossiya', 'pobeda', 's7', 's7 airlines', 'siberia airlines', 'utair', 'ural airlines', 'azur air', 'nordwind',
  'red wings', 'aurora', 'yakutia', 'smartavia', 'airbridgecargo', 'volga-dnepr', 'ikar',
  // Belarus
  'belavia',
  // Iran
  'iran air', 'mahan air', 'mahan', 'meraj air', 'qeshm air', 'qeshm fars air', 'caspian airlines', 'iran aseman airlines',
  'aseman', 'pouya air', 'saha airlines', 'kish air', 'zagros airlines',
  // Syria, Iraq, Lebanon
  'syrian air', 'syrianair', 'cham wings', 'fly baghdad', 'iraqi airways', 'middle east airlines',
  // North Korea, Venezuela, Myanmar, Afghanistan and others
  'air koryo', 'conviasa', 'emtrasur', 'myanmar airways international', 'myanmar national airlines', 'ariana', 'kam air',
  'cubana', 'air zimbabwe', 'tarco aviation', 'badr airlines',
])

// Name endings and openings that mark an airline ("Mahan Air", "Syrian Arab Airlines", "Air Koryo").
const AIRLINE_NAME_RE = /(?:^|\s)(?:air|airlines|airline|airways|aviation|avia|aero)$|^air\s/i

/**
 * Whether a name is an airline's: a well-known airline, one the article calls a carrier or an
 * airline (`known`, lower case), or a name made like an airline's.
 */
export function isAirlineName(name: string, known?: Set<string>): boolean {
  const lower = name.toLowerCase()
  return AIRLINES.has(lower) || (known?.has(lower) ?? false) || AIRLINE_NAME_RE.test(lower)
}

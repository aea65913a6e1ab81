/**
 * Authorities that are not states, and the government bodies, offices and titles through
 * which news text names an authority ("the Treasury", "the bloc", "Foreign Secretary").
 */

/** Organisations that impose measures. Ids beyond the contract's five are slugs of the name. */
export const ORGANISATIONS: { id: string; name: string; aka: string[] }[] = [
  { id: 'eu', name: 'European Union', aka: ['EU', 'E.U.', 'European Commission', 'Commission', 'Council of the European Union', 'Council of the EU', 'European Council', 'EU Council', 'European Parliament', 'High Representative', 'European External Action Service', 'EEAS', 'Brussels'] },
  { id: 'un', name: 'United Nations', aka: ['UN', 'U.N.', 'Security Council', 'UN Security Council', 'U.N. Security Council', 'UNSC', 'General Assembly', 'UN General Assembly', 'Human Rights Council', 'Secretary-General', 'Secretary General'] },
  { id: 'coe', name: 'Council of Europe', aka: ['Committee of Ministers', 'Parliamentary Assembly of the Council of Europe', 'PACE'] },
  { id: 'g7', name: 'G7', aka: ['G-7', 'Group of Seven'] },
  { id: 'nato', name: 'NATO', aka: ['Nato', 'North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation', 'North Atlantic Council'] },
  { id: 'african-union', name: 'African Union', aka: ['AU', 'African Union Commission', 'AU Commission', 'Peace and Security Council', 'AU Peace and Security Council'] },
  { id: 'economic-community-of-central-african-states', name: 'Economic Community of Central African States', aka: ['ECCAS'] },
  { id: 'southern-african-development-community', name: 'Southern African Development Community', aka: ['SADC'] },
  // ("West African leaders" is how reports of an ECOWAS summit name the heads of state acting through it.)
  { id: 'ecowas', name: 'ECOWAS', aka: ['Economic Community of West African States', 'West African leaders', 'West African heads of state', 'West African bloc', 'West African regional bloc'] },
  { id: 'commonwealth', name: 'Commonwealth', aka: ['Commonwealth of Nations', 'Commonwealth Ministerial Action Group'] },
  { id: 'pacific-islands-forum', name: 'Pacific Islands Forum', aka: [] },
  { id: 'world-bank', name: 'World Bank', aka: [] },
  { id: 'oecd', name: 'OECD', aka: ['Organisation for Economic Co-operation and Development', 'Organization for Economic Cooperation and Development'] },
  { id: 'asean', name: 'ASEAN', aka: ['Association of Southeast Asian Nations'] },
  { id: 'arab-league', name: 'Arab League', aka: ['League of Arab States'] },
  { id: 'osce', name: 'OSCE', aka: ['Organization for Security and Co-operation in Europe'] },
  { id: 'oas', name: 'Organization of American States', aka: ['OAS'] },
  { id: 'fifa', name: 'FIFA', aka: ['Fifa'] },
  { id: 'uefa', name: 'UEFA', aka: ['Uefa'] },
  { id: 'ioc', name: 'International Olympic Committee', aka: ['IOC'] },
  // Sports bodies suspend national federations, teams and athletes.
  { id: 'ipc', name: 'International Paralympic Committee', aka: ['IPC'] },
  { id: 'world-athletics', name: 'World Athletics', aka: ['IAAF', 'International Association of Athletics Federations'] },
  { id: 'international-fencing-federation', name: 'International Fencing Federation', aka: ['FIE'] },
  { id: 'fis', name: 'International Ski and Snowboard Federation', aka: ['FIS', 'International Ski Federation'] },
  { id: 'iihf', name: 'International Ice Hockey Federation', aka: ['IIHF'] },
  { id: 'fiba', name: 'FIBA', aka: ['International Basketball Federation'] },
  { id: 'world-aquatics', name: 'World Aquatics', aka: ['FINA'] },
  { id: 'uci', name: 'UCI', aka: ['Union Cycliste Internationale', 'International Cycling Union'] },
  { id: 'fide', name: 'FIDE', aka: ['International Chess Federation'] },
  { id: 'world-rugby', name: 'World Rugby', aka: [] },
  { id: 'international-judo-federation', name: 'International Judo Federation', aka: ['IJF'] },
  { id: 'itf', name: 'International Tennis Federation', aka: ['ITF'] },
  { id: 'fivb', name: 'FIVB', aka: ['International Volleyball Federation'] },
  { id: 'international-biathlon-union', name: 'International Biathlon Union', aka: ['IBU'] },
  { id: 'wada', name: 'World Anti-Doping Agency', aka: ['WADA'] },
]

/**
 * Government bodies, offices and titles of a state, by authority id. A title listed here
 * names the office of one state only ("Foreign Secretary" is British); titles that many
 * states share ("prime minister") resolve through an adjacent country name instead.
 */
export const GOVERNMENT_BODIES: Record<string, string[]> = {
  us: [
    'White House', 'Oval Office', 'Treasury', 'Treasury Department', 'Department of the Treasury',
    'OFAC', 'Office of Foreign Assets Control', 'State Department', 'Department of State', 'Commerce Department',
    'Department of Commerce', 'Bureau of Industry and Security', 'Justice Department', 'Department of Justice',
    'Pentagon', 'Congress', 'Capitol Hill', 'House of Representatives', 'Federal Communications Commission',
    'USTR', 'US Trade Representative', 'Secretary of State', 'Treasury Secretary', 'Commerce Secretary',
    'Homeland Security', 'Department of Homeland Security', 'FinCEN',
  ],
  gb: [
    'Foreign Office', 'Foreign, Commonwealth and Development Office', 'Foreign and Commonwealth Office', 'FCDO',
    'Home Office', 'HM Treasury', 'OFSI', 'Office of Financial Sanctions Implementation', 'Ofcom',
    'Foreign Secretary', 'Home Secretary', 'Business Secretary', 'Department for Business and Trade',
    'Chancellor of the Exchequer', 'House of Commons',
  ],
  ca: ['Global Affairs Canada', 'Parliament Hill'],
  au: ['DFAT', 'Department of Foreign Affairs and Trade'],
  jp: ['METI', 'Ministry of Economy, Trade and Industry', 'Kantei'],
  ch: ['SECO', 'State Secretariat for Economic Affairs', 'Swiss Federal Council'],
  de: ['Bundestag', 'Chancellery'],
  ru: ['Kremlin', 'State Duma', 'Duma', 'Roskomnadzor'],
  cn: ['MOFCOM', 'Zhongnanhai'],
  ua: ['Verkhovna Rada', 'National Security and Defense Council'],
}

/**
 * Heads of state and government, foreign and finance ministers, and the heads of the EU and
 * UN who are often the subject of a sentence that reports a measure. A leader in subject
 * position stands for their authority; a leader can also be a target (of another authority).
 */
export const LEADERS: Record<string, string[]> = {
  us: ['Joe Biden', 'Donald Trump', 'Barack Obama', 'Kamala Harris', 'Antony Blinken', 'Janet Yellen', 'Marco Rubio', 'Scott Bessent', 'Mike Pompeo', 'Steven Mnuchin', 'Gina Raimondo', 'Howard Lutnick', 'Jake Sullivan'],
  gb: ['Boris Johnson', 'Rishi Sunak', 'Liz Truss', 'Keir Starmer', 'Theresa May', 'David Cameron', 'David Lammy', 'James Cleverly', 'Dominic Raab', 'Jeremy Hunt', 'Yvette Cooper', 'Rachel Reeves'],
  ca: ['Justin Trudeau', 'Mark Carney', 'Melanie Joly', 'Mélanie Joly', 'Chrystia Freeland', 'Anita Anand'],
  au: ['Anthony Albanese', 'Scott Morrison', 'Penny Wong', 'Marise Payne'],
  nz: ['Jacinda Ardern', 'Chris Hipkins', 'Christopher Luxon', 'Winston Peters'],
  jp: ['Fumio Kishida', 'Shigeru Ishiba', 'Shinzo Abe', 'Yoshihide Suga', 'Sanae Takaichi', 'Yoshimasa Hayashi', 'Yoko Kamikawa'],
  kr: ['Yoon Suk Yeol', 'Yoon Suk-yeol', 'Lee Jae-myung', 'Moon Jae-in'],
  de: ['Olaf Scholz', 'Angela Merkel', 'Friedrich Merz', 'Annalena Baerbock', 'Johann Wadephul'],
  fr: ['Emmanuel Macron', 'Jean-Yves Le Drian', 'Catherine Colonna', 'Jean-Noel Barrot', 'Jean-Noël Barrot'],
  it: ['Mario Draghi', 'Giorgia Meloni', 'Antonio Tajani'],
  pl: ['Donald Tusk', 'Mateusz Morawiecki', 'Andrzej Duda', 'Radoslaw Sikorski', 'Radosław Sikorski'],
  ch: ['Ignazio Cassis', 'Karin Keller-Sutter'],
  no: ['Jonas Gahr Store', 'Jonas Gahr Støre'],
  eu: ['Ursula von der Leyen', 'Josep Borrell', 'Kaja Kallas', 'Charles Michel', 'Antonio Costa', 'António Costa'],
  un: ['Antonio Guterres', 'António Guterres'],
  ua: ['Volodymyr Zelensky', 'Volodymyr Zelenskiy', 'Volodymyr Zelenskyy', 'Dmytro Kuleba', 'Andrii Sybiha'],
  ru: ['Vladimir Putin', 'Sergei Lavrov', 'Sergey Lavrov', 'Dmitry Peskov', 'Mikhail Mishustin', 'Dmitry Medvedev', 'Maria Zakharova'],
  by: ['Alexander Lukashenko', 'Aleksandr Lukashenko'],
  cn: ['Xi Jinping', 'Wang Yi', 'Li Qiang', 'Li Keqiang'],
  tw: ['Tsai Ing-wen', 'Lai Ching-te'],
  ir: ['Ali Khamenei', 'Ebrahim Raisi', 'Masoud Pezeshkian', 'Hassan Rouhani', 'Abbas Araghchi', 'Mohammad Javad Zarif', 'Hossein Amir-Abdollahian'],
  kp: ['Kim Jong Un', 'Kim Jong-un', 'Kim Yo Jong'],
  ve: ['Nicolas Maduro', 'Nicolás Maduro'],
  tr: ['Recep Tayyip Erdogan', 'Recep Tayyip Erdoğan'],
  in: ['Narendra Modi'],
  il: ['Benjamin Netanyahu'],
  sy: ['Bashar al-Assad'],
}

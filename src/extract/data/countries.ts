/**
 * States and territories that news text names as sanctioning authorities or as targets.
 *
 * `id` is the lower-case ISO 3166-1 alpha-2 code (the authority id); `name` is the short
 * common name whose slug is the country's target id (`Russia` → `russia`). The other fields
 * list the ways articles refer to the state: alternative names, the adjective (which is also
 * the nationality word in most cases), the plural of its people, and its capital or seat of
 * government (metonyms such as "Moscow" or "the Kremlin").
 *
 * Names that are too ambiguous in running text (a capital that is also a common first name,
 * an adjective that is also an English word) are left out on purpose.
 */
export interface Country {
  id: string
  name: string
  aka?: string[]
  adj?: string[]
  people?: string[]
  seats?: string[]
}

export const COUNTRIES: Country[] = [
  // Sanctioning states that appear most often in the news.
  { id: 'us', name: 'United States', aka: ['United States of America', 'U.S.', 'US', 'USA', 'U.S.A.', 'America'], adj: ['American', 'U.S.', 'US'], people: ['Americans'], seats: ['Washington'] },
  { id: 'gb', name: 'United Kingdom', aka: ['UK', 'U.K.', 'Britain', 'Great Britain'], adj: ['British', 'UK', 'U.K.'], people: ['Britons'], seats: ['London', 'Downing Street', 'Whitehall', 'Westminster', 'No 10', 'Number 10'] },
  { id: 'ca', name: 'Canada', adj: ['Canadian'], people: ['Canadians'], seats: ['Ottawa'] },
  { id: 'au', name: 'Australia', adj: ['Australian'], people: ['Australians'], seats: ['Canberra'] },
  { id: 'nz', name: 'New Zealand', adj: ['New Zealand'], people: ['New Zealanders'], seats: ['Wellington'] },
  { id: 'jp', name: 'Japan', adj: ['Japanese'], seats: ['Tokyo'] },
  { id: 'kr', name: 'South Korea', aka: ['Republic of Korea'], adj: ['South Korean'], people: ['South Koreans'], seats: ['Seoul'] },
  { id: 'ch', name: 'Switzerland', adj: ['Swiss'], seats: ['Bern', 'Berne'] },
  { id: 'no', name: 'Norway', adj: ['Norwegian'], people: ['Norwegians'], seats: ['Oslo'] },
  { id: 'is', name: 'Iceland', adj: ['Icelandic'], seats: ['Reykjavik'] },
  { id: 'li', name: 'Liechtenstein' },
  { id: 'sg', name: 'Singapore', adj: ['Singaporean'] },
  { id: 'tw', name: 'Taiwan', adj: ['Taiwanese'], seats: ['Taipei'] },
  // European Union member states.
  { id: 'de', name: 'Germany', adj: ['German'], people: ['Germans'], seats: ['Berlin', 'Bundestag'] },
  { id: 'fr', name: 'France', adj: ['French'], seats: ['Paris', 'Elysee', 'Élysée', "Quai d'Orsay"] },
  { id: 'it', name: 'Italy', adj: ['Italian'], people: ['Italians'], seats: ['Rome'] },
  { id: 'es', name: 'Spain', adj: ['Spanish'], seats: ['Madrid'] },
  { id: 'pt', name: 'Portugal', adj: ['Portuguese'], seats: ['Lisbon'] },
  { id: 'nl', name: 'Netherlands', aka: ['the Netherlands', 'Holland'], adj: ['Dutch'], seats: ['The Hague', 'Amsterdam'] },
  { id: 'be', name: 'Belgium', adj: ['Belgian'] },
  { id: 'lu', name: 'Luxembourg', adj: ['Luxembourgish'] },
  { id: 'at', name: 'Austria', adj: ['Austrian'], seats: ['Vienna'] },
  { id: 'ie', name: 'Ireland', adj: ['Irish'], seats: ['Dublin'] },
  { id: 'dk', name: 'Denmark', adj: ['Danish'], seats: ['Copenhagen'] },
  { id: 'se', name: 'Sweden', adj: ['Swedish'], seats: ['Stockholm'] },
  { id: 'fi', name: 'Finland', adj: ['Finnish'], seats: ['Helsinki'] },
  { id: 'ee', name: 'Estonia', adj: ['Estonian'], seats: ['Tallinn'] },
  { id: 'lv', name: 'Latvia', adj: ['Latvian'], seats: ['Riga'] },
  { id: 'lt', name: 'Lithuania', adj: ['Lithuanian'], seats: ['Vilnius'] },
  { id: 'pl', name: 'Poland', adj: ['Polish'], seats: ['Warsaw'] },
  { id: 'cz', name: 'Czech Republic', aka: ['Czechia'], adj: ['Czech'], seats: ['Prague'] },
  { id: 'sk', name: 'Slovakia', adj: ['Slovak'], seats: ['Bratislava'] },
  { id: 'hu', name: 'Hungary', adj: ['Hungarian'], seats: ['Budapest'] },
  { id: 'ro', name: 'Romania', adj: ['Romanian'], seats: ['Bucharest'] },
  { id: 'bg', name: 'Bulgaria', adj: ['Bulgarian'] },
  { id: 'gr', name: 'Greece', adj: ['Greek'], seats: ['Athens'] },
  { id: 'cy', name: 'Cyprus', adj: ['Cypriot'], seats: ['Nicosia'] },
  { id: 'mt', name: 'Malta', adj: ['Maltese'], seats: ['Valletta'] },
  { id: 'hr', name: 'Croatia', adj: ['Croatian'], seats: ['Zagreb'] },
  { id: 'si', name: 'Slovenia', adj: ['Slovenian'], seats: ['Ljubljana'] },
  // Rest of Europe and the former Soviet Union.
  { id: 'rs', name: 'Serbia', adj: ['Serbian'], seats: ['Belgrade'] },
  { id: 'ba', name: 'Bosnia and Herzegovina', aka: ['Bosnia'], adj: ['Bosnian'], seats: ['Sarajevo'] },
  { id: 'me', name: 'Montenegro', adj: ['Montenegrin'], seats: ['Podgorica'] },
  { id: 'mk', name: 'North Macedonia', adj: ['Macedonian'], seats: ['Skopje'] },
  { id: 'al', name: 'Albania', adj: ['Albanian'], seats: ['Tirana'] },
  { id: 'md', name: 'Moldova', adj: ['Moldovan'], seats: ['Chisinau'] },
  { id: 'ua', name: 'Ukraine', adj: ['Ukrainian'], people: ['Ukrainians'], seats: ['Kyiv', 'Kiev'] },
  { id: 'by', name: 'Belarus', adj: ['Belarusian', 'Belarussian'], people: ['Belarusians'], seats: ['Minsk'] },
  { id: 'ru', name: 'Russia', aka: ['Russian Federation'], adj: ['Russian'], people: ['Russians'], seats: ['Moscow', 'Kremlin'] },
  { id: 'ge', name: 'Georgia', adj: ['Georgian'], seats: ['Tbilisi'] },
  { id: 'am', name: 'Armenia', adj: ['Armenian'], seats: ['Yerevan'] },
  { id: 'az', name: 'Azerbaijan', adj: ['Azerbaijani'], seats: ['Baku'] },
  { id: 'kz', name: 'Kazakhstan', adj: ['Kazakh'], seats: ['Astana'] },
  { id: 'uz', name: 'Uzbekistan', adj: ['Uzbek'], seats: ['Tashkent'] },
  { id: 'kg', name: 'Kyrgyzstan', adj: ['Kyrgyz'], seats: ['Bishkek'] },
  { id: 'tj', name: 'Tajikistan', adj: ['Tajik'], seats: ['Dushanbe'] },
  { id: 'tm', name: 'Turkmenistan', adj: ['Turkmen'], seats: ['Ashgabat'] },
  { id: 'tr', name: 'Turkey', aka: ['Türkiye', 'Turkiye'], adj: ['Turkish'], seats: ['Ankara'] },
  // Middle East and North Africa.
  { id: 'ir', name: 'Iran', aka: ['Islamic Republic of Iran'], adj: ['Iranian'], people: ['Iranians'], seats: ['Tehran'] },
  { id: 'iq', name: 'Iraq', adj: ['Iraqi'], seats: ['Baghdad'] },
  { id: 'sy', name: 'Syria', adj: ['Syrian'], people: ['Syrians'], seats: ['Damascus'] },
  { id: 'lb', name: 'Lebanon', adj: ['Lebanese'], seats: ['Beirut'] },
  { id: 'il', name: 'Israel', adj: ['Israeli'], people: ['Israelis'] },
  { id: 'ps', name: 'Palestine', adj: ['Palestinian'] },
  { id: 'jo', name: 'Jordan', adj: ['Jordanian'], seats: ['Amman'] },
  { id: 'sa', name: 'Saudi Arabia', adj: ['Saudi'], seats: ['Riyadh'] },
  { id: 'ae', name: 'United Arab Emirates', aka: ['UAE', 'U.A.E.'], adj: ['Emirati'], seats: ['Abu Dhabi'] },
  { id: 'qa', name: 'Qatar', adj: ['Qatari'], seats: ['Doha'] },
  { id: 'kw', name: 'Kuwait', adj: ['Kuwaiti'] },
  { id: 'bh', name: 'Bahrain', adj: ['Bahraini'], seats: ['Manama'] },
  { id: 'om', name: 'Oman', adj: ['Omani'], seats: ['Muscat'] },
  { id: 'ye', name: 'Yemen', adj: ['Yemeni'], seats: ['Sanaa'] },
  { id: 'eg', name: 'Egypt', adj: ['Egyptian'], seats: ['Cairo'] },
  { id: 'ly', name: 'Libya', adj: ['Libyan'], seats: ['Tripoli'] },
  { id: 'tn', name: 'Tunisia', adj: ['Tunisian'], seats: ['Tunis'] },
  { id: 'dz', name: 'Algeria', adj: ['Algerian'], seats: ['Algiers'] },
  { id: 'ma', name: 'Morocco', adj: ['Moroccan'], seats: ['Rabat'] },
  // Sub-Saharan Africa.
  { id: 'sd', name: 'Sudan', adj: ['Sudanese'], seats: ['Khartoum'] },
  { id: 'ss', name: 'South Sudan', adj: ['South Sudanese'], seats: ['Juba'] },
  { id: 'et', name: 'Ethiopia', adj: ['Ethiopian'], seats: ['Addis Ababa'] },
  { id: 'er', name: 'Eritrea', adj: ['Eritrean'], seats: ['Asmara'] },
  { id: 'so', name: 'Somalia', adj: ['Somali'], seats: ['Mogadishu'] },
  { id: 'ke', name: 'Kenya', adj: ['Kenyan'], seats: ['Nairobi'] },
  { id: 'ug', name: 'Uganda', adj: ['Ugandan'], seats: ['Kampala'] },
  { id: 'rw', name: 'Rwanda', adj: ['Rwandan'], seats: ['Kigali'] },
  { id: 'cd', name: 'Democratic Republic of the Congo', aka: ['DR Congo', 'DRC'], adj: ['Congolese'], seats: ['Kinshasa'] },
  { id: 'cf', name: 'Central African Republic', seats: ['Bangui'] },
  { id: 'ml', name: 'Mali', adj: ['Malian'], seats: ['Bamako'] },
  { id: 'ne', name: 'Niger', adj: ['Nigerien'], seats: ['Niamey'] },
  { id: 'bf', name: 'Burkina Faso', adj: ['Burkinabe'], seats: ['Ouagadougou'] },
  { id: 'gn', name: 'Guinea', adj: ['Guinean'], seats: ['Conakry'] },
  { id: 'td', name: 'Chad', adj: ['Chadian'], seats: ["N'Djamena"] },
  { id: 'ng', name: 'Nigeria', adj: ['Nigerian'], seats: ['Abuja'] },
  { id: 'za', name: 'South Africa', adj: ['South African'], seats: ['Pretoria'] },
  { id: 'zw', name: 'Zimbabwe', adj: ['Zimbabwean'], seats: ['Harare'] },
  { id: 'mz', name: 'Mozambique', adj: ['Mozambican'], seats: ['Maputo'] },
  { id: 'ao', name: 'Angola', adj: ['Angolan'], seats: ['Luanda'] },
  { id: 'gh', name: 'Ghana', adj: ['Ghanaian'], seats: ['Accra'] },
  { id: 'sn', name: 'Senegal', adj: ['Senegalese'], seats: ['Dakar'] },
  { id: 'ci', name: "Côte d'Ivoire", aka: ['Ivory Coast', "Cote d'Ivoire"], adj: ['Ivorian'] },
  // Americas.
  { id: 've', name: 'Venezuela', adj: ['Venezuelan'], people: ['Venezuelans'], seats: ['Caracas', 'Miraflores'] },
  { id: 'cu', name: 'Cuba', adj: ['Cuban'], people: ['Cubans'], seats: ['Havana'] },
  { id: 'ni', name: 'Nicaragua', adj: ['Nicaraguan'], seats: ['Managua'] },
  { id: 'co', name: 'Colombia', adj: ['Colombian'], seats: ['Bogota', 'Bogotá'] },
  { id: 'br', name: 'Brazil', adj: ['Brazilian'], seats: ['Brasilia', 'Brasília'] },
  { id: 'ar', name: 'Argentina', adj: ['Argentine', 'Argentinian'], seats: ['Buenos Aires'] },
  { id: 'cl', name: 'Chile', adj: ['Chilean'] },
  { id: 'pe', name: 'Peru', adj: ['Peruvian'] },
  { id: 'bo', name: 'Bolivia', adj: ['Bolivian'] },
  { id: 'ec', name: 'Ecuador', adj: ['Ecuadorian'] },
  { id: 'mx', name: 'Mexico', adj: ['Mexican'], seats: ['Mexico City'] },
  { id: 'ht', name: 'Haiti', adj: ['Haitian'], seats: ['Port-au-Prince'] },
  { id: 'gt', name: 'Guatemala', adj: ['Guatemalan'] },
  { id: 'hn', name: 'Honduras', adj: ['Honduran'] },
  { id: 'sv', name: 'El Salvador', adj: ['Salvadoran'] },
  { id: 'pa', name: 'Panama', adj: ['Panamanian'] },
  // Asia.
  { id: 'cn', name: 'China', aka: ["People's Republic of China", 'PRC', 'mainland China'], adj: ['Chinese'], seats: ['Beijing', 'Zhongnanhai'] },
  { id: 'hk', name: 'Hong Kong', adj: ['Hong Kong'] },
  { id: 'mo', name: 'Macao', aka: ['Macau'], adj: ['Macanese'] },
  { id: 'kp', name: 'North Korea', aka: ['DPRK', "Democratic People's Republic of Korea"], adj: ['North Korean'], people: ['North Koreans'], seats: ['Pyongyang'] },
  { id: 'in', name: 'India', adj: ['Indian'], seats: ['New Delhi'] },
  { id: 'pk', name: 'Pakistan', adj: ['Pakistani'], seats: ['Islamabad'] },
  { id: 'bd', name: 'Bangladesh', adj: ['Bangladeshi'], seats: ['Dhaka'] },
  { id: 'lk', name: 'Sri Lanka', adj: ['Sri Lankan'], seats: ['Colombo'] },
  { id: 'np', name: 'Nepal', adj: ['Nepalese', 'Nepali'], seats: ['Kathmandu'] },
  { id: 'af', name: 'Afghanistan', adj: ['Afghan'], seats: ['Kabul'] },
  { id: 'mm', name: 'Myanmar', aka: ['Burma'], adj: ['Burmese', 'Myanmar'], seats: ['Naypyitaw', 'Naypyidaw', 'Nay Pyi Taw'] },
  { id: 'th', name: 'Thailand', adj: ['Thai'], seats: ['Bangkok'] },
  { id: 'kh', name: 'Cambodia', adj: ['Cambodian'], seats: ['Phnom Penh'] },
  { id: 'la', name: 'Laos', adj: ['Lao', 'Laotian'], seats: ['Vientiane'] },
  { id: 'vn', name: 'Vietnam', aka: ['Viet Nam'], adj: ['Vietnamese'], seats: ['Hanoi'] },
  { id: 'ph', name: 'Philippines', aka: ['the Philippines'], adj: ['Philippine', 'Filipino'], seats: ['Manila'] },
  { id: 'my', name: 'Malaysia', adj: ['Malaysian'], seats: ['Kuala Lumpur'] },
  { id: 'id', name: 'Indonesia', adj: ['Indonesian'], seats: ['Jakarta'] },
  { id: 'mn', name: 'Mongolia', adj: ['Mongolian'], seats: ['Ulaanbaatar'] },
]

/**
 * Regions that sanctions name as if they were states (occupied or breakaway territories).
 * They are targets only, never authorities.
 */
export const TARGET_REGIONS: string[] = ['Crimea', 'Donetsk', 'Luhansk', 'Gaza', 'West Bank', 'Transnistria', 'Abkhazia', 'South Ossetia']

/**
 * Places that are neither authorities nor targets: continents and regions. Naming them keeps
 * the name recogniser from mistaking "East Asia" for a company.
 */
export const PLACES: string[] = [
  'Europe', 'Asia', 'East Asia', 'Southeast Asia', 'South Asia', 'Central Asia', 'Africa', 'West Africa',
  'North Africa', 'Middle East', 'Latin America', 'South America', 'North America', 'Central America',
  'Caribbean', 'Gulf', 'Persian Gulf', 'Black Sea', 'Baltic', 'Baltic Sea', 'Arctic', 'Pacific', 'Atlantic',
  'Mediterranean', 'Balkans', 'Caucasus', 'Donbas', 'Donbass', 'Sahel', 'Indo-Pacific', 'Scandinavia',
  'Strait of Hormuz', 'Red Sea', 'South China Sea', 'Korean Peninsula', 'Eastern Europe', 'Western Europe',
]

/**
 * Companies and groups that sanctions news names often and whose names read like people's
 * names ("Lockheed Martin", "Islamic State") or are single words the recogniser may take for
 * something else. Only the kind is taken from here: the name as written is still the target.
 * All entries are lower case.
 */
export const KNOWN_COMPANIES = new Set([
  'lockheed martin', 'raytheon', 'boeing', 'general dynamics', 'northrop grumman', 'huawei', 'zte', 'smic',
  'hikvision', 'dji', 'bytedance', 'tiktok', 'tencent', 'alibaba', 'rosneft', 'gazprom', 'gazprom neft',
  'lukoil', 'novatek', 'sberbank', 'vtb', 'gazprombank', 'alfa-bank', 'rosatom', 'rostec', 'sovcomflot',
  'transneft', 'alrosa', 'nornickel', 'rusal', 'en+', 'severstal', 'evraz', 'belaruskali', 'pdvsa',
  'minerven', 'mahan air', 'chevron', 'exxonmobil', 'shell', 'bp', 'totalenergies', 'glencore', 'trafigura',
  'vitol', 'maersk', 'swift', 'euroclear', 'visa', 'mastercard', 'paypal', 'apple', 'google', 'meta', 'microsoft',
  // Armed groups on sanctions lists, whose names read like people's.
  'islamic state', 'islamic state in iraq and the levant', 'al-shabaab', 'al shabaab', 'boko haram', 'lashkar-e-taiba', 'jaish-e-mohammed',
  'hayat tahrir al-sham', 'tehrik-i-taliban pakistan',
])

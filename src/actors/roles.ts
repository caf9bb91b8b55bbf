import type { OfficeKind } from './types.js';

// the peoples Bosnia and Herzegovina's Presidency members represent, and the phrases that name one member
const PRESIDENCY_PEOPLES = ['bosniak', 'croat', 'serb'];
const PRESIDENCY_MEMBER_ROLES = PRESIDENCY_PEOPLES.flatMap((p) => [
  `${p} member of the presidency`,
  `${p} presidency member`,
]);

/** Role words and the office kinds they name. Longest phrases first. */
export const ROLE_WORDS: Array<[string, OfficeKind[]]> = [
  ['vice president', ['vp']],
  ['vice-president', ['vp']],
  // the President of the United States, in the White House's own shorthand
  ['potus', ['hos']],
  // Cambodia's two prime ministers of 1993–98 (answered only by an office of that title)
  ['first prime minister', ['hog']],
  ['second prime minister', ['hog']],
  ['co-prime minister', ['hog']],
  ['co-prime ministers', ['hog']],
  ['prime minister', ['hog']],
  ['foreign minister', ['fm']],
  ['foreign secretary', ['fm']],
  ['minister of foreign affairs', ['fm']],
  ['minister for foreign affairs', ['fm']],
  ['external affairs minister', ['fm']],
  ['minister of external affairs', ['fm']],
  ['foreign affairs minister', ['fm']],
  ['minister for europe and foreign affairs', ['fm']],
  ['foreign affairs secretary', ['fm']],
  ['secretary of foreign affairs', ['fm']],
  // the British titles in full
  ['secretary of state for foreign and commonwealth affairs', ['fm']],
  ['secretary of state for foreign commonwealth and development affairs', ['fm']],
  ['secretary of state for defence', ['dm']],
  ['secretary of state', ['fm']],
  ['top diplomat', ['fm']],
  ['foreign affairs chief', ['fm']],
  ['diplomacy chief', ['fm']],
  // the Holy See's foreign minister
  ['secretary for relations with states', ['fm']],
  ['defence minister', ['dm']],
  ['defense minister', ['dm']],
  ['minister of defence', ['dm']],
  ['minister of defense', ['dm']],
  ['minister of national defence', ['dm']],
  ['minister of national defense', ['dm']],
  ['national defence minister', ['dm']],
  ['national defense minister', ['dm']],
  // the wires' "defense chief" is the minister ("South Korea's defense chief"); a chief of the defence staff is
  // named by that title
  ['defence chief', ['dm']],
  ['defense chief', ['dm']],
  ['defence secretary', ['dm']],
  ['defense secretary', ['dm']],
  ['secretary of defense', ['dm']],
  // the US Secretary of Defense's second title since September 2025
  ['secretary of war', ['dm']],
  ['war secretary', ['dm']],
  // North Korea's defence ministry until 2021 (a word's possessive "'s" is not part of its form)
  ['minister of the people armed forces', ['dm']],
  ['people armed forces minister', ['dm']],
  ['armed forces minister', ['dm']],
  ['national security advisor', ['nsa']],
  ['national security adviser', ['nsa']],
  ['foreign policy chief', ['org']],
  ['high representative', ['org']],
  ['director general', ['org']],
  ['director-general', ['org']],
  ['managing director', ['org']],
  ['chairperson', ['org']],
  // "the AU Commission chair", "the AU chairman": an organisation's chair (a state's chair of a presidency is above)
  ['chairman', ['org']],
  ['chairwoman', ['org']],
  ['chair', ['org']],
  // Afghanistan's 2014–2020 power-sharing post (beside the president)
  ['chief executive', ['hog']],
  // "the NATO chief", "IAEA head Rafael Grossi": an organisation's top office
  ['chief', ['org']],
  ['head', ['org']],
  ['boss', ['org']],
  // a ruling party's top office when said of its state (see RULING_PARTY); before a name, any party's leader
  ['party general secretary', ['org']],
  ['general secretary', ['org']],
  ['party chief', ['org', 'hos', 'hog', 'leader']],
  ['party leader', ['org', 'hos', 'hog', 'leader']],
  ['secretary general', ['org']],
  ['secretary-general', ['org']],
  ['supreme leader', ['leader']],
  // a military government's head: whoever leads the state or the junta
  ['junta leader', ['hos', 'leader']],
  ['junta chief', ['hos', 'leader']],
  ['opposition leader', ['leader']],
  ['crown prince', ['other']],
  // posts beside the four the base keeps for people in the news (see OTHER_ROLE_TITLES for the titles they name)
  ['chief of the general staff', ['other']],
  ['chief of general staff', ['other']],
  ['army chief', ['other']],
  ['military chief', ['other']],
  ['chairman of the joint chiefs of staff', ['other']],
  ['chairman of the joint chiefs', ['other']],
  ['joint chiefs chairman', ['other']],
  ['cia director', ['other']],
  ['cia chief', ['other']],
  ['mossad chief', ['other']],
  ['mossad director', ['other']],
  ['director of national intelligence', ['other']],
  ['house speaker', ['other']],
  ['speaker of the house', ['other']],
  ['security council secretary', ['other']],
  ['secretary of the security council', ['other']],
  ['intelligence chief', ['other']],
  ['spy chief', ['other']],
  ['crown princess', ['other']],
  // the British heir's title
  ['prince of wales', ['other']],
  // Bosnia and Herzegovina's three-member Presidency
  ...PRESIDENCY_MEMBER_ROLES.map((r): [string, OfficeKind[]] => [r, ['other']]),
  ...PRESIDENCY_PEOPLES.map((p): [string, OfficeKind[]] => [`${p} member`, ['other']]),
  ['members of the presidency', ['other']],
  ['member of the presidency', ['other']],
  ['presidency members', ['other']],
  ['presidency member', ['other']],
  ['president-elect', ['other']],
  ['prime minister-elect', ['other']],
  ['alternate prime minister', ['other']],
  // a collective head of state's chair: Bosnia's rotating Chair of the Presidency, Libya's Presidential Council
  ['chairman of the presidency', ['hos']],
  ['chair of the presidency', ['hos']],
  ['presidency chairman', ['hos']],
  ['presidency chair', ['hos']],
  ['chairman of the presidential council', ['hos']],
  ['head of the presidential council', ['hos']],
  ['presidential council chairman', ['hos']],
  ['presidential council head', ['hos']],
  // Sudan's collective head of state since 2019
  ['chairman of the sovereignty council', ['hos']],
  ['head of the sovereignty council', ['hos']],
  ['sovereignty council chairman', ['hos']],
  ['sovereignty council chief', ['hos']],
  ['sovereignty council head', ['hos']],
  // Spain's head of government by the constitution's title; Myanmar's of 2016–21
  ['president of the government', ['hog']],
  ['state counsellor', ['hog']],
  // Bangladesh's head of a caretaker or interim government
  ['chief adviser', ['hog']],
  ['chief advisor', ['hog']],
  ['president', ['hos', 'org']],
  ['premier', ['hog']],
  ['federal chancellor', ['hog']],
  ['chancellor', ['hog']],
  ['taoiseach', ['hog']],
  // co-held heads of state: answered with both holders
  ['co-prince', ['hos']],
  ['co-princes', ['hos']],
  ['co-president', ['hos']],
  ['co-presidents', ['hos']],
  ['captain regent', ['hos']],
  ['captains regent', ['hos']],
  ['king', ['hos']],
  ['queen', ['hos']],
  ['emir', ['hos']],
  ['amir', ['hos']],
  ['sultan', ['hos']],
  ['monarch', ['hos']],
  ['emperor', ['hos']],
  ['empress', ['hos']],
  ['grand duke', ['hos']],
  // a reigning prince (Monaco, Liechtenstein); "Prince William" is a royal style before a name, read apart
  ['prince', ['hos']],
  ['yang di-pertuan agong', ['hos']],
  ['agong', ['hos']],
  ['pope', ['hos']],
  ['pontiff', ['hos']],
  ['holy father', ['hos']],
  ['ayatollah', ['leader']],
  ['leader', ['hos', 'hog', 'leader']],
  ['head of state', ['hos']],
  ['head of government', ['hog']],
  ['spokesman', ['spokes']],
  ['spokeswoman', ['spokes']],
  ['spokesperson', ['spokes']],
  ['ambassador', ['other']],
  ['minister', ['fm', 'dm', 'other']],
  ['envoy', ['other']],
  ['counterpart', []],
];

/**
 * Abbreviations the wires use for a role, matched only as written in capitals ("UK PM", "PM Modi", "FM
 * Jaishankar"), never the "pm" of a time: the abbreviation and the role phrase it stands for.
 */
export const ROLE_ABBREVIATIONS: Array<[string, string]> = [
  ['PM', 'prime minister'],
  ['FM', 'foreign minister'],
  // India's External Affairs Minister
  ['EAM', 'external affairs minister'],
];

/** Titles of an heir to a throne. */
export const HEIR_TITLE =
  /\bcrown prince(?:ss)?\b|\bprince(?:ss)? of (?:wales|asturias|orange)\b|\bduchess of brabant\b/i;

/** Titles of a crowned head of state. */
export const CROWN_TITLE = /\b(?:king|queen|emir|amir|sultan|pope|emperor|empress|grand duke|monarch)\b/i;

/** Whether an office's title is what a title word says ("King" fits "King of Jordan" and "Monarch"). */
export function titleFits(word: string, officeTitle: string): boolean {
  return (
    officeTitle.toLowerCase().includes(word.toLowerCase()) || (CROWN_TITLE.test(word) && CROWN_TITLE.test(officeTitle))
  );
}

/** Posts held by several people at once by design: Andorra's co-princes, San Marino's Captains Regent, Nicaragua's
 * co-presidents (since 2025), Cambodia's prime ministers of 1993–98, Bosnia's three Presidency members. */
export const JOINT_TITLE =
  /\bco-(?:prince|president|prime minister)s?\b|\bcaptains? regent\b|\bjointly\b|\bmembers? of the presidency\b/i;

// the titles of the security posts that several role phrases name
const ARMY_CHIEF_TITLES = 'chief of the general staff|chief of army staff|commander-in-chief of the armed forces';
const SECURITY_COUNCIL_SECRETARY_TITLES =
  'secretary of the security council|secretary of the supreme national security council|secretary of the national security and defence council';
const INTELLIGENCE_CHIEF_TITLES =
  'cia director|director of national intelligence|director of the mossad|director of the federal security service|director of the foreign intelligence service|chief of defence intelligence|director of the general intelligence directorate|director of the national intelligence organization';

/** The titles (alternatives split by `|`) that posts of no standard kind bear, by the role phrase that names them. */
const OTHER_ROLE_TITLES: Record<string, string> = {
  'chief of general staff': 'chief of the general staff',
  'army chief': ARMY_CHIEF_TITLES,
  'military chief': ARMY_CHIEF_TITLES,
  'chairman of the joint chiefs of staff': 'chairman of the joint chiefs',
  'joint chiefs chairman': 'chairman of the joint chiefs',
  'cia chief': 'cia director',
  'mossad chief': 'director of the mossad',
  'mossad director': 'director of the mossad',
  'house speaker': 'speaker of the house',
  'security council secretary': SECURITY_COUNCIL_SECRETARY_TITLES,
  'secretary of the security council': SECURITY_COUNCIL_SECRETARY_TITLES,
  'intelligence chief': INTELLIGENCE_CHIEF_TITLES,
  'spy chief': INTELLIGENCE_CHIEF_TITLES,
};

/** The words of an office's title a role phrase stands for ("the Serb presidency member": a "Serb Member of the
 * Presidency"; "the army chief": a "Chief of the General Staff" or a "Chief of Army Staff"). */
export function titleOfRole(role: string): string {
  if (OTHER_ROLE_TITLES[role]) return OTHER_ROLE_TITLES[role];
  return role
    .replace(/^(bosniak|croat|serb) (?:presidency member|member of the presidency)$/, '$1 member')
    .replace(/^(?:presidency members?|members of the presidency)$/, 'member of the presidency')
    .replace(/^chief advisor$/, 'chief adviser');
}

/** Role phrases answered only by an office bearing that title, never by the post's other holders ("the first
 * prime minister" of Cambodia in 1995, not whoever was prime minister elsewhere; "the Saudi prince" is no king). */
export const TITLE_ONLY_ROLES = new Set([
  'first prime minister',
  'second prime minister',
  'prince',
  // titles a state's head of government bore only for a time (Bangladesh's caretaker governments, Myanmar 2016–21)
  'chief adviser',
  'chief advisor',
  'state counsellor',
]);

/** Words that make a role or a title an interim holder's ("the acting president", "Caretaker Prime Minister"). */
export const INTERIM = new Set(['acting', 'interim', 'caretaker']);
export const INTERIM_TITLE = new RegExp(`\\b(?:${[...INTERIM].join('|')})\\b`, 'i');

/** A title below the post it names ("Deputy Prime Minister", "Vice President", "Under-Secretary"). */
export const SUBORDINATE = /\b(?:deputy|vice|assistant|under)\b/i;

/** Role phrases that ask for whoever rules a country (see ActorBase.leaderOf), not for one office's holder. */
export const RULER_ROLES = new Set(['leader', 'junta leader', 'junta chief']);

/** Titles of a ruler who stands above a state's offices (not an opposition or party leader). */
export const RULING_TITLE =
  /\bsupreme leader\b|\bstate administration council\b|\bjunta\b|\bmilitary council\b|\bde facto leader\b/i;

/** Roles only one state has: the state and the kind of office. */
export const SINGLE_STATE_ROLES: Record<string, [string, OfficeKind]> = {
  taoiseach: ['IRL', 'hog'],
  pope: ['VAT', 'hos'],
  pontiff: ['VAT', 'hos'],
  potus: ['USA', 'hos'],
  'secretary of state for foreign and commonwealth affairs': ['GBR', 'fm'],
  'secretary of state for foreign commonwealth and development affairs': ['GBR', 'fm'],
  'secretary of state for defence': ['GBR', 'dm'],
  // France's title since 2017
  'minister for europe and foreign affairs': ['FRA', 'fm'],
  ...Object.fromEntries(PRESIDENCY_MEMBER_ROLES.map((r) => [r, ['BIH', 'other']])),
  'holy father': ['VAT', 'hos'],
  'prince of wales': ['GBR', 'other'],
  // agencies and chambers of one state, named without it
  'cia director': ['USA', 'other'],
  'cia chief': ['USA', 'other'],
  'director of national intelligence': ['USA', 'other'],
  'mossad chief': ['ISR', 'other'],
  'mossad director': ['ISR', 'other'],
  'house speaker': ['USA', 'other'],
  'speaker of the house': ['USA', 'other'],
  'chairman of the joint chiefs of staff': ['USA', 'other'],
  'chairman of the joint chiefs': ['USA', 'other'],
  'joint chiefs chairman': ['USA', 'other'],
  // San Marino's joint heads of state, answered with both
  'captain regent': ['SMR', 'hos'],
  'captains regent': ['SMR', 'hos'],
  'yang di-pertuan agong': ['MYS', 'hos'],
  agong: ['MYS', 'hos'],
  'state counsellor': ['MMR', 'hog'],
  'chief adviser': ['BGD', 'hog'],
  'chief advisor': ['BGD', 'hog'],
  'president of the government': ['ESP', 'hog'],
};

/** Roles that, named bare with no country, an article and no person before them, mean one state's office by
 * the press's convention: "Secretary of State" is the American one (the British ones say "for …"). */
export const BARE_ROLE_STATE: Record<string, [string, OfficeKind]> = {
  'secretary of state': ['USA', 'fm'],
  'secretary of defense': ['USA', 'dm'],
  'defense secretary': ['USA', 'dm'],
  'secretary of war': ['USA', 'dm'],
  // the British titles (India's and Pakistan's foreign secretaries are civil servants, not ministers)
  'foreign secretary': ['GBR', 'fm'],
  'defence secretary': ['GBR', 'dm'],
  // Iran's Supreme Leader, a grand ayatollah ("Ayatollah Sistani", named, is not)
  ayatollah: ['IRN', 'leader'],
};

/** Honorifics that may stand before a name but name no office. */
export const HONORIFICS = new Set([
  'he',
  'shri',
  'smt',
  'excellency',
  'hon',
  'honourable',
  'honorable',
  'mr',
  'mrs',
  'ms',
  'dr',
  'sir',
  'dame',
  'lady',
  'baroness',
  'baron',
  'sheikh',
  'shaikh',
  'prince',
  'princess',
  'h.e',
  'lord',
  'ayatollah',
]);

/** Countries where "the X leader" means the head of government rather than the head of state. */
/** States led by a ruling party's general secretary (the party's organisation code): "the Chinese leader", "Vietnam's
 * party chief". */
export const RULING_PARTY: Record<string, string> = { CHN: 'CPC', VNM: 'VCP' };

/** Role words that name a ruling party's top office when said of its state ("the Vietnamese party chief"). */
export const PARTY_ROLES = new Set(['party chief', 'party leader', 'general secretary', 'party general secretary']);

/** Monarchies whose crown rules, not only reigns: the monarch is the state's leader ("the Jordanian leader" is the
 * king, not the prime minister beside him). */
export const RULING_MONARCHY = new Set(['JOR', 'MAR', 'SAU', 'BHR', 'OMN', 'QAT', 'KWT', 'BRN', 'SWZ', 'MCO', 'VAT']);

export const PARLIAMENTARY = new Set([
  'GBR',
  'DEU',
  // East Germany after its free election of March 1990: de Maizière's government led, the Volkskammer's president
  // was head of state
  'DDR',
  'JPN',
  'IND',
  'ISR',
  'ITA',
  'CAN',
  'AUS',
  'ESP',
  'NLD',
  'BEL',
  'SWE',
  'NOR',
  'DNK',
  'IRL',
  'GRC',
  'PAK',
  'HUN',
  'CZE',
  'SVK',
  'EST',
  'LVA',
  'NZL',
  'IRQ',
  'ARM',
  'GEO',
  'MLT',
  'LUX',
  'AUT',
  'BGD',
  'THA',
  'MYS',
  'SGP',
  'NPL',
  'ETH',
  'JAM',
  'BRB',
  'KHM',
  'SVN',
  'HRV',
  'ALB',
  'MNE',
  'MKD',
  'SRB',
  'BGR',
  'ISL',
  'FIN',
  'LBN',
  'POL',
  'LTU',
  'ROU',
  'PRT',
  // parliamentary republics whose president is ceremonial: Kosovo, Cape Verde, Mauritius, Trinidad and Tobago,
  // Dominica, Fiji, Vanuatu, Samoa
  'XKX',
  'CPV',
  'MUS',
  'TTO',
  'DMA',
  'FJI',
  'VUT',
  'WSM',
]);

/** Parliamentary and semi-presidential republics whose president the people elect and the press treats as a
 * president's peer: "Zelensky's Polish counterpart" is Poland's president, though "the Polish leader" is its prime
 * minister. */
export const ELECTED_PRESIDENCY = new Set([
  'POL',
  'LTU',
  'ROU',
  'PRT',
  'FIN',
  'AUT',
  'BGR',
  'HRV',
  'SVN',
  'SVK',
  'CZE',
  'IRL',
  'ISL',
  'MNE',
  'MKD',
  'SRB',
]);

/** States whose prime minister serves under an executive president who leads: a foreign leader's counterpart there is
 * the president ("Scholz's French counterpart" is Macron, "Kishida's South Korean counterpart" Yoon), though "the
 * French prime minister" is the premier. (A ruling party's state keeps premier-to-premier: Li Qiang is Albanese's.) */
export const EXECUTIVE_PRESIDENCY = new Set([
  'FRA',
  'KOR',
  'RUS',
  'UKR',
  'TWN',
  'PSE',
  'LKA',
  'EGY',
  'DZA',
  'TUN',
  'SYR',
  'BLR',
  'KAZ',
  'UZB',
  'AZE',
  'KGZ',
  'TJK',
  'PER',
  'CUB',
  'SEN',
  'CIV',
  'CMR',
  'COD',
  'COG',
  'CAF',
  'TCD',
  'MLI',
  'NER',
  'BFA',
  'GIN',
  'MDG',
  'MOZ',
  'UGA',
  'TZA',
  'RWA',
  'BDI',
  'TGO',
  'MRT',
  'DJI',
  'HTI',
]);

export function kindsForRole(roleNorm: string): OfficeKind[] {
  for (const [w, kinds] of ROLE_WORDS) if (roleNorm === w) return kinds;
  return [];
}

/** Lower-case words inside names: "von der Leyen", "bin Salman", "Lula da Silva". */
export const NAME_PARTICLES = new Set([
  'bin',
  // Maghreb names ("Ben Ali", "Ben Salem"); as a first word "Ben" stays a given name
  'ben',
  'bint',
  'ibn',
  'al',
  'el',
  'von',
  'der',
  'van',
  'de',
  'da',
  'di',
  'du',
  'la',
  'le',
  'dos',
  'das',
  'del',
]);

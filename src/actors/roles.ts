import type { OfficeKind } from './types.js';

/** Role words and the office kinds they name. Longest phrases first. */
export const ROLE_WORDS: Array<[string, OfficeKind[]]> = [
  ['vice president', ['vp']],
  ['prime minister', ['hog']],
  ['foreign minister', ['fm']],
  ['foreign secretary', ['fm']],
  ['minister of foreign affairs', ['fm']],
  ['minister for foreign affairs', ['fm']],
  ['external affairs minister', ['fm']],
  ['secretary of state', ['fm']],
  ['top diplomat', ['fm']],
  ['defence minister', ['dm']],
  ['defense minister', ['dm']],
  ['minister of defence', ['dm']],
  ['minister of defense', ['dm']],
  ['defence secretary', ['dm']],
  ['defense secretary', ['dm']],
  ['secretary of defense', ['dm']],
  ['armed forces minister', ['dm']],
  ['national security advisor', ['nsa']],
  ['national security adviser', ['nsa']],
  ['secretary general', ['org']],
  ['secretary-general', ['org']],
  ['supreme leader', ['leader']],
  ['opposition leader', ['leader']],
  ['crown prince', ['other']],
  ['president', ['hos', 'org']],
  ['premier', ['hog']],
  ['chancellor', ['hog']],
  ['taoiseach', ['hog']],
  ['king', ['hos']],
  ['queen', ['hos']],
  ['emir', ['hos']],
  ['amir', ['hos']],
  ['sultan', ['hos']],
  ['monarch', ['hos']],
  ['pope', ['hos']],
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

/** Honorifics that may stand before a name but name no office. */
export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'dame', 'sheikh', 'shaikh', 'prince', 'princess', 'h.e', 'lord', 'ayatollah']);

/** Countries where "the X leader" means the head of government rather than the head of state. */
export const PARLIAMENTARY = new Set([
  'GBR', 'DEU', 'JPN', 'IND', 'ISR', 'ITA', 'CAN', 'AUS', 'ESP', 'NLD', 'BEL', 'SWE', 'NOR', 'DNK', 'IRL', 'GRC',
  'PAK', 'HUN', 'CZE', 'SVK', 'EST', 'LVA', 'NZL', 'IRQ', 'ARM', 'GEO', 'MLT', 'LUX', 'AUT', 'BGD', 'THA', 'MYS',
  'SGP', 'NPL', 'ETH', 'JAM', 'BRB', 'KHM', 'SVN', 'HRV', 'ALB', 'MNE', 'MKD', 'SRB', 'BGR', 'ISL', 'FIN', 'LBN',
]);

export function kindsForRole(roleNorm: string): OfficeKind[] {
  for (const [w, kinds] of ROLE_WORDS) if (roleNorm === w) return kinds;
  return [];
}

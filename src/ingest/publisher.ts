// What the publisher's address says: its country (for "the Prime Minister" in a Downing Street readout)
// and whether it is an official source whose undated readouts report the day they were published.
const CC_TLD: Record<string, string> = {
  uk: 'GBR',
  fr: 'FRA',
  de: 'DEU',
  ru: 'RUS',
  ua: 'UKR',
  in: 'IND',
  jp: 'JPN',
  cn: 'CHN',
  il: 'ISR',
  tr: 'TUR',
  pl: 'POL',
  it: 'ITA',
  es: 'ESP',
  ca: 'CAN',
  au: 'AUS',
  br: 'BRA',
  kr: 'KOR',
  ir: 'IRN',
  sa: 'SAU',
  ae: 'ARE',
  qa: 'QAT',
  by: 'BLR',
  ee: 'EST',
  lv: 'LVA',
  lt: 'LTU',
  za: 'ZAF',
  mx: 'MEX',
  ar: 'ARG',
  id: 'IDN',
  gov: 'USA',
  mil: 'USA',
  ie: 'IRL',
  nl: 'NLD',
  be: 'BEL',
  at: 'AUT',
  ch: 'CHE',
  se: 'SWE',
  no: 'NOR',
  fi: 'FIN',
  dk: 'DNK',
  gr: 'GRC',
  pt: 'PRT',
  ro: 'ROU',
  hu: 'HUN',
  cz: 'CZE',
  sk: 'SVK',
  kz: 'KAZ',
  eg: 'EGY',
  jo: 'JOR',
  pk: 'PAK',
  ng: 'NGA',
  ke: 'KEN',
  et: 'ETH',
  nz: 'NZL',
  sg: 'SGP',
};
const OFFICIAL =
  /(?:^|\.)(?:gov|gouv|gob|govt|government|kremlin|president|presidency|prezydent|mfa|mofa|mid|fmprc|mea|elysee|bundesregierung|bundeskanzler|consilium|nato|pmo|premier|kantei|auswaertiges-amt|diplomatie|state|whitehouse|un|europa)(?:\.|$)/;

export function hostOf(url: string | null, source: string | null): string | null {
  for (const v of [url, source]) {
    if (!v) continue;
    try {
      return new URL(v.includes('://') ? v : `https://${v}`).hostname.replace(/^www\./, '').toLowerCase();
    } catch {
      // not an address; try the next
    }
  }
  return null;
}

export function publisherCountry(url: string | null, source: string | null): string | null {
  const host = hostOf(url, source);
  if (!host?.includes('.')) return null;
  if (/(?:^|\.)(?:whitehouse|state)\.gov$/.test(host)) return 'USA';
  const tld = host.split('.').pop() ?? '';
  return CC_TLD[tld] ?? null;
}

// a source named as a government body rather than by its address ("Kremlin", "Ministry of External Affairs, India")
const OFFICIAL_NAME =
  /^(?:the\s+)?(?:Kremlin|White House|Élysée|Elysee|Downing Street|Ministry (?:of|for)\b|Department of State|State Department|Foreign Office|Federal Chancellery|Chancellery|Cabinet Office|Presidency\b|Office of the (?:President|Prime Minister)|Prime Minister['’]s Office|President['’]s Office|Government of\b|Federal Government\b|Federal Foreign Office)/i;

export function isOfficialSource(url: string | null, source: string | null): boolean {
  const host = hostOf(url, source);
  if (host?.includes('.') && OFFICIAL.test(host)) return true;
  return !!source && OFFICIAL_NAME.test(source.trim());
}

// Builds data/actors.json, Parley's compact actor knowledge base, from:
//   data/sources/countries.tsv, organizations.tsv, persons.tsv (curated, with exact office dates)
//   ../shared/data/actors/world-leaders-wikidata-2022.csv (Wikidata heads of state and government, CC0)
// Usage: npm run build:actors [-- --shared ../shared]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { HISPANIC, NameIndexer } from '../src/actors/name-index.js';
import { PARLIAMENTARY } from '../src/actors/roles.js';
import type { ActorData, Country, Office, OfficeKind, Organization, Person } from '../src/actors/types.js';
import { addDays, normalizeName } from '../src/util/text.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const argShared = process.argv.indexOf('--shared');
const shared = argShared > 0 ? resolve(process.argv[argShared + 1]) : resolve(root, '..', 'shared');

/** A CSV file with a header row and "#" comment lines, as records. */
function csvRows(file: string): Record<string, string>[] {
  return parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true, comment: '#' }) as Record<
    string,
    string
  >[];
}
/** The day the base is built: where an open term ends for arithmetic. */
const TODAY = new Date().toISOString().slice(0, 10);
function tsvRows(file: string): string[][] {
  return readFileSync(join(root, 'data', 'sources', file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => l.split('\t'));
}
// titles belong to the role resolver, not to names: "King Salman" is role + name
const TITLE_ALIAS =
  /^(?:president|king|queen|sheikh|emir|amir|prince|sultan|pope|chancellor|prime minister|ayatollah|sir)\s/i;
const TITLE_WORD =
  /^(?:PRESIDENT|PRIME|MINISTER|CHANCELLOR|KING|QUEEN|EMIR|AMIR|SULTAN|GENERAL|GEN\.?|COLONEL|SECRETARY|CHIEF|LEADER|PARTY|DEPUTY|RUSSIAN|FRENCH|GERMAN|BRITISH|AMERICAN|SPOKESMAN|AMBASSADOR|MR\.?|DR\.?|SHEIKH|PRINCE|THE|ADMINISTRATION|GOVERNMENT|REGIME|CABINET|KANZLER|BUNDESKANZLER|PREMIER|PRESIDENTE|MINISTRO|OFFICE|STATE)$/;
/** Surnames compared across transliterations: Schröder, Schroeder, Schroder. */
function foldSurname(s: string): string {
  return normalizeName(s)
    .replace(/oe/g, 'o')
    .replace(/ue/g, 'u')
    .replace(/ae/g, 'a')
    .replace(/[^a-z]/g, '')
    .replace(/(.)\1+/g, '$1');
}
/** The kind of leader these offices make in a country: head of state when they hold both (a king who was also prime minister). */
function leaderKind(offices: Office[], iso: string): OfficeKind | undefined {
  const kinds = offices.filter((o) => o.country === iso && (o.kind === 'hos' || o.kind === 'hog')).map((o) => o.kind);
  return kinds.includes('hos') ? 'hos' : kinds[0];
}

/**
 * The day a REIGN spell ends: the next spell's start, else the last day of its end year; null if it goes on. A
 * spell whose own end month comes more than a year before the next spell's start ends with that month: the years
 * between had no leader REIGN names (Somalia from Siad Barre's fall in January 1991 to 2012).
 */
function spellEndOf(list: Array<{ start: string; ey: string; em: string }>, k: number): string | null {
  const r = list[k];
  const next = list[k + 1]?.start;
  if (next && r.ey && r.em) {
    const y = Number(r.ey) + (Number(r.em) === 12 ? 1 : 0);
    const own = `${y}-${String((Number(r.em) % 12) + 1).padStart(2, '0')}`;
    if (Date.parse(next) - Date.parse(`${own}-01`) > 366 * 86_400_000) return own;
  }
  return next ?? (r.ey ? `${r.ey}-12-31` : null);
}

/** A name's words of four letters or more: a name shared under two spellings ("Abdullah Ibn Hussein", "Abdullah II"). */
function nameWords(n: string): string[] {
  return normalizeName(n)
    .split(/[\s-]+/)
    .filter((w) => w.length >= 4);
}

/**
 * An office's span for comparing with a REIGN spell. A year-only date ("2017") may be any day of its year:
 * to claim a spell (a person known by name) the office may have started on the first (`loose`); to tell what
 * office the person held during the spell it must have started by the last (`tight`: Pahor, prime minister
 * 2008–2012, president from 2012).
 */
function span(o: Office, loose: boolean): { s: string; e: string } {
  const start = o.start ?? '0000';
  const end = o.end ?? '9999';
  return {
    s: start.length === 4 ? `${start}-${loose ? '01-01' : '12-31'}` : start,
    e: end.length === 4 ? `${end}-${loose ? '12-31' : '01-01'}` : end,
  };
}

/** A REIGN spell filed under a person: it replaces their year-only dates of the same office. */
function fileSpell(p: Person, office: Office): void {
  const endYear = (office.end ?? '9999').slice(0, 4);
  const startYear = (office.start ?? '0000').slice(0, 4);
  p.offices = p.offices.filter(
    (o) =>
      !(
        o.kind === office.kind &&
        o.country === office.country &&
        o.start?.length === 4 &&
        o.start <= endYear &&
        (o.end ?? '9999') >= startYear
      ),
  );
  p.offices.push(office);
}

/** Names compared across punctuation: "Grlić-Radman" and "Grlić Radman", "S. Jaishankar" and "S Jaishankar". */
function foldName(s: string): string {
  return normalizeName(s)
    .replace(/[-.'’]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
/** Whether a person's names and another name share a word of three letters or more, across transliterations
 * (`telling`: a word other than the given names many share, Mohamed or Abdullah). */
function shareName(p: Person, name: string, telling = false): boolean {
  const words = (n: string) =>
    foldName(n)
      .split(' ')
      .filter((w) => w.length >= 3)
      .map(foldSurname)
      .filter((w) => !telling || !COMMON_GIVEN.has(w));
  const mine = new Set([p.name, ...p.aliases].flatMap(words));
  return words(name).some((w) => mine.has(w));
}
const COMMON_GIVEN = new Set(
  [
    'mohamed',
    'muhamad',
    'ahmed',
    'ahmad',
    'ali',
    'abdul',
    'abdulah',
    'abdel',
    'hasan',
    'husein',
    'omar',
    'ibrahim',
    'mahmud',
    'abu',
    'bin',
    'ibn',
    'jean',
    'john',
    'joseph',
    'jose',
    'juan',
    'maria',
    'marie',
    'pierre',
    'paul',
  ].map(foldSurname),
);

/**
 * REIGN's leader field without its notes: "Gatti (2nd time)", "Ceccoli (f)", "and Mularoni"; empty for a pair
 * ("Cardelli and Dolcini": San Marino's two Captains Regent in one field, no one person).
 */
function cleanReignName(s: string): string {
  if (/\S\s+(?:and|&)\s+\S/.test(s)) return '';
  return s
    .replace(/\([^)]*\)/g, ' ')
    .replace(/^\s*and\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim();
}
const PARTICLE = /^(?:BIN|BINT|IBN|AL|EL|VON|DER|VAN|DE|DA|DI|DU|LA|LE|DOS|DAS|DEL)$/;
const list = (s: string | undefined) =>
  (s ?? '')
    .split('|')
    .map((x) => x.trim())
    .filter(Boolean);

const OFFICE_KINDS = new Set(['hos', 'hog', 'fm', 'dm']);
function seatOffices(iso3: string, seats: string[]): { seatOffices?: Record<string, OfficeKind> } {
  const kinds: Record<string, OfficeKind> = {};
  for (const s of seats) {
    const [name, kind] = s.split('=');
    if (kind === undefined) continue;
    if (!OFFICE_KINDS.has(kind))
      throw new Error(`countries.tsv: ${iso3}: seat '${s}' names no office kind (hos, hog, fm, dm)`);
    kinds[name] = kind as OfficeKind;
  }
  return Object.keys(kinds).length ? { seatOffices: kinds } : {};
}
const countries: Country[] = tsvRows('countries.tsv').map(
  ([iso3, name, aliases, demonyms, seats, until, qid, since]) => ({
    iso3,
    wikidata: qid || null,
    name,
    aliases: list(aliases),
    demonyms: list(demonyms),
    // a seat written "Pentagon=dm" stands for that office's holder
    seats: list(seats).map((x) => x.split('=')[0]),
    ...seatOffices(iso3, list(seats)),
    ...(until ? { until } : {}),
    ...(since ? { since } : {}),
  }),
);
// posts a state does not have (data/sources/no-office.tsv)
for (const [iso3, kind, from, to, why] of tsvRows('no-office.tsv')) {
  const c = countries.find((x) => x.iso3 === iso3);
  if (!c) throw new Error(`no-office.tsv: no country ${iso3}`);
  c.noOffice = [
    ...(c.noOffice ?? []),
    { kind: kind as OfficeKind, ...(from ? { from } : {}), ...(to ? { to } : {}), why },
  ];
}
const countryByName = new Map<string, Country>();
for (const c of countries) for (const n of [c.name, ...c.aliases]) countryByName.set(normalizeName(n), c);

const organizations: Organization[] = tsvRows('organizations.tsv').map(([code, qid, name, aliases]) => ({
  code,
  wikidata: qid || null,
  name,
  aliases: list(aliases),
}));

function parseOffices(spec: string, source: string): Office[] {
  return spec
    .split(';')
    .filter(Boolean)
    .map((o) => {
      const [kind, title, start, end] = o.split(':');
      const country = '';
      // an end written ">2025-06-30" is a day the term is known to have lasted to, its end unknown: it is
      // not assumed beyond that day unless a successor's start closes it
      if (end?.startsWith('>'))
        return {
          kind: kind as OfficeKind,
          title,
          country,
          start: start || null,
          end: null,
          asOf: end.slice(1),
          source,
        };
      return { kind: kind as OfficeKind, title, country, start: start || null, end: end || null, source };
    });
}

/** The organisation an office title names: EU institutions are filed under the EU. */
function orgOfTitle(title: string): string | null {
  if (/\bEuropean\b|\bEU\b/.test(title)) return 'EU';
  if (/\bNATO\b/.test(title)) return 'NATO';
  if (/\bUN\b|United Nations/.test(title)) return 'UN';
  for (const code of ['IAEA', 'WHO', 'IMF', 'AU', 'ASEAN', 'OSCE'])
    if (new RegExp(`\\b${code}\\b`).test(title)) return code;
  if (/World Bank/.test(title)) return 'WB';
  if (/\bOAS\b|Organization of American States/.test(title)) return 'OAS';
  if (/Arab League/.test(title)) return 'ARAB';
  if (/Taliban/.test(title)) return 'TAL';
  if (/Hamas/.test(title)) return 'HAMAS';
  if (/Hezbollah/.test(title)) return 'HZB';
  if (/Houthi/.test(title)) return 'HOU';
  if (/Communist Party of China/.test(title)) return 'CPC';
  if (/Communist Party of Vietnam/.test(title)) return 'VCP';
  // the Organisation of African Unity was the African Union's forerunner (to July 2002)
  if (/African Union|Organisation of African Unity/.test(title)) return 'AU';
  return null;
}

const persons: Person[] = [];
const byQid = new Map<string, Person>();
const byName = new Map<string, Person>();
const slug = (s: string) =>
  normalizeName(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const orgCodes = new Set(organizations.map((o) => o.code));

/** a Wikidata id for a person of the base, and the spellings it was found under as aliases; true if the id is new */
function giveId(target: Person, qid: string, spellings: string[]): boolean {
  const fresh = !target.wikidata;
  if (fresh) {
    target.wikidata = qid;
    target.id = qid;
    byQid.set(qid, target);
  }
  for (const n of spellings)
    if (foldName(n) !== foldName(target.name) && !target.aliases.some((a) => foldName(a) === foldName(n)))
      target.aliases.push(n);
  return fresh;
}

/** one person found as two records: the second's offices and names go to the first, and it leaves the base */
function mergePerson(x: Person, target: Person): void {
  for (const o of x.offices) target.offices.push(o);
  for (const n of [x.name, ...x.aliases]) if (n !== target.name && !target.aliases.includes(n)) target.aliases.push(n);
  persons.splice(persons.indexOf(x), 1);
}

/**
 * Where a curated office is filed: an organisation's office under the organisation, whatever the
 * person's own country; an office whose title names a country ("Prime Minister of the Netherlands")
 * under that country; any other under the row's country.
 */
function officeCountry(o: Office, rowCountry: string): void {
  o.country = o.kind === 'org' ? (orgOfTitle(o.title) ?? rowCountry) : rowCountry;
  // the state named after any "of" ("Minister of External Relations of the Soviet Union")
  const other = [...o.title.matchAll(/\bof (?:the )?/g)]
    .map((m) => countryByName.get(normalizeName(o.title.slice((m.index ?? 0) + m[0].length))))
    .find(Boolean);
  if (other && o.kind !== 'org') o.country = other.iso3;
}

// persons.tsv first, then ministers.tsv; a person in both (or twice) is one person with all the offices
for (const [qid, name, aliases, country, offices] of [...tsvRows('persons.tsv'), ...tsvRows('ministers.tsv')]) {
  // one person across rows: by id, by name in a country, or by name where one row files them under an
  // organisation they led (Stoltenberg under NATO and under Norway)
  // a row's own id says who it is: a namesake with another id is another person (Taiwan's two Chen Chien-jens)
  const same = (x: Person | undefined) => (x && !(qid && x.wikidata && x.wikidata !== qid) ? x : undefined);
  const known =
    (qid && byQid.get(qid)) ||
    same(byName.get(`${normalizeName(name)}|${country}`)) ||
    persons.find(
      (x) =>
        normalizeName(x.name) === normalizeName(name) &&
        x.country !== country &&
        (orgCodes.has(country) || orgCodes.has(x.country)) &&
        same(x),
    );
  if (known) {
    for (const a of list(aliases)) if (!known.aliases.includes(a) && !TITLE_ALIAS.test(a)) known.aliases.push(a);
    for (const o of parseOffices(offices, 'curated')) {
      officeCountry(o, country);
      if (!known.offices.some((x) => x.kind === o.kind && x.start === o.start && x.country === o.country))
        known.offices.push(o);
    }
    for (const n of [name, ...list(aliases)]) byName.set(`${normalizeName(n)}|${country}`, known);
    if (qid && !known.wikidata) {
      known.wikidata = qid;
      known.id = qid;
      byQid.set(qid, known);
    }
    continue;
  }
  const p: Person = {
    id: qid || `x:${slug(name)}:${country.toLowerCase()}`,
    wikidata: qid || null,
    name,
    aliases: list(aliases).filter((a) => !TITLE_ALIAS.test(a)),
    country,
    offices: parseOffices(offices, 'curated'),
    source: 'curated',
  };
  for (const o of p.offices) officeCountry(o, p.country);
  persons.push(p);
  if (p.wikidata) byQid.set(p.wikidata, p);
  for (const n of [name, ...p.aliases]) byName.set(`${normalizeName(n)}|${country}`, p);
}

const sources = [
  'data/sources/countries.tsv',
  'data/sources/no-office.tsv',
  'data/sources/organizations.tsv',
  'data/sources/persons.tsv',
  'data/sources/ministers.tsv',
];
/**
 * The person a Wikidata row names, found by id, by name in that country, by the same name written
 * otherwise (punctuation, diacritics) among people of that country, or by `also`; created when new.
 * The row's id and spelling are kept on the person found.
 */
function wikidataPerson(
  qid: string,
  label: string,
  iso: string,
  source: string,
  also?: (x: Person) => boolean,
): Person {
  let p =
    byQid.get(qid) ??
    byName.get(`${normalizeName(label)}|${iso}`) ??
    persons.find(
      (x) =>
        (!x.wikidata || x.wikidata === qid) &&
        (x.country === iso || x.offices.some((o) => o.country === iso)) &&
        [x.name, ...x.aliases].some((n) => foldName(n) === foldName(label)),
    ) ??
    (also ? persons.find(also) : undefined);
  if (!p) {
    p = { id: qid, wikidata: qid, name: label, aliases: [], country: iso, offices: [], source };
    persons.push(p);
    byName.set(`${normalizeName(label)}|${iso}`, p);
  }
  if (!p.wikidata) {
    p.wikidata = qid;
    p.id = qid;
  }
  if (p.wikidata === qid) byQid.set(qid, p);
  if (normalizeName(p.name) !== normalizeName(label) && !p.aliases.includes(label)) p.aliases.push(label);
  return p;
}

/** Heads of state and government from a Wikidata extract (columns of every-politician-scrapers/world-leaders). */
/** Holders of one post starting the same year with no end (co-presidents): never closing each other's terms. */
const coHolders = new Set<string>();

/** `laterTerms`: a newer extract also adds a later term of a kind a person already holds. */
function mergeWorldLeaders(file: string, source: string, laterTerms: boolean): void {
  const rows = csvRows(file);
  // several holders of one post starting the same year, none ended: co-holders (co-presidents), or a
  // contested year; neither closes the other's term
  const openStarts = new Map<string, number>();
  for (const r of rows)
    if (!r.end_year)
      openStarts.set(
        `${r.country}|${r.position}|${r.start_year}`,
        (openStarts.get(`${r.country}|${r.position}|${r.start_year}`) ?? 0) + 1,
      );
  for (const r of rows) {
    const c = countryByName.get(normalizeName(r.country));
    if (!c) continue;
    c.wikidata ??= r.countryid;
    const pos = r.positionLabel;
    let kind: OfficeKind | null = null;
    if (/governor-general|pontifical commission|federal council|administration council/i.test(pos)) kind = null;
    // a supreme leader stands above the head of state (Iran's, North Korea's): the curated 'leader' office
    else if (/supreme leader/i.test(pos)) kind = 'leader';
    else if (
      /prime minister|premier|chancellor|taoiseach|chairman of the council|president of the council|president of the government|executive yuan/i.test(
        pos,
      )
    )
      kind = 'hog';
    else if (
      /president|king|queen|emir|sultan|monarch|pope|prince|regent|yang di-pertuan|military leader|o le ao/i.test(pos)
    )
      kind = 'hos';
    if (!kind || !/^Q\d+$/.test(r.officeholder) || /^Q\d+$/.test(r.officeholderLabel)) continue;
    // a start before 1900 is not a modern office (Wikidata lists medieval monarchs under the same post)
    if (r.start_year && Number(r.start_year) < 1900) continue;
    // by id, by name in that country, or by name among people who held office there (a curated NATO or
    // UN chief who was once that country's prime minister)
    // the same holder under a longer or shorter form of the name ("Khalid bin Khalifa Al Thani", "Khalid bin
    // Khalifa bin Abdul Aziz Al Thani"): one name's words within the other's, starting alike, in that post
    // in an overlapping year
    const sameHolder = (x: Person) => {
      if (x.wikidata || !kind) return false;
      const a = foldName(x.name).split(' ');
      const b = foldName(r.officeholderLabel).split(' ');
      const [short, long] = a.length <= b.length ? [a, b] : [b, a];
      if (short.length < 2 || short[0] !== long[0] || !short.every((w) => long.includes(w))) return false;
      return x.offices.some(
        (o) =>
          o.country === c.iso3 &&
          o.kind === kind &&
          (o.start ?? '0000').slice(0, 4) <= (r.end_year || '9999') &&
          (o.end ?? '9999').slice(0, 4) >= (r.start_year || '0000'),
      );
    };
    const title = pos
      .replace(/^monarch of .*/i, 'Monarch')
      .replace(/ of (the )?.*$/i, '')
      .replace(/^./, (x) => x.toUpperCase());
    const office: Office = {
      kind,
      title,
      country: c.iso3,
      start: r.start_year || null,
      end: r.end_year || null,
      source,
    };
    const p = wikidataPerson(r.officeholder, r.officeholderLabel, c.iso3, source, sameHolder);
    if (!r.end_year && (openStarts.get(`${r.country}|${r.position}|${r.start_year}`) ?? 0) > 1)
      coHolders.add(`${p.id}|${c.iso3}|${kind}`);
    // curated offices carry exact dates; add the extract's only for kinds the curated entry lacks (or,
    // for a later extract, a later term of the same kind: "Janša 2020–2022, again from 2026")
    const same = p.offices.filter((o) => o.kind === kind && o.country === c.iso3);
    const later = same.every((o) => o.end && office.start && o.end.slice(0, 4) < office.start.slice(0, 4));
    // a curated office naming the same post as another ("other") office, in those years, says the post was not the
    // state's (Bashagha's "Prime Minister of the rival Government of National Stability" is not Libya's head of government)
    const refiled = p.offices.some(
      (o) =>
        o.source === 'curated' &&
        o.country === c.iso3 &&
        o.kind === 'other' &&
        o.title.toLowerCase().includes(title.toLowerCase()) &&
        (o.start ?? '0000').slice(0, 4) <= (office.end ?? '9999').slice(0, 4) &&
        (o.end ?? '9999').slice(0, 4) >= (office.start ?? '0000').slice(0, 4),
    );
    if (!refiled && (!same.length || (laterTerms && later))) p.offices.push(office);
  }
}

const wdFile = join(shared, 'data', 'actors', 'world-leaders-wikidata-2022.csv');
if (existsSync(wdFile)) {
  sources.push('shared/data/actors/world-leaders-wikidata-2022.csv');
  mergeWorldLeaders(wdFile, 'wikidata-2022', false);
} else {
  console.error(`note: ${wdFile} not found; building from data/sources only`);
}

// REIGN (leaders with exact start days, 1945–2021): exact dates for the leaders we know, and the
// leaders since 1990 we do not, under their full names from the Phoenix dictionaries.
const reignFile = join(shared, 'data', 'actors', 'reign-leaderlist-2021-03.csv');
const phoenixFile = join(shared, 'data', 'actors', 'phoenix-countries.actors.txt');
if (existsSync(reignFile)) {
  sources.push('shared/data/actors/reign-leaderlist-2021-03.csv');
  const cow = new Map(tsvRows('cow-iso3.tsv').map(([c, iso]) => [c, iso]));
  // the file mixes encodings: most lines are Latin-1, some (later additions) UTF-8 ("Dačić")
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  const latin1 = new TextDecoder('latin1');
  const raw = readFileSync(reignFile);
  const lines: string[] = [];
  for (let at = 0; at < raw.length; ) {
    const nl = raw.indexOf(10, at);
    const line = raw.subarray(at, nl < 0 ? raw.length : nl);
    let text: string;
    try {
      text = utf8.decode(line);
    } catch {
      text = latin1.decode(line);
    }
    lines.push(text);
    at = nl < 0 ? raw.length : nl + 1;
  }
  const rows = parse(lines.join('\n'), {
    columns: true,
    skip_empty_lines: true,
    relax_column_count: true,
  }) as Record<string, string>[];
  // Phoenix: full names with dated government roles, by country and surname
  const phoenix = new Map<string, Array<{ name: string; aliases: string[]; from: string; to: string }>>();
  if (existsSync(phoenixFile)) {
    sources.push('shared/data/actors/phoenix-countries.actors.txt');
    // an entry is a group of spellings (with or without "+") followed by its dated roles
    let group: { names: string[]; roles: Array<[string, string, string]>; closed: boolean } = {
      names: [],
      roles: [],
      closed: false,
    };
    let skipping = false;
    const yy = (d: string) =>
      `${Number(d.slice(0, 2)) >= 30 ? '19' : '20'}${d.slice(0, 2)}-${d.slice(2, 4)}-${d.slice(4, 6)}`;
    const flush = () => {
      const clean = group.names
        .map((n) => n.split('_').filter(Boolean))
        .filter((w) => w.length >= 2 && !w.some((x) => TITLE_WORD.test(x)));
      // one person per group: its first clean spelling is the name, the others are aliases
      const spell = (words: string[]) =>
        words.map((w) => (PARTICLE.test(w) ? w.toLowerCase() : w.charAt(0) + w.slice(1).toLowerCase())).join(' ');
      if (clean.length) {
        const name = spell(clean[0]);
        const aliases = [...new Set(clean.slice(1).map(spell))].filter((x) => x !== name);
        for (const [cc, from, to] of group.roles) {
          for (const sur of new Set(clean.map((w) => foldSurname(w[w.length - 1])))) {
            const key = `${cc}|${sur}`;
            const list = phoenix.get(key) ?? [];
            if (!list.some((x) => x.name === name && x.from === from)) list.push({ name, aliases, from, to });
            phoenix.set(key, list);
          }
        }
      }
      group = { names: [], roles: [], closed: false };
    };
    for (const line of readFileSync(phoenixFile, 'latin1').split('\n')) {
      if (!line.trim() || line.startsWith('#')) continue;
      const role = /\[([A-Z]{3})GOV\s+(\d{6})-(\d{6})\]/.exec(line);
      // any role line (government or not) ends the entry's list of spellings
      if (/^\s*\[/.test(line)) {
        group.closed = true;
        if (role) group.roles.push([role[1], yy(role[2]), yy(role[3])]);
      } else {
        const body = line.split('#')[0];
        // "FRANCE_ [FRA]": a country or institution with its code inline, and its "+" spellings: not a person
        if (!line.startsWith('+') && /\[[A-Z]/.test(body)) {
          flush();
          group.closed = true;
          group.names = [];
          skipping = true;
          continue;
        }
        if (line.startsWith('+') && skipping) continue;
        if (group.closed) flush();
        skipping = false;
        const name = line.replace(/^\+/, '').split('#')[0].trim().replace(/_+$/, '');
        if (/^[A-Z][A-Z0-9_.'-]*$/.test(name)) group.names.push(name);
      }
    }
    flush();
  }
  // full names for leaders REIGN gives by surname only (data/sources/reign-names.tsv)
  // (a fourth column names one spell by its start: REIGN's own name for it is wrong)
  const reignNames = new Map(
    tsvRows('reign-names.tsv').map(([iso, leader, name, start]) => [
      start ? `${iso}|${leader}|${start}` : `${iso}|${leader}`,
      name,
    ]),
  );
  sources.push('data/sources/reign-names.tsv');
  // the office REIGN's leader holds where the country's usual kind is wrong for a period (data/sources/reign-kinds.tsv)
  const reignKinds = tsvRows('reign-kinds.tsv').map(([iso, from, to, kind, title]) => ({
    iso,
    from,
    to: to || '9999',
    kind,
    title,
  }));
  sources.push('data/sources/reign-kinds.tsv');
  // the row for a spell; the narrowest wins (Serbia and Montenegro's presidents within Serbia's presidential years)
  const overrideOf = (iso: string, start: string) =>
    reignKinds
      .filter((x) => x.iso === iso && x.from <= start && start < x.to)
      .sort((a, b) => b.from.localeCompare(a.from))[0];
  const byCountry = new Map<string, Array<{ leader: string; start: string; ey: string; em: string }>>();
  for (const r of rows) {
    const iso = cow.get(r.stateabb);
    if (!iso || !r.syear) continue;
    const start = `${r.syear}-${String(r.smonth || 1).padStart(2, '0')}-${String(r.sdate || 1).padStart(2, '0')}`;
    const list = byCountry.get(iso) ?? [];
    // a pair (empty name) still ends the spell before it, and is filed under no one
    // (REIGN's one mis-encoded Spanish name has "š" for "á": "Saca Gonzšlez"; Spanish has no š)
    const leader = cleanReignName(r.leader);
    list.push({ leader: HISPANIC.has(iso) ? leader.replace(/š/g, 'á') : leader, start, ey: r.eyear, em: r.emonth });
    byCountry.set(iso, list);
  }
  let dated = 0;
  let added = 0;
  const dropped: string[] = [];
  for (const [iso, list] of byCountry) {
    list.sort((a, b) => a.start.localeCompare(b.start));
    // REIGN lists each country's effective leader: the monarch or president in some countries, the prime
    // minister in others. Which one is read off the leaders it lists whom the base already knows (the
    // latest first); failing that, a country whose head of state is a crown that REIGN never lists is led
    // by its prime minister (Lesotho, the Bahamas)
    // (only an office held during the spell counts: Kuczynski's premiership of 2005 says nothing of the office
    // REIGN means by his spell of 2016)
    const knownKind = (leader: string, from: string, to: string): OfficeKind | undefined => {
      const keys = normalizeName(leader).split(/\s+/);
      const p = persons.find(
        (x) =>
          x.country === iso &&
          [x.name, ...x.aliases].some((n) => {
            const nk = normalizeName(n).split(/\s+/);
            return keys.length > 1 ? keys.every((k) => nk.includes(k)) : nk[nk.length - 1] === keys[0];
          }),
      );
      if (!p) return undefined;
      return leaderKind(
        p.offices.filter((o) => span(o, false).s < to && span(o, false).e > from),
        iso,
      );
    };
    const recentKinds = list
      .map((r, k) => ({ r, to: spellEndOf(list, k) ?? '9999-12-31' }))
      .reverse()
      .slice(0, 4)
      .map(({ r, to }) => knownKind(r.leader, r.start, to))
      .filter((k): k is OfficeKind => !!k);
    const crowns = persons.filter((p) =>
      p.offices.some(
        (o) =>
          o.country === iso &&
          o.kind === 'hos' &&
          /king|queen|monarch|emir|sultan|prince|o le ao|grand duke/i.test(o.title),
      ),
    );
    // a crown holder REIGN lists as leader since 2000 (a shared name word: "Abdullah Ibn Hussein" and "Abdullah II")
    const crownListed = crowns.some((c) =>
      list.some(
        (r, k) =>
          (list[k + 1]?.start ?? '9999') >= '2000' &&
          nameWords(r.leader).some((w) => [c.name, ...c.aliases].some((n) => nameWords(n).includes(w))),
      ),
    );
    const kindDefault: OfficeKind = PARLIAMENTARY.has(iso)
      ? 'hog'
      : (recentKinds[0] ?? (crowns.length && !crownListed ? 'hog' : 'hos'));
    // spells the curated table says are no leader of this country are left out, their time given back
    // to the spell before (Jaber remains Emir of Kuwait through the Iraqi occupation)
    for (let k = list.length - 1; k >= 0; k--) if (overrideOf(iso, list[k].start)?.kind === 'skip') list.splice(k, 1);
    list.forEach((r, k) => {
      const end = spellEndOf(list, k);
      if (end && end < '1990-01-01') return;
      const keys = normalizeName(r.leader).split(/\s+/);
      const sur = keys[keys.length - 1];
      const surFold = foldSurname(sur);
      const spellEnd = end ?? '9999-12-31';
      // what the curated table says of this spell: the kind of office REIGN means, or that it is no leader
      // of this country at all (Iraq's occupation of Kuwait)
      const override = overrideOf(iso, r.start);
      if (override?.kind === 'none' || !r.leader) return;
      const leads = (o: Office) => o.country === iso && (o.kind === 'hos' || o.kind === 'hog' || o.kind === 'leader');
      const mapped = reignNames.get(`${iso}|${r.leader}|${r.start}`) ?? reignNames.get(`${iso}|${r.leader}`);
      // a spell whose full name is given: the person of that name, never a surname match
      const byMapped = mapped
        ? persons.find(
            (p) =>
              (p.country === iso || p.offices.some((o) => o.country === iso)) &&
              [p.name, ...p.aliases].some((n) => foldName(n) === foldName(mapped)),
          )
        : undefined;
      // otherwise a known person whose full name matches, or whose surname does and who led the country
      // during the spell (a surname alone is not enough: there are many Singhs; and a leader whose term
      // ends the day the spell starts is its predecessor: Fidel Castro is not the Castro of 2008). Of several,
      // the one whose term starts nearest the spell (the Kaczyński of 2005 is the president, not his brother)
      const byName = () => {
        const found = persons.flatMap((p) => {
          if (!(p.country === iso || orgCodes.has(p.country) || p.offices.some(leads))) return [];
          const names = [p.name, ...p.aliases].map((n) => normalizeName(n).split(/\s+/));
          if (keys.length > 1 && names.some((nk) => keys.every((x) => nk.includes(x)))) return [{ p, gap: -1 }];
          // the surname, and REIGN's given names or initials if it has any, by their first letters ("H.
          // Aliyev" is Heydar, not Ilham; "Marthi Ahtisaari" is Martti)
          const given = keys
            .slice(0, -1)
            .map((k) => k.replace(/[^a-z]/g, '').charAt(0))
            .filter(Boolean);
          const fits = (nk: string[]) =>
            foldSurname(nk[nk.length - 1]) === surFold &&
            (!given.length || given.some((g) => nk.slice(0, -1).some((w) => w.startsWith(g))));
          if (!names.some(fits)) return [];
          // any office in the country during the spell (a minister who becomes president of the
          // confederation); a leader's office first
          const terms = p.offices.filter(
            (o) => o.country === iso && span(o, true).s < spellEnd && span(o, true).e > r.start,
          );
          if (!terms.length) return [];
          const gap = Math.min(
            ...terms.map((o) => Math.abs(Date.parse(span(o, true).s) - Date.parse(r.start)) + (leads(o) ? 0 : 1e13)),
          );
          return [{ p, gap }];
        });
        return found.sort((a, b) => a.gap - b.gap)[0]?.p;
      };
      // (a surname matched only through a minister's office yields to the one full name the dictionaries give
      // for the spell: the Carlsson of 1986 is the prime minister Ingvar, not the defence minister Roine)
      const phoenixName = () => {
        const names = new Set(
          (phoenix.get(`${iso}|${surFold}`) ?? [])
            .filter((x) => x.from <= spellEnd && x.to >= r.start)
            .map((x) => foldName(x.name)),
        );
        return names.size === 1 ? [...names][0] : undefined;
      };
      const guessed = mapped ? undefined : byName();
      const dictName = guessed && !guessed.offices.some(leads) && keys.length < 2 ? phoenixName() : undefined;
      const ministerOnly =
        !!guessed &&
        dictName !== undefined &&
        ![guessed.name, ...guessed.aliases].some((n) => foldName(n) === dictName);
      const known = mapped ? byMapped : ministerOnly ? undefined : guessed;
      // a leader under another name ("Abdullah Ibn Hussein" for Abdullah II): the person whose term in
      // that country starts the same day and who shares a name with REIGN's (Lipponen's spell of 2000 starts
      // the day Halonen became president: not hers)
      const known2 =
        known ??
        persons.find(
          (p) =>
            p.offices.some((o) => o.country === iso && (o.kind === 'hos' || o.kind === 'hog') && o.start === r.start) &&
            nameWords(r.leader).some((w) => [p.name, ...p.aliases].some((n) => nameWords(n).includes(w))),
        );
      // the kind of the office the person already holds during the spell; else the country's REIGN kind
      // (Stubb's prime ministership of 2014 is not his presidency of 2024)
      const during = known2?.offices.filter(
        (o) =>
          o.country === iso &&
          (o.kind === 'hos' || o.kind === 'hog') &&
          span(o, false).s < spellEnd &&
          span(o, false).e > r.start,
      );
      const kind: OfficeKind =
        (override?.kind as OfficeKind | undefined) ??
        (during?.length ? (during.some((o) => o.kind === 'hos') ? 'hos' : 'hog') : undefined) ??
        kindDefault;
      // (the post's plain title, not a caretaker's "Chief Adviser", a transitional council's or a co-holder's)
      const title =
        (override?.title ||
          persons
            .flatMap((p) => p.offices)
            .find(
              (o) =>
                o.country === iso &&
                o.kind === kind &&
                o.title &&
                !/supreme leader|military leader|acting|chief adviser|transitional|council|co-/i.test(o.title),
            )?.title) ??
        (kind === 'hog' ? 'Prime Minister' : 'President');
      const office: Office = { kind, title, country: iso, start: r.start, end, source: 'reign-2021' };
      if (known2) {
        // exact REIGN days replace year-only dates of the same office; curated exact dates stay
        // any exactly dated office of theirs in that country already covering the spell wins (Iran's
        // Supreme Leader is REIGN's leader, not a president)
        const same = known2.offices.filter((o) => o.country === iso);
        // (a two-day acting presidency does not stand for Filat's four years as prime minister: the exact
        // offices must cover half the spell)
        const spellTo = Date.parse(end ?? TODAY);
        const covered = same
          .filter((o) => (o.kind === 'hos' || o.kind === 'hog' || o.kind === 'leader') && o.start && o.start.length > 4)
          .reduce((sum, o) => {
            const s = Math.max(Date.parse(o.start as string), Date.parse(r.start));
            const e = Math.min(Date.parse(o.end && o.end.length > 4 ? o.end : (o.end ?? TODAY)), spellTo);
            return sum + Math.max(0, e - s);
          }, 0);
        // (an exact office of the kind REIGN's spell would be filed as, overlapping it, wins too: Abdullah's
        // kingship over his regency, the crown prince's premiership over a spell REIGN names by his father)
        const sameKind = same.some(
          (o) =>
            (o.kind === kind || o.kind === 'leader') &&
            o.start &&
            o.start.length > 4 &&
            o.start < (end ?? '9999') &&
            (o.end ?? '9999') > r.start,
        );
        const overlapsExact = sameKind || covered * 2 >= spellTo - Date.parse(r.start);
        if (overlapsExact) return;
        fileSpell(known2, office);
        dated++;
        return;
      }
      // a Phoenix full name in office during the spell; with REIGN's given names if it has them; one only
      const overlapping = (phoenix.get(`${iso}|${surFold}`) ?? []).filter(
        (x) => x.from <= (end ?? '9999-12-31') && x.to >= r.start,
      );
      const withGiven =
        keys.length > 1
          ? overlapping.filter((x) =>
              keys.every((k) =>
                normalizeName(x.name)
                  .split(' ')
                  .some((w) => foldSurname(w) === foldSurname(k)),
              ),
            )
          : overlapping;
      const names = [...new Set(withGiven.map((x) => x.name))];
      const full =
        // a curated full name wins over the dictionaries' guess from a surname (the Kaczyński of 2005)
        mapped ? { name: mapped, aliases: [], from: '', to: '' } : names.length === 1 ? withGiven[0] : undefined;
      if (!full && keys.length < 2) {
        dropped.push(`${iso} ${r.leader} ${r.start}`);
        return; // a bare surname would match ordinary words ("Major")
      }
      // the full name of someone already known (another spell of Netanyahu's): their office, not a new person
      // (punctuation aside: "Denis Sassou Nguesso" is "Denis Sassou-Nguesso")
      const fullName = foldName(full?.name ?? r.leader);
      const same = persons.find(
        (p) =>
          (p.country === iso || p.offices.some((o) => o.country === iso)) &&
          [p.name, ...p.aliases].some((n) => foldName(n) === fullName),
      );
      if (same) {
        fileSpell(same, office);
        dated++;
        return;
      }
      const name = full?.name ?? r.leader;
      const p: Person = {
        id: `x:${slug(name)}:${iso.toLowerCase()}`,
        wikidata: null,
        name,
        aliases: [
          ...(full?.aliases ?? []),
          ...(full && normalizeName(r.leader) !== normalizeName(name) && keys.length > 1 ? [r.leader] : []),
        ],
        country: iso,
        offices: [office],
        source: mapped ? 'reign-2021+names' : full ? 'reign-2021+phoenix' : 'reign-2021',
      };
      const existing = persons.find((x) => x.id === p.id);
      if (existing) existing.offices.push(office);
      else {
        persons.push(p);
        added++;
      }
    });
  }
  console.log(
    `REIGN: exact dates for ${dated} offices of known persons, ${added} leaders added, ${dropped.length} spells since 1990 left out (a bare surname, no full name to file it under)`,
  );
  if (process.env.VERBOSE) console.log(dropped.join('\n'));
}

// Wikidata ids for people already known, from every-politician-scrapers' cabinet lists of 2021–22: an id is
// given to the one person of that name in that country, and two records of one person are merged by it
sources.push('data/sources/cabinet-qids.csv');
{
  const rows = csvRows(join(root, 'data', 'sources', 'cabinet-qids.csv'));
  let linked = 0;
  for (const r of rows) {
    const names = [r.name, ...list(r.aliases)].map(foldName);
    const same = persons.filter(
      (x) =>
        (x.country === r.country || x.offices.some((o) => o.country === r.country)) &&
        [x.name, ...x.aliases].some((n) => names.includes(foldName(n))),
    );
    const other = same.find((x) => x.wikidata && x.wikidata !== r.qid);
    if (other) {
      console.error(`cabinet-qids.csv: ${r.name} is ${r.qid}, but the base has ${other.name} as ${other.wikidata}`);
      continue;
    }
    const target = byQid.get(r.qid) ?? same[0];
    if (!target) continue;
    for (const x of same) if (x !== target) mergePerson(x, target);
    if (giveId(target, r.qid, [r.name, ...list(r.aliases)])) linked++;
  }
  console.log(`cabinet lists: ${linked} persons given their Wikidata id`);
}

// Leaders to 2026 (Wikidata via every-politician-scrapers/world-leaders-2021, years only): the leaders
// who took office after the 2022 extract and REIGN. Facts kept in data/sources/world-leaders-2026.csv.
sources.push('data/sources/world-leaders-2026.csv');
mergeWorldLeaders(join(root, 'data', 'sources', 'world-leaders-2026.csv'), 'wikidata-2026', true);

// Foreign ministers in office in August 2022, worldwide, with the day each took office. Their end is
// unknown: each such office is marked as held on the snapshot day (`asOf`) unless a successor closes it.
sources.push('data/sources/foreign-ministers-2022.csv');
{
  const rows = csvRows(join(root, 'data', 'sources', 'foreign-ministers-2022.csv'));
  const asOf =
    rows
      .map((r) => r.start)
      .sort()
      .at(-1) ?? null;
  let added = 0;
  for (const r of rows) {
    const c = countryByName.get(normalizeName(r.countryLabel));
    if (!c) {
      console.error(`foreign-ministers-2022.csv: no country named '${r.countryLabel}'`);
      continue;
    }
    const p = wikidataPerson(r.person, r.name, c.iso3, 'wikidata-fm-2022');
    // a curated foreign-minister office (exact dates) wins
    if (p.offices.some((o) => o.kind === 'fm' && o.country === c.iso3)) continue;
    p.offices.push({
      kind: 'fm',
      title: /secretary of state/i.test(r.positionLabel) ? 'Secretary of State' : 'Foreign Minister',
      country: c.iso3,
      start: r.start,
      end: null,
      asOf: asOf ?? undefined,
      source: 'wikidata-fm-2022',
    });
    added++;
  }
  console.log(
    `foreign ministers 2022: ${added} offices added (held on ${asOf}, end unknown unless a successor is known)`,
  );
}

// Terms from every-politician-scrapers' lists of office holders (<repo>/html/holders21.csv, Wikidata's dated
// position statements, kept in data/sources/holder-offices.tsv: country, kind, id, name, start, end, title). They
// fill the posts the sources above leave empty (most states' defence and foreign ministers): a row whose term another
// person of the base holds for more than 60 days is passed over, the sources above being exact where these are often
// dated to the year. Within a post, a term that runs past its successor's first day ends there; a term the list
// leaves open is known to be held on the list's day (the latest start in that country's rows, at the earliest the
// end of 2021) and not assumed beyond it.
sources.push('data/sources/holder-offices.tsv');
{
  const DAY = 86_400_000;
  const first = (s: string) => (s.length === 4 ? `${s}-12-31` : s.length === 7 ? `${s}-28` : s);
  const last = (s: string) => (s.length === 4 ? `${s}-01-01` : s.length === 7 ? `${s}-01` : s);
  // `ISO list-day YYYY-MM-DD`: the day a country's list was made, when later than its rows' latest start
  const all = tsvRows('holder-offices.tsv');
  const listDay = new Map<string, string>();
  for (const [iso, kind, day] of all) if (kind === 'list-day') listDay.set(iso, day);
  const rows = all
    .filter((r) => r[1] !== 'list-day')
    .map(([iso, kind, qid, names, start, end, title]) => ({
      iso,
      kind: kind as OfficeKind,
      qid,
      names: names.split('|'),
      start,
      // an end written ">2025-06-30" (as in ministers.tsv): held to that day, its end unknown
      end: end && !end.startsWith('>') ? end : null,
      knownTo: end?.startsWith('>') ? end.slice(1) : undefined,
      title,
    }));
  for (const r of rows) listDay.set(r.iso, [listDay.get(r.iso) ?? '2021-12-31', last(r.start)].sort()[1]);
  const byPost = new Map<string, typeof rows>();
  for (const r of rows) byPost.set(`${r.iso}|${r.kind}`, [...(byPost.get(`${r.iso}|${r.kind}`) ?? []), r]);
  for (const post of byPost.values()) {
    post.sort((a, b) => last(a.start).localeCompare(last(b.start)));
    for (const [i, r] of post.entries()) {
      const next = post.slice(i + 1).find((x) => x.qid !== r.qid && last(x.start) > last(r.start));
      if (next && (!r.end || last(r.end) > last(next.start))) r.end = next.start;
    }
  }
  let added = 0;
  let linked = 0;
  let closed = 0;
  const passed: string[] = [];
  for (const r of rows) {
    // the part of the term the row is sure of: from the last day its start may be to the first its end may be
    const s = first(r.start);
    // (at least a day: a term the list begins on its own day)
    const heldTo = r.knownTo ?? (listDay.get(r.iso) as string);
    const e = [r.end ? last(r.end) : heldTo, addDays(s, 1)].sort()[1];
    const same = (p: Person) =>
      p.wikidata === r.qid || [p.name, ...p.aliases].some((n) => r.names.some((m) => foldName(m) === foldName(n)));
    const taken = persons.find(
      (p) =>
        !same(p) &&
        p.offices.some((o) => {
          if (o.country !== r.iso || o.kind !== r.kind) return false;
          // the days both terms are sure of (a year-only bound may be any day of its year)
          const os = o.start ? first(o.start) : '0000-01-01';
          const oe = o.end ? last(o.end) : (o.asOf ?? TODAY);
          const overlap = Date.parse([oe, e].sort()[0]) - Date.parse([os, s].sort()[1]);
          return overlap > 60 * DAY;
        }),
    );
    // the base's holder under another spelling ("Khaled al-Yamani", "Samir Mokbel"): the same person, given the id
    if (taken && !taken.wikidata && !byQid.has(r.qid) && r.names.some((n) => shareName(taken, n, true))) {
      if (giveId(taken, r.qid, r.names)) linked++;
      continue;
    }
    if (taken) {
      passed.push(`${r.iso} ${r.kind} ${r.names[0]} ${r.start}–${r.end ?? ''}: the base has ${taken.name}`);
      continue;
    }
    const p = wikidataPerson(r.qid, r.names[0], r.iso, 'eps-holders', (x) => x.country === r.iso && same(x));
    for (const n of r.names.slice(1)) if (!p.aliases.includes(n) && n !== p.name) p.aliases.push(n);
    const held = p.offices.find(
      (o) =>
        o.country === r.iso &&
        o.kind === r.kind &&
        (o.start ? last(o.start) : '0000') < e &&
        (o.end ? first(o.end) : (o.asOf ?? TODAY)) > s,
    );
    // a term the list leaves open that the base has the same person begin within the year: one term, dated two
    // ways (the list's Carlos Faría from May 2022, the base's from August), the base's date kept
    const sameTerm =
      !r.end &&
      p.offices.some(
        (o) =>
          o.country === r.iso &&
          o.kind === r.kind &&
          !!o.start &&
          last(o.start) >= s &&
          Date.parse(last(o.start)) - Date.parse(s) < 366 * DAY,
      );
    if (sameTerm && !held) continue;
    if (held) {
      // a term a snapshot of current holders left open ("held on 2022-08-07"), which the list ends: the list's end
      // (a snapshot of Wikidata's "current" holders keeps some who had gone: Sudan's Mariam al-Mahdi after the coup
      // of October 2021, Libya's Najla Mangoush after August 2023)
      if (!held.end && r.end && held.source === 'wikidata-fm-2022') {
        held.end = r.end;
        delete held.asOf;
        closed++;
      }
      continue;
    }
    // the term meets the base's neighbouring terms in the post (an overlap of days is one source's rounding): it
    // ends where another's term begins, and begins where another's ends
    const others = persons
      .filter((x) => x !== p)
      .flatMap((x) => x.offices.filter((o) => o.country === r.iso && o.kind === r.kind));
    const end = others
      .map((o) => o.start)
      .filter((d): d is string => !!d && d.length >= 7 && last(d) > last(r.start) && (!r.end || last(d) < last(r.end)))
      .sort()[0];
    const start = others
      .map((o) => o.end)
      .filter((d): d is string => !!d && d.length >= 7 && last(d) > last(r.start) && last(d) < e)
      .sort()
      .at(-1);
    p.offices.push({
      kind: r.kind,
      title: r.title,
      country: r.iso,
      start: start ?? r.start,
      end: end ?? r.end,
      ...((end ?? r.end) ? {} : { asOf: heldTo }),
      source: 'eps-holders',
    });
    added++;
  }
  console.log(
    `holder lists: ${added} terms added to posts the base left empty, ${closed} open terms given their end, ${linked} holders of the base given their id, ${passed.length} rows of posts held by another passed over (VERBOSE lists them)`,
  );
  if (process.env.VERBOSE) console.log(passed.join('\n'));
}

// A monarch of several realms changes on one day in all of them: a year-only start or end of a crown
// takes the exact day of the same person's crown elsewhere in that year (Elizabeth II, Charles III).
{
  const CROWN = /king|queen|monarch/i;
  let exact = 0;
  for (const p of persons) {
    const crowns = p.offices.filter((o) => o.kind === 'hos' && CROWN.test(o.title));
    for (const o of crowns) {
      for (const field of ['start', 'end'] as const) {
        const v = o[field] ?? '';
        if (v.length !== 4) continue;
        const day = crowns.find((x) => x[field]?.length === 10 && x[field]?.startsWith(v))?.[field];
        if (day) {
          o[field] = day;
          exact++;
        }
      }
    }
  }
  console.log(`crowns: ${exact} year-only dates made exact from the same monarch's other realms`);
}

// An open-ended term ends where a later holder of the same post in the same country begins (the
// sources give most terms without an end). Co-holders (co-princes, captains regent, co-presidents)
// never close each other.
{
  const SHARED_POST = /co-prince|captain regent|regent|member|presidency|council/i;
  const terms = persons.flatMap((p) => p.offices.map((o) => ({ p, o })));
  const byPost = new Map<string, typeof terms>();
  for (const t of terms) {
    if (!t.o.start) continue;
    // an organisation's post is its title (an acting holder's included): "UN Secretary-General" to 31 December 2016
    if (t.o.kind === 'org') {
      const k = `${t.o.country}|org|${t.o.title.replace(/^(acting|interim)\s+/i, '').toLowerCase()}`;
      byPost.set(k, [...(byPost.get(k) ?? []), t]);
      continue;
    }
    if (!['hos', 'hog', 'fm', 'dm'].includes(t.o.kind) || SHARED_POST.test(t.o.title)) continue;
    // a post: the country, the kind, and (for heads of state) crown, supreme leader or elected office,
    // which can co-exist (Iran's Supreme Leader and President)
    const family = /supreme leader|military leader/i.test(t.o.title)
      ? 'leader'
      : /king|queen|monarch|emir|sultan|emperor|grand duke|prince|pope|yang di-pertuan/i.test(t.o.title)
        ? 'crown'
        : 'office';
    const k = `${t.o.country}|${t.o.kind}|${t.o.kind === 'hos' ? family : ''}`;
    byPost.set(k, [...(byPost.get(k) ?? []), t]);
  }
  let closed = 0;
  const startDay = (s: string) => (s.length === 4 ? `${s}-01-01` : s.length === 7 ? `${s}-01` : s);
  for (const list of byPost.values()) {
    list.sort((a, b) => startDay(a.o.start!).localeCompare(startDay(b.o.start!)));
    for (let i = 0; i < list.length; i++) {
      const t = list[i];
      if (t.o.end) continue;
      const co = coHolders.has(`${t.p.id}|${t.o.country}|${t.o.kind}`);
      const next = list.find(
        (x, j) =>
          j > i &&
          x.p !== t.p &&
          startDay(x.o.start!) > startDay(t.o.start!) &&
          // a year says only "some day that year": the same year may be the same term from another source
          (x.o.start!.length === 10 && t.o.start!.length === 10
            ? true
            : x.o.start!.slice(0, 4) > t.o.start!.slice(0, 4)) &&
          !(co && coHolders.has(`${x.p.id}|${x.o.country}|${x.o.kind}`) && x.o.start === t.o.start),
      );
      if (!next) continue;
      t.o.end = next.o.start;
      // a successor known only by the year or month they took over leaves the last day this term is known to have
      // lasted (Starmer, known in office on 15 July 2026, succeeded "in 2026"): kept, so that day still has one holder
      if (!(next.o.start!.length < 10 && t.o.asOf?.startsWith(next.o.start!))) delete t.o.asOf;
      closed++;
    }
  }
  console.log(`closed ${closed} open-ended terms at their successor's start`);
  // an end given as the last day in office (López Obrador "to 30 September 2024", Sheinbaum from 1 October) is
  // the day before the successor's start; ends are exclusive here, so it becomes the successor's start
  let bridged = 0;
  for (const list of byPost.values())
    for (const t of list) {
      if (t.o.end?.length !== 10) continue;
      const next = addDays(t.o.end, 1);
      if (list.some((x) => x.p !== t.p && x.o.start === next)) {
        t.o.end = next;
        bridged++;
      }
    }
  console.log(`moved ${bridged} ends given as a last day in office to the successor's first`);
  // an end known only by its month ("2013-03") means some day of that month: where the successor's exact start
  // falls in it (Liang Guanglie to March 2013, Chang Wanquan from 16 March), the term ends that day, not on the
  // 1st; and a start known only by its month begins where the predecessor's exact end in it falls
  let met = 0;
  for (const list of byPost.values())
    for (const t of list) {
      if (t.o.end?.length === 7) {
        const next = list.find((x) => x.p !== t.p && x.o.start?.length === 10 && x.o.start.startsWith(t.o.end!));
        if (next?.o.start) {
          t.o.end = next.o.start;
          met++;
        }
      }
      if (t.o.start?.length === 7) {
        const prev = list.find((x) => x.p !== t.p && x.o.end?.length === 10 && x.o.end.startsWith(t.o.start!));
        if (prev?.o.end) {
          t.o.start = prev.o.end;
          met++;
        }
      }
    }
  console.log(`met ${met} month-only ends and starts with the neighbouring term's exact day`);
}

// Wikidata ids from every-politician-scrapers' lists of office holders since about 2000 (<repo>/html/holders21.csv,
// kept in data/sources/holder-qids.tsv: country, kind, id, name, first day). An id goes to the person of the base who
// took that post within 60 days of that day (or, failing that, holds it under that very name) and shares a name
// with the row; it never creates an office. Two records of one person that the id shows to be the same are merged.
sources.push('data/sources/holder-qids.tsv');
{
  const DAY = 86_400_000;
  const when = (s: string) => Date.parse(s.length === 4 ? `${s}-07-01` : s.length === 7 ? `${s}-15` : s);
  let linked = 0;
  let merged = 0;
  const unmatched: string[] = [];
  const rows = tsvRows('holder-qids.tsv');
  for (const [iso, kind, qid, names, start] of rows) {
    // the name as listed, then any other spellings of it ("Loukas Papademos|Lucas Papademos")
    const [name, ...spellings] = names.split('|');
    const holds = (p: Person, near: boolean) =>
      p.offices.some(
        (o) =>
          o.country === iso &&
          o.kind === kind &&
          (!near ||
            (o.start?.length === 4 || start.length === 4
              ? o.start?.slice(0, 4) === start.slice(0, 4)
              : !!o.start && Math.abs(when(o.start) - when(start)) <= 60 * DAY)),
      );
    // `any`: a person of this country known under this very name, whatever their post here (Lagarde's id, from
    // France's list of finance ministers, for the IMF's managing director the base knows)
    let found =
      kind === 'any'
        ? persons.filter((p) => p.country === iso && [p.name, ...p.aliases].some((n) => foldName(n) === foldName(name)))
        : persons.filter((p) => holds(p, true) && [name, ...spellings].some((n) => shareName(p, n)));
    if (!found.length)
      found = persons.filter(
        (p) => holds(p, false) && [p.name, ...p.aliases].some((n) => foldName(n) === foldName(name)),
      );
    // one person under two records (a leader list's and a minister list's) is one person
    const known = byQid.get(qid);
    if (known && !found.includes(known) && found.length === 1 && [name, ...spellings].some((n) => shareName(known, n)))
      found.push(known);
    if (found.length > 1) {
      // several under one name word: only those of this very name (or id) are records of one person
      const same = found.filter(
        (p) => p.wikidata === qid || [p.name, ...p.aliases].some((n) => foldName(n) === foldName(name)),
      );
      if (!same.length) {
        unmatched.push(`${iso} ${kind} ${qid} ${name} ${start} (${found.map((p) => p.name).join(' / ')})`);
        continue;
      }
      found = same;
    }
    const ids = new Set(found.map((p) => p.wikidata).filter(Boolean));
    if (!found.length || ids.size > 1 || (ids.size === 1 && !ids.has(qid))) {
      unmatched.push(
        `${iso} ${kind} ${qid} ${name} ${start}${ids.size ? ` (the base has ${[...ids].join(', ')})` : ''}`,
      );
      continue;
    }
    const target = found.find((p) => p.wikidata === qid) ?? found[0];
    for (const x of found) {
      if (x === target) continue;
      mergePerson(x, target);
      merged++;
      if (process.env.VERBOSE) console.log(`holder lists: ${x.name} (${x.id}) merged into ${target.name} (${qid})`);
    }
    if (giveId(target, qid, [name, ...spellings])) linked++;
  }
  console.log(
    `holder lists: ${linked} persons given their Wikidata id, ${merged} duplicate records merged, ${unmatched.length} rows matched no one`,
  );
  if (process.env.VERBOSE) console.log(unmatched.join('\n'));
  // a check on the base's dates: a listed holder whom the base does not show in the post three weeks after the listed
  // first day (short acting spells aside, a term of the base that starts or ends on the wrong day)
  const disagree: string[] = [];
  for (const [iso, kind, qid, names, start] of rows) {
    if (!['hos', 'hog', 'fm', 'dm'].includes(kind) || start.length !== 10) continue;
    const p = byQid.get(qid);
    const day = addDays(start, 21);
    const held = p?.offices.some(
      (o) => o.country === iso && o.kind === kind && (o.start ?? '0000') <= day && (o.end ?? '9999') > day,
    );
    if (p && !held) disagree.push(`${iso} ${kind} ${names.split('|')[0]} from ${start}: not in the post on ${day}`);
  }
  console.log(`holder lists: ${disagree.length} listed holders not in their post three weeks on (VERBOSE lists them)`);
  if (process.env.VERBOSE) console.log(disagree.join('\n'));
}

// Offices held ex officio (data/sources/ex-officio.tsv): Jordan's and Bangladesh's premiers hold defence, Sri Lanka's
// presidents too. Derived last, from the source offices' final dates, so a premiership closed or made exact by any
// pass above carries its defence term with it; a person's own office of that kind there wins over a derived one.
sources.push('data/sources/ex-officio.tsv');
{
  let derived = 0;
  for (const [iso, kind, heldBy, title, from, to] of tsvRows('ex-officio.tsv')) {
    const until = to || '9999';
    for (const p of persons) {
      const own = p.offices.filter((o) => o.country === iso && o.kind === kind);
      for (const o of p.offices.filter((x) => x.country === iso && x.kind === heldBy && x.start)) {
        // the later start and the earlier end, as ISO strings ('9999': open)
        const start = [o.start!, from].sort()[1];
        const last = [o.end ?? '9999', until].sort()[0];
        const end = last === '9999' ? null : last;
        if (start >= last) continue;
        if (own.some((x) => (x.start ?? '0000') < last && (x.end ?? '9999') > start)) continue;
        p.offices.push({
          kind: kind as OfficeKind,
          title,
          country: iso,
          start,
          end,
          ...(o.asOf && !to ? { asOf: o.asOf } : {}),
          source: 'ex-officio',
        });
        derived++;
      }
    }
  }
  console.log(`ex officio: ${derived} offices derived from the offices that carry them`);
}

// Names to print (data/sources/display-names.tsv): the native spelling where every source gave plain ASCII
// ("Lech Walesa" → "Lech Wałęsa"), the known name where a source gave a fragment; the old name stays an alias. Ids
// made from names keep the old spelling, so that they do not change with it.
sources.push('data/sources/display-names.tsv');
{
  let renamed = 0;
  for (const [iso, asGiven, written] of tsvRows('display-names.tsv')) {
    const p = persons.find((x) => x.country === iso && x.name === asGiven);
    if (!p) throw new Error(`display-names.tsv: no person '${asGiven}' of ${iso} in the base`);
    p.aliases = [...new Set([asGiven, ...p.aliases.filter((a) => a !== written)])];
    p.name = written;
    renamed++;
  }
  console.log(`names: ${renamed} given the name to print`);
}

// Names the press calls persons by that no other source gives (data/sources/aliases.tsv): Thai and Malaysian leaders
// by their given names, nicknames ("Bongbong").
sources.push('data/sources/aliases.tsv');
{
  let added = 0;
  for (const [iso, name, aliases] of tsvRows('aliases.tsv')) {
    const p = persons.find((x) => x.country === iso && (x.name === name || x.aliases.includes(name)));
    if (!p) throw new Error(`aliases.tsv: no person '${name}' of ${iso} in the base`);
    for (const a of aliases.split('|').filter(Boolean))
      if (a !== p.name && !p.aliases.includes(a)) {
        p.aliases.push(a);
        added++;
      }
  }
  console.log(`names: ${added} aliases the press uses added`);
}

// A name some source gave without its accents ("Adolfo Rodriguez Saa", from a list in ASCII) takes the accented
// spelling another source gave as an alias ("Adolfo Rodríguez Saá"); the plain one stays an alias. Long vowels
// marked in romanised Japanese ("Tarō Asō") are not how the English press writes them, so those stay plain.
{
  const nonAscii = /[^ -~]/;
  let accented = 0;
  for (const p of persons) {
    if (nonAscii.test(p.name)) continue;
    const better = p.aliases.find(
      (a) => nonAscii.test(a) && !/[ōūŌŪ]/.test(a) && normalizeName(a) === normalizeName(p.name),
    );
    if (!better) continue;
    p.aliases = [p.name, ...p.aliases.filter((a) => a !== better)];
    p.name = better;
    accented++;
  }
  console.log(`names: ${accented} given their accented spelling from an alias`);
}

const data: ActorData = {
  version: 1,
  built: new Date().toISOString().slice(0, 10),
  sources,
  countries,
  organizations,
  persons,
};
// the name index is stored with the base, so that loading it does not recompute every name's keys
data.index = NameIndexer.build(data).toJSON();
const out = join(root, 'data', 'actors.json');
writeFileSync(out, `${JSON.stringify(data)}\n`);
console.log(
  `wrote ${out}: ${countries.length} countries, ${organizations.length} organizations, ${persons.length} persons, ${persons.reduce((n, p) => n + p.offices.length, 0)} offices`,
);

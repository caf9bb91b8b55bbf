// Builds data/actors.json, Parley's compact actor knowledge base, from:
//   data/sources/countries.tsv, organizations.tsv, persons.tsv (curated, with exact office dates)
//   ../shared/data/actors/world-leaders-wikidata-2022.csv (Wikidata heads of state and government, CC0)
// Usage: npm run build:actors [-- --shared ../shared]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { ActorData, Country, Office, OfficeKind, Organization, Person } from '../src/actors/types.js';
import { normalizeName } from '../src/util/text.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const argShared = process.argv.indexOf('--shared');
const shared = argShared > 0 ? resolve(process.argv[argShared + 1]) : resolve(root, '..', 'shared');

function tsvRows(file: string): string[][] {
  return readFileSync(join(root, 'data', 'sources', file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => l.split('\t'));
}
// titles belong to the role resolver, not to names: "King Salman" is role + name
const TITLE_ALIAS =
  /^(?:president|king|queen|sheikh|emir|amir|prince|sultan|pope|chancellor|prime minister|ayatollah|sir)\s/i;
const list = (s: string | undefined) =>
  (s ?? '')
    .split('|')
    .map((x) => x.trim())
    .filter(Boolean);

const countries: Country[] = tsvRows('countries.tsv').map(([iso3, name, aliases, demonyms, seats]) => ({
  iso3,
  wikidata: null,
  name,
  aliases: list(aliases),
  demonyms: list(demonyms),
  seats: list(seats),
}));
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
      return { kind: kind as OfficeKind, title, country, start: start || null, end: end || null, source };
    });
}

const persons: Person[] = [];
const byQid = new Map<string, Person>();
const byName = new Map<string, Person>();
const slug = (s: string) =>
  normalizeName(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const orgCodes = new Set(organizations.map((o) => o.code));

for (const [qid, name, aliases, country, offices] of tsvRows('persons.tsv')) {
  const p: Person = {
    id: qid || `x:${slug(name)}:${country.toLowerCase()}`,
    wikidata: qid || null,
    name,
    aliases: list(aliases).filter((a) => !TITLE_ALIAS.test(a)),
    country,
    offices: parseOffices(offices, 'curated'),
    source: 'curated',
  };
  for (const o of p.offices) {
    // an office title that names another country/org ("Prime Minister of the Netherlands") is not the person's own
    o.country = o.kind === 'org' ? p.country : p.country;
    const m = /\bof (?:the )?(.+)$/.exec(o.title);
    const other = m ? countryByName.get(normalizeName(m[1])) : undefined;
    if (other && o.kind !== 'org' && !orgCodes.has(p.country)) o.country = other.iso3;
    if (other && orgCodes.has(p.country) && o.kind !== 'org') o.country = other.iso3;
  }
  persons.push(p);
  if (p.wikidata) byQid.set(p.wikidata, p);
  for (const n of [name, ...p.aliases]) byName.set(`${normalizeName(n)}|${country}`, p);
}

const sources = ['data/sources/countries.tsv', 'data/sources/organizations.tsv', 'data/sources/persons.tsv'];
const wdFile = join(shared, 'data', 'actors', 'world-leaders-wikidata-2022.csv');
if (existsSync(wdFile)) {
  sources.push('shared/data/actors/world-leaders-wikidata-2022.csv');
  const rows = parse(readFileSync(wdFile, 'utf8'), { columns: true, skip_empty_lines: true }) as Record<
    string,
    string
  >[];
  for (const r of rows) {
    const c = countryByName.get(normalizeName(r.country));
    if (!c) continue;
    c.wikidata ??= r.countryid;
    const pos = r.positionLabel;
    let kind: OfficeKind | null = null;
    if (
      /prime minister|premier|chancellor|taoiseach|chairman of the council|president of the council|president of the government/i.test(
        pos,
      )
    )
      kind = 'hog';
    else if (/governor-general/i.test(pos)) kind = 'other';
    else if (
      /president|king|queen|emir|sultan|monarch|pope|supreme leader|prince|regent|yang di-pertuan|military leader|o le ao/i.test(
        pos,
      )
    )
      kind = 'hos';
    if (!kind || !/^Q\d+$/.test(r.officeholder) || /^Q\d+$/.test(r.officeholderLabel)) continue;
    let p = byQid.get(r.officeholder) ?? byName.get(`${normalizeName(r.officeholderLabel)}|${c.iso3}`);
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
      source: 'wikidata-2022',
    };
    if (!p) {
      p = {
        id: r.officeholder,
        wikidata: r.officeholder,
        name: r.officeholderLabel,
        aliases: [],
        country: c.iso3,
        offices: [],
        source: 'wikidata-2022',
      };
      persons.push(p);
      byQid.set(r.officeholder, p);
      byName.set(`${normalizeName(p.name)}|${c.iso3}`, p);
    }
    if (!p.wikidata) {
      p.wikidata = r.officeholder;
      p.id = r.officeholder;
      byQid.set(r.officeholder, p);
    }
    if (normalizeName(p.name) !== normalizeName(r.officeholderLabel) && !p.aliases.includes(r.officeholderLabel))
      p.aliases.push(r.officeholderLabel);
    // curated offices carry exact dates; add the extract's only for kinds the curated entry lacks
    if (!p.offices.some((o) => o.kind === kind && o.country === c.iso3)) p.offices.push(office);
  }
} else {
  console.error(`note: ${wdFile} not found; building from data/sources only`);
}

const data: ActorData = {
  version: 1,
  built: new Date().toISOString().slice(0, 10),
  sources,
  countries,
  organizations,
  persons,
};
const out = join(root, 'data', 'actors.json');
writeFileSync(out, `${JSON.stringify(data)}\n`);
console.log(
  `wrote ${out}: ${countries.length} countries, ${organizations.length} organizations, ${persons.length} persons, ${persons.reduce((n, p) => n + p.offices.length, 0)} offices`,
);

// Users' own actors (a ministry spokesperson, a rebel leader): a YAML or JSON file in the data
// directory, merged over the built-in base. `parley actors add` writes to it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { InputError } from '../ingest/document.js';
import type { Office, OfficeKind, Person } from './types.js';

// the YAML library is loaded only when a YAML file is read or written (most runs have none: it costs a CLI start
// some 40 ms)
const require = createRequire(import.meta.url);
const yaml = (): typeof import('yaml') => require('yaml');

const KINDS: OfficeKind[] = ['hos', 'hog', 'fm', 'dm', 'vp', 'nsa', 'spokes', 'leader', 'org', 'other'];
const DAY = /^\d{4}(?:-\d{2}-\d{2})?$/;

export interface UserPersonInput {
  name: string;
  wikidata?: string | null;
  country: string;
  aliases?: string[];
  offices?: Array<{ kind: string; title: string; start?: string | null; end?: string | null; country?: string }>;
}

/** Where the user's actors live: PARLEY_ACTORS, else actors.yaml (or .json) in the data directory. */
export function userActorsPath(dataDir = process.env.PARLEY_DB ?? 'parley-data'): string {
  if (process.env.PARLEY_ACTORS) return process.env.PARLEY_ACTORS;
  const json = join(dataDir, 'actors.json');
  return existsSync(json) ? json : join(dataDir, 'actors.yaml');
}

export function validatePerson(p: UserPersonInput, where: string): Person {
  const fail = (problem: string) => {
    throw new InputError(where, problem);
  };
  if (!p || typeof p !== 'object') fail('each person must be a mapping');
  if (typeof p.name !== 'string' || !p.name.trim()) fail('a person needs a name');
  if (typeof p.country !== 'string' || !/^[A-Z]{2,5}$/.test(p.country))
    fail(`${p.name}: country must be an ISO 3166 alpha-3 code or an organisation code (e.g. RUS, NATO)`);
  if (p.wikidata && !/^Q\d+$/.test(p.wikidata)) fail(`${p.name}: wikidata must look like Q12345`);
  const offices: Office[] = (p.offices ?? []).map((o, i) => {
    if (!KINDS.includes(o.kind as OfficeKind))
      fail(`${p.name}: office ${i + 1} kind must be one of ${KINDS.join(', ')}`);
    if (typeof o.title !== 'string' || !o.title) fail(`${p.name}: office ${i + 1} needs a title`);
    for (const d of [o.start, o.end])
      if (d && !DAY.test(String(d))) fail(`${p.name}: office ${i + 1} dates must be YYYY or YYYY-MM-DD, got '${d}'`);
    return {
      kind: o.kind as OfficeKind,
      title: o.title,
      country: o.country ?? p.country,
      start: o.start ? String(o.start) : null,
      end: o.end ? String(o.end) : null,
      source: 'user',
    };
  });
  const slug = p.name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return {
    id: p.wikidata ?? `u:${slug}:${p.country.toLowerCase()}`,
    wikidata: p.wikidata ?? null,
    name: p.name.trim(),
    aliases: (p.aliases ?? []).map(String),
    country: p.country,
    offices,
    source: 'user',
  };
}

/** Reads the user's actors; a missing file is an empty list, a malformed one an error naming it. */
export function readUserActors(path: string): Person[] {
  if (!existsSync(path)) return [];
  let data: unknown;
  try {
    const text = readFileSync(path, 'utf8');
    data = path.endsWith('.json') ? JSON.parse(text) : yaml().parse(text);
  } catch (e) {
    throw new InputError(path, `cannot read user actors: ${(e as Error).message.split('\n')[0]}`);
  }
  const list = (data as { persons?: unknown })?.persons ?? [];
  if (!Array.isArray(list)) throw new InputError(path, "'persons' must be a list");
  return list.map((p, i) => validatePerson(p as UserPersonInput, `${path}: person ${i + 1}`));
}

/** Adds (or extends) a person in the user's file, keeping what was there. */
export function addUserActor(path: string, input: UserPersonInput): Person {
  const person = validatePerson(input, path);
  const existing = existsSync(path)
    ? ((path.endsWith('.json') ? JSON.parse(readFileSync(path, 'utf8')) : yaml().parse(readFileSync(path, 'utf8'))) ??
      {})
    : {};
  readUserActors(path); // refuse to write over a file that does not validate
  const persons: UserPersonInput[] = existing.persons ?? [];
  const same = persons.find(
    (p) =>
      (person.wikidata && p.wikidata === person.wikidata) || (p.name === person.name && p.country === person.country),
  );
  if (same) {
    same.aliases = [...new Set([...(same.aliases ?? []), ...(input.aliases ?? [])])];
    same.offices = [...(same.offices ?? []), ...(input.offices ?? [])];
  } else persons.push(input);
  const out = { persons };
  writeFileSync(path, path.endsWith('.json') ? `${JSON.stringify(out, null, 2)}\n` : yaml().stringify(out));
  return person;
}

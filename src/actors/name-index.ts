// The name index of the actor base: every person's name and alias, every state's name, demonym and seat, and every
// organisation's name, by its words (and each name's beginnings, so that a look-up stops where no name goes on), and
// a table of the surnames persons are called by alone.
//
// The build script stores it in data/actors.json, so that loading the base does not compute it (that took most of
// the load time: every name's keys, each alias's variants), and stores it as a few strings decoded letter by letter
// on first use, so that loading does not parse it all either. A base without one (a data file given by hand, a
// test's own) has it built at load; the user's own actors are added to it the same way.
import { ARABIC_ARTICLE, normalizeName } from '../util/text.js';
import { NAME_PARTICLES } from './roles.js';
import type { ActorData, Country, OfficeKind, Organization, Person } from './types.js';

/** Changes whenever the rules below change what the index holds: a stored index of another version is rebuilt. */
export const NAME_INDEX_VERSION = 2;

export type GazType = 'person' | 'country' | 'demonym' | 'seat' | 'org';

export interface GazEntry {
  type: GazType;
  index: number;
  /** Exact surface form, for case-sensitive short aliases (US, UN, WHO). */
  surface: string;
  caseSensitive: boolean;
  /** A seat standing for one office's holder ("Pentagon": the defence minister). */
  office?: OfficeKind;
}

/** An entry as stored: "code:index:slot", code the type's place in TYPES (+ CASE when matched only as written), slot
 * which of its names (person: name, aliases; state: name, aliases, demonyms, seats; organisation: name, aliases).
 * A node's entries are stored as one string of these, joined by commas. */
const TYPES: GazType[] = ['person', 'country', 'demonym', 'seat', 'org'];
const CASE = 8;

/** The index as data/actors.json stores it: per first letter of a key, one line per key ("key<TAB>entries"; a key
 * that only begins longer names has no tab), so that loading parses a few strings and a look-up decodes only the
 * letters it needs. Keys are a name's words joined by single spaces. */
export interface StoredNameIndex {
  version: number;
  names: Record<string, string>;
  surnames: Record<string, string>;
}

// a key's entries: still stored, made (on first look-up), or none (a key that only begins longer names)
type KeyEntries = string | GazEntry[] | 0;

/** The name index in use: stored letters decoded on first use. */
export class NameIndex {
  private readonly names = new Map<string, Map<string, KeyEntries>>();
  private readonly surnameLists = new Map<string, Map<string, string | number[]>>();

  constructor(private readonly stored: StoredNameIndex = { version: NAME_INDEX_VERSION, names: {}, surnames: {} }) {}

  private letter<T>(decoded: Map<string, Map<string, T>>, from: Record<string, string>, key: string, empty: T) {
    const c = key[0];
    let m = decoded.get(c);
    if (!m) {
      m = new Map();
      const text = Object.hasOwn(from, c) ? from[c] : '';
      for (const line of text ? text.split('\n') : []) {
        const tab = line.indexOf('\t');
        if (tab < 0) m.set(line, empty);
        else m.set(line.slice(0, tab), line.slice(tab + 1) as T);
      }
      decoded.set(c, m);
    }
    return m;
  }

  private nameLetter(key: string): Map<string, KeyEntries> {
    return this.letter<KeyEntries>(this.names, this.stored.names, key, 0);
  }

  /** Whether a key is in the index (as a name or the beginning of one), and its entries if it is a name. */
  lookup(key: string, data: ActorData): GazEntry[] | 0 | undefined {
    const m = this.nameLetter(key);
    const v = m.get(key);
    if (typeof v !== 'string') return v;
    const made = v.split(',').map((e) => makeEntry(e, data));
    m.set(key, made);
    return made;
  }

  /** Persons (by index) the surname may stand for alone. */
  surname(key: string): number[] | undefined {
    if (!key) return undefined;
    const m = this.letter<string | number[]>(this.surnameLists, this.stored.surnames, key, '');
    const v = m.get(key);
    if (!v) return undefined;
    if (typeof v !== 'string') return v;
    const list = v.split(',').map(Number);
    m.set(key, list);
    return list;
  }

  addSurname(key: string, i: number): void {
    const list = this.surname(key);
    if (!list) this.letter(this.surnameLists, this.stored.surnames, key, '').set(key, [i]);
    else if (!list.includes(i)) list.push(i);
  }

  /** Adds an entry under a name's keys (unless one of the same type and index is there), and its beginnings. */
  addEntry(keys: string[], code: number, index: number, slot: number, data: ActorData | null): void {
    for (let j = 1; j < keys.length; j++) {
      const prefix = keys.slice(0, j).join(' ');
      const m = this.nameLetter(prefix);
      if (!m.has(prefix)) m.set(prefix, 0);
    }
    const key = keys.join(' ');
    const m = this.nameLetter(key);
    const v = m.get(key);
    const raw = `${code}:${index}:${slot}`;
    const same = (c: number, i: number) => (c & 7) === (code & 7) && i === index;
    if (typeof v === 'string') {
      if (!v.split(',').some((e) => same(...codeIndex(e)))) m.set(key, `${v},${raw}`);
    } else if (Array.isArray(v)) {
      if (!data) throw new Error('name index: adding to entries already made needs the base');
      if (!v.some((e) => same(TYPES.indexOf(e.type), e.index))) v.push(makeEntry(raw, data));
    } else m.set(key, raw);
  }

  /** The stored form (of an index whose entries were never looked up: one just built). */
  toJSON(): StoredNameIndex {
    const encode = <T>(decoded: Map<string, Map<string, T>>) => {
      const out: Record<string, string> = {};
      for (const c of [...decoded.keys()].sort()) {
        const lines: string[] = [];
        for (const [k, v] of [...(decoded.get(c) ?? [])].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
          if (/[\t\n]/.test(k)) throw new Error(`name index: a key holds a tab or a line break: ${JSON.stringify(k)}`);
          if (Array.isArray(v) && typeof v[0] !== 'number') throw new Error('name index: entries already made');
          lines.push(v === 0 || v === '' ? k : `${k}\t${Array.isArray(v) ? v.join(',') : v}`);
        }
        out[c] = lines.join('\n');
      }
      return out;
    };
    return { version: NAME_INDEX_VERSION, names: encode(this.names), surnames: encode(this.surnameLists) };
  }
}

function codeIndex(raw: string): [number, number] {
  const [c, i] = raw.split(':');
  return [Number(c), Number(i)];
}

function makeEntry(raw: string, data: ActorData): GazEntry {
  const [code, index, slot] = raw.split(':').map(Number);
  const type = TYPES[code & 7];
  const surface = surfaces(type, index, data)[slot];
  const caseSensitive = (code & CASE) !== 0;
  const office = type === 'seat' ? data.countries[index].seatOffices?.[surface] : undefined;
  return office ? { type, index, surface, caseSensitive, office } : { type, index, surface, caseSensitive };
}

function surfaces(type: GazType, index: number, data: ActorData): string[] {
  if (type === 'person') return personNames(data.persons[index]);
  if (type === 'org') return orgNames(data.organizations[index]);
  return countryNames(data.countries[index]);
}

const personNames = (p: Person) => [p.name, ...p.aliases];
const orgNames = (o: Organization) => [o.name, ...o.aliases];
const countryNames = (c: Country) => [c.name, ...c.aliases, ...c.demonyms, ...c.seats];

const EAST_ASIAN = new Set(['JPN', 'CHN', 'KOR', 'PRK', 'TWN', 'VNM', 'MNG', 'KHM', 'HUN']);
// a state whose names the English press writes family name first and never shortens to the given name (Taiwan's
// are hyphenated, and some of its leaders go by a Western given name: Sean Chen)
const FAMILY_NAME_FIRST = new Set(['CHN']);
// where a person bears two family names, the father's first, and is called by it ("Vizcarra" for Martín
// Vizcarra Cornejo, "Salinas" for Carlos Salinas de Gortari)
export const HISPANIC = new Set([
  'ESP',
  'MEX',
  'GTM',
  'HND',
  'SLV',
  'NIC',
  'CRI',
  'PAN',
  'CUB',
  'DOM',
  'COL',
  'VEN',
  'ECU',
  'PER',
  'BOL',
  'CHL',
  'ARG',
  'URY',
  'PRY',
  'GNQ',
]);
// where a name of three words puts the family name first ("Lee Hsien Loong", "Nguyen Xuan Phuc")
const CHINESE_ORDER = new Set(['CHN', 'TWN', 'SGP', 'KOR', 'PRK', 'VNM']);

/** A short all-capitals alias (US, UN, WHO) is matched only as written. */
function isCaseSensitive(surface: string): boolean {
  return surface.length <= 4 && surface === surface.toUpperCase();
}

const PLAIN_NAME = /^[A-Za-z -]*$/;
const PATRONYMIC = new Set(['bin', 'bint', 'ibn']);

/** Splits a name into the normalized word keys the trie is built from (same rules as wordTokens). */
export function nameKeys(name: string): string[] {
  // most names are plain ASCII letters, spaces and hyphens: lower case, split at spaces (the same keys, faster)
  if (PLAIN_NAME.test(name)) return name.toLowerCase().split(' ').filter(Boolean);
  return normalizeName(name)
    .replace(/['’]s\b/g, '')
    .split(/[\s,]+/)
    .map((w) => w.replace(/\.$/, ''))
    .filter(Boolean);
}

/** Fills a name index: the whole base at once, or persons added later (the user's own). */
export class NameIndexer {
  // first words of names (given names), and a Hispanic name's possible father's surnames waiting to be told
  // apart from second given names ("Juan Manuel Santos": Manuel is a given name, being someone's first word)
  private readonly firstWords = new Set<string>();
  private paternal: Array<[word: string, rest: string, index: number]> = [];

  constructor(
    readonly index: NameIndex,
    private readonly data: ActorData,
  ) {}

  /** A new index of the whole base. */
  static build(data: ActorData): NameIndex {
    const ix = new NameIndexer(new NameIndex(), data);
    data.countries.forEach((c, i) => {
      let slot = 0;
      for (const n of [c.name, ...c.aliases]) ix.add(n, 'country', i, slot++);
      for (const n of c.demonyms) ix.add(n, 'demonym', i, slot++);
      for (const n of c.seats) ix.add(n, 'seat', i, slot++);
    });
    data.organizations.forEach((o, i) => {
      orgNames(o).forEach((n, slot) => {
        ix.add(n, 'org', i, slot);
      });
    });
    ix.addPersons(data.persons.map((p, i) => [p, i]));
    return ix.index;
  }

  /** An indexer that adds to a stored index: the first words of the base's names are those of `persons`. */
  static over(index: NameIndex, data: ActorData): NameIndexer {
    const ix = new NameIndexer(index, data);
    for (const p of data.persons) {
      const keys = nameKeys(p.name);
      if (keys.length >= 2) ix.firstWords.add(keys[0]);
    }
    return ix;
  }

  /** Indexes persons (each with its index in the base), then the father's surnames no one's given name rules out. */
  addPersons(list: Array<[Person, number]>): void {
    for (const [p, i] of list) this.addPerson(p, i);
    for (const [word, rest, i] of this.paternal) {
      if (this.firstWords.has(word)) continue;
      this.addSurname(word, i);
      this.addSurname(`${word} ${rest}`, i);
    }
    this.paternal = [];
  }

  private addPerson(p: Person, i: number): void {
    // the last word of the person's own name (its keys are the first the loop computes)
    let ownLast: string | undefined;
    for (let a = -1; a < p.aliases.length; a++) {
      const n = a < 0 ? p.name : p.aliases[a];
      if (a >= 0 && (n === p.name || p.aliases.indexOf(n) < a)) continue;
      const slot = a + 1;
      const keys = nameKeys(n);
      if (a < 0) ownLast = keys.at(-1);
      if (!keys.length) continue;
      this.addKeys(keys, 'person', i, slot, isCaseSensitive(n));
      if (keys.length === 2 && EAST_ASIAN.has(p.country)) this.addKeys([keys[1], keys[0]], 'person', i, slot, false);
      // "Kim Il-sung" ← "Kim Il Sung": a hyphenated given name is also written as two words
      if (n.includes('-')) {
        const split = keys.flatMap((k) => k.split('-')).filter(Boolean);
        if (split.length !== keys.length) this.addKeys(split, 'person', i, slot, false);
      }
      // "Joseph R. Biden" ← "Joseph Biden": also index the name without middle initials
      if (keys.length > 2 && keys.some((k, j) => j > 0 && j < keys.length - 1 && k.length === 1)) {
        const noInitials = keys.filter((k, j) => j === 0 || j === keys.length - 1 || k.length > 1);
        this.addKeys(noInitials, 'person', i, slot, false);
      }
      if (keys.length < 2) continue;
      if (n === p.name) this.firstWords.add(keys[0]);
      // surname: last word, extended over particles ("von der Leyen", "Al Thani")
      let k = keys.length - 1;
      while (k > 1 && NAME_PARTICLES.has(keys[k - 1])) k--;
      // (a Chinese name of two words ends in the given name, never said alone: "Li Xi" is no "Xi")
      if (!(FAMILY_NAME_FIRST.has(p.country) && keys.length === 2)) this.addSurname(keys.slice(k).join(' '), i);
      if (k >= 2 && HISPANIC.has(p.country) && !NAME_PARTICLES.has(keys[k - 1]))
        this.paternal.push([keys[k - 1], keys.slice(k).join(' '), i]);
      // "Khalifa bin Salman": the word after "bin" is his father's name, not his own ("Prince Salman" is not
      // the son); "bin Salman" stays a name of the son
      const patronymic = PATRONYMIC.has(keys[keys.length - 2]);
      if (k !== keys.length - 1 && !patronymic) this.addSurname(keys[keys.length - 1], i);
      // Arabic patronymic names are shortened to the given name ("Sheikh Tamim", "King Salman")
      if (keys.includes('bin') || keys.includes('bint')) this.addSurname(keys[0], i);
      // East Asian order: "Kishida Fumio" → surname first; a Chinese name of three words too ("Lee Hsien Loong")
      if (EAST_ASIAN.has(p.country) && keys.length === 2) this.addSurname(keys[0], i);
      if (CHINESE_ORDER.has(p.country) && keys.length === 3) this.addSurname(keys[0], i);
      // an Arabic article joined to the surname is dropped in the wires' short form ("Assad" for "al-Assad"); not
      // where only a shorter alias ends in that word ("Jaber al-Mubarak" is no "Mubarak": his name ends in Al-Sabah)
      const bare = keys[keys.length - 1].replace(ARABIC_ARTICLE, '');
      if (bare !== keys[keys.length - 1] && bare.length > 2 && (a < 0 || keys[keys.length - 1] === ownLast))
        this.addSurname(bare, i);
      // a regnal name is said without its number ("King Abdullah" for Abdullah II, "Pope Leo" for Leo XIV)
      // ("Felipe VI of Spain", "Mohammed VI")
      const numeral = keys.findIndex((k, j) => j > 0 && /^[ivx]+$/.test(k));
      if (numeral > 0) this.addSurname(keys[numeral - 1], i);
    }
  }

  private addSurname(s: string, i: number): void {
    if (s.length >= 2) this.index.addSurname(s, i);
  }

  private add(surface: string, type: GazType, index: number, slot: number): void {
    const keys = nameKeys(surface);
    if (keys.length) this.addKeys(keys, type, index, slot, isCaseSensitive(surface));
  }

  private addKeys(keys: string[], type: GazType, index: number, slot: number, caseSensitive: boolean): void {
    this.index.addEntry(keys, TYPES.indexOf(type) + (caseSensitive ? CASE : 0), index, slot, this.data);
  }
}

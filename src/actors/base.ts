import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hasLetterApart, normalizeName } from '../util/text.js';
import { type GazEntry, NAME_INDEX_VERSION, NameIndex, NameIndexer, nameKeys } from './name-index.js';
import {
  ELECTED_PRESIDENCY,
  EXECUTIVE_PRESIDENCY,
  INTERIM_TITLE,
  JOINT_TITLE,
  PARLIAMENTARY,
  RULING_MONARCHY,
  RULING_PARTY,
  RULING_TITLE,
  SUBORDINATE,
} from './roles.js';
import { nameSkeleton } from './skeleton.js';
import type { ActorData, ActorRef, Country, Office, OfficeKind, Organization, Person } from './types.js';

/** The name to print: the canonical one, or an ASCII spelling of it when it has letters like ø or ł. */
export function displayName(p: Person): string {
  if (!hasLetterApart(p.name)) return p.name;
  const n = nameKeys(p.name).length;
  return p.aliases.find((a) => !hasLetterApart(a) && nameKeys(a).length === n) ?? p.name;
}

// a head of state who reigns or represents a crown
const CROWN = /king|queen|monarch|governor|emperor/i;

/** A head of state who does not govern: a crown that only reigns (or its governor-general), a parliamentary
 * republic's president. */
function ceremonialHead(country: string, o: Office | undefined): boolean {
  if (o?.kind !== 'hos') return false;
  if (CROWN.test(o.title)) return !RULING_MONARCHY.has(country);
  return PARLIAMENTARY.has(country);
}

/** The first day a year ("2026") or a month ("2026-02") stands for; a day stays itself. */
function firstDay(d: string): string {
  return d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
}

export function inOffice(o: Office, date: string | null): boolean {
  if (!date) return o.end === null && !o.asOf;
  // a term known only up to a day (its end unknown) is not assumed beyond that day
  if (!o.end && o.asOf && date > o.asOf) return false;
  // a year or a month stands for its first day as a start, and for the first day after it as an end
  const start = o.start ? firstDay(o.start) : '0000-01-01';
  const end = o.end
    ? o.end.length === 4
      ? `${o.end}-12-31`
      : o.end.length === 7
        ? `${o.end}-01`
        : o.end
    : '9999-12-31';
  return start <= date && date < end;
}

// state names English gives an article after "of" ("President of the United States", "of the Holy See")
const TAKES_THE =
  /^(?:United|Soviet|Holy See|Netherlands|Philippines|Maldives|Comoros|Seychelles|Marshall|Solomon|Federated|Central African|Dominican|Czech Republic|Kingdom|Republic|Democratic|People's)\b|^The /;

/** A state's name as it follows "of" in an office's name: "the United States", "the Bahamas", "France". */
export function ofCountry(c: Country): string {
  // "King of the Netherlands", not "of the Kingdom of the Netherlands"
  const name = c.name.replace(/^Kingdom of (?:the )?/, (m) => (m.endsWith('the ') ? 'The ' : ''));
  return TAKES_THE.test(name) ? `the ${name.replace(/^The /, '')}` : name;
}

/** A title as compared with a role word: British and American spellings made one ("advisor", "defense"). */
function titleKey(s: string): string {
  return normalizeName(s)
    .replace(/\badvisor\b/g, 'adviser')
    .replace(/\bdefense\b/g, 'defence');
}

/** Whether a state existed on a day (with no day: today); the Soviet Union did in 1990, not in 1995. */
export function stateExists(c: Country, date: string | null): boolean {
  if (!date) return !c.until;
  return (!c.until || date < c.until) && (!c.since || date >= c.since);
}

export function defaultDataPath(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  // dist/src/actors → repo root
  return join(here, '..', '..', '..', 'data', 'actors.json');
}

/** How long past the last day a term is on record its holder is still presumed in the post (see lastKnownHolder). */
export const LAST_KNOWN_DAYS = 548;
/** How far ahead a post's next holder is looked for (an election to an inauguration, a designation to a swearing-in). */
export const NEXT_HOLDER_DAYS = 240;

/** The kinds of office, most specific first: the one a person is named by when several are held at once. */
const OFFICE_ORDER: OfficeKind[] = ['hos', 'hog', 'org', 'fm', 'dm', 'vp', 'nsa', 'leader', 'spokes', 'other'];

/** Posts whose holder's counterpart may be another post (a head of state's, a prime minister's: the other state's
 * leader); any other post's counterpart holds that same post. */
const LEADING_OFFICES = new Set<OfficeKind>(['hos', 'hog', 'leader', 'org']);
/** The generic title of a post, for naming it in a state whose holder the base does not know. */
const COUNTERPART_POST: Partial<Record<OfficeKind, string>> = {
  fm: 'Foreign Minister',
  dm: 'Defence Minister',
  nsa: 'National Security Adviser',
  vp: 'Vice President',
};

/** A post named in place of its holder, whom the base cannot name ("Foreign Minister of the Comoros"). */
export function postRef(label: string, country: string): ActorRef {
  return { kind: 'person', name: label, wikidata: null, country, role: label };
}

/** The actor knowledge base with its look-up indexes. Built once, read-only afterwards. */
export class ActorBase {
  readonly countries: Country[];
  readonly organizations: Organization[];
  readonly persons: Person[];
  private readonly index: NameIndex;
  // adds the user's persons to the index (made on first use: most runs add none)
  private indexer: NameIndexer | null = null;
  private givenNames: Map<string, number[]> | null = null;
  // names and surnames by their skeleton (see skeleton.ts), built on first use
  private skeletons: Map<string, number[]> | null = null;
  private readonly countryByIso = new Map<string, Country>();
  private readonly orgByCode = new Map<string, Organization>();
  private byId: Map<string, number> | null = null;
  private readonly holderCache = new Map<string, Person[]>();
  private readonly roleCache = new Map<string, string | null>();

  /** The base over its data; the name index is the one the data file stores, or built here if it has none. */
  constructor(readonly data: ActorData) {
    this.countries = data.countries;
    this.organizations = data.organizations;
    this.persons = data.persons;
    for (const c of data.countries) this.countryByIso.set(c.iso3, c);
    for (const o of data.organizations) this.orgByCode.set(o.code, o);
    this.index = data.index?.version === NAME_INDEX_VERSION ? new NameIndex(data.index) : NameIndexer.build(data);
  }

  static load(path = defaultDataPath()): ActorBase {
    return new ActorBase(JSON.parse(readFileSync(path, 'utf8')) as ActorData);
  }

  private get personById(): Map<string, number> {
    if (!this.byId) {
      const m = new Map<string, number>();
      this.persons.forEach((p, i) => {
        m.set(p.id, i);
      });
      this.byId = m;
    }
    return this.byId;
  }

  /** Adds (or overrides) persons, e.g. from a user's own actors file. */
  extend(persons: Person[]): void {
    this.holderCache.clear();
    this.roleCache.clear();
    this.givenNames = null;
    this.skeletons = null;
    this.indexer ??= NameIndexer.over(this.index, this.data);
    const added: Array<[Person, number]> = [];
    for (const p of persons) {
      const existing = this.personById.get(p.id);
      if (existing !== undefined) {
        // (the index names a person's names by their place in name and aliases: new ones go last)
        const cur = this.persons[existing];
        cur.aliases = [...new Set([...cur.aliases, ...[p.name, ...p.aliases].filter((a) => a !== cur.name)])];
        cur.offices = [...cur.offices, ...p.offices];
        added.push([cur, existing]);
      } else {
        this.persons.push(p);
        this.personById.set(p.id, this.persons.length - 1);
        added.push([p, this.persons.length - 1]);
      }
    }
    this.indexer.addPersons(added);
  }

  /** Longest gazetteer match starting at keys[0]; returns its length in words and the entries. */
  longestMatch(keys: string[], from = 0, max = 8): { length: number; entries: GazEntry[] } | null {
    let best: { length: number; entries: GazEntry[] } | null = null;
    const end = Math.min(keys.length, from + max);
    let key = '';
    for (let j = from; j < end; j++) {
      if (!keys[j]) break;
      key = j === from ? keys[j] : `${key} ${keys[j]}`;
      const entries = this.index.lookup(key, this.data);
      if (entries === undefined) break;
      if (entries) best = { length: j - from + 1, entries };
    }
    return best;
  }

  /** The persons a name not found as written may stand for in another spelling ("Lukaschenko", "Volodimir
   * Zelenski"): those whose full name, name without the given names, or surname has the same skeleton. */
  skeletonCandidates(words: string[]): Person[] {
    if (!this.skeletons) {
      const index = new Map<string, number[]>();
      const put = (k: string, i: number) => {
        if (k.length < 4) return;
        const list = index.get(k) ?? [];
        if (!list.includes(i)) list.push(i);
        index.set(k, list);
      };
      this.persons.forEach((p, i) => {
        for (const n of [p.name, ...p.aliases]) {
          const sk = nameSkeleton(n).split(' ');
          put(sk.join(' '), i);
          // the surname (with the words before it that are particles: "von der Leyen" is in the full name)
          put(sk[sk.length - 1], i);
          if (sk.length > 2) put(sk.slice(-2).join(' '), i);
        }
      });
      this.skeletons = index;
    }
    return (this.skeletons.get(nameSkeleton(words.join(' '))) ?? []).map((i) => this.persons[i]);
  }

  /** The form a short alias is matched in only as written ("NATO", "UK"), for a word typed in lower case. */
  caseSensitiveForm(word: string): string | undefined {
    return this.longestMatch([word])?.entries.find((e) => e.caseSensitive && e.surface.toLowerCase() === word)?.surface;
  }

  /** The persons in office on the day whose name begins with this given name ("Keir"), for "Sir Keir". The index
   * is built on first use: few texts need it. */
  givenNameHolders(key: string, date: string): Person[] {
    return this.givenNameIndex(key)
      .map((i) => this.persons[i])
      .filter((p) => this.heldOfficeAt(p, date));
  }

  /** Whether some person of the base has a name beginning with this word ("Martin", "Peter", "Wang"): such a word
   * before another capitalised one may begin a name the base does not know ("Martin Griffiths"). */
  isLeadingName(key: string): boolean {
    return this.givenNameIndex(key).length > 0;
  }

  private givenNameIndex(key: string): number[] {
    if (!this.givenNames) {
      const index = new Map<string, number[]>();
      this.persons.forEach((p, i) => {
        const first = nameKeys(p.name)[0];
        if (first) index.set(first, [...(index.get(first) ?? []), i]);
      });
      this.givenNames = index;
    }
    return this.givenNames.get(key) ?? [];
  }

  surnameCandidates(key: string): Person[] {
    const list = this.index.surname(key);
    return list ? list.map((i) => this.persons[i]) : [];
  }

  country(iso3: string): Country | undefined {
    return this.countryByIso.get(iso3);
  }

  organization(code: string): Organization | undefined {
    return this.orgByCode.get(code);
  }

  /** The name of whatever a Wikidata id stands for in the base (person, state or organisation). */
  labelOf(qid: string): string | undefined {
    const p = this.personByQid(qid);
    if (p) return displayName(p);
    for (const c of this.data.countries) if (c.wikidata === qid) return c.name;
    for (const o of this.data.organizations) if (o.wikidata === qid) return o.name;
    return undefined;
  }

  personByQid(id: string): Person | undefined {
    const i = this.personById.get(id);
    return i === undefined ? undefined : this.persons[i];
  }

  /** The office a person held at a date (most specific first; of the kinds in `prefer` before any other), if any. */
  officeAt(p: Person, date: string | null, prefer: readonly OfficeKind[] = []): Office | undefined {
    const rank = (k: OfficeKind) => (prefer.includes(k) ? -1 : OFFICE_ORDER.indexOf(k));
    const held = p.offices.filter((o) => inOffice(o, date));
    held.sort((a, b) => rank(a.kind) - rank(b.kind));
    return held[0];
  }

  heldOfficeAt(p: Person, date: string | null): boolean {
    return p.offices.some((o) => inOffice(o, date));
  }

  /** Who held an office of one of `kinds` in `country` at `date`, optionally with a title word. */
  holders(country: string | null, kinds: OfficeKind[], date: string | null, titleWord?: string): Person[] {
    const key = `${country}|${kinds.join(',')}|${date}|${titleWord ?? ''}`;
    const hit = this.holderCache.get(key);
    if (hit) return hit;
    const out = this.findHolders(country, kinds, date, titleWord);
    if (this.holderCache.size > 50_000) this.holderCache.clear();
    this.holderCache.set(key, out);
    return out;
  }

  /**
   * The post's next holder after a day: the one whose term (not an acting or deputy one) begins first after it, within
   * NEXT_HOLDER_DAYS ("the incoming German chancellor" on 1 April 2025 is Merz, who took office on 6 May).
   */
  nextHolder(country: string, kinds: OfficeKind[], date: string): { p: Person; o: Office } | undefined {
    const limit = new Date(Date.parse(date) + NEXT_HOLDER_DAYS * 86_400_000).toISOString().slice(0, 10);
    let best: { p: Person; o: Office } | undefined;
    for (const p of this.persons)
      for (const o of p.offices) {
        if (o.country !== country || !kinds.includes(o.kind) || !o.start || o.start.length < 10) continue;
        if (o.start <= date || o.start > limit || SUBORDINATE.test(o.title) || INTERIM_TITLE.test(o.title)) continue;
        if (!best || o.start < (best.o.start ?? '')) best = { p, o };
      }
    return best;
  }

  private findHolders(country: string | null, kinds: OfficeKind[], date: string | null, titleWord?: string): Person[] {
    const found: Array<{ p: Person; o: Office }> = [];
    const tw = titleWord ? titleKey(titleWord) : null;
    // a title word without "deputy" never names the deputy ("national security adviser", not the principal deputy)
    const deputyToo = !!tw && SUBORDINATE.test(tw);
    for (const p of this.persons) {
      for (const o of p.offices) {
        if (country && o.country !== country) continue;
        if (!kinds.includes(o.kind)) continue;
        // (a title's words in brackets qualify it: "Second Prime Minister (jointly with the First Prime Minister)" is
        // no first prime minister)
        // (alternatives split by "|": "the army chief" is a chief of the general staff or of the army staff)
        if (tw) {
          const title = titleKey(o.title.replace(/\s*\([^)]*\)/g, ''));
          if (!tw.split('|').some((w) => title.includes(w)) || (!deputyToo && SUBORDINATE.test(o.title))) continue;
        }
        if (!inOffice(o, date)) continue;
        found.push({ p, o });
        break;
      }
    }
    // a term known to end only by its year yields to a successor in the same post whose exact start is later
    // (Jerí's presidency "to 2026" is over once Keiko Fujimori is sworn in on 28 July 2026)
    // (a post held jointly is not superseded by the other holder's term: Andorra's two co-princes)
    const superseded = (x: { o: Office }) =>
      x.o.end?.length === 4 &&
      !JOINT_TITLE.test(x.o.title) &&
      found.some(
        (y) =>
          y !== x &&
          y.o.kind === x.o.kind &&
          y.o.country === x.o.country &&
          (y.o.start?.length ?? 0) === 10 &&
          (y.o.start as string) > (x.o.start ?? ''),
      );
    // a successor known only by the year (or month) they took over, and a predecessor known in office to a day
    // (Burnham "2026", Starmer known in office on 15 July 2026): up to that day the predecessor, after it the successor
    const samePost = (x: { o: Office }, y: { o: Office }) =>
      y !== x && y.o.kind === x.o.kind && y.o.country === x.o.country && !JOINT_TITLE.test(x.o.title);
    const coarseStart = (x: { o: Office }) => !!x.o.start && x.o.start.length < 10;
    const beforeSuccessor = (x: { o: Office }) =>
      !!date &&
      coarseStart(x) &&
      found.some(
        (y) =>
          samePost(x, y) && !!y.o.asOf && date <= y.o.asOf && firstDay(y.o.start ?? '0000') < firstDay(x.o.start ?? ''),
      );
    const pastKnown = (y: { o: Office }) =>
      !!date &&
      !!y.o.end &&
      y.o.end.length < 10 &&
      !!y.o.asOf &&
      date > y.o.asOf &&
      found.some((x) => samePost(y, x) && coarseStart(x) && firstDay(x.o.start ?? '') > firstDay(y.o.start ?? '0000'));
    if (found.length > 1) {
      const kept = found.filter((x) => !superseded(x) && !beforeSuccessor(x) && !pastKnown(x));
      return kept.map((x) => x.p);
    }
    return found.map((x) => x.p);
  }

  /**
   * Why no one holds a post of a state on a day, if so: the state did not exist yet or any more, or it has no such
   * post then (no army, no prime minister, the post vacant).
   */
  noOffice(country: string, kind: OfficeKind, date: string | null): string | undefined {
    const c = this.countryByIso.get(country);
    if (!c) return undefined;
    if (date && c.since && date < c.since) return `${c.name} has existed as a state only since ${c.since}`;
    if (date && c.until && date >= c.until) return `${c.name} ceased to exist as a state on ${c.until}`;
    const day = date ?? '9999-12-31';
    return c.noOffice?.find((n) => n.kind === kind && (n.from ?? '0000') <= day && day < (n.to ?? '9999'))?.why;
  }

  /**
   * The last holder on record of a post on a day past what the base knows: one whose term is known only up to a
   * day (`asOf`) at most LAST_KNOWN_DAYS before `date`, with no one on record in that post since. Never a holder
   * whose end is known, and never when the post did not exist on the day.
   */
  lastKnownHolder(country: string, kinds: OfficeKind[], date: string): { p: Person; o: Office } | undefined {
    if (kinds.some((k) => this.noOffice(country, k, date))) return undefined;
    const limit = new Date(Date.parse(date) - LAST_KNOWN_DAYS * 86_400_000).toISOString().slice(0, 10);
    const open: Array<{ p: Person; o: Office }> = [];
    // (someone on record in the post that day with a term of known bounds: no presumption needed)
    let heldThatDay = false;
    for (const p of this.persons)
      for (const o of p.offices) {
        if (o.country !== country || !kinds.includes(o.kind) || SUBORDINATE.test(o.title)) continue;
        if (!o.end && o.asOf && o.asOf < date && o.asOf >= limit && (o.start ?? '') <= date) open.push({ p, o });
        else if (o.start && o.asOf === undefined && o.start <= date && (!o.end || o.end > date)) heldThatDay = true;
      }
    if (heldThatDay || open.length !== 1) return undefined;
    // a successor on record who took the post after the last known day ends the presumption
    const { o: last } = open[0];
    const successor = this.persons.some((p) =>
      p.offices.some(
        (o) =>
          o !== last &&
          o.country === country &&
          kinds.includes(o.kind) &&
          (o.start ?? '') > (last.asOf ?? '') &&
          (o.start ?? '') <= date,
      ),
    );
    return successor ? undefined : open[0];
  }

  /** "his Ukrainian counterpart": the person of that country holding the other side's office, else its leader. */
  counterpart(other: Person, country: string, date: string | null): Person | undefined {
    const o = this.officeAt(other, date);
    if (o) {
      // (a deputy in the same kind of post is no one's counterpart: Sullivan, not his deputy Finer)
      const all = this.holders(country, [o.kind], date);
      const h =
        all.length > 1 ? all.filter((p) => !SUBORDINATE.test(this.officeAt(p, date, [o.kind])?.title ?? '')) : all;
      // a leader's counterpart where that office is a ceremonial one (a crown, a parliamentary republic's
      // president) is the state's leader: Macron's British counterpart is the prime minister, not the king; a
      // president the people elect stays a president's peer (Zelensky's Polish counterpart is Poland's president)
      const ceremonial =
        h.length === 1 &&
        o.kind === 'hos' &&
        ceremonialHead(country, this.officeAt(h[0], date, ['hos'])) &&
        !(ELECTED_PRESIDENCY.has(country) && !CROWN.test(o.title)) &&
        this.leaderOf(other.country, date) === other;
      // a leading prime minister's counterpart where the premier serves under a leading president is the president
      if (
        h.length === 1 &&
        o.kind === 'hog' &&
        EXECUTIVE_PRESIDENCY.has(country) &&
        this.leaderOf(other.country, date) === other
      ) {
        const leader = this.leaderOf(country, date);
        if (leader) return leader;
      }
      if (h.length === 1 && !ceremonial) return h[0];
      // a minister's, adviser's or envoy's counterpart holds that post: where the base cannot name its holder,
      // no one (never the state's leader: "Lavrov's Comorian counterpart" is not the Comoros' president)
      if (!LEADING_OFFICES.has(o.kind)) return undefined;
    }
    return this.leaderOf(country, date);
  }

  /** The post "his Comorian counterpart" asks for when the base cannot name its holder: the other side's post, in
   * that state ("Foreign Minister of the Comoros"); none for a leader, whose counterpart is always someone. */
  counterpartPost(other: Person, country: string, date: string | null): string | undefined {
    const o = this.officeAt(other, date);
    const title = o && COUNTERPART_POST[o.kind];
    if (!o || !title || !this.countryByIso.has(country)) return undefined;
    return this.roleLabel({ kind: o.kind, title, country, start: null, end: null, source: 'counterpart' });
  }

  /** The one holder on the day of an office of `kinds` whose title makes them a ruler (RULING_TITLE), if any. */
  rulerOf(country: string, kinds: OfficeKind[], date: string | null): Person | undefined {
    const ruling = this.holders(country, kinds, date).filter((p) =>
      p.offices.some((o) => kinds.includes(o.kind) && o.country === country && RULING_TITLE.test(o.title)),
    );
    return ruling.length === 1 ? ruling[0] : undefined;
  }

  /** "The Russian leader": head of state, or of government in parliamentary systems (not a crown). */
  leaderOf(country: string, date: string | null): Person | undefined {
    // a ruler above the state's offices: a supreme leader, a junta's chairman (Myanmar's beside an acting president)
    const ruler = this.rulerOf(country, ['leader'], date);
    if (ruler) return ruler;
    // a ruling party's general secretary (Xi Jinping from November 2012, before his presidency)
    const party = RULING_PARTY[country];
    if (party) {
      const chief = this.holders(party, ['org'], date).filter((p) =>
        p.offices.some((o) => o.country === party && inOffice(o, date) && !SUBORDINATE.test(o.title)),
      );
      if (chief.length === 1) return chief[0];
    }
    const prefer: OfficeKind[] = PARLIAMENTARY.has(country) ? ['hog', 'hos'] : ['hos', 'hog'];
    for (const k of prefer) {
      const h = this.holders(country, [k], date).filter((p) =>
        p.offices.some((o) => o.kind === k && o.country === country && !ceremonialHead(country, o)),
      );
      if (h.length === 1) return h[0];
    }
    return this.holders(country, ['leader'], date)[0];
  }

  /** A person as an actor, with the office held at the date (one of `prefer`'s kinds where the mention named one:
   * "Bangladesh's defence minister" is Khaleda Zia as Minister of Defence, though she was Prime Minister too). */
  personRef(p: Person, date: string | null, prefer: readonly OfficeKind[] = []): ActorRef {
    // the role at a date is worked out once per person, day and preference (a fresh object each time: callers may copy it)
    const key = `${p.id}|${date}|${prefer.join(',')}`;
    let role = this.roleCache.get(key);
    if (role === undefined) {
      const o = this.officeAt(p, date, prefer);
      role = o ? this.roleLabel(o) : null;
      if (this.roleCache.size > 100_000) this.roleCache.clear();
      this.roleCache.set(key, role);
    }
    return { kind: 'person', name: displayName(p), wikidata: p.wikidata, country: p.country, role, personId: p.id };
  }

  countryRef(c: Country): ActorRef {
    return { kind: 'state', name: c.name, wikidata: c.wikidata, country: c.iso3, role: null };
  }

  orgRef(o: Organization): ActorRef {
    return { kind: 'organization', name: o.name, wikidata: o.wikidata, country: o.code, role: null };
  }

  roleLabel(o: Office): string {
    const c = this.countryByIso.get(o.country);
    if (!c || o.kind === 'org') return o.title;
    // a title that names its state already ("Prime Minister of the Netherlands", "Emir of Qatar") stays as it is;
    // any other is given its state ("Minister of Defence of Brunei", "Secretary of State of the United States")
    const t = normalizeName(o.title);
    if ([c.name, ...c.aliases, ...c.demonyms].some((n) => t.includes(normalizeName(n)))) return o.title;
    return `${o.title} of ${ofCountry(c)}`;
  }
}

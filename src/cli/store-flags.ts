import type { ActorBase } from '../actors/base.js';
import { loadActors } from '../extract.js';
import { findMentions } from '../pipeline/stages/actors.js';
import { Store, type StoreLocation } from '../store/store.js';

export const STORE_OPTIONS = {
  db: { type: 'string' },
  'database-url': { type: 'string' },
} as const;

/** --database-url / DATABASE_URL: a PostgreSQL server; else --db DIR / PARLEY_DB / ./parley-data (embedded). */
export function storeLocation(values: { db?: string; 'database-url'?: string }): StoreLocation {
  const url = values['database-url'] ?? process.env.DATABASE_URL;
  if (url) return { url };
  return { dir: values.db ?? process.env.PARLEY_DB ?? 'parley-data' };
}

export async function openStore(values: { db?: string; 'database-url'?: string }): Promise<Store> {
  const loc = storeLocation(values);
  try {
    return await Store.open(loc);
  } catch (e) {
    throw new Error(`cannot open the store at ${loc.url ? 'the database URL' : loc.dir}: ${(e as Error).message}`);
  }
}

let kb: ActorBase | null = null;

/** An actor argument: a Wikidata id, or a name/alias/role resolved through the knowledge base. */
export function actorArg(s: string, date: string | null = null): { qids: string[]; names: string[]; label: string } {
  if (/^Q\d+$/.test(s)) return { qids: [s], names: [], label: s };
  kb ??= loadActors();
  const found = findMentions(s, 0, 0, kb, date, []).filter((m) => m.actor?.wikidata);
  const best = found.sort((a, b) => b.end - b.start - (a.end - a.start))[0];
  return best?.actor?.wikidata
    ? { qids: [best.actor.wikidata], names: [s], label: `${best.actor.name} (${best.actor.wikidata})` }
    : { qids: [], names: [s], label: s };
}

/** "2022-02-01..2022-02-28", "2022-02..2022-03", "2022" → an inclusive range of ISO days. */
export function parseBetween(s: string): { from?: string; to?: string } {
  const m =
    /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)?\.\.(\d{4}(?:-\d{2}(?:-\d{2})?)?)?$/.exec(s) ??
    /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)$/.exec(s);
  if (!m) throw new Error(`--between takes FROM..TO with dates as YYYY, YYYY-MM or YYYY-MM-DD, got '${s}'`);
  const lo = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
  const hi = (d: string) => {
    if (d.length === 4) return `${d}-12-31`;
    if (d.length === 7)
      return new Date(Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)), 0)).toISOString().slice(0, 10);
    return d;
  };
  const from = m[1];
  const to = m[2] ?? (s.includes('..') ? undefined : m[1]);
  return { from: from ? lo(from) : undefined, to: to ? hi(to) : undefined };
}

// Arguments shared by the CLI's queries and the HTTP API: actors named by id, name or role, and date ranges.
import type { ActorBase } from './actors/base.js';
import { loadActors } from './actors/load.js';
import { resolveAsTyped } from './pipeline/stages/actors.js';

let kb: ActorBase | null = null;

/** An actor argument: a Wikidata id, or a name/alias/role resolved through the knowledge base. */
export function actorArg(s: string, date: string | null = null): { qids: string[]; names: string[]; label: string } {
  if (/^Q\d+$/.test(s)) return { qids: [s], names: [], label: s };
  kb ??= loadActors();
  const best = resolveAsTyped(s, kb, date);
  return best?.actor?.wikidata
    ? { qids: [best.actor.wikidata], names: [s], label: `${best.actor.name} (${best.actor.wikidata})` }
    : { qids: [], names: [s], label: s };
}

/** Whether a participant is the actor an argument names (by id when it has one, as the store's filter). */
export function isActor(p: { wikidata: string | null; name: string }, a: { qids: string[]; names: string[] }): boolean {
  if (a.qids.length) return !!p.wikidata && a.qids.includes(p.wikidata);
  return a.names.some((n) => p.name.toLowerCase().includes(n.toLowerCase()));
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

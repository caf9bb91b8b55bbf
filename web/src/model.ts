// What the views draw, computed from the compact events: lanes, marks and the contact network.
// Pure functions with no DOM, tested on their own (test/web/model.test.ts).
import type { OverviewEvent } from '../../src/records/overview.js';
import type { ContactMode, EventStatus } from '../../src/records/types.js';

/** An event as the timeline and the network draw it: the overview row, decoded. */
export type CompactEvent = OverviewEvent;

export const MODE_LABEL: Record<ContactMode, string> = {
  phone: 'Phone call',
  video: 'Video call',
  in_person: 'In person',
  written: 'Written',
  unspecified: 'Unspecified',
};

/** Chart symbols by mode: the mark's shape says how the contact happened. */
export const MODE_SYMBOL: Record<ContactMode, string> = {
  phone: 'circle',
  video: 'diamond',
  in_person: 'rect',
  written: 'triangle',
  unspecified: 'emptyCircle',
};

/** Colours by status, readable on white and for the common colour-vision deficiencies. */
export const STATUS_COLOR: Record<EventStatus, string> = {
  occurred: '#1b6ca8',
  planned: '#2a9d8f',
  proposed: '#e9a03b',
  requested: '#c8553d',
  hypothetical: '#9b5de5',
  denied: '#6c757d',
  cancelled: '#343a40',
};

export const STATUSES = Object.keys(STATUS_COLOR) as EventStatus[];
export const MODES = Object.keys(MODE_LABEL) as ContactMode[];

/** A participant's identity across events: the Wikidata id when known, otherwise the lower-case name. */
export function actorKey(p: { name: string; wikidata: string | null }): string {
  return p.wikidata ?? `name:${p.name.toLowerCase()}`;
}

/** The day a mark is drawn on: the date, or the middle of a range; null when the date is unknown. */
export function markDay(d: CompactEvent['date']): string | null {
  if (d.start && d.end && d.end !== d.start) {
    const mid = (Date.parse(d.start) + Date.parse(d.end)) / 2;
    return new Date(mid).toISOString().slice(0, 10);
  }
  return d.start ?? d.end;
}

/** "12 Feb 2022", "1–28 Feb 2022", "before 3 Mar 2022", "date unknown". */
export function formatDate(d: CompactEvent['date']): string {
  const f = (s: string) =>
    new Date(`${s}T00:00:00Z`).toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
  if (!d.start && !d.end) return 'date unknown';
  if (!d.start) return `by ${f(d.end!)}`;
  if (!d.end || d.end === d.start) return f(d.start);
  return `${f(d.start)} – ${f(d.end)}`;
}

export interface Lane {
  key: string;
  label: string;
  events: CompactEvent[];
}

/**
 * Lanes when the user has chosen none: the most frequent participants (or their countries), each
 * holding every event that involves them. An event appears in each lane it belongs to.
 */
export function autoLanes(events: CompactEvent[], by: 'actor' | 'country', max = 12): Lane[] {
  const lanes = new Map<string, Lane>();
  for (const e of events) {
    if (!markDay(e.date)) continue; // an undated contact has no place on a time axis (the list shows it)
    const keys = new Set<string>();
    for (const p of e.participants) {
      const key = by === 'actor' ? actorKey(p) : p.country;
      if (!key || keys.has(key)) continue;
      keys.add(key);
      let lane = lanes.get(key);
      if (!lane) {
        lane = { key, label: by === 'actor' ? p.name : key, events: [] };
        lanes.set(key, lane);
      }
      lane.events.push(e);
    }
  }
  return [...lanes.values()]
    .sort((a, b) => b.events.length - a.events.length || a.label.localeCompare(b.label))
    .slice(0, max);
}

/** The name a lane asked for as text is known by: its most frequent participant in the lane's events. */
export function laneLabel(query: string, events: CompactEvent[]): string {
  const counts = new Map<string, { name: string; n: number }>();
  for (const e of events)
    for (const p of e.participants) {
      const k = actorKey(p);
      const c = counts.get(k) ?? { name: p.name, n: 0 };
      c.n++;
      counts.set(k, c);
    }
  let best: { name: string; n: number } | null = null;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best && best.n === events.length ? best.name : query;
}

export interface NetworkNode {
  key: string;
  name: string;
  wikidata: string | null;
  kind: string;
  country: string | null;
  contacts: number;
}

export interface NetworkEdge {
  a: string;
  b: string;
  events: string[];
}

/** Actors as nodes, contacts as edges weighted by their number: one edge per pair of participants. */
export function network(events: CompactEvent[]): { nodes: NetworkNode[]; edges: NetworkEdge[] } {
  const nodes = new Map<string, NetworkNode>();
  const edges = new Map<string, NetworkEdge>();
  for (const e of events) {
    const ps = [...new Map(e.participants.map((p) => [actorKey(p), p])).entries()];
    for (const [k, p] of ps) {
      const n = nodes.get(k) ?? {
        key: k,
        name: p.name,
        wikidata: p.wikidata,
        kind: p.kind,
        country: p.country,
        contacts: 0,
      };
      n.contacts++;
      nodes.set(k, n);
    }
    for (let i = 0; i < ps.length; i++)
      for (let j = i + 1; j < ps.length; j++) {
        const [a, b] = [ps[i][0], ps[j][0]].sort();
        const id = `${a}|${b}`;
        const edge = edges.get(id) ?? { a, b, events: [] };
        edge.events.push(e.id);
        edges.set(id, edge);
      }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

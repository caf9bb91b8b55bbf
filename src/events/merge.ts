// The merge rules of ../shared/spec/contact-events.md ("One event per real-world contact"), as pure
// functions over a serialisable event state. The in-memory accumulator and the database store both
// use them, so `parley extract` and `parley ingest` agree.
import { createHash } from 'node:crypto';
import { actorKey, uniq } from '../actors/refs.js';
import type { ActorRef } from '../actors/types.js';
import type { ContactMode, DateBasis, EventRecord, EventStatus } from '../records/types.js';
import type { ContactReport, DatedReport } from './contribution.js';

export interface EventState {
  /** Fixed when the event is created: the same contact keeps its id as reports arrive. */
  id: string;
  participants: ActorRef[];
  keys: string[];
  status: EventStatus;
  modes: ContactMode[];
  dates: DatedReport[];
  initiator: ActorRef | null;
  duration: number | null;
  topics: string[];
  mentions: ContactReport['mentions'];
  docs: string[];
}

const BASIS_RANK: Record<DateBasis, number> = {
  explicit: 0,
  anchored: 1,
  relative: 2,
  publication: 3,
  inferred: 4,
  unknown: 5,
};
export const STATUS_CLASS: Record<EventStatus, string> = {
  occurred: 'real',
  planned: 'real',
  proposed: 'proposed',
  requested: 'proposed',
  hypothetical: 'hypothetical',
  denied: 'denied',
  cancelled: 'denied',
};

/** A contact needs at least two parties from different states or organisations. */
export function isContact(parts: ActorRef[]): boolean {
  if (parts.length < 2) return false;
  return new Set(parts.map((p) => p.country).filter(Boolean)).size >= 2;
}

export function dayOf(d: { from: string | null; to: string | null }): string | null {
  return d.from && d.from === d.to ? d.from : null;
}

export function addDaysIso(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Every day of a range, at most 92 of them (a longer range is too vague to join a dated contact). */
export function daysBetween(from: string | null, to: string | null): string[] {
  if (!from || !to) return [];
  const out: string[] = [];
  const d = new Date(`${from}T00:00:00Z`);
  for (let iso = from; iso <= to && out.length < 92; iso = d.toISOString().slice(0, 10)) {
    out.push(iso);
    d.setUTCDate(d.getUTCDate() + 1);
  }
  return out;
}

/** The months a range touches (at most 24; open or longer ranges also go to the "?" bucket). */
export function monthsOf(from: string | null, to: string | null): string[] {
  if (!from || !to) return ['?', ...(to ? [to.slice(0, 7)] : []), ...(from ? [from.slice(0, 7)] : [])];
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const ey = Number(to.slice(0, 4));
  const em = Number(to.slice(5, 7));
  while ((y < ey || (y === ey && m <= em)) && out.length < 24) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  if (out.length >= 24) out.push('?');
  return out;
}

/** Where to look for events a report may belong to: participant keys × (days | months). */
export interface Lookup {
  keys: string[];
  days: string[];
  months: string[];
  /**
   * For a report without a single day: the sorted participant keys. Such a report can only join an
   * event with exactly these participants (see `accepts`), which an in-memory index finds directly.
   */
  exact?: string;
}

export function lookupFor(r: ContactReport): Lookup {
  const day = dayOf(r.date);
  const keys = [...new Set(r.participants.map(actorKey))];
  // an undated report can only join a contact of the month before it was published
  const from = r.date.from ?? (r.date.to ? addDaysIso(r.date.to, -31) : null);
  return {
    keys,
    days: day ? [day] : daysBetween(from, r.date.to),
    months: monthsOf(from, r.date.to),
    exact: day ? undefined : [...keys].sort().join('+'),
  };
}

/** How an event is filed: by each participant, under each day (or, for ranges, each month) reported. */
export function indexEntries(ev: EventState): Array<{ key: string; day: string | null; month: string | null }> {
  const out: Array<{ key: string; day: string | null; month: string | null }> = [];
  const seen = new Set<string>();
  for (const key of ev.keys) {
    for (const d of ev.dates) {
      const day = dayOf(d);
      const cells = day ? [{ day, month: null }] : monthsOf(d.from, d.to).map((m) => ({ day: null, month: m }));
      for (const c of cells) {
        const k = `${key}|${c.day}|${c.month}`;
        if (seen.has(k)) continue;
        seen.add(k);
        out.push({ key, ...c });
      }
    }
  }
  return out;
}

function compatibleDates(a: DatedReport, b: DatedReport): boolean {
  const da = dayOf(a);
  const db = dayOf(b);
  if (da && db) return da === db;
  const within = (day: string, r: DatedReport) => (!r.from || r.from <= day) && (!r.to || day <= r.to);
  if (da) return within(da, b);
  if (db) return within(db, a);
  return (!a.from || !b.to || a.from <= b.to) && (!b.from || !a.to || b.from <= a.to);
}

function compatibleModes(a: ContactMode[], b: ContactMode[]): boolean {
  const sa = a.filter((m) => m !== 'unspecified');
  const sb = b.filter((m) => m !== 'unspecified');
  if (!sa.length || !sb.length) return true;
  return sa.some((m) => sb.includes(m));
}

/** Equal sets once each state is matched by itself or by a person of that state (in either set). */
function sameUpToStates(a: ActorRef[], b: ActorRef[]): boolean {
  const covers = (x: ActorRef, ys: ActorRef[]) =>
    ys.some(
      (y) =>
        actorKey(y) === actorKey(x) ||
        (x.kind === 'state' && y.kind === 'person' && y.country === x.country) ||
        (y.kind === 'state' && x.kind === 'person' && x.country === y.country),
    );
  return a.every((x) => covers(x, b)) && b.every((y) => covers(y, a));
}

/** What `accepts` needs of a report, worked out once for all the candidate events. */
interface ReportView {
  r: ContactReport;
  keys: Set<string>;
  day: string | null;
  hasState: boolean;
  statusClass: string;
}

function viewOf(r: ContactReport): ReportView {
  return {
    r,
    keys: new Set(r.participants.map(actorKey)),
    day: dayOf(r.date),
    hasState: r.participants.some((p) => p.kind === 'state'),
    statusClass: STATUS_CLASS[r.status],
  };
}

/** Whether a report describes this event's contact. */
export function accepts(ev: EventState, r: ContactReport): boolean {
  return acceptsView(ev, viewOf(r));
}

function acceptsView(ev: EventState, v: ReportView): boolean {
  const r = v.r;
  if (STATUS_CLASS[ev.status] !== v.statusClass) return false;
  const day = v.day;
  // the participants first: most candidates share only one of them (ev.keys holds each key once)
  const keys = v.keys;
  const evKeys = ev.keys;
  const same = evKeys.length === keys.size && evKeys.every((k) => keys.has(k));
  const subset = same || evKeys.every((k) => keys.has(k)) || [...keys].every((k) => evKeys.includes(k));
  const states = v.hasState || ev.participants.some((p) => p.kind === 'state');
  if (!subset && !states) return false;
  if (!compatibleModes(ev.modes, [r.mode])) return false;
  // a state stands for its own people on the day: "visit to Poland" and "met President Duda"
  if (states) {
    if (
      r.status === 'occurred' &&
      ev.status === 'occurred' &&
      day &&
      ev.dates.some((d) => dayOf(d) === day) &&
      sameUpToStates(r.participants, ev.participants)
    )
      return true;
    if (!subset) return false;
  }
  if (!ev.dates.some((d) => compatibleDates(d, r.date))) return false;
  if (!same) {
    // a subset merges only when both report the contact as happened on the same day and the smaller
    // side names at least two people (a call that "also included" a third leader)
    if (r.status !== 'occurred' || ev.status !== 'occurred' || !day) return false;
    const small = keys.size < evKeys.length ? r.participants : ev.participants;
    if (small.filter((p) => p.kind === 'person').length < 2 || r.participants.some((p) => p.kind !== 'person'))
      return false;
    return ev.dates.some((d) => dayOf(d) === day);
  }
  return true;
}

/** The event a report joins, among candidates; an undated report joins only when it can mean one contact. */
export function choose(cands: Iterable<EventState>, r: ContactReport): EventState | undefined {
  const v = viewOf(r);
  const matches: EventState[] = [];
  for (const ev of cands) if (acceptsView(ev, v)) matches.push(ev);
  if (!matches.length || (!r.date.from && matches.length > 1)) return undefined;
  const day = v.day;
  return matches.find((m) => day && m.dates.some((d) => dayOf(d) === day)) ?? matches[0];
}

/**
 * The id of a new contact whose natural id is taken (the same parties and day, another contact): a
 * suffix from the document that reported it first. One rule for `parley extract` and the store.
 */
export function otherContactId(id: string, docId: string): string {
  return `${id}_${createHash('sha256').update(docId).digest('hex').slice(0, 6)}`;
}

export function createEvent(r: ContactReport, docId: string): EventState {
  const keys = [...new Set(r.participants.map(actorKey))].sort();
  const anchor = dayOf(r.date) ?? `undated:${r.mentions[0].document}:${r.mentions[0].start}`;
  const id = `evt_${createHash('sha1')
    .update(`${keys.join('+')}|${anchor}|${STATUS_CLASS[r.status]}`)
    .digest('hex')
    .slice(0, 16)}`;
  return {
    id,
    participants: r.participants,
    keys,
    status: r.status,
    modes: [r.mode],
    dates: [r.date],
    initiator: r.initiator,
    duration: r.duration,
    topics: r.topics,
    mentions: [...r.mentions],
    docs: [docId],
  };
}

/** Adds a report to an event it was accepted by. */
export function absorb(ev: EventState, r: ContactReport, docId: string): void {
  const merged = uniq([...ev.participants, ...r.participants]);
  // a person replaces the state that stood for them
  ev.participants = merged.filter(
    (p) => p.kind !== 'state' || !merged.some((q) => q.kind === 'person' && q.country === p.country),
  );
  ev.keys = [...new Set([...ev.keys, ...r.participants.map(actorKey)])].sort();
  if (r.status === 'occurred') ev.status = 'occurred';
  ev.modes.push(r.mode);
  ev.dates.push(r.date);
  ev.initiator ??= r.initiator;
  ev.duration ??= r.duration;
  ev.topics = [...new Set([...ev.topics, ...r.topics])].slice(0, 6);
  for (const m of r.mentions)
    if (!ev.mentions.some((x) => x.document === m.document && x.start === m.start)) ev.mentions.push(m);
  if (!ev.docs.includes(docId)) ev.docs.push(docId);
}

function bestDate(ev: EventState): DatedReport {
  return [...ev.dates].sort((a, b) => {
    const pa = a.precision === 'day' ? 0 : a.from ? 1 : 2;
    const pb = b.precision === 'day' ? 0 : b.from ? 1 : 2;
    return pa - pb || BASIS_RANK[a.basis] - BASIS_RANK[b.basis];
  })[0];
}

function modeOf(ev: EventState): ContactMode {
  const counts = new Map<ContactMode, number>();
  for (const m of ev.modes) if (m !== 'unspecified') counts.set(m, (counts.get(m) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'unspecified';
}

/** The public record of an event (../shared/spec/records.md). */
export function toRecord(ev: EventState): EventRecord {
  const best = bestDate(ev);
  const days = [...new Set(ev.dates.map(dayOf).filter((d): d is string => !!d))];
  const conflicts: EventRecord['conflicts'] = [];
  if (days.length > 1)
    conflicts.push({
      field: 'date',
      values: days,
      documents: [...new Set(ev.dates.filter((d) => dayOf(d)).map((d) => d.document))],
    });
  const modes = [...new Set(ev.modes.filter((m) => m !== 'unspecified'))];
  if (modes.length > 1) conflicts.push({ field: 'mode', values: modes, documents: [...ev.docs] });
  const explicit = ev.dates.some((d) => d.basis === 'explicit' || d.basis === 'relative' || d.basis === 'anchored');
  const resolved = ev.participants.filter((p) => p.wikidata).length / ev.participants.length;
  const confidence = Math.max(
    0.05,
    Math.min(
      0.99,
      0.45 +
        0.1 * Math.min(3, ev.docs.length - 1) +
        (explicit ? 0.15 : best.basis === 'publication' ? 0.1 : 0) +
        (modeOf(ev) !== 'unspecified' ? 0.1 : 0) +
        0.15 * resolved -
        0.15 * conflicts.length,
    ),
  );
  return {
    id: ev.id,
    type: 'contact',
    status: ev.status,
    mode: modeOf(ev),
    participants: ev.participants.map((p) => ({
      name: p.surface ?? p.name,
      wikidata: p.wikidata,
      kind: p.kind,
      country: p.country,
      role: p.role,
    })),
    initiator: ev.initiator ? (ev.initiator.wikidata ?? ev.initiator.name) : null,
    date: {
      start: best.from,
      end: best.to,
      precision: best.from ? best.precision : best.to ? 'range' : 'unknown',
      basis: best.basis,
      text: best.text,
      explanation: best.explanation,
    },
    duration_minutes: ev.duration,
    topics: ev.topics,
    mentions: ev.mentions,
    conflicts,
    confidence: Math.round(confidence * 100) / 100,
  };
}

/** Events in timeline order: by date, then id. */
export function byDate(a: EventRecord, b: EventRecord): number {
  return (a.date.start ?? a.date.end ?? '').localeCompare(b.date.start ?? b.date.end ?? '') || a.id.localeCompare(b.id);
}

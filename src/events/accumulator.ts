// Events: frames become contact events; every report of the same contact, in one document or many,
// is merged into one event (../shared/spec/contact-events.md, "One event per real-world contact").
import { createHash } from 'node:crypto';
import type { ActorRef } from '../actors/types.js';
import { actorKey, affiliation, uniq } from '../pipeline/stages/frames.js';
import type { Annotated } from '../pipeline/types.js';
import type {
  ContactMode,
  DateBasis,
  DocumentRecord,
  EventRecord,
  EventStatus,
  MentionRecord,
  QuoteRecord,
  RecordSet,
} from '../records/types.js';

interface DatedReport {
  from: string | null;
  to: string | null;
  precision: EventRecord['date']['precision'];
  basis: DateBasis;
  text: string | null;
  explanation: string;
  document: string;
}

interface Ev {
  participants: ActorRef[];
  keys: Set<string>;
  status: EventStatus;
  modes: ContactMode[];
  dates: DatedReport[];
  initiator: ActorRef | null;
  duration: number | null;
  topics: string[];
  mentions: MentionRecord[];
  docs: Set<string>;
  id?: string;
}

const BASIS_RANK: Record<DateBasis, number> = {
  explicit: 0,
  anchored: 1,
  relative: 2,
  publication: 3,
  inferred: 4,
  unknown: 5,
};
const STATUS_CLASS: Record<EventStatus, string> = {
  occurred: 'real',
  planned: 'real',
  proposed: 'proposed',
  requested: 'proposed',
  hypothetical: 'hypothetical',
  denied: 'denied',
  cancelled: 'denied',
};

/** A copy that does not keep the whole document alive (V8 slices share their parent string). */
export function own(s: string): string {
  // flattening " " + s allocates a fresh string; slicing the space off keeps only that fresh copy alive
  return s.length ? ` ${s}`.slice(1) : s;
}

function addDaysIso(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Every day of a range, at most 92 of them (a longer range is too vague to join a dated contact). */
function daysBetween(from: string | null, to: string | null): string[] {
  if (!from || !to) return [];
  const out: string[] = [];
  for (let d = from; d <= to && out.length < 92; d = addDaysIso(d, 1)) out.push(d);
  return out;
}

/** The months a range touches (at most 24; open or longer ranges go to the "?" bucket as well). */
function monthsOf(from: string | null, to: string | null): string[] {
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

function dayOf(d: DatedReport): string | null {
  return d.from && d.from === d.to ? d.from : null;
}

function bestDate(ev: Ev): DatedReport {
  return [...ev.dates].sort((a, b) => {
    const pa = a.precision === 'day' ? 0 : a.from ? 1 : 2;
    const pb = b.precision === 'day' ? 0 : b.from ? 1 : 2;
    return pa - pb || BASIS_RANK[a.basis] - BASIS_RANK[b.basis];
  })[0];
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

function modeOf(ev: Ev): ContactMode {
  const counts = new Map<ContactMode, number>();
  for (const m of ev.modes) if (m !== 'unspecified') counts.set(m, (counts.get(m) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'unspecified';
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

/** A contact needs at least two parties from different states or organisations. */
export function isContact(parts: ActorRef[]): boolean {
  if (parts.length < 2) return false;
  return new Set(parts.map(affiliation).filter(Boolean)).size >= 2;
}

/** One report of a contact, as merging needs it: plain data, safe to pass between threads. */
export interface ContactReport {
  participants: ActorRef[];
  status: EventStatus;
  mode: ContactMode;
  date: DatedReport;
  initiator: ActorRef | null;
  duration: number | null;
  topics: string[];
  mentions: MentionRecord[];
}

/** What one document adds to the record: its metadata, its contact reports and its quotes. */
export interface Contribution {
  document: DocumentRecord;
  reports: ContactReport[];
  quotes: Array<QuoteRecord & { report: number | null }>;
}

/** Reduces an annotated document to its contribution; strings are copied so the text can be freed. */
export function contribute(a: Annotated): Contribution {
  const doc = a.doc;
  const document: DocumentRecord = {
    id: doc.id,
    title: doc.title,
    url: doc.url,
    source: doc.source,
    published: doc.published,
    published_basis: doc.publishedBasis,
  };
  const reports: ContactReport[] = [];
  const frameReport = new Map<number, number>();
  a.frames.forEach((f, i) => {
    if (!isContact(f.participants)) return;
    const mention = (start: number, end: number, sentence: string): MentionRecord => ({
      document: doc.id,
      start,
      end,
      sentence: own(sentence),
      attributed_to: f.attributedTo ? own(f.attributedTo) : null,
    });
    const s = a.sentences[f.sentence];
    const mentions = [mention(s.start, s.end, s.text)];
    for (const [st, en, idx] of f.evidence ?? []) mentions.push(mention(st, en, a.sentences[idx].text));
    frameReport.set(i, reports.length);
    reports.push({
      participants: uniq(f.participants).map((p) => ({
        ...p,
        name: own(p.name),
        surface: p.surface ? own(p.surface) : undefined,
      })),
      status: f.status,
      mode: f.mode,
      date: {
        ...f.date,
        text: f.date.text ? own(f.date.text) : null,
        explanation: own(f.date.explanation),
        document: doc.id,
      },
      initiator: f.initiator,
      duration: f.durationMinutes,
      topics: f.topics.map(own),
      mentions,
    });
  });
  const quotes = a.quotes.map((q) => ({
    document: doc.id,
    start: q.start,
    end: q.end,
    text: own(q.text),
    speaker: q.speaker ? { name: own(q.speaker.name), wikidata: q.speaker.wikidata } : null,
    event: null,
    report: q.frame === null ? null : (frameReport.get(q.frame) ?? null),
  }));
  return { document, reports, quotes };
}

export class EventAccumulator {
  private readonly events: Ev[] = [];
  /** participant key → day → events on that day */
  private readonly byDay = new Map<string, Map<string, Ev[]>>();
  /** participant key → month (YYYY-MM, or "?" when open-ended) → events known only as a range */
  private readonly ranged = new Map<string, Map<string, Ev[]>>();
  private readonly documents: DocumentRecord[] = [];
  private readonly quotes: Array<QuoteRecord & { _ev: Ev | null }> = [];

  /** Adds one annotated document's contacts and quotes. */
  add(a: Annotated): void {
    this.merge(contribute(a));
  }

  /** Merges one document's contribution (made where the pipeline ran, possibly in a worker). */
  merge(c: Contribution): void {
    this.documents.push(c.document);
    const evs = c.reports.map((r) => this.addReport(r, c.document.id));
    for (const { report, ...q } of c.quotes)
      this.quotes.push({ ...q, _ev: report === null ? null : (evs[report] ?? null) });
  }

  private addReport(f: ContactReport, docId: string): Ev {
    const parts = f.participants;
    const keys = new Set(parts.map(actorKey));
    const date = f.date;
    const mentions = f.mentions;
    const cls = STATUS_CLASS[f.status];
    const cands = new Set<Ev>();
    const day = dayOf(date);
    // an undated report can only join a contact of the month before it was published
    const window = day ? [] : daysBetween(date.from ?? (date.to ? addDaysIso(date.to, -31) : null), date.to);
    const months = monthsOf(date.from ?? (date.to ? addDaysIso(date.to, -31) : null), date.to);
    for (const k of keys) {
      const r = this.ranged.get(k);
      if (r) for (const mo of months) for (const ev of r.get(mo) ?? []) cands.add(ev);
      const days = this.byDay.get(k);
      if (!days) continue;
      if (day) for (const ev of days.get(day) ?? []) cands.add(ev);
      else for (const d of window) for (const ev of days.get(d) ?? []) cands.add(ev);
    }
    const matches = [...cands].filter((ev) => {
      if (STATUS_CLASS[ev.status] !== cls) return false;
      if (!compatibleModes(ev.modes, [f.mode])) return false;
      // a state stands for its own people on the day: "visit to Poland" and "met President Duda"
      if (parts.some((p) => p.kind === 'state') || ev.participants.some((p) => p.kind === 'state')) {
        if (
          f.status === 'occurred' &&
          ev.status === 'occurred' &&
          dayOf(date) &&
          ev.dates.some((d) => dayOf(d) === dayOf(date)) &&
          sameUpToStates(parts, ev.participants)
        )
          return true;
      }
      const same = ev.keys.size === keys.size && [...keys].every((k) => ev.keys.has(k));
      const subset = [...keys].every((k) => ev.keys.has(k)) || [...ev.keys].every((k) => keys.has(k));
      if (!same && !subset) return false;
      const dayMatch = ev.dates.some((d) => compatibleDates(d, date));
      if (!dayMatch) return false;
      // a subset only merges when both report the contact as having happened on the same day, and the
      // smaller side names at least two people (a call that "also included" a third leader)
      if (!same) {
        if (f.status !== 'occurred' || ev.status !== 'occurred' || !dayOf(date)) return false;
        const small = keys.size < ev.keys.size ? parts : ev.participants;
        if (small.filter((p) => p.kind === 'person').length < 2 || parts.some((p) => p.kind !== 'person')) return false;
        return ev.dates.some((d) => dayOf(d) === dayOf(date));
      }
      return true;
    });
    // an undated report attaches only when it can mean one contact
    const undated = !date.from;
    let target: Ev | undefined;
    if (matches.length === 1 || (!undated && matches.length))
      target = matches.find((m) => m.dates.some((d) => dayOf(d) && dayOf(d) === dayOf(date))) ?? matches[0];
    if (target) {
      const merged = uniq([...target.participants, ...parts]);
      target.participants = merged.filter(
        (p) => p.kind !== 'state' || !merged.some((q) => q.kind === 'person' && q.country === p.country),
      );
      for (const k of keys) target.keys.add(k);
      if (f.status === 'occurred') target.status = 'occurred';
      target.modes.push(f.mode);
      target.dates.push(date);
      this.index(target);
      target.initiator ??= f.initiator;
      target.duration ??= f.duration;
      target.topics = [...new Set([...target.topics, ...f.topics])].slice(0, 6);
      for (const m of mentions)
        if (!target.mentions.some((x) => x.document === m.document && x.start === m.start)) target.mentions.push(m);
      target.docs.add(docId);
      return target;
    }
    const ev: Ev = {
      participants: parts,
      keys,
      status: f.status,
      modes: [f.mode],
      dates: [date],
      initiator: f.initiator,
      duration: f.duration,
      topics: f.topics,
      mentions,
      docs: new Set([docId]),
    };
    this.events.push(ev);
    this.index(ev);
    return ev;
  }

  /** (Re-)files an event under each participant and each day it is reported for. */
  private index(ev: Ev): void {
    for (const k of ev.keys) {
      const days = [...new Set(ev.dates.map(dayOf))];
      for (const d of days) {
        if (d) {
          const m = this.byDay.get(k) ?? new Map<string, Ev[]>();
          this.byDay.set(k, m);
          const list = m.get(d) ?? [];
          if (!list.includes(ev)) list.push(ev);
          m.set(d, list);
        } else {
          const r = this.ranged.get(k) ?? new Map<string, Ev[]>();
          this.ranged.set(k, r);
          for (const d of ev.dates) {
            if (dayOf(d)) continue;
            for (const mo of monthsOf(d.from, d.to)) {
              const list = r.get(mo) ?? [];
              if (!list.includes(ev)) list.push(ev);
              r.set(mo, list);
            }
          }
        }
      }
    }
  }

  private record(ev: Ev): EventRecord {
    const best = bestDate(ev);
    const days = [...new Set(ev.dates.map(dayOf).filter((d): d is string => !!d))];
    const conflicts =
      days.length > 1
        ? [
            {
              field: 'date',
              values: days,
              documents: [...new Set(ev.dates.filter((d) => dayOf(d)).map((d) => d.document))],
            },
          ]
        : [];
    const modes = [...new Set(ev.modes.filter((m) => m !== 'unspecified'))];
    if (modes.length > 1) conflicts.push({ field: 'mode', values: modes, documents: [...ev.docs] });
    const keyList = [...ev.keys].sort();
    const anchorDate =
      best.from && best.precision === 'day' ? best.from : `undated:${ev.mentions[0].document}:${ev.mentions[0].start}`;
    const id = `evt_${createHash('sha1')
      .update(`${keyList.join('+')}|${anchorDate}|${STATUS_CLASS[ev.status]}`)
      .digest('hex')
      .slice(0, 16)}`;
    ev.id = id;
    const explicit = ev.dates.some((d) => d.basis === 'explicit' || d.basis === 'relative' || d.basis === 'anchored');
    const resolved = ev.participants.filter((p) => p.wikidata).length / ev.participants.length;
    const confidence = Math.max(
      0.05,
      Math.min(
        0.99,
        0.45 +
          0.1 * Math.min(3, ev.docs.size - 1) +
          (explicit ? 0.15 : best.basis === 'publication' ? 0.1 : 0) +
          (modeOf(ev) !== 'unspecified' ? 0.1 : 0) +
          0.15 * resolved -
          0.15 * conflicts.length,
      ),
    );
    return {
      id,
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

  /** The merged record set, in date order. */
  result(): RecordSet {
    const events = this.events.map((e) => this.record(e));
    events.sort(
      (a, b) =>
        (a.date.start ?? a.date.end ?? '').localeCompare(b.date.start ?? b.date.end ?? '') || a.id.localeCompare(b.id),
    );
    const quotes = this.quotes.map(({ _ev, ...q }) => ({ ...q, event: _ev?.id ?? null }));
    return { parley: 1, documents: this.documents, events, quotes };
  }
}

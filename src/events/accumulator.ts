// The in-memory event index: merges contributions document by document (parley extract).
import { createHash } from 'node:crypto';
import type { Annotated } from '../pipeline/types.js';
import type { DocumentRecord, QuoteRecord, RecordSet } from '../records/types.js';
import { type Contribution, contribute } from './contribution.js';
import { absorb, byDate, choose, createEvent, type EventState, indexEntries, lookupFor, toRecord } from './merge.js';

export class EventAccumulator {
  private readonly events: EventState[] = [];
  private readonly ids = new Set<string>();
  /** participant key → day ("YYYY-MM-DD") or month ("YYYY-MM") → events filed there */
  private readonly index = new Map<string, Map<string, EventState[]>>();
  private readonly filed = new Map<EventState, Set<string>>();
  private readonly documents: DocumentRecord[] = [];
  private readonly quotes: Array<Omit<QuoteRecord, 'event'> & { ev: EventState | null }> = [];

  /** Adds one annotated document's contacts and quotes. */
  add(a: Annotated): void {
    this.merge(contribute(a));
  }

  /** Merges one document's contribution (made where the pipeline ran, possibly in a worker). */
  merge(c: Contribution): void {
    this.documents.push(c.document);
    const evs = c.reports.map((r) => {
      const look = lookupFor(r);
      const cands = new Set<EventState>();
      for (const key of look.keys) {
        const cells = this.index.get(key);
        if (!cells) continue;
        for (const d of look.days) for (const ev of cells.get(d) ?? []) cands.add(ev);
        for (const m of look.months) for (const ev of cells.get(m) ?? []) cands.add(ev);
      }
      let ev = choose([...cands], r);
      if (ev) absorb(ev, r, c.document.id);
      else {
        ev = createEvent(r, c.document.id);
        // another contact with the same parties and day (a different mode): the same rule as the store
        if (this.ids.has(ev.id))
          ev.id = `${ev.id}_${createHash('sha256').update(c.document.id).digest('hex').slice(0, 6)}`;
        this.ids.add(ev.id);
        this.events.push(ev);
      }
      this.file(ev);
      return ev;
    });
    for (const { report, ...q } of c.quotes)
      this.quotes.push({ ...q, ev: report === null ? null : (evs[report] ?? null) });
  }

  private file(ev: EventState): void {
    const done = this.filed.get(ev) ?? new Set<string>();
    this.filed.set(ev, done);
    for (const e of indexEntries(ev)) {
      // a day and a month cannot be confused: their keys differ in length
      const cell = (e.day ?? e.month) as string;
      const k = `${e.key}|${cell}`;
      if (done.has(k)) continue;
      done.add(k);
      let cells = this.index.get(e.key);
      if (!cells) {
        cells = new Map();
        this.index.set(e.key, cells);
      }
      const list = cells.get(cell);
      if (list) list.push(ev);
      else cells.set(cell, [ev]);
    }
  }

  /** The merged record set, in date order. */
  result(): RecordSet {
    const events = this.events.map(toRecord).sort(byDate);
    const quotes = this.quotes.map(({ ev, ...q }) => ({ ...q, event: ev?.id ?? null }));
    return { parley: 1, documents: this.documents, events, quotes };
  }
}

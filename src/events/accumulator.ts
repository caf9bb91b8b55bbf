// Merges contributions document by document, in memory (parley extract).
import type { Annotated } from '../pipeline/types.js';
import type { DocumentRecord, QuoteRecord, RecordSet } from '../records/types.js';
import { type Contribution, contribute } from './contribution.js';
import { EventIndex } from './index.js';
import { absorb, byDate, choose, createEvent, type EventState, lookupFor, otherContactId, toRecord } from './merge.js';

export class EventAccumulator {
  private readonly events: EventState[] = [];
  private readonly ids = new Set<string>();
  private readonly index = new EventIndex();
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
      let ev = choose(this.index.candidates(lookupFor(r)), r);
      if (ev) absorb(ev, r, c.document.id);
      else {
        ev = createEvent(r, c.document.id);
        // another contact with the same parties and day (a different mode): the same rule as the store
        if (this.ids.has(ev.id)) ev.id = otherContactId(ev.id, c.document.id);
        this.ids.add(ev.id);
        this.events.push(ev);
      }
      this.index.file(ev);
      return ev;
    });
    for (const { report, ...q } of c.quotes)
      this.quotes.push({ ...q, ev: report === null ? null : (evs[report] ?? null) });
  }

  /** The merged record set, in date order. */
  result(): RecordSet {
    const events = this.events.map(toRecord).sort(byDate);
    const quotes = this.quotes.map(({ ev, ...q }) => ({ ...q, event: ev?.id ?? null }));
    return { parley: 1, documents: this.documents, events, quotes };
  }
}

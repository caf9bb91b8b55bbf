// The in-memory index of events by participant and by day or month: where a report looks for the
// contact it describes. Used by `parley extract` (all events) and by the store (a batch's events).
import { type EventState, indexEntries, type Lookup } from './merge.js';

export class EventIndex {
  /** participant key → day ("YYYY-MM-DD") or month ("YYYY-MM") → events filed there */
  private readonly cells = new Map<string, Map<string, EventState[]>>();
  private readonly filed = new Map<EventState, Set<string>>();

  /** Files an event under each of its entries not filed yet (call again after it changes). */
  file(ev: EventState): void {
    const done = this.filed.get(ev) ?? new Set<string>();
    this.filed.set(ev, done);
    for (const e of indexEntries(ev)) {
      // a day and a month cannot be confused: their keys differ in length
      const cell = (e.day ?? e.month) as string;
      const k = `${e.key}|${cell}`;
      if (done.has(k)) continue;
      done.add(k);
      let byCell = this.cells.get(e.key);
      if (!byCell) {
        byCell = new Map();
        this.cells.set(e.key, byCell);
      }
      const list = byCell.get(cell);
      if (list) list.push(ev);
      else byCell.set(cell, [ev]);
    }
  }

  /** The events filed under any of a look-up's participants on any of its days or months. */
  candidates(look: Lookup): Set<EventState> {
    const out = new Set<EventState>();
    for (const key of look.keys) {
      const byCell = this.cells.get(key);
      if (!byCell) continue;
      for (const d of look.days) for (const ev of byCell.get(d) ?? []) out.add(ev);
      for (const m of look.months) for (const ev of byCell.get(m) ?? []) out.add(ev);
    }
    return out;
  }
}

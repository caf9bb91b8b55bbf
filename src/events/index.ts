// The in-memory index of events by participant and by day or month: where a report looks for the
// contact it describes. Used by `parley extract` (all events) and by the store (a batch's events).
import { type EventState, indexEntries, type Lookup } from './merge.js';

export class EventIndex {
  /** participant key → day ("YYYY-MM-DD") or month ("YYYY-MM") → events filed there */
  private readonly cells = new Map<string, Map<string, EventState[]>>();
  private readonly filed = new Map<EventState, Set<string>>();
  /** the same, by the whole sorted participant set: where a report without a single day looks */
  private readonly bySet = new Map<string, Map<string, EventState[]>>();

  /** Files an event under each of its entries not filed yet (call again after it changes). */
  file(ev: EventState): void {
    const done = this.filed.get(ev) ?? new Set<string>();
    this.filed.set(ev, done);
    const set = `=${ev.keys.join('+')}`;
    for (const e of indexEntries(ev)) {
      // a day and a month cannot be confused: their keys differ in length
      const cell = (e.day ?? e.month) as string;
      if (!done.has(`${set}|${cell}`)) {
        done.add(`${set}|${cell}`);
        push(this.bySet, set, cell, ev);
      }
      const k = `${e.key}|${cell}`;
      if (done.has(k)) continue;
      done.add(k);
      push(this.cells, e.key, cell, ev);
    }
  }

  /** The events filed under any of a look-up's participants on any of its days or months. */
  candidates(look: Lookup): Set<EventState> {
    const out = new Set<EventState>();
    if (look.exact !== undefined) {
      const byCell = this.bySet.get(`=${look.exact}`);
      if (!byCell) return out;
      for (const d of look.days) for (const ev of byCell.get(d) ?? []) out.add(ev);
      for (const m of look.months) for (const ev of byCell.get(m) ?? []) out.add(ev);
      return out;
    }
    for (const key of look.keys) {
      const byCell = this.cells.get(key);
      if (!byCell) continue;
      for (const d of look.days) for (const ev of byCell.get(d) ?? []) out.add(ev);
      for (const m of look.months) for (const ev of byCell.get(m) ?? []) out.add(ev);
    }
    return out;
  }
}

function push(map: Map<string, Map<string, EventState[]>>, key: string, cell: string, ev: EventState): void {
  let byCell = map.get(key);
  if (!byCell) {
    byCell = new Map();
    map.set(key, byCell);
  }
  const list = byCell.get(cell);
  if (list) list.push(ev);
  else byCell.set(cell, [ev]);
}

import type { EventRecord } from '../records/types.js';

function cut(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}

/** A readable table of events: date, mode, participants, status, evidence. */
export function eventTable(events: EventRecord[], width = process.stdout.columns || 160): string {
  const rows = events.map((e) => {
    const date = e.date.start
      ? e.date.start === e.date.end
        ? e.date.start
        : `${e.date.start}..${e.date.end}`
      : e.date.end
        ? `≤${e.date.end}`
        : '?';
    return [
      date,
      e.mode,
      e.participants.map((p) => p.name).join(', '),
      e.status,
      e.mentions[0]?.sentence.replace(/\s+/g, ' ') ?? '',
    ];
  });
  const head = ['DATE', 'MODE', 'PARTICIPANTS', 'STATUS', 'EVIDENCE'];
  const w = [22, 11, 48, 10];
  const evW = Math.max(30, width - w.reduce((a, b) => a + b + 2, 0));
  const line = (r: string[]) =>
    [...r.slice(0, 4).map((c, i) => cut(c, w[i]).padEnd(w[i])), cut(r[4], evW)].join('  ').trimEnd();
  return [line(head), ...rows.map(line)].join('\n');
}

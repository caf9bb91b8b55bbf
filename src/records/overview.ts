// The overview row: an event in the compact form that timelines and networks draw (stored with each
// event, served by /api/overview, read back by the CLI's timeline and the web app).
import type { EventRecord, ParticipantRecord } from './types.js';

/** The columns of an overview row, in order (participants are [name, wikidata, kind, country]). */
export const OVERVIEW_COLUMNS = [
  'id',
  'start',
  'end',
  'precision',
  'mode',
  'status',
  'reports',
  'confidence',
  'participants',
] as const;

/** An overview row: [id, start, end, precision, mode, status, reports, confidence, participants]. */
export type OverviewRow = [
  string,
  string | null,
  string | null,
  EventRecord['date']['precision'],
  EventRecord['mode'],
  EventRecord['status'],
  number,
  number,
  Array<[string, string | null, ParticipantRecord['kind'], string | null]>,
];

/** An event as an overview row describes it. */
export interface OverviewEvent {
  id: string;
  date: Pick<EventRecord['date'], 'start' | 'end' | 'precision'>;
  mode: EventRecord['mode'];
  status: EventRecord['status'];
  reports: number;
  confidence: number;
  participants: Array<Pick<ParticipantRecord, 'name' | 'wikidata' | 'kind' | 'country'>>;
}

export function fromOverviewRow(r: OverviewRow): OverviewEvent {
  return {
    id: r[0],
    date: { start: r[1], end: r[2], precision: r[3] },
    mode: r[4],
    status: r[5],
    reports: r[6],
    confidence: r[7],
    participants: r[8].map(([name, wikidata, kind, country]) => ({ name, wikidata, kind, country })),
  };
}

/** An event's overview row: what a timeline mark or a network edge needs, nothing more. */
export function overviewRow(r: EventRecord): OverviewRow {
  return [
    r.id,
    r.date.start,
    r.date.end,
    r.date.precision,
    r.mode,
    r.status,
    new Set(r.mentions.map((m) => m.document)).size,
    r.confidence,
    r.participants.map((p) => [p.name, p.wikidata, p.kind, p.country]),
  ];
}

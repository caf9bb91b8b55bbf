// Exports of the record: JSON Lines of events, CSV (one row per event), and dyadic PLOVER-style JSON
// Lines and CAMEO-coded TSV (one row per ordered pair of participants) for existing event-data tools.
import { stringify } from 'csv-stringify/sync';
import type { DocumentRecord, EventRecord, ParticipantRecord, QuoteRecord } from './types.js';

export const CSV_HEADER = [
  'id',
  'date_start',
  'date_end',
  'date_precision',
  'date_basis',
  'status',
  'mode',
  'participants',
  'wikidata',
  'countries',
  'initiator',
  'duration_minutes',
  'topics',
  'confidence',
  'documents',
  'evidence',
];

export function csvRows(events: EventRecord[], header: boolean): string {
  const rows = events.map((e) => [
    e.id,
    e.date.start ?? '',
    e.date.end ?? '',
    e.date.precision,
    e.date.basis,
    e.status,
    e.mode,
    e.participants.map((p) => p.name).join(' | '),
    e.participants.map((p) => p.wikidata ?? '').join(' | '),
    e.participants.map((p) => p.country ?? '').join(' | '),
    e.initiator ?? '',
    e.duration_minutes ?? '',
    e.topics.join(' | '),
    e.confidence,
    [...new Set(e.mentions.map((m) => m.document))].join(' | '),
    e.mentions[0]?.sentence ?? '',
  ]);
  return stringify(header ? [CSV_HEADER, ...rows] : rows);
}

function pairs(e: EventRecord): Array<[ParticipantRecord, ParticipantRecord]> {
  const out: Array<[ParticipantRecord, ParticipantRecord]> = [];
  for (const a of e.participants)
    for (const b of e.participants) if (a !== b && a.country !== b.country) out.push([a, b]);
  return out;
}

/** PLOVER CONSULT modes: phone, visit, host, meet (third place), multilateral. */
function ploverMode(e: EventRecord, src: ParticipantRecord): string {
  if (e.participants.length > 2) return 'multilateral';
  if (e.mode === 'phone' || e.mode === 'video') return 'phone';
  if (e.mode === 'in_person')
    return e.initiator && (e.initiator === src.wikidata || e.initiator === src.name) ? 'visit' : 'meet';
  return 'meet';
}

export function ploverLines(e: EventRecord): string[] {
  return pairs(e).map(([s, t]) =>
    JSON.stringify({
      event_id: e.id,
      event_date: e.date.start,
      event_type: 'CONSULT',
      mode: ploverMode(e, s),
      status: e.status,
      source_actor: s.name,
      source_wikidata: s.wikidata,
      source_country: s.country,
      target_actor: t.name,
      target_wikidata: t.wikidata,
      target_country: t.country,
      parley_mode: e.mode,
      confidence: e.confidence,
      evidence: e.mentions[0]?.sentence ?? null,
    }),
  );
}

const IGO: Record<string, string> = {
  UN: 'IGOUNO',
  NATO: 'IGONAT',
  EU: 'IGOEUR',
  EC: 'IGOEUR',
  ECO: 'IGOEUR',
  EP: 'IGOEUR',
  AU: 'IGOAFR',
  ASEAN: 'IGOSEA',
  OSCE: 'IGOOSC',
  IAEA: 'IGOIAE',
  WHO: 'IGOWHO',
  IMF: 'IGOIMF',
  WB: 'IGOWBK',
  ARAB: 'IGOARL',
  GCC: 'IGOGCC',
};

/** CAMEO actor code: country + GOV for office holders, the country for states, IGO codes for organisations. */
function cameoActor(p: ParticipantRecord): string {
  if (p.kind === 'organization') return IGO[p.country ?? ''] ?? 'IGO';
  if (IGO[p.country ?? '']) return IGO[p.country ?? ''];
  return `${p.country ?? '---'}${p.kind === 'person' && p.role ? 'GOV' : ''}`;
}

/** CAMEO 041 discuss by telephone, 042 make a visit, 043 host a visit, 044 meet at a third location, 040 consult. */
function cameoCode(e: EventRecord, src: ParticipantRecord): string {
  if (e.status !== 'occurred')
    return e.status === 'planned' || e.status === 'proposed' || e.status === 'requested' ? '036' : '040';
  if (e.mode === 'phone' || e.mode === 'video') return '041';
  if (e.mode === 'in_person')
    return e.initiator && (e.initiator === src.wikidata || e.initiator === src.name) ? '042' : '044';
  return '040';
}

export const CAMEO_HEADER = [
  'date',
  'source',
  'target',
  'cameo',
  'event_id',
  'source_name',
  'target_name',
  'status',
  'mode',
].join('\t');

export function cameoLines(e: EventRecord): string[] {
  const clean = (s: string) => s.replace(/[\t\n]/g, ' ');
  return pairs(e).map(([s, t]) =>
    [
      (e.date.start ?? '').replace(/-/g, ''),
      cameoActor(s),
      cameoActor(t),
      cameoCode(e, s),
      e.id,
      clean(s.name),
      clean(t.name),
      e.status,
      e.mode,
    ].join('\t'),
  );
}

export const EXPORT_FORMATS = ['json', 'jsonl', 'csv', 'plover', 'cameo'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What an export reads: the record, a page at a time. */
export interface ExportSource {
  documents(): AsyncIterable<DocumentRecord>;
  events(): AsyncIterable<EventRecord>;
  quotes(): AsyncIterable<QuoteRecord>;
}

/**
 * Writes a whole record in one format, streaming: json is the record set of the spec (documents,
 * events, quotes); the others are about events only. `write` resolves when the output can take more.
 */
export async function writeExport(
  src: ExportSource,
  format: ExportFormat,
  write: (s: string) => Promise<void>,
): Promise<void> {
  if (format === 'json') {
    const list = async (name: string, items: AsyncIterable<unknown>, lead: string) => {
      await write(`${lead}"${name}":[`);
      let first = true;
      for await (const x of items) {
        await write(`${first ? '' : ','}\n${JSON.stringify(x)}`);
        first = false;
      }
      await write('\n]');
    };
    await list('documents', src.documents(), '{"parley":1,');
    await list('events', src.events(), ',');
    await list('quotes', src.quotes(), ',');
    await write('}\n');
    return;
  }
  if (format === 'cameo') await write(`${CAMEO_HEADER}\n`);
  let header = true;
  for await (const e of src.events()) {
    if (format === 'jsonl') await write(`${JSON.stringify(e)}\n`);
    else if (format === 'csv') await write(csvRows([e], header));
    else for (const l of format === 'plover' ? ploverLines(e) : cameoLines(e)) await write(`${l}\n`);
    header = false;
  }
  if (format === 'csv' && header) await write(csvRows([], true));
}

// What one document adds to the record: its metadata, its contact reports and its quotes, as plain
// data that can cross threads and be stored.

import { uniq } from '../actors/refs.js';
import type { ActorRef } from '../actors/types.js';
import type { Annotated } from '../pipeline/types.js';
import type {
  ContactMode,
  DateBasis,
  DocumentRecord,
  EventRecord,
  EventStatus,
  MentionRecord,
  QuoteRecord,
} from '../records/types.js';
import { own } from '../util/text.js';
import { isContact } from './merge.js';

export interface DatedReport {
  from: string | null;
  to: string | null;
  precision: EventRecord['date']['precision'];
  basis: DateBasis;
  text: string | null;
  explanation: string;
  document: string;
}

/** One report of a contact, as merging needs it. */
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

export interface Contribution {
  document: DocumentRecord;
  reports: ContactReport[];
  /** `report` is the index of the report the quote was said in, or null. */
  quotes: Array<Omit<QuoteRecord, 'event'> & { report: number | null }>;
}

export function documentRecord(a: Annotated): DocumentRecord {
  const d = a.doc;
  return {
    id: d.id,
    title: d.title,
    url: d.url,
    source: d.source,
    published: d.published,
    published_basis: d.publishedBasis,
  };
}

/** Reduces an annotated document to its contribution; strings are copied so the text can be freed. */
export function contribute(a: Annotated): Contribution {
  const doc = a.doc;
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
    report: q.frame === null ? null : (frameReport.get(q.frame) ?? null),
  }));
  return { document: documentRecord(a), reports, quotes };
}

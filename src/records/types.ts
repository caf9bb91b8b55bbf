// The public record format, version 1 (../shared/spec/records.md). Field names are stable.

export const EVENT_STATUSES = [
  'occurred',
  'planned',
  'proposed',
  'requested',
  'hypothetical',
  'denied',
  'cancelled',
] as const;
export const CONTACT_MODES = ['phone', 'video', 'in_person', 'written', 'unspecified'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];
export type ContactMode = (typeof CONTACT_MODES)[number];
export type DatePrecision = 'day' | 'range' | 'month' | 'year' | 'unknown';
export type DateBasis = 'explicit' | 'relative' | 'anchored' | 'publication' | 'inferred' | 'unknown';
export type PublishedBasis = 'metadata' | 'dateline' | 'inferred' | 'unknown';

export interface DocumentRecord {
  id: string;
  title: string | null;
  url: string | null;
  source: string | null;
  published: string | null;
  published_basis: PublishedBasis;
}

export interface ParticipantRecord {
  name: string;
  wikidata: string | null;
  kind: 'person' | 'state' | 'organization';
  country: string | null;
  role?: string | null;
}

export interface EventDate {
  start: string | null;
  end: string | null;
  precision: DatePrecision;
  basis: DateBasis;
  text: string | null;
  /** Human-readable explanation, e.g. "'on Thursday', past tense, published 2022-03-18". */
  explanation?: string;
}

export interface MentionRecord {
  document: string;
  start: number;
  end: number;
  sentence: string;
  attributed_to: string | null;
}

export interface ConflictRecord {
  field: string;
  values: string[];
  documents: string[];
}

export interface EventRecord {
  id: string;
  type: 'contact';
  status: EventStatus;
  mode: ContactMode;
  participants: ParticipantRecord[];
  initiator: string | null;
  date: EventDate;
  duration_minutes: number | null;
  topics: string[];
  mentions: MentionRecord[];
  conflicts: ConflictRecord[];
  confidence: number;
}

export interface QuoteRecord {
  document: string;
  start: number;
  end: number;
  text: string;
  speaker: { name: string; wikidata: string | null } | null;
  event: string | null;
}

export interface RecordSet {
  parley: 1;
  documents: DocumentRecord[];
  events: EventRecord[];
  quotes: QuoteRecord[];
}

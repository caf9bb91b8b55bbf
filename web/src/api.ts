// The Parley HTTP API as the web app uses it. Types come from the record format itself.
import { fromOverviewRow, type OverviewEvent, type OverviewRow } from '../../src/records/overview.js';
import type {
  ContactMode,
  DocumentRecord,
  EventRecord,
  EventStatus,
  ParticipantRecord,
  QuoteRecord,
} from '../../src/records/types.js';

export type { ContactMode, DocumentRecord, EventRecord, EventStatus, OverviewEvent, ParticipantRecord, QuoteRecord };

export interface Dossier {
  event: EventRecord;
  reports: Array<{ document: DocumentRecord; mentions: EventRecord['mentions'] }>;
  quotes: QuoteRecord[];
  /** Names of Wikidata ids shown in the dossier (the initiator's). */
  labels: Record<string, string>;
}

export interface SearchResult {
  q: string;
  events: EventRecord[];
  events_total: number;
  quotes: QuoteRecord[];
  documents: Array<DocumentRecord & { excerpt: string }>;
}

export interface Health {
  ok: boolean;
  documents: number;
  events: number;
  quotes: number;
  ingest: boolean;
}

export class ApiError extends Error {}

async function get<T>(path: string, params?: URLSearchParams, signal?: AbortSignal): Promise<T> {
  const res = await fetch(params && [...params.keys()].length ? `${path}?${params}` : path, { signal });
  const body = await res.json().catch(() => ({ error: `${res.status} ${res.statusText}` }));
  if (!res.ok) throw new ApiError((body as { error?: string }).error ?? `${res.status} ${res.statusText}`);
  return body as T;
}

export const api = {
  health: () => get<Health>('/api/health'),
  async overview(filter: URLSearchParams, signal?: AbortSignal) {
    const r = await get<{ total: number; truncated: boolean; events: OverviewRow[] }>('/api/overview', filter, signal);
    return { total: r.total, truncated: r.truncated, events: r.events.map(fromOverviewRow) };
  },
  dossier: (id: string) => get<Dossier>(`/api/events/${encodeURIComponent(id)}`),
  document: (id: string) => get<DocumentRecord & { text: string }>(`/api/documents/${encodeURIComponent(id)}`),
  search: (q: string, signal?: AbortSignal) =>
    get<SearchResult>('/api/search', new URLSearchParams({ q, limit: '50' }), signal),
  async addDocuments(token: string, docs: Array<Record<string, string>>) {
    const res = await fetch('/api/documents', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(docs),
    });
    const body = await res.json().catch(() => ({ error: `${res.status} ${res.statusText}` }));
    if (!res.ok) throw new ApiError((body as { error?: string }).error ?? `${res.status}`);
    return body as { documents: Array<{ id: string; stored: boolean; reason?: string; events: string[] }> };
  },
};

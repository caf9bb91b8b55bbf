// The JSON HTTP API over the store: the same queries as the CLI, every parameter validated.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { contribute } from '../events/contribution.js';
import { extractHtml } from '../ingest/html.js';
import { toDocument } from '../ingest/normalize.js';
import type { Pipeline } from '../pipeline/runner.js';
import { actorArg, isActor, parseBetween } from '../query-args.js';
import { EXPORT_FORMATS, type ExportFormat, writeExport } from '../records/export.js';
import { OVERVIEW_COLUMNS } from '../records/overview.js';
import { CONTACT_MODES, EVENT_STATUSES } from '../records/types.js';
import type { EventFilter, Store } from '../store/store.js';
import { OPENAPI } from './openapi.js';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface ApiOptions {
  store: Store;
  /** Token that enables POST /api/documents; none means read-only. */
  token?: string | null;
  pipeline: () => Pipeline;
  /** The name of a Wikidata id (from the actor base), for labels in dossiers. */
  labelOf?: (qid: string) => string | undefined;
  /** Static handler for everything outside /api (the web app). */
  fallback?: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;
}

const MAX_BODY = 20 * 2 ** 20;

function only(q: URLSearchParams, allowed: string[]): void {
  for (const k of new Set(q.keys()))
    if (!allowed.includes(k)) throw new HttpError(400, `unknown parameter '${k}' (allowed: ${allowed.join(', ')})`);
  for (const k of allowed)
    if (k !== 'actor' && q.getAll(k).length > 1) throw new HttpError(400, `parameter '${k}' given more than once`);
}

function int(q: URLSearchParams, name: string, def: number, min: number, max: number): number {
  const v = q.get(name);
  if (v === null) return def;
  if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max)
    throw new HttpError(400, `'${name}' must be a whole number from ${min} to ${max}, got '${v}'`);
  return Number(v);
}

function filterOf(q: URLSearchParams): EventFilter {
  const mode = q.get('mode') ?? undefined;
  const status = q.get('status') ?? undefined;
  if (mode && !(CONTACT_MODES as readonly string[]).includes(mode))
    throw new HttpError(400, `'mode' must be one of ${CONTACT_MODES.join(', ')}`);
  if (status && !(EVENT_STATUSES as readonly string[]).includes(status))
    throw new HttpError(400, `'status' must be one of ${EVENT_STATUSES.join(', ')}`);
  let range = {};
  const between = q.get('between');
  if (between) {
    try {
      range = parseBetween(between);
    } catch (e) {
      throw new HttpError(400, (e as Error).message.replace('--between', "'between'"));
    }
  }
  const actors = q.getAll('actor').map((a) => {
    if (!a.trim()) throw new HttpError(400, "'actor' must not be empty");
    return actorArg(a);
  });
  return {
    actors,
    ...range,
    mode,
    status,
    source: q.get('source') ?? undefined,
    text: q.get('text') ?? undefined,
    limit: int(q, 'limit', 100, 1, 1000),
    offset: int(q, 'offset', 0, 0, 10_000_000),
  };
}

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of req) {
    size += (c as Buffer).length;
    if (size > MAX_BODY) throw new HttpError(413, `request body over ${MAX_BODY} bytes`);
    chunks.push(c as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, data: unknown): void {
  const s = JSON.stringify(data);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(s);
}

export function apiHandler(o: ApiOptions) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const q = url.searchParams;
      const path = url.pathname.replace(/\/+$/, '') || '/';
      if (!path.startsWith('/api')) {
        if (o.fallback && (await o.fallback(req, res))) return;
        throw new HttpError(404, `no such page '${path}'`);
      }
      if (req.method === 'POST' && path === '/api/documents') return await postDocuments(o, req, res);
      if (req.method !== 'GET' && req.method !== 'HEAD')
        throw new HttpError(405, `${req.method} is not allowed on ${path}`);
      if (path === '/api/openapi.json') return send(res, 200, OPENAPI);
      if (path === '/api/health') {
        only(q, []);
        return send(res, 200, { ok: true, ...(await o.store.counts()), ingest: !!o.token });
      }
      if (path === '/api/events') {
        only(q, ['actor', 'between', 'mode', 'status', 'source', 'text', 'limit', 'offset']);
        const f = filterOf(q);
        const { total, events } = await o.store.events(f);
        return send(res, 200, { parley: 1, total, limit: f.limit, offset: f.offset, events });
      }
      const ev = /^\/api\/events\/([^/]+)$/.exec(path);
      if (ev) {
        only(q, []);
        const d = await o.store.dossier(decodeURIComponent(ev[1]));
        if (!d) throw new HttpError(404, `no event '${decodeURIComponent(ev[1])}'`);
        // names for the Wikidata ids a reader sees (the initiator may be a state not among the participants)
        const ini = d.event.initiator;
        const label = ini && /^Q\d+$/.test(ini) ? (o.labelOf?.(ini) ?? null) : null;
        return send(res, 200, { ...d, labels: label ? { [ini!]: label } : {} });
      }
      if (path === '/api/overview') {
        only(q, ['actor', 'between', 'mode', 'status', 'source', 'text', 'cap']);
        const f = filterOf(q);
        const cap = int(q, 'cap', 50_000, 1, 200_000);
        const t0 = performance.now();
        const { total, rows } = await o.store.overview(f, cap);
        const dbMs = performance.now() - t0;
        // the rows arrive as JSON text from the database and go out as they are
        const body = `{"total":${total},"truncated":${total > cap},"columns":${JSON.stringify(OVERVIEW_COLUMNS)},"events":${rows}}`;
        res.writeHead(200, {
          'content-type': 'application/json; charset=utf-8',
          'cache-control': 'no-store',
          'x-content-type-options': 'nosniff',
          'server-timing': `db;dur=${dbMs.toFixed(1)}`,
        });
        res.end(body);
        return;
      }
      if (path === '/api/search') {
        only(q, ['q', 'limit']);
        const text = (q.get('q') ?? '').trim();
        if (text.length < 2) throw new HttpError(400, "'q' must have at least 2 characters");
        const limit = int(q, 'limit', 50, 1, 500);
        const [events, quotes, documents] = await Promise.all([
          o.store.events({ text, limit }),
          o.store.quotes({ text, limit }),
          o.store.searchDocuments(text, limit),
        ]);
        return send(res, 200, { q: text, events: events.events, events_total: events.total, quotes, documents });
      }
      if (path === '/api/timeline') {
        only(q, ['actor', 'between', 'mode', 'limit', 'offset']);
        if (q.getAll('actor').length !== 1) throw new HttpError(400, "'actor' is required, once");
        const f = filterOf(q);
        const who = f.actors![0];
        const { total, events } = await o.store.contacts({ ...f, status: 'occurred' });
        return send(res, 200, {
          actor: q.get('actor'),
          total,
          contacts: events.map((e) => ({
            event: e.id,
            date: e.date,
            mode: e.mode,
            counterparts: e.participants.filter((p) => !isActor(p, who)),
          })),
        });
      }
      if (path === '/api/actors') {
        only(q, ['top', 'between']);
        const range = q.get('between') ? filterOf(new URLSearchParams({ between: q.get('between')! })) : {};
        return send(res, 200, {
          pairs: await o.store.pairs({
            top: int(q, 'top', 20, 1, 1000),
            from: (range as EventFilter).from,
            to: (range as EventFilter).to,
          }),
        });
      }
      if (path === '/api/quotes') {
        only(q, ['speaker', 'event', 'limit', 'offset']);
        const speaker = q.get('speaker');
        return send(res, 200, {
          quotes: await o.store.quotes({
            speaker: speaker ? actorArg(speaker) : undefined,
            event: q.get('event') ?? undefined,
            limit: int(q, 'limit', 100, 1, 1000),
            offset: int(q, 'offset', 0, 0, 10_000_000),
          }),
        });
      }
      const doc = /^\/api\/documents\/([^/]+)$/.exec(path);
      if (doc) {
        only(q, []);
        const id = decodeURIComponent(doc[1]);
        const [meta] = await o.store.documents([id]);
        if (!meta) throw new HttpError(404, `no document '${id}'`);
        return send(res, 200, { ...meta, text: await o.store.documentText(id) });
      }
      if (path === '/api/export') {
        only(q, ['format']);
        const format = (q.get('format') ?? 'jsonl') as ExportFormat;
        if (!EXPORT_FORMATS.includes(format))
          throw new HttpError(400, `'format' must be one of ${EXPORT_FORMATS.join(', ')}`);
        return await exportTo(o.store, format, res);
      }
      throw new HttpError(404, `no such endpoint '${path}'`);
    } catch (e) {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (e instanceof HttpError) send(res, e.status, { error: e.message });
      else send(res, 500, { error: `internal error: ${(e as Error).message}` });
    }
  };
}

async function exportTo(store: Store, format: ExportFormat, res: ServerResponse): Promise<void> {
  const type = {
    json: 'application/json',
    jsonl: 'application/x-ndjson',
    csv: 'text/csv',
    plover: 'application/x-ndjson',
    cameo: 'text/tab-separated-values',
  }[format];
  const ext = { json: 'json', jsonl: 'jsonl', csv: 'csv', plover: 'plover.jsonl', cameo: 'tsv' }[format];
  res.writeHead(200, {
    'content-type': `${type}; charset=utf-8`,
    'content-disposition': `attachment; filename="parley-events.${ext}"`,
  });
  await writeExport(store.exportSource(), format, (s) =>
    res.write(s) ? Promise.resolve() : new Promise<void>((r) => res.once('drain', () => r())),
  );
  res.end();
}

async function postDocuments(o: ApiOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (!o.token) throw new HttpError(403, 'ingest over HTTP is disabled: start the server with PARLEY_TOKEN set');
  const auth = req.headers.authorization ?? '';
  if (auth !== `Bearer ${o.token}`) throw new HttpError(401, 'missing or wrong token (Authorization: Bearer …)');
  let parsed: unknown;
  try {
    parsed = JSON.parse(await body(req));
  } catch (e) {
    if (e instanceof HttpError) throw e;
    throw new HttpError(400, `the body must be JSON: a document object or an array of them (${(e as Error).message})`);
  }
  const items = Array.isArray(parsed) ? parsed : [parsed];
  if (!items.length || items.length > 1000) throw new HttpError(400, 'send from 1 to 1000 documents');
  const results: Array<{ id: string; stored: boolean; reason?: string; events: string[] }> = [];
  // every document is checked before any is stored: a bad one rejects the request and stores nothing
  const docs = items.map((it, i) => {
    if (!it || typeof it !== 'object') throw new HttpError(400, `document ${i}: must be an object`);
    const r = it as Record<string, unknown>;
    for (const k of ['id', 'title', 'url', 'published', 'source', 'text', 'html'])
      if (r[k] !== undefined && r[k] !== null && typeof r[k] !== 'string')
        throw new HttpError(400, `document ${i}: '${k}' must be a string`);
    let text = r.text as string | undefined;
    let title = r.title as string | undefined;
    let published = r.published as string | undefined;
    if (text === undefined && typeof r.html === 'string') {
      const h = extractHtml(r.html);
      text = h.text;
      title ??= h.title ?? undefined;
      published ??= h.published ?? undefined;
    }
    if (!text?.trim()) throw new HttpError(400, `document ${i}: needs a non-empty 'text' or 'html'`);
    try {
      return toDocument({
        id: r.id as string | undefined,
        text,
        title,
        url: r.url as string | undefined,
        source: r.source as string | undefined,
        published,
        origin: `document ${i}`,
      });
    } catch (e) {
      throw new HttpError(400, (e as Error).message);
    }
  });
  for (const d of docs) {
    const r = await o.store.ingest(contribute(o.pipeline().run(d)), d.text, d.publishedDate);
    results.push({ id: d.id, stored: r.stored, reason: r.reason, events: r.events });
  }
  send(res, 200, { documents: results });
}

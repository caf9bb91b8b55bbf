// The persistent record: documents, merged events, mentions and quotes. Ingest is incremental and
// idempotent; each document is stored in one transaction. The store never parses text: it takes
// contributions made by the pipeline and merges them with the rules of events/merge.ts.
import { createHash } from 'node:crypto';
import { actorKey } from '../actors/refs.js';
import type { Contribution } from '../events/contribution.js';
import { EventIndex } from '../events/index.js';
import {
  absorb,
  choose,
  createEvent,
  type EventState,
  indexEntries,
  lookupFor,
  otherContactId,
  STATUS_CLASS,
  toRecord,
} from '../events/merge.js';
import type { ExportSource } from '../records/export.js';
import { fromOverviewRow, type OverviewEvent, type OverviewRow, overviewRow } from '../records/overview.js';
import type { DocumentRecord, EventRecord, QuoteRecord } from '../records/types.js';
import type { Db } from './db.js';
import { MIGRATIONS, MIGRATIONS_TABLE } from './migrations.js';
import { openPglite } from './pglite.js';
import { openPostgres } from './postgres.js';

export interface StoreLocation {
  /** Directory of the embedded store; undefined with no url means memory (tests). */
  dir?: string;
  /** A PostgreSQL connection string. */
  url?: string;
  /** PostgreSQL schema to use (created when missing). */
  schema?: string;
}

export interface EventFilter {
  /** Each entry: Wikidata ids or names, any of which may match one participant; all entries must match. */
  actors?: Array<{ qids: string[]; names: string[] }>;
  from?: string;
  to?: string;
  mode?: string;
  status?: string;
  source?: string;
  text?: string;
  limit?: number;
  offset?: number;
}

export interface PairFilter {
  top?: number;
  from?: string;
  to?: string;
  status?: string;
}

export interface Pair {
  a: string;
  a_wikidata: string | null;
  b: string;
  b_wikidata: string | null;
  contacts: number;
  first: string | null;
  last: string | null;
}

export interface Dossier {
  event: EventRecord;
  reports: Array<{ document: DocumentRecord; mentions: EventRecord['mentions'] }>;
  quotes: QuoteRecord[];
}

export interface IngestResult {
  stored: boolean;
  reason?: 'same id' | 'same content';
  events: string[];
}

export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A LIKE pattern for "contains this text", case-folded, with LIKE's own wildcards taken literally. */
function contains(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export class Store {
  /** Recent overview answers, with the state of the events they were computed from (at most 8). */
  private readonly overviews = new Map<string, { stamp: string; value: { total: number; rows: string } }>();

  private constructor(readonly db: Db) {}

  static async open(loc: StoreLocation): Promise<Store> {
    const db = loc.url ? await openPostgres(loc.url, loc.schema) : await openPglite(loc.dir);
    return Store.fromDb(db);
  }

  /** A store over an open connection (migrated first). */
  static async fromDb(db: Db): Promise<Store> {
    const store = new Store(db);
    await store.migrate();
    return store;
  }

  async close(): Promise<void> {
    await this.db.close();
  }

  async migrate(): Promise<number> {
    await this.db.exec(MIGRATIONS_TABLE);
    const done = new Set(
      (await this.db.query<{ version: number }>('SELECT version FROM parley_migrations')).map((r) => Number(r.version)),
    );
    let n = 0;
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      await this.db.transaction(async (tx) => {
        await tx.exec(m.sql);
        await tx.query('INSERT INTO parley_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      });
      n++;
    }
    return n;
  }

  /** Stores one document and merges its reports into the events, all in one transaction. */
  async ingest(c: Contribution, text: string, publishedDay: string | null): Promise<IngestResult> {
    const [r] = await this.db.transaction((tx) => Store.ingestBatch(tx, [{ c, text, publishedDay }]));
    return r;
  }

  /**
   * Stores several documents in one transaction (fewer commits, and a few statements for the whole
   * batch); if anything fails, each document is stored again in a transaction of its own, so one bad
   * document never holds back the others. Documents are merged in order, as if one by one.
   */
  async ingestMany(
    items: Array<{ c: Contribution; text: string; publishedDay: string | null }>,
  ): Promise<Array<IngestResult | Error>> {
    try {
      return await this.db.transaction((tx) => Store.ingestBatch(tx, items));
    } catch {
      const out: Array<IngestResult | Error> = [];
      for (const it of items) out.push(await this.ingest(it.c, it.text, it.publishedDay).catch((e: Error) => e));
      return out;
    }
  }

  /** Which of these documents are stored already, by id or by content. */
  async existing(docs: Array<{ id: string; hash: string }>): Promise<Array<'same id' | 'same content' | null>> {
    if (!docs.length) return [];
    const rows = await this.db.query<{ id: string; content_hash: string }>(
      'SELECT id, content_hash FROM documents WHERE id = ANY($1) OR content_hash = ANY($2)',
      [docs.map((d) => d.id), docs.map((d) => d.hash)],
    );
    const ids = new Set(rows.map((r) => r.id));
    const hashes = new Set(rows.map((r) => r.content_hash));
    return docs.map((d) => (ids.has(d.id) ? 'same id' : hashes.has(d.hash) ? 'same content' : null));
  }

  /**
   * The batch writer. Candidate events for every report of the batch are read in one query; merging
   * runs in memory, document after document, each seeing the events the earlier ones created or
   * changed (exactly the candidates the in-memory accumulator would see); then everything is written
   * in a handful of statements.
   */
  private static async ingestBatch(
    tx: Db,
    items: Array<{ c: Contribution; text: string; publishedDay: string | null }>,
  ): Promise<IngestResult[]> {
    const hashes = items.map((it) => contentHash(it.text));
    const dups = await new Store(tx).existing(items.map((it, i) => ({ id: it.c.document.id, hash: hashes[i] })));
    // a document twice in one batch: the second is a duplicate of the first
    const seenIds = new Set<string>();
    const seenHashes = new Set<string>();
    const dup = items.map((it, i): IngestResult['reason'] | null => {
      const d =
        dups[i] ?? (seenIds.has(it.c.document.id) ? 'same id' : seenHashes.has(hashes[i]) ? 'same content' : null);
      seenIds.add(it.c.document.id);
      seenHashes.add(hashes[i]);
      return d;
    });
    const stored = items.map((it, i) => ({ ...it, hash: hashes[i] })).filter((_, i) => !dup[i]);

    // every report's look-up, and the stored events it finds
    const looks = stored.flatMap((it, di) => it.c.reports.map((r, ri) => ({ di, ri, r, look: lookupFor(r) })));
    const found = new Map<string, EventState[]>(); // "di|ri" → stored candidates
    if (looks.length) {
      const J = (xs: string[]) => xs.join('\u001f');
      const rows = await tx.query<{ k: string; state: EventState }>(
        `SELECT t.k, e.state FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::boolean[])
           AS t(k, keys, days, months, cls, has_state)
         JOIN LATERAL (
           SELECT e.id, e.state FROM events e WHERE e.id IN (
             SELECT event_id FROM event_index i
             WHERE i.key = ANY(string_to_array(t.keys, chr(31))) AND i.day = ANY(string_to_array(t.days, chr(31)))
               AND i.status_class = t.cls
               AND (i.keys @> string_to_array(t.keys, chr(31)) OR i.keys <@ string_to_array(t.keys, chr(31)) OR i.has_state OR t.has_state)
             UNION
             SELECT event_id FROM event_index i
             WHERE i.key = ANY(string_to_array(t.keys, chr(31))) AND i.month = ANY(string_to_array(t.months, chr(31)))
               AND i.status_class = t.cls
               AND (i.keys @> string_to_array(t.keys, chr(31)) OR i.keys <@ string_to_array(t.keys, chr(31)) OR i.has_state OR t.has_state))
         ) e ON true`,
        [
          looks.map((l) => `${l.di}|${l.ri}`),
          looks.map((l) => J(l.look.keys)),
          looks.map((l) => J(l.look.days)),
          looks.map((l) => J(l.look.months)),
          looks.map((l) => STATUS_CLASS[l.r.status]),
          looks.map((l) => l.r.participants.some((x) => x.kind === 'state')),
        ],
      );
      for (const row of rows) found.set(row.k, [...(found.get(row.k) ?? []), row.state]);
    }

    // merge in memory, document by document
    const touched = new Map<string, { ev: EventState; isNew: boolean; creator: string }>();
    // the batch's own events, created or changed, found as the in-memory accumulator finds them
    const batchIndex = new EventIndex();
    const perDoc = stored.map(() => ({ events: new Set<EventState>(), reports: [] as EventState[] }));
    for (const l of looks) {
      const docId = stored[l.di].c.document.id;
      // stored events changed earlier in this batch are taken from memory, through the batch's index
      const cands = (found.get(`${l.di}|${l.ri}`) ?? []).filter((e) => !touched.has(e.id));
      for (const ev of batchIndex.candidates(l.look)) cands.push(ev);
      let ev = choose(cands, l.r);
      if (ev) {
        absorb(ev, l.r, docId);
        if (!touched.has(ev.id)) touched.set(ev.id, { ev, isNew: false, creator: docId });
      } else {
        ev = createEvent(l.r, docId);
        // another new contact with the same id (same parties and day, another mode): a suffix
        if (touched.has(ev.id)) ev.id = otherContactId(ev.id, docId);
        touched.set(ev.id, { ev, isNew: true, creator: docId });
      }
      batchIndex.file(ev);
      perDoc[l.di].events.add(ev);
      perDoc[l.di].reports.push(ev);
    }
    // the same contact re-ingested from scratch keeps its id; a stored event with the id of a new one is
    // another contact, which gets a suffix (the rule of the in-memory accumulator, so both give the same ids)
    const fresh = [...touched.values()].filter((t) => t.isNew);
    if (fresh.length) {
      const taken = new Set(
        (await tx.query<{ id: string }>('SELECT id FROM events WHERE id = ANY($1)', [fresh.map((t) => t.ev.id)])).map(
          (x) => x.id,
        ),
      );
      for (const t of fresh) {
        if (!taken.has(t.ev.id)) continue;
        touched.delete(t.ev.id);
        t.ev.id = otherContactId(t.ev.id, t.creator);
        touched.set(t.ev.id, t);
      }
    }

    // write: documents, events with their index, participants and mentions, quotes
    if (stored.length) {
      const ds = stored.map((it) => it.c.document);
      await tx.query(
        `INSERT INTO documents (id, content_hash, title, url, source, published, published_day, published_basis, text)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])`,
        [
          ds.map((d) => d.id),
          stored.map((it) => it.hash),
          ds.map((d) => d.title),
          ds.map((d) => d.url),
          ds.map((d) => d.source),
          ds.map((d) => d.published),
          stored.map((it) => it.publishedDay),
          ds.map((d) => d.published_basis),
          stored.map((it) => it.text),
        ],
      );
      await Store.writeEvents(tx, [...touched.values()], new Set(ds.map((d) => d.id)));
      const qs = stored.flatMap((it, di) =>
        it.c.quotes.map((q) => ({
          doc: it.c.document.id,
          q,
          ev: q.report === null ? null : (perDoc[di].reports[q.report]?.id ?? null),
        })),
      );
      if (qs.length)
        await tx.query(
          `INSERT INTO quotes (document_id, start_offset, end_offset, text, speaker_name, speaker_wikidata, event_id)
           SELECT * FROM unnest($1::text[], $2::int[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[])`,
          [
            qs.map((x) => x.doc),
            qs.map((x) => x.q.start),
            qs.map((x) => x.q.end),
            qs.map((x) => x.q.text),
            qs.map((x) => x.q.speaker?.name ?? null),
            qs.map((x) => x.q.speaker?.wikidata ?? null),
            qs.map((x) => x.ev),
          ],
        );
    }
    let k = 0;
    return items.map((_, i) => {
      const d = dup[i];
      if (d) return { stored: false, reason: d, events: [] };
      return { stored: true, events: [...perDoc[k++].events].map((e) => e.id) };
    });
  }

  /** Writes the events a batch created or changed, with the mentions of its documents: a few statements in all. */
  private static async writeEvents(
    tx: Db,
    touched: Array<{ ev: EventState; isNew: boolean }>,
    docIds: Set<string>,
  ): Promise<void> {
    if (!touched.length) return;
    const rows = touched.map(({ ev, isNew }) => ({ ev, isNew, rec: toRecord(ev) }));
    const cols = (list: typeof rows) => [
      list.map((r) => r.ev.id),
      list.map((r) => JSON.stringify(r.ev)),
      list.map((r) => JSON.stringify(r.rec)),
      list.map((r) => r.rec.status),
      list.map((r) => r.rec.mode),
      list.map((r) => r.rec.date.start),
      list.map((r) => r.rec.date.end),
      list.map((r) => r.rec.confidence),
      list.map((r) => r.ev.keys.join('\u001f')),
      list.map((r) => r.ev.participants.some((p) => p.kind === 'state')),
      list.map((r) => STATUS_CLASS[r.ev.status]),
      list.map((r) => JSON.stringify(overviewRow(r.rec))),
    ];
    const fresh = rows.filter((r) => r.isNew);
    const changed = rows.filter((r) => !r.isNew);
    if (fresh.length) {
      await tx.query(
        `INSERT INTO events (id, state, record, status, mode, date_start, date_end, confidence, keys, has_state, status_class,
                             overview)
         SELECT id, state::jsonb, record::jsonb, status, mode, date_start, date_end, confidence, string_to_array(keys, chr(31)),
                has_state, status_class, overview::jsonb
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::real[], $9::text[],
                     $10::boolean[], $11::text[], $12::text[])
           AS t(id, state, record, status, mode, date_start, date_end, confidence, keys, has_state, status_class, overview)`,
        cols(fresh),
      );
    }
    if (changed.length) {
      await tx.query(
        `UPDATE events e SET state = t.state::jsonb, record = t.record::jsonb, status = t.status, mode = t.mode,
           date_start = t.date_start, date_end = t.date_end, confidence = t.confidence, keys = string_to_array(t.keys, chr(31)),
           has_state = t.has_state, status_class = t.status_class, overview = t.overview::jsonb, updated_at = now()
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::real[], $9::text[],
                     $10::boolean[], $11::text[], $12::text[])
           AS t(id, state, record, status, mode, date_start, date_end, confidence, keys, has_state, status_class, overview)
         WHERE e.id = t.id`,
        cols(changed),
      );
      const ids = changed.map((r) => r.ev.id);
      await tx.query('DELETE FROM event_index WHERE event_id = ANY($1)', [ids]);
      // a person who replaced the state that stood for them: the state is no longer a participant
      // (rows found through the primary key by event id; a join on the list made the planner scan the table)
      await tx.query(
        `DELETE FROM event_participants p WHERE p.event_id = ANY($1::text[])
           AND NOT (p.event_id || chr(31) || p.key = ANY($2::text[]))`,
        [ids, changed.flatMap((r) => r.ev.participants.map((x) => `${r.ev.id}\u001f${actorKey(x)}`))],
      );
    }
    const idx = rows.flatMap((r) => indexEntries(r.ev).map((e) => ({ ev: r.ev, ...e })));
    await tx.query(
      `INSERT INTO event_index (event_id, key, day, month, status_class, keys, has_state)
       SELECT t.id, t.key, t.day, t.month, t.cls, string_to_array(t.keys, chr(31)), t.has_state
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::boolean[])
         AS t(id, key, day, month, cls, keys, has_state)`,
      [
        idx.map((e) => e.ev.id),
        idx.map((e) => e.key),
        idx.map((e) => e.day),
        idx.map((e) => e.month),
        idx.map((e) => STATUS_CLASS[e.ev.status]),
        idx.map((e) => e.ev.keys.join('\u001f')),
        idx.map((e) => e.ev.participants.some((p) => p.kind === 'state')),
      ],
    );
    const ps = rows.flatMap((r) => r.ev.participants.map((p) => ({ id: r.ev.id, p })));
    await tx.query(
      `INSERT INTO event_participants (event_id, key, name, wikidata, kind, country)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
       ON CONFLICT (event_id, key) DO NOTHING`,
      [
        ps.map((x) => x.id),
        ps.map((x) => actorKey(x.p)),
        ps.map((x) => x.p.surface ?? x.p.name),
        ps.map((x) => x.p.wikidata),
        ps.map((x) => x.p.kind),
        ps.map((x) => x.p.country),
      ],
    );
    const ms = rows.flatMap((r) =>
      r.ev.mentions.filter((m) => docIds.has(m.document)).map((m) => ({ id: r.ev.id, m })),
    );
    await tx.query(
      `INSERT INTO mentions (event_id, document_id, start_offset, end_offset, sentence, attributed_to)
       SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::int[], $5::text[], $6::text[])
       ON CONFLICT DO NOTHING`,
      [
        ms.map((x) => x.id),
        ms.map((x) => x.m.document),
        ms.map((x) => x.m.start),
        ms.map((x) => x.m.end),
        ms.map((x) => x.m.sentence),
        ms.map((x) => x.m.attributed_to),
      ],
    );
  }

  /** The SQL condition of a filter (actors, dates, mode, status, source, text) over events `e`. */
  private static whereOf(f: EventFilter): { w: string; params: unknown[]; p: (v: unknown) => string } {
    const where: string[] = [];
    const params: unknown[] = [];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    // an actor with a Wikidata id is found through its index; a name is searched only where no id is known
    for (const a of f.actors ?? []) {
      const parts: string[] = [];
      if (a.qids.length) parts.push(`SELECT event_id FROM event_participants WHERE wikidata = ANY(${p(a.qids)})`);
      if (!a.qids.length && a.names.length)
        parts.push(
          `SELECT event_id FROM event_participants WHERE lower(name) LIKE ANY(${p(a.names.map((n) => contains(n)))})`,
        );
      where.push(parts.length ? `e.id IN (${parts.join(' UNION ')})` : 'false');
    }
    if (f.from) where.push(`e.date_hi >= ${p(f.from)}`);
    if (f.to) where.push(`e.date_lo <= ${p(f.to)}`);
    if (f.mode) where.push(`e.mode = ${p(f.mode)}`);
    if (f.status) where.push(`e.status = ${p(f.status)}`);
    if (f.source) {
      where.push(`EXISTS (SELECT 1 FROM mentions m JOIN documents d ON d.id = m.document_id WHERE m.event_id = e.id
        AND (lower(d.source) LIKE ${p(contains(f.source))} OR lower(coalesce(m.attributed_to, '')) LIKE ${p(contains(f.source))}))`);
    }
    if (f.text)
      where.push(
        `EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = e.id AND lower(m.sentence) LIKE ${p(contains(f.text))})`,
      );
    return { w: where.length ? `WHERE ${where.join(' AND ')}` : '', params, p };
  }

  /** Events matching a filter, in timeline order, with the total before paging (one query). */
  async events(f: EventFilter = {}): Promise<{ total: number; events: EventRecord[] }> {
    const { w, params, p } = Store.whereOf(f);
    const rows = await this.db.query<{ record: EventRecord; n: number }>(
      `SELECT e.record, count(*) OVER ()::int AS n FROM events e ${w} ORDER BY e.date_lo NULLS LAST, e.id
       LIMIT ${p(f.limit ?? 1000)} OFFSET ${p(f.offset ?? 0)}`,
      params,
    );
    // a page past the end has no rows to carry the total: count apart
    const total = rows.length ? Number(rows[0].n) : await this.count(f);
    return { total, events: rows.map((r) => r.record) };
  }

  /** How many events match a filter. */
  async count(f: EventFilter = {}): Promise<number> {
    const { w, params } = Store.whereOf(f);
    const [{ n }] = await this.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM events e ${w}`, params);
    return Number(n);
  }

  /**
   * Events matching a filter in their compact form (no mentions or sentences), in timeline order,
   * with the total before paging: what a timeline of contacts needs, read from the overview rows.
   */
  async contacts(f: EventFilter = {}): Promise<{ total: number; events: OverviewEvent[] }> {
    const { w, params, p } = Store.whereOf(f);
    const rows = await this.db.query<{ o: OverviewRow; n: number }>(
      `SELECT e.overview AS o, count(*) OVER ()::int AS n FROM events e ${w} ORDER BY e.date_lo NULLS LAST, e.id
       LIMIT ${p(f.limit ?? 1000)} OFFSET ${p(f.offset ?? 0)}`,
      params,
    );
    return {
      total: rows.length ? Number(rows[0].n) : await this.count(f),
      events: rows.map((r) => fromOverviewRow(r.o)),
    };
  }

  /**
   * Every event matching a filter in compact rows (OVERVIEW_COLUMNS), for views that draw them all at
   * once (the web app's timeline and network): at most `cap`, in timeline order, as one JSON array
   * text built by the database, so that tens of thousands of events cost one row.
   */
  async overview(f: EventFilter = {}, cap = 50_000): Promise<{ total: number; rows: string }> {
    const { w, params, p } = Store.whereOf(f);
    const sql = `SELECT (SELECT count(*)::int FROM events e ${w}) AS n,
       (SELECT coalesce(json_agg(o ORDER BY lo NULLS LAST, id), '[]')::text FROM (
         SELECT e.overview AS o, e.date_lo AS lo, e.id FROM events e ${w} ORDER BY e.date_lo NULLS LAST, e.id LIMIT ${p(cap)}) x) AS rows`;
    // the same view asked for again is answered from memory while the events are unchanged (any
    // writer, this process or another, changes their number or latest update time)
    const [{ stamp }] = await this.db.query<{ stamp: string }>(
      "SELECT count(*) || '/' || coalesce(max(updated_at)::text, '') AS stamp FROM events",
    );
    const key = `${sql}\u0000${JSON.stringify(params)}`;
    const hit = this.overviews.get(key);
    if (hit && hit.stamp === stamp) {
      this.overviews.delete(key);
      this.overviews.set(key, hit);
      return hit.value;
    }
    const [{ n, rows }] = await this.db.query<{ n: number; rows: string }>(sql, params);
    const value = { total: Number(n), rows };
    this.overviews.set(key, { stamp, value });
    if (this.overviews.size > 8) this.overviews.delete(this.overviews.keys().next().value!);
    return value;
  }

  /** Documents whose title or text contains a phrase, with a short excerpt around the first hit. */
  async searchDocuments(text: string, limit = 50): Promise<Array<DocumentRecord & { excerpt: string }>> {
    const like = contains(text);
    const rows = await this.db.query<DocumentRecord & { body: string }>(
      `SELECT id, title, url, source, published, published_basis, text AS body FROM documents
       WHERE lower(coalesce(title, '')) LIKE $1 OR lower(text) LIKE $1 ORDER BY published DESC NULLS LAST, id LIMIT $2`,
      [like, limit],
    );
    return rows.map(({ body, ...d }) => {
      const at = body.toLowerCase().indexOf(text.toLowerCase());
      const from = Math.max(0, at - 80);
      const excerpt =
        at < 0 ? body.slice(0, 200) : `${from > 0 ? '…' : ''}${body.slice(from, at + text.length + 120)}…`;
      return { ...d, excerpt };
    });
  }

  async event(id: string): Promise<EventRecord | null> {
    const rows = await this.db.query<{ record: EventRecord }>('SELECT record FROM events WHERE id = $1', [id]);
    return rows[0]?.record ?? null;
  }

  /** Everything known about one event: its record, each report with its document, and quotes. */
  async dossier(id: string): Promise<Dossier | null> {
    const event = await this.event(id);
    if (!event) return null;
    const docs = await this.documents([...new Set(event.mentions.map((m) => m.document))]);
    const reports = docs.map((document) => ({
      document,
      mentions: event.mentions.filter((m) => m.document === document.id),
    }));
    return { event, reports, quotes: await this.quotes({ event: id }) };
  }

  async documents(ids: string[]): Promise<DocumentRecord[]> {
    const rows = await this.db.query<DocumentRecord>(
      'SELECT id, title, url, source, published, published_basis FROM documents WHERE id = ANY($1) ORDER BY published, id',
      [ids],
    );
    return rows;
  }

  async documentText(id: string): Promise<string | null> {
    const rows = await this.db.query<{ text: string }>('SELECT text FROM documents WHERE id = $1', [id]);
    return rows[0]?.text ?? null;
  }

  async quotes(
    f: {
      speaker?: { qids: string[]; names: string[] };
      event?: string;
      text?: string;
      limit?: number;
      offset?: number;
    } = {},
  ): Promise<QuoteRecord[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (f.event) {
      params.push(f.event);
      where.push(`event_id = $${params.length}`);
    }
    if (f.text) {
      params.push(contains(f.text));
      where.push(`lower(text) LIKE $${params.length}`);
    }
    if (f.speaker) {
      params.push(f.speaker.qids, f.speaker.names.map(contains));
      where.push(
        `(speaker_wikidata = ANY($${params.length - 1}) OR lower(coalesce(speaker_name, '')) LIKE ANY($${params.length}))`,
      );
    }
    params.push(f.limit ?? 1000, f.offset ?? 0);
    const rows = await this.db.query<{
      document_id: string;
      start_offset: number;
      end_offset: number;
      text: string;
      speaker_name: string | null;
      speaker_wikidata: string | null;
      event_id: string | null;
    }>(
      `SELECT document_id, start_offset, end_offset, text, speaker_name, speaker_wikidata, event_id FROM quotes
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    return rows.map((r) => ({
      document: r.document_id,
      start: r.start_offset,
      end: r.end_offset,
      text: r.text,
      speaker: r.speaker_name ? { name: r.speaker_name, wikidata: r.speaker_wikidata } : null,
      event: r.event_id,
    }));
  }

  /** Who meets whom: pairs of participants with their number of contacts, first and last. */
  async pairs(f: PairFilter = {}): Promise<Pair[]> {
    const params: unknown[] = [f.status ?? 'occurred', f.from ?? '0000', f.to ?? '9999', f.top ?? 20];
    return this.db.query(
      `SELECT min(p1.name) AS a, p1.wikidata AS a_wikidata, min(p2.name) AS b, p2.wikidata AS b_wikidata, count(*)::int AS contacts,
              min(e.date_start) AS first, max(coalesce(e.date_end, e.date_start)) AS last
       FROM event_participants p1 JOIN event_participants p2 ON p1.event_id = p2.event_id AND p1.key < p2.key
       JOIN events e ON e.id = p1.event_id
       WHERE e.status = $1 AND coalesce(e.date_end, e.date_start, '9999') >= $2 AND coalesce(e.date_start, e.date_end, '0000') <= $3
       GROUP BY p1.key, p1.wikidata, p2.key, p2.wikidata
       ORDER BY contacts DESC, a, b LIMIT $4`,
      params,
    );
  }

  async counts(): Promise<{ documents: number; events: number; quotes: number }> {
    const [r] = await this.db.query<{ documents: number; events: number; quotes: number }>(
      `SELECT (SELECT count(*)::int FROM documents) AS documents, (SELECT count(*)::int FROM events) AS events,
              (SELECT count(*)::int FROM quotes) AS quotes`,
    );
    return r;
  }

  /** Every event, in timeline order, a page at a time (exports stream through this). */
  async *allEvents(page = 500): AsyncGenerator<EventRecord> {
    for (let offset = 0; ; offset += page) {
      const { events } = await this.events({ limit: page, offset });
      if (!events.length) return;
      yield* events;
    }
  }

  async *allDocuments(page = 500): AsyncGenerator<DocumentRecord> {
    for (let offset = 0; ; offset += page) {
      const rows = await this.db.query<DocumentRecord>(
        'SELECT id, title, url, source, published, published_basis FROM documents ORDER BY id LIMIT $1 OFFSET $2',
        [page, offset],
      );
      if (!rows.length) return;
      yield* rows;
    }
  }

  async *allQuotes(page = 1000): AsyncGenerator<QuoteRecord> {
    for (let offset = 0; ; offset += page) {
      const rows = await this.quotes({ limit: page, offset });
      if (!rows.length) return;
      yield* rows;
    }
  }

  /** The whole record as an export source. */
  exportSource(): ExportSource {
    return { documents: () => this.allDocuments(), events: () => this.allEvents(), quotes: () => this.allQuotes() };
  }
}

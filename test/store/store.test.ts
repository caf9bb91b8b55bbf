import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { contribute } from '../../src/events/contribution.js';
import { createPipeline, extract, extractTexts, ingest, type TextInput } from '../../src/extract.js';
import { toDocument } from '../../src/ingest/normalize.js';
import type { EventRecord } from '../../src/records/types.js';
import type { Db } from '../../src/store/db.js';
import { openPglite } from '../../src/store/pglite.js';
import { Store } from '../../src/store/store.js';
import { backends } from '../helpers/stores.js';

const pipeline = createPipeline();
const A: TextInput = {
  id: 'a',
  published: '2022-03-18',
  source: 'example.org',
  text: 'Turkish President Recep Tayyip Erdogan spoke by phone with Vladimir Putin on Thursday. "We need a ceasefire," Erdogan told him during the call.',
};
const B: TextInput = {
  id: 'b',
  published: '2022-03-19',
  source: 'wire.example',
  text: 'Erdogan and Putin held a phone call on Thursday, the Kremlin said. Zelenskyy met Polish President Andrzej Duda in Rzeszow on Friday.',
};
const PLAN: TextInput = { id: 'p', published: '2022-03-14', text: 'Scholz will meet Biden in Washington on Tuesday.' };
const DONE: TextInput = { id: 'q', published: '2022-03-15', text: 'Scholz met Biden in Washington today.' };

async function put(store: Store, t: TextInput) {
  const d = toDocument({ ...t, origin: t.id ?? 'x' });
  return store.ingest(contribute(pipeline.run(d)), d.text, d.publishedDate);
}

for (const backend of backends()) {
  describe(`store on ${backend.name}`, () => {
    after(() => backend.cleanup());

    it('stores each document once: same id or same content is skipped', async () => {
      const store = await backend.open();
      try {
        assert.equal((await put(store, A)).stored, true);
        assert.deepEqual(await put(store, A), { stored: false, reason: 'same id', events: [] });
        assert.equal((await put(store, { ...A, id: 'other' })).reason, 'same content');
        assert.deepEqual(await store.counts(), { documents: 1, events: 1, quotes: 1 });
      } finally {
        await store.close();
      }
    });

    it('attaches a new report of a known contact to its event, keeping its id, and matches extract', async () => {
      const store = await backend.open();
      try {
        const first = await put(store, A);
        const second = await put(store, B);
        assert.ok(second.events.includes(first.events[0]));
        const { events } = await store.events({ actors: [{ qids: ['Q39259'], names: [] }] });
        assert.equal(events.length, 1);
        assert.deepEqual([...new Set(events[0].mentions.map((m) => m.document))], ['a', 'b']);
        const fromExtract = extractTexts([A, B], pipeline).events;
        const all = await store.events({});
        assert.deepEqual(all.events.map((e) => e.id).sort(), fromExtract.map((e) => e.id).sort());
        assert.deepEqual(
          all.events.find((e) => e.id === first.events[0]),
          fromExtract.find((e) => e.id === first.events[0]),
        );
      } finally {
        await store.close();
      }
    });

    it('merges within a batch exactly as document by document, and as extract does', async () => {
      // the project's own corpora: contacts reported by several documents of one batch
      const files = ['test/fixtures/styles.jsonl', 'test/fixtures/tricky.jsonl', 'samples'].map((f) =>
        join(import.meta.dirname, '..', '..', '..', f),
      );
      const norm = (evs: EventRecord[]) =>
        evs
          .map((e) => ({
            ...e,
            mentions: [...e.mentions].sort((x, y) =>
              `${x.document}${x.start}`.localeCompare(`${y.document}${y.start}`),
            ),
          }))
          .sort((x, y) => x.id.localeCompare(y.id));
      const results: EventRecord[][] = [];
      for (const batch of [1, 16]) {
        const store = await backend.open();
        try {
          await ingest(store, files, { batch });
          results.push(norm((await store.events({ limit: 1000 })).events));
        } finally {
          await store.close();
        }
      }
      assert.ok(results[0].length > 10);
      assert.deepEqual(results[1], results[0]);
      const { records } = await extract(files);
      assert.deepEqual(norm(records.events), results[0]);
    });

    it('gives the same ids when the corpus is re-ingested from scratch', async () => {
      const ids: string[][] = [];
      for (let run = 0; run < 2; run++) {
        const store = await backend.open();
        try {
          for (const t of [A, B, PLAN, DONE]) await put(store, t);
          ids.push((await store.events({})).events.map((e) => e.id).sort());
        } finally {
          await store.close();
        }
      }
      assert.deepEqual(ids[0], ids[1]);
    });

    it('turns a planned contact into one occurred event when a later report says it happened', async () => {
      const store = await backend.open();
      try {
        const p = await put(store, PLAN);
        const d = await put(store, DONE);
        assert.deepEqual(d.events, p.events);
        const ev = await store.event(p.events[0]);
        assert.equal(ev?.status, 'occurred');
        assert.equal(ev?.date.start, '2022-03-15');
      } finally {
        await store.close();
      }
    });

    it('answers queries by actor, dates, mode, status, source and text, with paging', async () => {
      const store = await backend.open();
      try {
        for (const t of [A, B, PLAN, DONE]) await put(store, t);
        const ids = async (f: Parameters<Store['events']>[0]) =>
          (await store.events(f)).events.map((e) =>
            e.participants
              .map((p) => p.name.split(' ').pop())
              .sort()
              .join('+'),
          );
        assert.deepEqual(await ids({ actors: [{ qids: [], names: ['Duda'] }] }), ['Duda+Zelenskyy']);
        assert.deepEqual(
          await ids({
            actors: [
              { qids: ['Q7747'], names: [] },
              { qids: ['Q39259'], names: [] },
            ],
          }),
          ['Erdogan+Putin'],
        );
        assert.deepEqual(await ids({ from: '2022-03-18', to: '2022-03-31' }), ['Duda+Zelenskyy']);
        assert.deepEqual(await ids({ mode: 'phone' }), ['Erdogan+Putin']);
        assert.deepEqual(await ids({ source: 'Kremlin' }), ['Erdogan+Putin']);
        assert.deepEqual(await ids({ text: 'rzeszow' }), ['Duda+Zelenskyy']);
        assert.deepEqual(await ids({ status: 'planned' }), []);
        const page = await store.events({ limit: 1, offset: 1 });
        assert.equal(page.total, 3);
        assert.equal(page.events.length, 1);
      } finally {
        await store.close();
      }
    });

    it('keeps dossiers, quotes and who-meets-whom', async () => {
      const store = await backend.open();
      try {
        for (const t of [A, B]) await put(store, t);
        const [call] = (await store.events({ mode: 'phone' })).events;
        const d = await store.dossier(call.id);
        assert.deepEqual(
          d?.reports.map((r) => r.document.id),
          ['a', 'b'],
        );
        assert.equal(d?.quotes[0].speaker?.wikidata, 'Q39259');
        assert.equal(d?.quotes[0].event, call.id);
        const text = await store.documentText('a');
        const m = d!.reports[0].mentions[0];
        assert.equal(text?.slice(m.start, m.end), m.sentence);
        const pairs = await store.pairs({ top: 5 });
        assert.equal(pairs.length, 2);
        assert.equal(pairs.find((p) => p.a_wikidata === 'Q39259' || p.b_wikidata === 'Q39259')?.contacts, 1);
        assert.equal((await store.quotes({ speaker: { qids: ['Q39259'], names: [] } })).length, 1);
        assert.equal(await store.dossier('evt_missing'), null);
      } finally {
        await store.close();
      }
    });

    it('answers the overview of all events as compact rows, fresh after every change', async () => {
      const store = await backend.open();
      try {
        await put(store, A);
        const first = await store.overview({});
        assert.equal(first.total, 1);
        const [row] = JSON.parse(first.rows) as unknown[][];
        const [ev] = (await store.events({})).events;
        assert.deepEqual(row.slice(0, 8), [
          ev.id,
          ev.date.start,
          ev.date.end,
          ev.date.precision,
          ev.mode,
          ev.status,
          1,
          ev.confidence,
        ]);
        // a second report of the same call, and a new contact: the answer changes with the events
        await put(store, B);
        const second = await store.overview({});
        assert.equal(second.total, 2);
        const rows = JSON.parse(second.rows) as unknown[][];
        assert.equal(rows.find((r) => r[0] === ev.id)?.[6], 2, 'two documents report the call now');
        assert.equal((await store.overview({ mode: 'phone' })).total, 1);
        assert.equal((await store.overview({}, 1)).rows.startsWith('[['), true);
        assert.equal(JSON.parse((await store.overview({}, 1)).rows).length, 1);
      } finally {
        await store.close();
      }
    });

    it('searches quotes and documents for a phrase, wildcards taken literally', async () => {
      const store = await backend.open();
      try {
        for (const t of [A, B]) await put(store, t);
        assert.deepEqual(
          (await store.searchDocuments('KREMLIN')).map((d) => d.id),
          ['b'],
        );
        assert.match((await store.searchDocuments('kremlin'))[0].excerpt, /the Kremlin said/);
        assert.equal((await store.quotes({ text: 'ceasefire' }))[0].speaker?.wikidata, 'Q39259');
        assert.deepEqual(await store.searchDocuments('100%_'), []);
        // a wildcard in any 'contains' filter is only itself
        assert.equal((await store.events({ text: '%' })).total, 0);
        assert.equal((await store.events({ source: '_' })).total, 0);
        assert.equal((await store.events({ text: 'kremlin' })).total, 1);
      } finally {
        await store.close();
      }
    });
  });
}

describe('store transactions', () => {
  it('a failure while storing a document leaves nothing of it behind', async () => {
    const inner = await openPglite();
    // a connection that fails at the first mention of a document: mid-way through its transaction
    const failing = (db: Db): Db => ({
      kind: db.kind,
      query: async (sql, params) => {
        if (/INSERT INTO mentions/.test(sql)) throw new Error('disk full (simulated)');
        return db.query(sql, params);
      },
      exec: (sql) => db.exec(sql),
      transaction: (fn) => db.transaction((tx) => fn(failing(tx))),
      close: () => db.close(),
    });
    const store = await Store.fromDb(failing(inner));
    await assert.rejects(put(store, A), /disk full/);
    assert.deepEqual(await store.counts(), { documents: 0, events: 0, quotes: 0 });
    const rows = await inner.query('SELECT count(*)::int AS n FROM event_index');
    assert.deepEqual(rows, [{ n: 0 }]);
    await store.close();
  });

  it('stores a batch of documents, and a failing one does not hold back the others', async () => {
    const inner = await openPglite();
    const failing = (db: Db): Db => ({
      kind: db.kind,
      query: async (sql, params) => {
        // a mention row of document b cannot be written
        if (/INSERT INTO mentions/.test(sql) && ((params?.[1] as string[] | undefined) ?? []).includes('b'))
          throw new Error('bad row (simulated)');
        return db.query(sql, params);
      },
      exec: (sql) => db.exec(sql),
      transaction: (fn) => db.transaction((tx) => fn(failing(tx))),
      close: () => db.close(),
    });
    const store = await Store.fromDb(failing(inner));
    const item = (t: TextInput) => {
      const d = toDocument({ ...t, origin: t.id ?? 'x' });
      return { c: contribute(pipeline.run(d)), text: d.text, publishedDay: d.publishedDate };
    };
    const res = await store.ingestMany([item(A), item(B), item(PLAN)]);
    assert.deepEqual(
      res.map((r) => (r instanceof Error ? r.message : r.stored)),
      [true, 'bad row (simulated)', true],
    );
    assert.deepEqual((await store.documents(['a', 'b', 'p'])).map((d) => d.id).sort(), ['a', 'p']);
    await store.close();
  });

  it('migrates once: reopening a store applies nothing again', async () => {
    const db = await openPglite();
    const store = await Store.fromDb(db);
    assert.equal(await store.migrate(), 0);
    await store.close();
  });
});

import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { createPipeline } from '../../src/extract.js';
import { apiHandler } from '../../src/server/api.js';
import { Store } from '../../src/store/store.js';

let server: Server;
let store: Store;
let base = '';
const pipeline = createPipeline();

before(async () => {
  store = await Store.open({});
  server = createServer(apiHandler({ store, token: 'tok', pipeline: () => pipeline }));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(async () => {
  await new Promise<void>((r) => server.close(() => r()));
  await store.close();
});

const get = async (path: string) => {
  const r = await fetch(base + path);
  return { status: r.status, body: (await r.json()) as Record<string, unknown> };
};
const post = async (body: unknown, token?: string) => {
  const r = await fetch(`${base}/api/documents`, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
  return { status: r.status, body: (await r.json()) as Record<string, unknown> };
};

describe('HTTP API', () => {
  it('ingests over HTTP only with the token', async () => {
    assert.equal((await post({ text: 'x' })).status, 401);
    assert.equal((await post({ text: 'x' }, 'wrong')).status, 401);
    const ok = await post(
      [
        { id: 'h1', published: '2022-03-18', text: 'Erdogan spoke by phone with Putin on Thursday, his office said.' },
        {
          id: 'h2',
          published: '2022-03-19',
          title: 'T',
          html: '<html><body><article><p>Erdogan and Putin held a phone call on Thursday, the Kremlin said, in a long and detailed readout of the talks.</p></article></body></html>',
        },
      ],
      'tok',
    );
    assert.equal(ok.status, 200);
    const docs = ok.body.documents as Array<{ stored: boolean; events: string[] }>;
    assert.deepEqual(
      docs.map((d) => d.stored),
      [true, true],
    );
    assert.equal(docs[0].events[0], docs[1].events[0]);
  });
  it('rejects a bad document without storing any of the request', async () => {
    const r = await post(
      [
        { id: 'ok', text: 'Macron met Scholz in Paris today.' },
        { id: 'bad', text: 42 },
      ],
      'tok',
    );
    assert.equal(r.status, 400);
    assert.match(String(r.body.error), /document 1: 'text' must be a string/);
    assert.equal((await get('/api/documents/ok')).status, 404);
  });
  it('answers queries, dossiers and documents', async () => {
    const ev = await get('/api/events?actor=Putin&between=2022-03..2022-03&mode=phone');
    assert.equal(ev.status, 200);
    assert.equal(ev.body.total, 1);
    const [e] = ev.body.events as Array<{
      id: string;
      mentions: Array<{ document: string; start: number; end: number; sentence: string }>;
    }>;
    const dossier = await get(`/api/events/${e.id}`);
    assert.equal((dossier.body.reports as unknown[]).length, 2);
    const doc = await get(`/api/documents/${e.mentions[0].document}`);
    assert.equal(String(doc.body.text).slice(e.mentions[0].start, e.mentions[0].end), e.mentions[0].sentence);
    const tl = await get('/api/timeline?actor=Q7747');
    assert.equal(
      (tl.body.contacts as Array<{ counterparts: Array<{ wikidata: string }> }>)[0].counterparts[0].wikidata,
      'Q39259',
    );
    assert.equal(((await get('/api/actors?top=3')).body.pairs as unknown[]).length, 1);
    assert.equal((await get('/api/openapi.json')).body.openapi, '3.1.0');
  });
  it('answers the compact overview the web app draws, with the same filters', async () => {
    const all = await get('/api/overview');
    assert.equal(all.body.total, (await get('/api/events')).body.total);
    assert.equal(all.body.truncated, false);
    const putin = await get('/api/overview?actor=Putin&mode=phone');
    const cols = putin.body.columns as string[];
    assert.deepEqual(cols, [
      'id',
      'start',
      'end',
      'precision',
      'mode',
      'status',
      'reports',
      'confidence',
      'participants',
    ]);
    const [row] = putin.body.events as unknown[][];
    const e = Object.fromEntries(cols.map((c, i) => [c, row[i]]));
    const full = (await get(`/api/events/${e.id}`)).body.event as { date: { start: string }; mode: string };
    assert.equal(e.start, full.date.start);
    assert.equal(e.mode, 'phone');
    assert.equal(e.reports, 2, 'two documents report the call');
    assert.deepEqual((e.participants as Array<[string, string]>).map((p) => p[1]).sort(), ['Q39259', 'Q7747']);
    assert.equal((await get('/api/overview?cap=1')).body.truncated, (all.body.total as number) > 1);
    assert.equal((await get('/api/overview?cap=0')).status, 400);
  });
  it('searches events, quotes and documents for a phrase', async () => {
    const r = await get('/api/search?q=KREMLIN');
    assert.equal(r.status, 200);
    const docs = r.body.documents as Array<{ id: string; excerpt: string }>;
    assert.deepEqual(
      docs.map((d) => d.id),
      ['h2'],
    );
    assert.match(docs[0].excerpt, /the Kremlin said/);
    assert.equal(r.body.events_total, 1);
    assert.equal((await get('/api/search?q=100%25_')).status, 200, 'LIKE wildcards are taken literally');
    assert.deepEqual((await get('/api/search?q=100%25_')).body.documents, []);
    assert.equal((await get('/api/search?q=x')).status, 400);
  });
  it('answers every bad parameter with 400 and a message', async () => {
    for (const [path, msg] of [
      ['/api/events?mode=teleport', /'mode' must be one of/],
      ['/api/events?status=maybe', /'status' must be one of/],
      ['/api/events?limit=0', /'limit' must be a whole number from 1 to 1000/],
      ['/api/events?offset=-1', /'offset' must be a whole number/],
      ['/api/events?between=yesterday', /'between' takes FROM\.\.TO/],
      ['/api/events?colour=red', /unknown parameter 'colour'/],
      ['/api/events?mode=phone&mode=video', /given more than once/],
      ['/api/timeline', /'actor' is required/],
      ['/api/actors?top=abc', /'top' must be a whole number/],
      ['/api/export?format=xml', /'format' must be one of/],
    ] as const) {
      const r = await get(path);
      assert.equal(r.status, 400, path);
      assert.match(String(r.body.error), msg, path);
    }
    assert.equal((await get('/api/events/evt_nope')).status, 404);
    assert.equal((await get('/api/nothing')).status, 404);
    assert.equal((await get('/elsewhere')).status, 404, 'no web app is configured on this server');
  });
  it('exports CSV with one header and one row per event', async () => {
    const r = await fetch(`${base}/api/export?format=csv`);
    const lines = (await r.text()).trim().split('\n');
    assert.match(r.headers.get('content-type') ?? '', /text\/csv/);
    assert.equal(lines[0].split(',')[0], 'id');
    assert.equal(lines.length, 2);
  });
});

describe('HTTP API without a token', () => {
  it('is read-only', async () => {
    const s = await Store.open({});
    const srv = createServer(apiHandler({ store: s, token: null, pipeline: () => pipeline }));
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
    const r = await fetch(`http://127.0.0.1:${(srv.address() as AddressInfo).port}/api/documents`, {
      method: 'POST',
      body: '{}',
    });
    assert.equal(r.status, 403);
    assert.match(((await r.json()) as { error: string }).error, /PARLEY_TOKEN/);
    await new Promise<void>((res) => srv.close(() => res()));
    await s.close();
  });
});

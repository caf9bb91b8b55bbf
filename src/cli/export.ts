import { parseArgs } from 'node:util';
import { CAMEO_HEADER, cameoLines, csvRows, ploverLines } from '../records/export.js';
import type { EventRecord } from '../records/types.js';
import { openStore, STORE_OPTIONS } from './store-flags.js';

const FORMATS = ['json', 'jsonl', 'csv', 'plover', 'cameo'];

/** Streams every stored event in the chosen format to stdout (or --out FILE). */
export async function runExport(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { ...STORE_OPTIONS, format: { type: 'string', short: 'f' } } });
  const format = values.format ?? 'json';
  if (!FORMATS.includes(format)) throw new Error(`--format must be one of ${FORMATS.join(', ')}`);
  const store = await openStore(values);
  const out = process.stdout;
  const write = (s: string) =>
    out.write(s) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r()));
  try {
    if (format === 'json') {
      // the record set of the spec, written a page at a time
      const counts = await store.counts();
      await write('{"parley":1,"documents":[');
      let first = true;
      const docIds = (await store.db.query<{ id: string }>('SELECT id FROM documents ORDER BY id')).map((r) => r.id);
      for (let i = 0; i < docIds.length; i += 500) {
        for (const d of await store.documents(docIds.slice(i, i + 500))) {
          await write(`${first ? '' : ','}\n${JSON.stringify(d)}`);
          first = false;
        }
      }
      await write('\n],"events":[');
      first = true;
      for await (const e of store.allEvents()) {
        await write(`${first ? '' : ','}\n${JSON.stringify(e)}`);
        first = false;
      }
      await write('\n],"quotes":[');
      first = true;
      for (let off = 0; off < counts.quotes; off += 1000) {
        for (const q of await store.quotes({ limit: 1000, offset: off })) {
          await write(`${first ? '' : ','}\n${JSON.stringify(q)}`);
          first = false;
        }
      }
      await write('\n]}\n');
      return 0;
    }
    if (format === 'cameo') await write(`${CAMEO_HEADER}\n`);
    let header = true;
    let batch: EventRecord[] = [];
    const flush = async () => {
      if (format === 'csv' && batch.length) {
        await write(csvRows(batch, header));
        header = false;
      }
      batch = [];
    };
    for await (const e of store.allEvents()) {
      if (format === 'jsonl') await write(`${JSON.stringify(e)}\n`);
      else if (format === 'plover') for (const l of ploverLines(e)) await write(`${l}\n`);
      else if (format === 'cameo') for (const l of cameoLines(e)) await write(`${l}\n`);
      else {
        batch.push(e);
        if (batch.length >= 500) await flush();
      }
    }
    await flush();
    if (format === 'csv' && header) await write(csvRows([], true));
    return 0;
  } finally {
    await store.close();
  }
}

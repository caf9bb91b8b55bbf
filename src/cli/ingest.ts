import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { ingest } from '../extract.js';
import { Progress } from './progress.js';
import { openStore, STORE_OPTIONS } from './store-flags.js';

/** How many documents the inputs hold (lines of JSON Lines, one per other file); null for stdin. */
async function countInputs(paths: string[]): Promise<number | null> {
  let n = 0;
  const countLines = (p: string) =>
    new Promise<number>((res) => {
      let c = 0;
      createReadStream(p)
        .on('data', (b) => {
          for (const x of b as Buffer) if (x === 10) c++;
        })
        .on('end', () => res(c))
        .on('error', () => res(0));
    });
  const visit = async (p: string): Promise<void> => {
    const st = await stat(p).catch(() => null);
    if (!st) return;
    if (st.isDirectory()) for (const e of await readdir(p)) await visit(join(p, e));
    else n += ['.jsonl', '.ndjson', '.json'].includes(extname(p).toLowerCase()) ? await countLines(p) : 1;
  };
  for (const p of paths) {
    if (p === '-') return null;
    await visit(p);
  }
  return n;
}

export async function runIngest(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ...STORE_OPTIONS,
      published: { type: 'string' },
      anchors: { type: 'string' },
      json: { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' },
    },
  });
  if (!positionals.length) {
    process.stderr.write('parley ingest: name at least one input (file, directory, or - for stdin)\n');
    return 2;
  }
  const store = await openStore(values);
  const progress = new Progress(
    values.quiet ? null : await countInputs(positionals),
    !values.quiet && !!process.stderr.isTTY,
  );
  try {
    const sum = await ingest(store, positionals, {
      defaultPublished: values.published ?? null,
      anchorsFile: values.anchors,
      onError: (e) => process.stderr.write(`\r\x1b[Kerror: ${e.message}\n`),
      onProgress: (p) =>
        progress.update(p.read, `stored ${p.stored}, skipped ${p.skipped}, events touched ${p.events}`),
    });
    progress.done();
    const counts = await store.counts();
    const out = { read: sum.read, stored: sum.stored, skipped: sum.skipped, failed: sum.errors.length, store: counts };
    if (values.json) process.stdout.write(`${JSON.stringify(out)}\n`);
    else
      process.stdout.write(
        `${sum.stored} documents stored, ${sum.skipped} already present, ${sum.errors.length} failed; ` +
          `the store now holds ${counts.documents} documents, ${counts.events} events, ${counts.quotes} quotes\n`,
      );
    return sum.errors.length ? 1 : 0;
  } finally {
    await store.close();
  }
}

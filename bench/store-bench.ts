// npm run bench:store [-- --docs 100000 [--postgres URL]]: ingest rate into PGlite (and PostgreSQL),
// size on disk, p50/p95 latency of `events --actor X --between …` and of the timeline, peak memory.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ActorBase } from '../src/actors/base.js';
import { ingest } from '../src/extract.js';
import { Store } from '../src/store/store.js';
import { generate } from './generate.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const arg = (name: string, def: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : def;
};

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

async function measure(label: string, store: Store, corpus: string, n: number) {
  let peak = 0;
  const t0 = performance.now();
  let lastReport = 0;
  const sum = await ingest(store, [corpus], {
    onProgress: (p) => {
      peak = Math.max(peak, process.memoryUsage().rss);
      if (p.read - lastReport >= Math.max(1000, n / 20)) {
        lastReport = p.read;
        const s = (performance.now() - t0) / 1000;
        process.stderr.write(
          `  ${label}: ${p.read} docs, ${(p.read / s).toFixed(0)} docs/s, RSS ${Math.round(process.memoryUsage().rss / 2 ** 20)} MB\n`,
        );
      }
    },
  });
  const secs = (performance.now() - t0) / 1000;
  const counts = await store.counts();
  // queries: popular actors, month-long windows
  const kb = ActorBase.load();
  const top = await store.pairs({ top: 30 });
  const actors = [...new Set(top.flatMap((p) => [p.a_wikidata, p.b_wikidata]).filter((q): q is string => !!q))].slice(
    0,
    20,
  );
  const lat: number[] = [];
  const tl: number[] = [];
  for (let i = 0; i < 200; i++) {
    const qid = actors[i % actors.length];
    const month = `2022-${String((i % 12) + 1).padStart(2, '0')}`;
    let t = performance.now();
    await store.events({ actors: [{ qids: [qid], names: [] }], from: `${month}-01`, to: `${month}-28`, limit: 100 });
    lat.push(performance.now() - t);
    t = performance.now();
    await store.contacts({ actors: [{ qids: [qid], names: [] }], status: 'occurred', limit: 1000 });
    tl.push(performance.now() - t);
  }
  void kb;
  return { secs, sum, counts, lat, tl, peakMB: Math.round(peak / 2 ** 20) };
}

async function main() {
  const n = Number(arg('--docs', '10000'));
  const dir = join(root, '.bench');
  mkdirSync(dir, { recursive: true });
  const corpus = join(dir, `corpus-${n}.jsonl`);
  if (!existsSync(corpus)) {
    process.stderr.write(`generating ${n} articles → ${corpus}\n`);
    await generate(corpus, n);
  }
  const report = (label: string, r: Awaited<ReturnType<typeof measure>>, size: string) => {
    console.log(
      `${label}: ingested ${r.sum.stored} of ${n} articles in ${r.secs.toFixed(1)} s = ${(r.sum.stored / r.secs).toFixed(0)} docs/s (extraction included); ${r.counts.events} events, ${r.counts.quotes} quotes; size ${size}; peak RSS ${r.peakMB} MB`,
    );
    console.log(
      `  events --actor X --between <month>: p50 ${pct(r.lat, 50).toFixed(1)} ms, p95 ${pct(r.lat, 95).toFixed(1)} ms`,
    );
    console.log(
      `  timeline --actor X:                 p50 ${pct(r.tl, 50).toFixed(1)} ms, p95 ${pct(r.tl, 95).toFixed(1)} ms`,
    );
  };
  const pgliteDir = join(dir, `pglite-${n}`);
  rmSync(pgliteDir, { recursive: true, force: true });
  const store = await Store.open({ dir: pgliteDir });
  const r = await measure('PGlite', store, corpus, n);
  await store.close();
  report('PGlite', r, execSync(`du -sh ${pgliteDir}`).toString().split('\t')[0]);
  const url = arg('--postgres', process.env.PARLEY_BENCH_DATABASE_URL ?? '');
  if (url) {
    const schema = `parley_bench_${n}`;
    const pg = await Store.open({ url, schema });
    await pg.db.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema}; SET search_path TO ${schema}`);
    await pg.close();
    const fresh = await Store.open({ url, schema });
    const q = await measure('PostgreSQL', fresh, corpus, n);
    const [{ size }] = await fresh.db.query<{ size: string }>(
      `SELECT pg_size_pretty(sum(pg_total_relation_size(c.oid))) AS size FROM pg_class c JOIN pg_namespace ns ON ns.oid = c.relnamespace WHERE ns.nspname = $1 AND c.relkind = 'r'`,
      [schema],
    );
    await fresh.close();
    report('PostgreSQL', q, size);
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});

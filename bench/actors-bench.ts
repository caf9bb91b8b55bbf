// npm run bench:actors [-- --runs 7]: how long the actor knowledge base takes to be ready in a fresh
// process (read data/actors.json, build its indexes, answer a first role, name and surname query), and the memory it holds.
// Each run is a new Node process, so nothing is cached between runs; the median is reported.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const arg = (name: string, def: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : def;
};

if (process.argv.includes('--child')) {
  // one measurement: import, load, first query
  global.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const rss0 = process.memoryUsage().rss;
  const t0 = performance.now();
  const { ActorBase } = await import('../src/actors/base.js');
  const kb = ActorBase.load();
  // a role at a date, a full name in another spelling, a surname alone: the look-ups a first resolve makes
  const first = [
    ...kb.holders('ISR', ['hog'], '2022-08-01').map((p) => p.name),
    ...(kb.longestMatch(['volodymyr', 'zelenskiy'])?.entries ?? []).map((e) => kb.persons[e.index].name),
    ...kb.surnameCandidates('lukashenka').map((p) => p.name),
  ];
  const ready = performance.now() - t0;
  global.gc?.();
  const heap = process.memoryUsage().heapUsed - heap0;
  const rss = process.memoryUsage().rss - rss0;
  process.stdout.write(
    `${JSON.stringify({ ready, heap, rss, persons: kb.persons.length, countries: kb.countries.length, first })}\n`,
  );
} else {
  const runs = Number(arg('--runs', '7'));
  const out: Array<{ ready: number; heap: number; rss: number; persons: number; countries: number; first: string[] }> =
    [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--child'], {
      cwd: root,
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`actors bench run failed: ${r.stderr}`);
    out.push(JSON.parse(r.stdout));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const mb = (b: number) => (b / 2 ** 20).toFixed(1);
  const size = statSync(join(root, 'data', 'actors.json')).size;
  console.log(
    `actor base: ${out[0].persons} persons, ${out[0].countries} countries, data/actors.json ${mb(size)} MB; first answer: ${out[0].first.join(', ')}`,
  );
  console.log(
    `ready (import + load + first role, name and surname queries), median of ${runs} fresh processes: ${median(out.map((o) => o.ready)).toFixed(0)} ms (runs: ${out.map((o) => o.ready.toFixed(0)).join(', ')}; target < 150 ms)`,
  );
  console.log(
    `memory held after load: heap ${mb(median(out.map((o) => o.heap)))} MB, RSS growth ${mb(median(out.map((o) => o.rss)))} MB (target < 50 MB)`,
  );
  // the whole command as a user runs it: node's start, the CLI, the base, the answer, the exit
  const cli: number[] = [];
  const bin = join(root, 'bin', 'parley.js');
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = spawnSync(
      process.execPath,
      [bin, 'actors', 'resolve', 'the Israeli Prime Minister', '--date', '2022-08-01'],
      { cwd: root, encoding: 'utf8', env: { ...process.env, PARLEY_ACTORS: join(root, 'no-such-actors.yaml') } },
    );
    cli.push(performance.now() - t);
    if (r.status !== 0 || !r.stdout.includes('Lapid')) throw new Error(`parley actors resolve failed: ${r.stderr}`);
  }
  const bare: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    spawnSync(process.execPath, ['-e', '0']);
    bare.push(performance.now() - t);
  }
  console.log(
    `'parley actors resolve' wall time, median of ${runs}: ${median(cli).toFixed(0)} ms (a bare node process: ${median(bare).toFixed(0)} ms)`,
  );
}

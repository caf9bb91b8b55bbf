// npm run bench [-- --docs 10000]: articles/s and MB/s of `parley extract` next to a bare wink-nlp
// tokenisation pass over the same text, and peak memory. Each pass runs in its own process.
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { EventAccumulator } from '../src/events/accumulator.js';
import { createPipeline, extract } from '../src/extract.js';
import { InputError } from '../src/ingest/document.js';
import { readInputs } from '../src/ingest/read.js';
import { defaultJobs } from '../src/parallel/pool.js';
import { generate } from './generate.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const arg = (name: string, def: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : def;
};

async function phaseWink(path: string) {
  const nlp = winkNLP(model, []);
  const rl = createInterface({ input: createReadStream(path), crlfDelay: Number.POSITIVE_INFINITY });
  let docs = 0;
  let tokens = 0;
  const t0 = performance.now();
  for await (const line of rl) {
    if (!line) continue;
    const { text } = JSON.parse(line) as { text: string };
    tokens += nlp.readDoc(text).tokens().length();
    docs++;
  }
  return { docs, tokens, ms: performance.now() - t0 };
}

async function phaseExtract(path: string) {
  const pipeline = createPipeline({ timing: true });
  const acc = new EventAccumulator();
  let docs = 0;
  const rss: Array<[number, number]> = [];
  const t0 = performance.now();
  let readMs = 0;
  let mergeMs = 0;
  let tr = performance.now();
  for await (const d of readInputs([path])) {
    readMs += performance.now() - tr;
    if (d instanceof InputError) throw d;
    const ann = pipeline.run(d);
    const tm = performance.now();
    acc.add(ann);
    mergeMs += performance.now() - tm;
    tr = performance.now();
    docs++;
    if (docs % 2500 === 0) rss.push([docs, Math.round(process.memoryUsage().rss / 2 ** 20)]);
  }
  const tAcc = performance.now();
  const rs = acc.result();
  const stages = Object.fromEntries([...(pipeline.timings ?? new Map()).entries()].map(([k, v]) => [k, Math.round(v)]));
  stages.read = Math.round(readMs);
  stages.merge = Math.round(mergeMs);
  return {
    docs,
    events: rs.events.length,
    quotes: rs.quotes.length,
    ms: performance.now() - t0,
    rss,
    stages,
    resultMs: Math.round(performance.now() - tAcc),
  };
}

async function phaseParallel(path: string) {
  const t0 = performance.now();
  const jobs = Number(arg('--jobs', String(defaultJobs())));
  const { records } = await extract([path], { jobs });
  return { docs: records.documents.length, events: records.events.length, jobs, ms: performance.now() - t0 };
}

async function main() {
  const phase = arg('--phase', '');
  const path = arg('--corpus', '');
  if (phase) {
    const res =
      phase === 'wink'
        ? await phaseWink(path)
        : phase === 'parallel'
          ? await phaseParallel(path)
          : await phaseExtract(path);
    process.stdout.write(JSON.stringify({ ...res, peakMB: Math.round(process.resourceUsage().maxRSS / 1024) }));
    return;
  }
  const n = Number(arg('--docs', '10000'));
  const dense = process.argv.includes('--dense');
  const dir = join(root, '.bench');
  mkdirSync(dir, { recursive: true });
  const corpus = join(dir, `corpus-${n}${dense ? '-dense' : ''}.jsonl`);
  if (!existsSync(corpus)) {
    process.stderr.write(`generating ${n} articles → ${corpus}\n`);
    await generate(corpus, n, 42, dense);
  }
  const mb = statSync(corpus).size / 2 ** 20;
  const run = (p: string, extra: string[] = []) => {
    const r = spawnSync(
      process.execPath,
      [fileURLToPath(import.meta.url), '--phase', p, '--corpus', corpus, ...extra],
      {
        encoding: 'utf8',
        maxBuffer: 1 << 26,
      },
    );
    if (r.status !== 0) throw new Error(r.stderr);
    return JSON.parse(r.stdout);
  };
  // each pass runs `--runs` times (default 3), interleaved, and the median run is reported: on a shared
  // 2-core machine single runs vary by a fifth
  const runs = Number(arg('--runs', '3'));
  const median = <T extends { ms: number }>(xs: T[]) => [...xs].sort((a, b) => a.ms - b.ms)[Math.floor(xs.length / 2)];
  const ws: Array<ReturnType<typeof run>> = [];
  const xs: Array<ReturnType<typeof run>> = [];
  const ps: Array<ReturnType<typeof run>> = [];
  for (let k = 0; k < runs; k++) {
    ws.push(run('wink'));
    xs.push(run('extract'));
    ps.push(run('parallel', ['--jobs', String(Math.max(2, defaultJobs()))]));
  }
  const w = median(ws);
  const x = median(xs);
  // what `parley extract` does by default (jobs = cores, at most 8), unless the machine has one core
  const par = median(ps);
  const rate = (docs: number, ms: number) =>
    `${((docs * 1000) / ms).toFixed(0)} articles/s, ${((mb * 1000) / ms).toFixed(2)} MB/s`;
  console.log(`corpus: ${n} articles, ${mb.toFixed(1)} MB (${corpus}); median of ${runs} runs of each pass`);
  const spread = (xs: Array<{ ms: number; docs: number }>) =>
    xs.map((r) => ((r.docs * 1000) / r.ms).toFixed(0)).join('/');
  console.log(`runs (articles/s): wink ${spread(ws)}; extract ${spread(xs)}; --jobs ${spread(ps)}`);
  console.log(`wink-nlp tokenisation only: ${rate(w.docs, w.ms)}, ${w.tokens} tokens, peak RSS ${w.peakMB} MB`);
  console.log(
    `parley extract:             ${rate(x.docs, x.ms)}, ${x.events} events, ${x.quotes} quotes, peak RSS ${x.peakMB} MB`,
  );
  console.log(
    `parley extract --jobs ${par.jobs}:     ${rate(par.docs, par.ms)}, peak RSS ${par.peakMB} MB (all threads)${par.jobs === 2 ? ' (tokenising and merging here, the later stages in one worker)' : ''}`,
  );
  console.log(
    `extract / tokenisation speed: ${(w.ms / x.ms).toFixed(2)} on one thread, ${(w.ms / par.ms).toFixed(2)} with --jobs ${par.jobs} (target ≥ 0.33)`,
  );
  console.log(
    `time per stage (ms, whole corpus): ${Object.entries(x.stages)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}; merge result ${x.resultMs}`,
  );
  console.log(`RSS while extracting (docs → MB): ${x.rss.map(([d, m]: [number, number]) => `${d}→${m}`).join(', ')}`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});

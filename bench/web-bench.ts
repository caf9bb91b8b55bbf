// npm run bench:web [-- --docs 4000]: how fast the web app first shows a large store. Builds (once) a
// PGlite store from generated articles, serves it, and times in Chromium, from navigation, until the
// timeline's marks are drawn and the list shows its first rows. Prints the median of 5 loads (after
// one that warms the server). The server is `parley serve` in its own process, as users run it.

import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingest } from '../src/extract.js';
import { webRoot } from '../src/server/static.js';
import { Store } from '../src/store/store.js';
import { CHROMIUM, hasChromium, launchChromium } from '../test/helpers/chromium.js';
import { generate } from './generate.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const arg = (name: string, def: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : def;
};

async function main() {
  const n = Number(arg('--docs', '4000'));
  if (!hasChromium()) throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install -y chromium)`);
  const corpus = join(root, '.bench', `corpus-${n}.jsonl`);
  const dir = join(root, '.bench', `web-store-${n}`);
  if (!existsSync(corpus)) await generate(corpus, n, 42);
  const fresh = !existsSync(dir);
  const store = await Store.open({ dir });
  if (fresh) {
    process.stderr.write(`ingesting ${n} generated articles into ${dir} (once)…\n`);
    await ingest(store, [corpus]);
  }
  const counts = await store.counts();
  await store.close();
  // the server runs as users run it: `parley serve`, in its own process
  const server = spawn(process.execPath, [join(root, 'bin', 'parley.js'), 'serve', '--db', dir, '--port', '0'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const base = await new Promise<string>((resolve, reject) => {
    let err = '';
    server.stderr.on('data', (c: Buffer) => {
      err += c.toString();
      const m = /http:\/\/[\d.]+:\d+/.exec(err);
      if (m) resolve(m[0]);
    });
    server.on('exit', (code) => reject(new Error(`parley serve exited (${code}): ${err}`)));
  });
  const assets = join(webRoot(), 'assets');
  let bundle = 0;
  for (const f of await readdir(assets)) bundle += statSync(join(assets, f)).size;

  const browser = await launchChromium();
  const loads: Array<{
    overview: number;
    db: number;
    timeline: number;
    list: number;
    marks: number;
    wall: number;
  }> = [];
  let coldMs = 0;
  for (let i = 0; i < 6; i++) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 960 } });
    const t0 = Date.now();
    await page.goto(base);
    await page.waitForSelector('.timeline-chart[data-marks]', { timeout: 60_000 });
    await page.waitForSelector('.event-row');
    // times from the page's own clock (navigation start), as a user experiences them
    const [timeline, list] = await page.evaluate(() => [
      performance.getEntriesByName('parley:timeline-drawn')[0]?.startTime ?? Number.NaN,
      performance.getEntriesByName('parley:list-shown')[0]?.startTime ?? Number.NaN,
    ]);
    const wall = Date.now() - t0;
    const [overview, db] = await page.evaluate(() => {
      const r = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((x) =>
        x.name.includes('/api/overview'),
      );
      return [r?.duration ?? 0, r?.serverTiming.find((t) => t.name === 'db')?.duration ?? 0];
    });
    const marks = Number(await page.getAttribute('.timeline-chart', 'data-marks'));
    if (i > 0) loads.push({ overview, db, timeline, list, marks, wall });
    else coldMs = timeline; // the first load warms the server
    await page.close();
  }
  await browser.close();
  server.kill();
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`store: ${counts.events} events from ${counts.documents} articles (${dir})`);
  console.log(`web bundle: ${(bundle / 1024).toFixed(0)} KB (all assets, no CDN)`);
  console.log(
    `first render of all ${counts.events} events (median of ${loads.length} loads): timeline drawn ${med(loads.map((l) => l.timeline)).toFixed(0)} ms, list shown ${med(loads.map((l) => l.list)).toFixed(0)} ms after navigation start (${med(loads.map((l) => l.wall))} ms as the test driver sees it); /api/overview ${med(loads.map((l) => l.overview)).toFixed(0)} ms (database ${med(loads.map((l) => l.db)).toFixed(0)} ms); ${loads[0].marks} marks (target: under 1000 ms)`,
  );
  console.log(
    `the first load after the server started (nothing cached, the database cold): timeline drawn ${coldMs.toFixed(0)} ms`,
  );
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});

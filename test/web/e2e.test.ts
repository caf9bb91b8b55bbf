// End to end: the web app in Debian's Chromium (driven by playwright-core) against `parley serve`'s
// handlers over a small ingested corpus. Screenshots go to test-results/ (look at them).
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { createPipeline, ingest, loadActors } from '../../src/extract.js';
import { apiHandler } from '../../src/server/api.js';
import { staticHandler, webRoot } from '../../src/server/static.js';
import { Store } from '../../src/store/store.js';
import { CHROMIUM, hasChromium, launchChromium } from '../helpers/chromium.js';

const root = join(import.meta.dirname, '..', '..', '..');
const shots = join(root, 'test-results');
const missing = !hasChromium()
  ? `Chromium not found at ${CHROMIUM} (apt-get install -y chromium; .ci/run installs it)`
  : !existsSync(join(webRoot(), 'index.html'))
    ? 'the web app is not built (npm run build)'
    : null;
if (missing) process.stderr.write(`note: web end-to-end tests skipped: ${missing}\n`);

// An article written for this test whose text, title and source carry script payloads.
const XSS = {
  id: 'xss-article',
  title: '<img src=x onerror="window.__pwned=1"> Leaders talk',
  source: '<script>window.__pwned=2</script>',
  url: 'javascript:window.__pwned=3',
  published: '2022-03-08',
  text:
    'Olaf Scholz spoke by phone with Emmanuel Macron on Monday <script>window.__pwned=4</script> about gas supplies.\n\n' +
    'The two leaders also discussed <img src=x onerror="window.__pwned=5"> the situation in Ukraine.',
};

describe('web app (Chromium)', { skip: missing ?? false }, () => {
  let dir: string;
  let store: Store;
  let server: Server;
  let base: string;
  let browser: Browser;
  let page: Page;
  const dialogs: string[] = [];
  const errors: string[] = [];

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parley-web-'));
    writeFileSync(join(dir, 'xss.jsonl'), `${JSON.stringify(XSS)}\n`);
    store = await Store.open({ dir: join(dir, 'db') });
    await ingest(store, [join(root, 'samples'), join(root, 'test/fixtures/styles.jsonl'), join(dir, 'xss.jsonl')]);
    const actors = loadActors();
    const pipeline = createPipeline({ actors });
    server = createServer(
      apiHandler({
        store,
        token: 'e2e-token',
        pipeline: () => pipeline,
        fallback: staticHandler(),
        labelOf: (q) => actors.labelOf(q),
      }),
    );
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    mkdirSync(shots, { recursive: true });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 960 } });
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => errors.push(e.message));
    // the app needs nothing but the Parley server: any other request is a failure
    await page.route('**/*', (route) =>
      route.request().url().startsWith(base) ? route.continue() : route.abort('blockedbyclient'),
    );
  });

  after(async () => {
    await browser?.close();
    await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('draws the timeline of every contact, with lanes and a list', async () => {
    await page.goto(base);
    await page.waitForSelector('.timeline-chart[data-marks]');
    const marks = Number(await page.getAttribute('.timeline-chart', 'data-marks'));
    assert.ok(marks > 5, `marks drawn: ${marks}`);
    assert.ok((await page.locator('.event-row').count()) > 5);
    const counts = await page.textContent('.counts');
    assert.match(counts ?? '', /contacts · \d+ articles/);
    await page.screenshot({ path: join(shots, 'web-timeline.png'), fullPage: true });
    // a click on a mark of the chart opens the dossier of a contact of that day (the mark on top)
    const [x, y, day] = ((await page.getAttribute('.timeline-chart', 'data-day-mark')) ?? '').split(',');
    await page
      .locator('.timeline-chart canvas')
      .first()
      .click({ position: { x: Number(x), y: Number(y) } });
    await page.waitForSelector('aside.dossier mark.evidence-sentence');
    const opened = new URL(page.url()).searchParams.get('event');
    const clicked = (await (await fetch(`${base}/api/events/${opened}`)).json()) as {
      event: { date: { start: string } };
    };
    assert.equal(clicked.event.date.start, day);
    await page.goto(base);
    await page.waitForSelector('.timeline-chart[data-marks]');
    // zoomed to the last month: the axis now labels days
    await page.click('.zoom button:has-text("month")');
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(shots, 'web-timeline-month.png'), fullPage: true });
  });

  it('filters to one actor, keeps the filter in the URL, and a reload shows the same view', async () => {
    await page.fill('input[name=actor]', 'Zelenskyy');
    await page.press('input[name=actor]', 'Enter');
    await page.waitForFunction(() => location.search.includes('actor=Zelenskyy'));
    await page.waitForFunction(() => !document.querySelector('.summary[data-loading]'));
    const rows = await page.locator('.event-row .row-who').allTextContents();
    assert.ok(rows.length >= 1, 'some contacts of Zelenskyy');
    for (const r of rows) assert.match(r, /Zelensk/, `a row without Zelenskyy: ${r}`);
    const url = page.url();
    await page.goto(url);
    await page.waitForSelector('.timeline-chart[data-marks]');
    assert.equal(await page.locator('.chip').first().textContent(), 'Zelenskyy×');
    assert.equal(await page.locator('.event-row').count(), rows.length);
    await page.screenshot({ path: join(shots, 'web-filtered.png'), fullPage: true });
  });

  it('opens a dossier with the evidence sentence highlighted inside its article', async () => {
    await page.goto(`${base}/?actor=Macron&actor=Putin`);
    await page.waitForSelector('.event-row');
    await page.locator('.event-row').first().click();
    await page.waitForSelector('aside.dossier .report mark.evidence-sentence');
    const id = new URL(page.url()).searchParams.get('event');
    assert.ok(id, 'the open event is in the URL');
    const dossier = (await (await fetch(`${base}/api/events/${id}`)).json()) as {
      event: { mentions: Array<{ sentence: string }>; date: { explanation?: string } };
    };
    const marked = await page.locator('mark.evidence-sentence').allTextContents();
    assert.deepEqual(
      marked,
      dossier.event.mentions.map((m) => m.sentence),
    );
    // the sentence sits inside a readable excerpt of its article, not alone
    const excerpt = await page.locator('blockquote.evidence').first().textContent();
    assert.ok((excerpt ?? '').length > marked[0].length);
    assert.match((await page.textContent('.facts')) ?? '', /Date/);
    if (dossier.event.date.explanation)
      assert.ok(((await page.textContent('.basis')) ?? '').includes(dossier.event.date.explanation));
    assert.match((await page.textContent('.participants')) ?? '', /Q\d+/, 'Wikidata links');
    await page.screenshot({ path: join(shots, 'web-dossier.png'), fullPage: true });
  });

  it('shows script and onerror payloads from an article as text, never running them', async () => {
    await page.goto(`${base}/?doc=${XSS.id}`);
    await page.waitForSelector('.article-text');
    assert.equal(await page.textContent('.article-text'), XSS.text);
    assert.equal(await page.textContent('.doc-heading'), XSS.title);
    assert.equal(await page.locator('.document-view a[href^="javascript"]').count(), 0);
    // the contact found in it: its dossier shows the same text escaped
    const ev = (await (await fetch(`${base}/api/overview?source=${encodeURIComponent('<script>')}`)).json()) as {
      events: Array<[string]>;
    };
    assert.ok(ev.events.length >= 1, 'the article produced a contact');
    await page.goto(`${base}/?event=${ev.events[0][0]}`);
    await page.waitForSelector('mark.evidence-sentence');
    assert.ok(((await page.textContent('aside.dossier')) ?? '').includes('<script>window.__pwned=4</script>'));
    await page.goto(`${base}/?tab=search&q=pwned`);
    await page.waitForSelector('.results');
    assert.ok(((await page.textContent('.results')) ?? '').includes('onerror="window.__pwned=5"'));
    await page.screenshot({ path: join(shots, 'web-xss.png'), fullPage: true });
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    assert.deepEqual(dialogs, []);
    assert.equal(await page.locator('.article-text img, .results img, aside img').count(), 0);
  });

  it('draws the network and lists the contacts of a pair', async () => {
    await page.goto(`${base}/?tab=network`);
    await page.waitForSelector('.network-chart[data-nodes]');
    assert.ok(Number(await page.getAttribute('.network-chart', 'data-nodes')) >= 3);
    assert.ok(Number(await page.getAttribute('.network-chart', 'data-edges')) >= 2);
    // a link to a selected pair lists exactly the contacts of both
    await page.goto(`${base}/?tab=network&pair=${encodeURIComponent('Q3052772|Q7747')}`);
    await page.waitForSelector('.pair .event-row');
    for (const r of await page.locator('.pair .row-who').allTextContents()) {
      assert.match(r, /Macron/);
      assert.match(r, /Putin/);
    }
    await page.screenshot({ path: join(shots, 'web-network.png'), fullPage: true });
  });

  it('adds a pasted article with the token and opens the contact it reports', async () => {
    await page.goto(`${base}/?tab=add`);
    await page.fill('input[name=token]', 'wrong');
    await page.fill('textarea[name=text]', 'Pedro Sánchez met Giorgia Meloni in Rome on Tuesday.');
    await page.click('.add button[type=submit]');
    await page.waitForSelector('.add .error');
    assert.match((await page.textContent('.add .error')) ?? '', /token/);
    await page.fill('input[name=token]', 'e2e-token');
    await page.fill('input[name=title]', 'Sánchez and Meloni meet');
    await page.fill('input[name=published]', '2023-05-12');
    await page.click('.add button[type=submit]');
    await page.waitForSelector('.add-results li');
    assert.match((await page.textContent('.add-results')) ?? '', /stored/);
    await page.locator('.add-results button.link').first().click();
    await page.waitForSelector('mark.evidence-sentence');
    assert.equal(
      await page.textContent('mark.evidence-sentence'),
      'Pedro Sánchez met Giorgia Meloni in Rome on Tuesday.',
    );
    assert.match((await page.textContent('.facts .date')) ?? '', /9 May 2023/);
    await page.screenshot({ path: join(shots, 'web-added.png'), fullPage: true });
  });

  it('ran without a script error', () => {
    assert.deepEqual(errors, []);
  });
});

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { staticHandler } from '../../src/server/static.js';

describe('the web app files', () => {
  let server: Server;
  let base = '';
  const root = mkdtempSync(join(tmpdir(), 'parley-static-'));
  before(async () => {
    mkdirSync(join(root, 'app', 'assets'), { recursive: true });
    writeFileSync(join(root, 'app', 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(join(root, 'app', 'assets', 'main-1.js'), 'console.log(1)');
    writeFileSync(join(root, 'secret.txt'), 'not for the web');
    const serve = staticHandler(join(root, 'app'));
    server = createServer(async (req, res) => {
      if (!(await serve(req, res))) {
        res.writeHead(404);
        res.end('404');
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((r) => server.close(() => r())));

  it('serves assets with their type, long caching and a strict content security policy', async () => {
    const r = await fetch(`${base}/assets/main-1.js`);
    assert.equal(r.status, 200);
    assert.match(r.headers.get('content-type') ?? '', /text\/javascript/);
    assert.match(r.headers.get('cache-control') ?? '', /immutable/);
    assert.match(r.headers.get('content-security-policy') ?? '', /script-src 'self';/);
  });
  it("answers the app's own routes with index.html, and a missing asset with 404", async () => {
    const r = await fetch(`${base}/some/view?actor=Q7747`);
    assert.equal(r.status, 200);
    assert.match(await r.text(), /<title>app<\/title>/);
    assert.equal((await fetch(`${base}/assets/gone.js`)).status, 404);
  });
  it('never serves a file outside its folder', async () => {
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt']) {
      const r = await fetch(base + p);
      assert.doesNotMatch(await r.text(), /not for the web/, p);
    }
  });
});

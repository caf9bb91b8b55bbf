import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { generate } from '../../bench/generate.js';
import { extract } from '../../src/extract.js';

describe('parley extract on several threads', () => {
  let dir = '';
  let corpus = '';
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parley-jobs-'));
    corpus = join(dir, 'corpus.jsonl');
    await generate(corpus, 300, 7, false);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the same record on one thread, split across two, and with two whole-pipeline workers', async () => {
    const one = await extract([corpus], { jobs: 1 });
    const two = await extract([corpus], { jobs: 2 });
    const three = await extract([corpus], { jobs: 3 });
    // the threads were really used: tokenising here and the rest in one worker, then two workers
    assert.deepEqual(one.threads, { workers: 0, splitAt: null });
    assert.deepEqual(two.threads, { workers: 1, splitAt: 'triggers' });
    assert.deepEqual(three.threads, { workers: 2, splitAt: null });
    assert.equal(one.records.documents.length, 300);
    assert.ok(one.records.events.length > 300, `${one.records.events.length} events`);
    assert.ok(one.records.quotes.length > 50, `${one.records.quotes.length} quotes`);
    assert.deepEqual(two.records, one.records);
    assert.deepEqual(three.records, one.records);
  });
});

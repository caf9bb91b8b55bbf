import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { InputError } from '../../src/ingest/document.js';
import { type ReadResult, readInputs } from '../../src/ingest/read.js';

async function all(paths: string[], opts = {}, stdin?: Readable): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readInputs(paths, opts, stdin)) out.push(r);
  return out;
}

const dir = mkdtempSync(join(tmpdir(), 'parley-read-'));
const file = (name: string, content: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

describe('readers', () => {
  it('reads plain text and takes the publication day from a dateline', async () => {
    const [d] = await all([file('a.txt', 'KYIV, March 18, 2022 (Wire) — The two presidents spoke on Thursday.\n')]);
    assert.ok(!(d instanceof InputError));
    assert.equal(d.publishedDate, '2022-03-18');
    assert.equal(d.publishedBasis, 'dateline');
  });
  it('reads Markdown front matter', async () => {
    const [d] = await all([
      file(
        'b.md',
        '---\ntitle: A call\ndate: 2022-02-05\nsource_url: https://example.org/x\n---\n# Heading\n\nMacron spoke with Putin.\n',
      ),
    ]);
    assert.ok(!(d instanceof InputError));
    assert.equal(d.title, 'A call');
    assert.equal(d.publishedDate, '2022-02-05');
    assert.equal(d.url, 'https://example.org/x');
    assert.equal(d.source, 'example.org');
    assert.ok(d.text.startsWith('Heading'));
  });
  it('reads the main text and metadata of HTML, never its markup', async () => {
    const html = `<html><head><title>T | Site</title><meta property="og:site_name" content="Site">
      <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-03-01T10:00:00Z"}</script></head>
      <body><nav>menu</nav><article><p>First paragraph about a call between two leaders, long enough to count as content for the reader.</p>
      <p>Second paragraph with &lt;script&gt;alert(1)&lt;/script&gt; shown as text, and more words to keep it.</p></article></body></html>`;
    const [d] = await all([file('c.html', html)]);
    assert.ok(!(d instanceof InputError));
    assert.equal(d.publishedDate, '2022-03-01');
    assert.equal(d.title, 'T');
    assert.match(d.text, /First paragraph[\s\S]*\n\nSecond paragraph/);
    assert.match(d.text, /<script>alert\(1\)<\/script> shown as text/);
  });
  it('reads JSON Lines from a file and from stdin, applying --published to undated lines', async () => {
    const jl = '{"id":"a","text":"One.","published":"2022-01-02"}\n\n{"id":"b","text":"Two."}\n';
    const fromFile = await all([file('d.jsonl', jl)], { defaultPublished: '2022-05-05' });
    assert.deepEqual(
      fromFile.map((d) => (d instanceof InputError ? d.message : `${d.id}:${d.publishedDate}`)),
      ['a:2022-01-02', 'b:2022-05-05'],
    );
    const fromStdin = await all(['-'], {}, Readable.from([jl]));
    assert.deepEqual(
      fromStdin.map((d) => (d instanceof InputError ? 'err' : d.id)),
      ['a', 'b'],
    );
  });
  it('reads JSON Lines with CRLF endings, text split across read chunks and no final newline, with line numbers', async () => {
    // the first line is sized so that the reader's 1 MB chunk ends inside a two-byte Cyrillic letter of the second
    const second = JSON.stringify({
      id: 'u',
      published: '2022-03-02',
      text: 'Зеленський поговорив з Макроном. Erdoğan’s aide.',
    });
    const intoSecond = Buffer.byteLength(second.slice(0, second.indexOf('З'))) + 1;
    const head = (pad: string) =>
      JSON.stringify({ id: 'long', published: '2022-03-01', text: `Zelenskyy spoke with Macron. ${pad}` });
    const pad = 'x'.repeat((1 << 20) - 2 - intoSecond - Buffer.byteLength(head('')));
    const long = head(pad);
    assert.equal(Buffer.byteLength(long) + 2 + intoSecond, 1 << 20);
    const lines = [
      long,
      second,
      '{not json',
      JSON.stringify({ id: 'last', published: '2022-03-03', text: 'Scholz met Duda.' }),
    ];
    const rs = await all([file('crlf.jsonl', lines.join('\r\n'))]);
    assert.equal(rs.length, 4);
    const ok = rs.filter((r) => !(r instanceof InputError)) as Array<{ id: string; text: string }>;
    assert.deepEqual(
      ok.map((d) => d.id),
      ['long', 'u', 'last'],
    );
    assert.equal(ok[1].text, 'Зеленський поговорив з Макроном. Erdoğan’s aide.');
    assert.equal(ok[2].text, 'Scholz met Duda.');
    const bad = rs.find((r) => r instanceof InputError) as InputError;
    assert.match(bad.message, /crlf\.jsonl:3: invalid JSON/);
  });
  it('walks directories recursively', async () => {
    const sub = mkdtempSync(join(dir, 'tree-'));
    writeFileSync(join(sub, 'x.txt'), 'Alpha text.');
    const docs = await all([dir]);
    assert.ok(docs.some((d) => !(d instanceof InputError) && d.text === 'Alpha text.'));
  });
});

describe('bad input is reported, named, and does not stop the rest', () => {
  it('names the file and the problem for each bad input', async () => {
    const results = await all([
      file('empty.txt', ''),
      file('bin.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x10])),
      join(dir, 'missing.txt'),
      file('bad.jsonl', '{"id":"ok","text":"Fine."}\n{"id": oops}\n{"id":"nt"}\n'),
      file('weird.pdf', 'x'),
      file('good.txt', 'Still read.'),
    ]);
    const errs = results
      .filter((r): r is InputError => r instanceof InputError)
      .map((e) => e.message.replace(dir, '').replace(/invalid JSON \(.*\)$/, 'invalid JSON (…)'));
    assert.deepEqual(errs, [
      '/empty.txt: empty file',
      '/bin.txt: binary file, not text',
      '/missing.txt: no such file or directory',
      '/bad.jsonl:2: invalid JSON (…)',
      '/bad.jsonl:3: no "text" or "html" field',
      "/weird.pdf: unsupported file type '.pdf' (use .txt, .md, .html or .jsonl)",
    ]);
    const ok = results.filter((r) => !(r instanceof InputError)).map((d) => (d as { text: string }).text);
    assert.deepEqual(ok, ['Fine.', 'Still read.']);
  });
});

import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { parse as parseYaml } from 'yaml';
import type { Document } from './document.js';
import { InputError } from './document.js';
import { extractHtml } from './html.js';
import { type NormalizeOptions, type RawDocument, toDocument } from './normalize.js';

export type ReadResult = Document | InputError;

const TEXT_EXT = new Set(['.txt', '.text', '']);
const MD_EXT = new Set(['.md', '.markdown']);
const HTML_EXT = new Set(['.html', '.htm', '.xhtml']);
const JSONL_EXT = new Set(['.jsonl', '.ndjson', '.json']);

function looksBinary(buf: Buffer): boolean {
  const n = Math.min(buf.length, 8192);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) bad++;
  }
  return n > 0 && bad / n > 0.1;
}

function decode(buf: Buffer, origin: string): string {
  if (looksBinary(buf)) throw new InputError(origin, 'binary file, not text');
  const text = new TextDecoder('utf-8', { fatal: false }).decode(buf);
  const replaced = (text.match(/\uFFFD/g) ?? []).length;
  if (replaced > 10 && replaced / text.length > 0.01) throw new InputError(origin, 'not valid UTF-8 text');
  return text;
}

/** Markdown with optional YAML front matter (title, date/published, source_url/url, source, id). */
export function parseMarkdown(content: string, origin: string): RawDocument {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(content);
  let fm: Record<string, unknown> = {};
  let body = content;
  if (m) {
    try {
      fm = (parseYaml(m[1]) as Record<string, unknown>) ?? {};
    } catch (e) {
      throw new InputError(origin, `malformed front matter: ${(e as Error).message.split('\n')[0]}`);
    }
    body = content.slice(m[0].length);
  }
  const str = (v: unknown) =>
    v === undefined || v === null ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
  // keep Markdown's text, drop its most common markup so sentences read cleanly
  const text = body
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1');
  return {
    id: str(fm.id),
    text,
    title: str(fm.title),
    url: str(fm.source_url ?? fm.url),
    source: str(fm.source),
    published: str(fm.published ?? fm.date),
    origin,
  };
}

function fromJsonLine(line: string, origin: string): RawDocument {
  let obj: Record<string, unknown>;
  try {
    obj = JSON.parse(line);
  } catch (e) {
    throw new InputError(origin, `invalid JSON (${(e as Error).message})`);
  }
  if (!obj || typeof obj !== 'object' || Array.isArray(obj))
    throw new InputError(origin, 'a line must be a JSON object');
  const str = (v: unknown) => (v === undefined || v === null ? null : String(v));
  let text: string | null = typeof obj.text === 'string' ? obj.text : null;
  let title = str(obj.title);
  let published = str(obj.published ?? obj.date);
  let url = str(obj.url);
  if (text === null && typeof obj.html === 'string') {
    const h = extractHtml(obj.html);
    text = h.text;
    title ??= h.title;
    published ??= h.published;
    url ??= h.url;
  }
  if (text === null) throw new InputError(origin, 'no "text" or "html" field');
  return { id: str(obj.id), text, title, url, source: str(obj.source), published, origin };
}

/** The lines of a stream (\n or \r\n), read in large chunks: faster than readline for big JSON Lines files. */
async function* lines(input: Readable): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  for await (const chunk of input) {
    const text = rest + (typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer));
    const parts = text.split('\n');
    rest = parts.pop() ?? '';
    for (const l of parts) yield l.endsWith('\r') ? l.slice(0, -1) : l;
  }
  rest += decoder.end();
  if (rest) yield rest.endsWith('\r') ? rest.slice(0, -1) : rest;
}

async function* readJsonLines(input: Readable, name: string, opts: NormalizeOptions): AsyncGenerator<ReadResult> {
  let n = 0;
  for await (const line of lines(input)) {
    n++;
    if (!line.trim()) continue;
    const origin = `${name}:${n}`;
    try {
      yield toDocument(fromJsonLine(line, origin), opts);
    } catch (e) {
      yield e instanceof InputError ? e : new InputError(origin, (e as Error).message);
    }
  }
}

async function* readFileInput(path: string, opts: NormalizeOptions): AsyncGenerator<ReadResult> {
  const ext = extname(path).toLowerCase();
  if (JSONL_EXT.has(ext)) {
    const head = await readFile(path).catch((e: NodeJS.ErrnoException) => {
      throw new InputError(path, e.code === 'EACCES' ? 'permission denied' : e.message);
    });
    if (!head.length) throw new InputError(path, 'empty file');
    if (looksBinary(head)) throw new InputError(path, 'binary file, not JSON Lines');
    yield* readJsonLines(createReadStream(path, { highWaterMark: 1 << 20 }), path, opts);
    return;
  }
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new InputError(
      path,
      err.code === 'ENOENT' ? 'no such file' : err.code === 'EACCES' ? 'permission denied' : err.message,
    );
  }
  if (!buf.length) throw new InputError(path, 'empty file');
  const content = decode(buf, path);
  if (HTML_EXT.has(ext)) {
    const h = extractHtml(content);
    yield toDocument(
      { text: h.text, title: h.title, url: h.url, source: h.source, published: h.published, origin: path },
      opts,
    );
  } else if (MD_EXT.has(ext)) {
    yield toDocument(parseMarkdown(content, path), opts);
  } else if (TEXT_EXT.has(ext)) {
    yield toDocument({ text: content, origin: path }, opts);
  } else {
    throw new InputError(path, `unsupported file type '${ext}' (use .txt, .md, .html or .jsonl)`);
  }
}

async function* walk(dir: string): AsyncGenerator<string> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (e.isFile()) {
      const ext = extname(e.name).toLowerCase();
      if (TEXT_EXT.has(ext) || MD_EXT.has(ext) || HTML_EXT.has(ext) || JSONL_EXT.has(ext)) yield p;
    }
  }
}

/**
 * Reads every input in order, one document at a time (the corpus is never held in memory).
 * Problems are yielded as InputError values so that one bad input never stops the rest.
 */
export async function* readInputs(
  paths: string[],
  opts: NormalizeOptions = {},
  stdin: Readable = process.stdin,
): AsyncGenerator<ReadResult> {
  for (const p of paths) {
    if (p === '-') {
      yield* readJsonLines(stdin, '<stdin>', opts);
      continue;
    }
    let st: Awaited<ReturnType<typeof stat>>;
    try {
      st = await stat(p);
    } catch {
      yield new InputError(p, 'no such file or directory');
      continue;
    }
    const files = st.isDirectory()
      ? walk(p)
      : (async function* () {
          yield p;
        })();
    for await (const f of files) {
      try {
        yield* readFileInput(f, opts);
      } catch (e) {
        yield e instanceof InputError ? e : new InputError(f, (e as Error).message);
      }
    }
  }
}

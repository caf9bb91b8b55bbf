// The library entry point the CLI and (later) the server share: inputs → merged record set.
import type { ActorBase } from './actors/base.js';
import { loadActors } from './actors/load.js';
import { EventAccumulator } from './events/accumulator.js';
import { contribute } from './events/contribution.js';
import { type Document, InputError } from './ingest/document.js';
import { type NormalizeOptions, toDocument } from './ingest/normalize.js';
import { readInputs } from './ingest/read.js';
import { PipelinePool, SPLIT_AT } from './parallel/pool.js';
import { defaultStages, Pipeline } from './pipeline/runner.js';
import type { RecordSet } from './records/types.js';
import { contentHash, type Store } from './store/store.js';
import { loadAnchors } from './time/anchors.js';

export interface ExtractOptions extends NormalizeOptions {
  actors?: ActorBase;
  /**
   * Pipeline threads, this one included: 1 runs everything here; 2 tokenises here and runs the later
   * stages in one worker; more run the whole pipeline in jobs − 1 workers. Small inputs always run here.
   */
  jobs?: number;
  anchorsFile?: string;
  onError?: (e: InputError) => void;
  onDocument?: (n: number) => void;
}

export { loadActors };

export function createPipeline(opts: { actors?: ActorBase; anchorsFile?: string; timing?: boolean } = {}): Pipeline {
  const actors = opts.actors ?? loadActors();
  return new Pipeline(actors, defaultStages(loadAnchors(opts.anchorsFile)), opts.timing);
}

export async function extract(
  paths: string[],
  opts: ExtractOptions = {},
): Promise<{ records: RecordSet; errors: InputError[]; threads: { workers: number; splitAt: string | null } }> {
  const acc = new EventAccumulator();
  const errors: InputError[] = [];
  const seen = new Set<string>();
  const jobs = opts.jobs ?? 1;
  let n = 0;
  // Documents are read one at a time; with several jobs they go to worker threads in small batches
  // once the input proves larger than a handful of documents (a worker costs a model load). With two
  // jobs, this thread runs the first stages (tokenisation) and one worker the rest.
  const workers = jobs - 1;
  const from = workers === 1 ? SPLIT_AT : undefined;
  let pipeline: Pipeline | null = null;
  let head: Pipeline | null = null;
  let pool: PipelinePool | null = null;
  let pending: Document[] = [];
  const BATCH = 16;
  const flushPending = async () => {
    if (!pending.length) return;
    if (pool && from) {
      pipeline ??= createPipeline(opts);
      head ??= pipeline.split(from)[0];
      const h = head;
      await pool.submit(pending.map((d) => h.run(d)));
    } else if (pool) await pool.submit(pending);
    else {
      pipeline ??= createPipeline(opts);
      for (const d of pending) acc.add(pipeline.run(d));
    }
    pending = [];
  };
  for await (const r of readInputs(paths, opts)) {
    if (r instanceof InputError) {
      errors.push(r);
      opts.onError?.(r);
      continue;
    }
    if (seen.has(r.id)) continue; // the same document twice adds nothing
    seen.add(r.id);
    pending.push(r);
    if (!pool && workers > 0 && n + pending.length > 64) {
      pool = new PipelinePool(workers, (c) => acc.merge(c), opts.anchorsFile, from);
    }
    if (pending.length >= (pool ? BATCH : 1)) await flushPending();
    n++; // (not inside the optional call below: without a callback its argument is never evaluated)
    opts.onDocument?.(n);
  }
  await flushPending();
  if (pool) await pool.close();
  return {
    records: acc.result(),
    errors,
    threads: { workers: pool ? workers : 0, splitAt: pool ? (from ?? null) : null },
  };
}

export interface TextInput {
  id?: string;
  text: string;
  title?: string;
  url?: string;
  source?: string;
  published?: string;
}

/** Extracts from documents already in memory (a library convenience; the CLI streams files instead). */
export function extractTexts(inputs: TextInput[], pipeline: Pipeline = createPipeline()): RecordSet {
  const acc = new EventAccumulator();
  inputs.forEach((t, i) => {
    acc.add(pipeline.run(toDocument({ ...t, origin: t.id ?? `text-${i + 1}` })));
  });
  return acc.result();
}

export interface IngestOptions extends NormalizeOptions {
  actors?: ActorBase;
  anchorsFile?: string;
  onError?: (e: InputError) => void;
  /** Documents per transaction (each stored whole); default 16. */
  batch?: number;
  /** Called as documents are read and stored: how many were read, stored, and skipped as already present. */
  onProgress?: (p: { read: number; stored: number; skipped: number; events: number }) => void;
}

export interface IngestSummary {
  read: number;
  stored: number;
  skipped: number;
  eventsTouched: number;
  errors: InputError[];
}

/** Reads inputs and stores each new document (one transaction each); documents already stored are skipped. */
export async function ingest(store: Store, paths: string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const pipeline = createPipeline(opts);
  const sum: IngestSummary = { read: 0, stored: 0, skipped: 0, eventsTouched: 0, errors: [] };
  // documents are committed a few at a time (each whole: never half a document), then reported
  const BATCH = opts.batch ?? 16;
  let pending: Array<{ c: ReturnType<typeof contribute>; text: string; publishedDay: string | null; origin: string }> =
    [];
  const flush = async () => {
    const results = await store.ingestMany(pending);
    results.forEach((res, i) => {
      if (res instanceof Error) {
        const e = new InputError(pending[i].origin, `not stored: ${res.message}`);
        sum.errors.push(e);
        opts.onError?.(e);
      } else if (res.stored) {
        sum.stored++;
        sum.eventsTouched += res.events.length;
      } else sum.skipped++;
    });
    pending = [];
  };
  // documents are read a batch at a time: the store is asked once which it holds already, and only
  // the new ones are extracted
  let read: Array<Document & { hash: string }> = [];
  const queued = new Set<string>();
  const extractRead = async () => {
    const known = await store.existing(read.map((r) => ({ id: r.id, hash: r.hash })));
    read.forEach((r, i) => {
      if (known[i] || queued.has(r.id) || queued.has(r.hash)) {
        sum.skipped++;
        return;
      }
      queued.add(r.id);
      queued.add(r.hash);
      pending.push({ c: contribute(pipeline.run(r)), text: r.text, publishedDay: r.publishedDate, origin: r.origin });
    });
    read = [];
    if (pending.length) await flush();
    queued.clear();
    opts.onProgress?.({ read: sum.read, stored: sum.stored, skipped: sum.skipped, events: sum.eventsTouched });
  };
  for await (const r of readInputs(paths, opts)) {
    if (r instanceof InputError) {
      sum.errors.push(r);
      opts.onError?.(r);
      continue;
    }
    sum.read++;
    read.push({ ...r, hash: contentHash(r.text) });
    if (read.length >= BATCH) await extractRead();
  }
  if (read.length) await extractRead();
  return sum;
}

// The library entry point the CLI and (later) the server share: inputs → merged record set.
import { ActorBase } from './actors/base.js';
import { EventAccumulator } from './events/accumulator.js';
import { InputError } from './ingest/document.js';
import { type NormalizeOptions, toDocument } from './ingest/normalize.js';
import { readInputs } from './ingest/read.js';
import { defaultStages, Pipeline } from './pipeline/runner.js';
import type { RecordSet } from './records/types.js';
import { loadAnchors } from './time/anchors.js';

export interface ExtractOptions extends NormalizeOptions {
  actors?: ActorBase;
  anchorsFile?: string;
  onError?: (e: InputError) => void;
  onDocument?: (n: number) => void;
}

export function createPipeline(opts: { actors?: ActorBase; anchorsFile?: string; timing?: boolean } = {}): Pipeline {
  const actors = opts.actors ?? ActorBase.load();
  return new Pipeline(actors, defaultStages(loadAnchors(opts.anchorsFile)), opts.timing);
}

export async function extract(
  paths: string[],
  opts: ExtractOptions = {},
): Promise<{ records: RecordSet; errors: InputError[] }> {
  const pipeline = createPipeline(opts);
  const acc = new EventAccumulator();
  const errors: InputError[] = [];
  const seen = new Set<string>();
  let n = 0;
  for await (const r of readInputs(paths, opts)) {
    if (r instanceof InputError) {
      errors.push(r);
      opts.onError?.(r);
      continue;
    }
    if (seen.has(r.id)) continue; // the same document twice adds nothing
    seen.add(r.id);
    acc.add(pipeline.run(r));
    opts.onDocument?.(++n);
  }
  return { records: acc.result(), errors };
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

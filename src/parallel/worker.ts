// A pipeline worker: receives batches of documents (or of documents the main thread has already run
// the first stages on), runs the rest of the pipeline, returns their contributions.
import { parentPort, workerData } from 'node:worker_threads';
import { contribute } from '../events/contribution.js';
import { createPipeline } from '../extract.js';
import type { Document } from '../ingest/document.js';
import type { Annotated } from '../pipeline/types.js';
import { unpack } from './transfer.js';

const { anchorsFile, from } = workerData as { anchorsFile?: string; from?: string };
const whole = createPipeline({ anchorsFile });
const pipeline = from ? whole.split(from)[1] : whole;
parentPort?.on('message', (msg: { batch: number; items: Array<Document | Annotated> }) => {
  const contributions = msg.items.map((x) =>
    contribute(from ? pipeline.continue(unpack(x as Annotated)) : pipeline.run(x as Document)),
  );
  parentPort?.postMessage({ batch: msg.batch, contributions });
});

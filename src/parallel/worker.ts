// A pipeline worker: receives batches of documents, returns their contributions.
import { parentPort, workerData } from 'node:worker_threads';
import { contribute } from '../events/contribution.js';
import { createPipeline } from '../extract.js';
import type { Document } from '../ingest/document.js';

const pipeline = createPipeline({ anchorsFile: (workerData as { anchorsFile?: string }).anchorsFile });
parentPort?.on('message', (msg: { batch: number; docs: Document[] }) => {
  parentPort?.postMessage({ batch: msg.batch, contributions: msg.docs.map((d) => contribute(pipeline.run(d))) });
});

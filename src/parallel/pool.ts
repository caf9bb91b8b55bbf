// Runs the pipeline on several threads; contributions come back in input order, so the merged
// record is the same as a single-threaded run.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Contribution } from '../events/contribution.js';
import type { Document } from '../ingest/document.js';
import type { Annotated } from '../pipeline/types.js';
import { pack } from './transfer.js';

/**
 * Pipeline threads by default, this one included: one per core, at most 8. With 2, this thread
 * tokenises and merges while one worker runs the later stages; with more, the workers run the whole
 * pipeline and this thread reads and merges.
 */
export function defaultJobs(): number {
  return Math.max(1, Math.min(availableParallelism(), 8));
}

/** Where the pipeline is cut when this thread and one worker share it: sentences here, the rest there. */
export const SPLIT_AT = 'triggers';

export class PipelinePool {
  private readonly workers: Worker[];
  private next = 0;
  private sent = 0;
  private delivered = 0;
  private readonly ready = new Map<number, Contribution[]>();
  private waiting: (() => void) | null = null;
  private failure: Error | null = null;

  constructor(
    jobs: number,
    private readonly onContribution: (c: Contribution) => void,
    anchorsFile?: string,
    /** The stage the workers start at (documents arrive annotated up to it); all stages when absent. */
    private readonly from?: string,
  ) {
    const url = new URL('./worker.js', import.meta.url);
    this.workers = Array.from({ length: jobs }, () => {
      const w = new Worker(url, { workerData: { anchorsFile, from } });
      w.on('message', (m: { batch: number; contributions: Contribution[] }) => {
        this.ready.set(m.batch, m.contributions);
        this.flush();
      });
      w.on('error', (e: Error) => {
        this.failure = e;
        this.wake();
      });
      return w;
    });
  }

  /**
   * Sends a batch (annotated documents when the pool starts at a later stage); waits while too many
   * batches are in flight (bounded memory; enough to keep this thread busy while a worker starts).
   */
  async submit(docs: Document[] | Annotated[]): Promise<void> {
    while (this.sent - this.delivered >= this.workers.length * 32 && !this.failure)
      await new Promise<void>((r) => (this.waiting = r));
    if (this.failure) throw this.failure;
    const w = this.workers[this.next++ % this.workers.length];
    const items = this.from ? (docs as Annotated[]).map(pack) : docs;
    w.postMessage({ batch: this.sent++, items });
  }

  /** Waits for every batch, then stops the workers. */
  async close(): Promise<void> {
    while (this.delivered < this.sent && !this.failure) await new Promise<void>((r) => (this.waiting = r));
    await Promise.all(this.workers.map((w) => w.terminate()));
    if (this.failure) throw this.failure;
  }

  private flush(): void {
    for (let c = this.ready.get(this.delivered); c; c = this.ready.get(this.delivered)) {
      this.ready.delete(this.delivered);
      this.delivered++;
      for (const x of c) this.onContribution(x);
    }
    this.wake();
  }

  private wake(): void {
    const w = this.waiting;
    this.waiting = null;
    w?.();
  }
}

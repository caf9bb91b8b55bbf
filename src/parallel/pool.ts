// Runs the pipeline on several threads; contributions come back in input order, so the merged
// record is the same as a single-threaded run.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Contribution } from '../events/contribution.js';
import type { Document } from '../ingest/document.js';

/** Worker threads by default: none on a machine of two cores or fewer (merging needs a core of its own). */
export function defaultJobs(): number {
  const cores = availableParallelism();
  return cores > 2 ? Math.min(cores - 1, 8) : 1;
}

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
  ) {
    const url = new URL('./worker.js', import.meta.url);
    this.workers = Array.from({ length: jobs }, () => {
      const w = new Worker(url, { workerData: { anchorsFile } });
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

  /** Sends a batch; waits while too many batches are in flight (bounded memory). */
  async submit(docs: Document[]): Promise<void> {
    while (this.sent - this.delivered >= this.workers.length * 4 && !this.failure)
      await new Promise<void>((r) => (this.waiting = r));
    if (this.failure) throw this.failure;
    const w = this.workers[this.next++ % this.workers.length];
    w.postMessage({ batch: this.sent++, docs });
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

/** A one-line progress display on a terminal; silent when stderr is a pipe or a file. */
export class Progress {
  private readonly t0 = Date.now();
  private last = 0;
  constructor(
    private readonly total: number | null,
    private readonly enabled = !!process.stderr.isTTY,
  ) {}

  update(done: number, extra: string): void {
    if (!this.enabled || (Date.now() - this.last < 200 && done !== this.total)) return;
    this.last = Date.now();
    const secs = (Date.now() - this.t0) / 1000;
    const rate = done / Math.max(secs, 0.001);
    let bar = '';
    let eta = '';
    if (this.total) {
      const frac = Math.min(1, done / this.total);
      const w = 24;
      bar = `[${'#'.repeat(Math.round(frac * w)).padEnd(w, '.')}] ${done}/${this.total} `;
      const left = (this.total - done) / Math.max(rate, 0.001);
      eta = ` ETA ${Math.floor(left / 60)}:${String(Math.round(left % 60)).padStart(2, '0')}`;
    } else bar = `${done} `;
    process.stderr.write(`\r\x1b[K${bar}docs  ${rate.toFixed(0)} docs/s  ${extra}${eta}`);
  }

  done(): void {
    if (this.enabled) process.stderr.write('\r\x1b[K');
  }
}

import { parseArgs } from 'node:util';
import { extract } from '../extract.js';
import { defaultJobs } from '../parallel/pool.js';
import { eventTable } from './format.js';

export async function runExtract(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      published: { type: 'string' },
      anchors: { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
      jobs: { type: 'string', short: 'j' },
    },
  });
  if (!positionals.length) {
    process.stderr.write('parley extract: name at least one input (file, directory, or - for stdin)\n');
    return 2;
  }
  if (values.published && !/^\d{4}-\d{2}-\d{2}$/.test(values.published)) {
    process.stderr.write(`parley extract: --published must be YYYY-MM-DD, got '${values.published}'\n`);
    return 2;
  }
  const jobs = values.jobs === undefined ? defaultJobs() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) {
    process.stderr.write(`parley extract: --jobs must be a whole number ≥ 1, got '${values.jobs}'\n`);
    return 2;
  }
  const tty = process.stderr.isTTY && !values.quiet;
  const t0 = Date.now();
  const { records, errors } = await extract(positionals, {
    defaultPublished: values.published ?? null,
    jobs,
    anchorsFile: values.anchors,
    onError: (e) => process.stderr.write(`${tty ? '\r\x1b[K' : ''}error: ${e.message}\n`),
    onDocument: (n) => {
      if (tty && n % 25 === 0)
        process.stderr.write(`\r\x1b[K${n} documents, ${((n * 1000) / (Date.now() - t0 + 1)).toFixed(0)} docs/s`);
    },
  });
  if (tty) process.stderr.write('\r\x1b[K');
  if (values.json) process.stdout.write(`${JSON.stringify(records, null, 1)}\n`);
  else {
    process.stdout.write(`${eventTable(records.events)}\n`);
    process.stdout.write(
      `\n${records.events.length} events from ${records.documents.length} documents, ${records.quotes.length} quotes${errors.length ? `, ${errors.length} inputs failed` : ''}\n`,
    );
  }
  return errors.length ? 1 : 0;
}

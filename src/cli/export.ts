import { parseArgs } from 'node:util';
import { EXPORT_FORMATS, type ExportFormat, writeExport } from '../records/export.js';
import { openStore, STORE_OPTIONS } from './store-flags.js';

/** Streams the whole stored record in the chosen format to stdout. */
export async function runExport(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { ...STORE_OPTIONS, format: { type: 'string', short: 'f' } } });
  const format = (values.format ?? 'json') as ExportFormat;
  if (!EXPORT_FORMATS.includes(format)) throw new Error(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
  const store = await openStore(values);
  const out = process.stdout;
  try {
    await writeExport(store.exportSource(), format, (s) =>
      out.write(s) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r())),
    );
    return 0;
  } finally {
    await store.close();
  }
}

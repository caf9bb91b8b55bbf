import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import type { ActorBase } from '../actors/base.js';
import { createPipeline, loadActors } from '../extract.js';
import type { Pipeline } from '../pipeline/runner.js';
import { apiHandler } from '../server/api.js';
import { staticHandler } from '../server/static.js';
import { openStore, STORE_OPTIONS } from './store-flags.js';

export async function runServe(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { ...STORE_OPTIONS, port: { type: 'string' }, host: { type: 'string' } },
  });
  const port = Number(values.port ?? process.env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be 0-65535, got '${values.port}'`);
  const host = values.host ?? '127.0.0.1';
  const store = await openStore(values);
  // one actor base, loaded when first needed, for the pipeline and for the dossiers' labels
  let actors: ActorBase | null = null;
  const kb = () => {
    actors ??= loadActors();
    return actors;
  };
  let pipeline: Pipeline | null = null;
  const token = process.env.PARLEY_TOKEN || null;
  const server = createServer(
    apiHandler({
      store,
      token,
      pipeline: () => (pipeline ??= createPipeline({ actors: kb() })),
      fallback: staticHandler(),
      labelOf: (qid) => kb().labelOf(qid),
    }),
  );
  await new Promise<void>((r) => server.listen(port, host, r));
  const addr = server.address();
  const actual = typeof addr === 'object' && addr ? addr.port : port;
  process.stderr.write(
    `parley serve: http://${host}:${actual}/ (web app; API under /api, ${token ? 'ingest enabled with PARLEY_TOKEN' : 'read-only'}); Ctrl-C stops\n`,
  );
  await new Promise<void>((resolve) => {
    const stop = () => server.close(() => resolve());
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await store.close();
  return 0;
}

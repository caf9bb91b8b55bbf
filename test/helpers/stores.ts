// The store backends every store test runs on: PGlite always, PostgreSQL when PARLEY_TEST_DATABASE_URL is set.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { Store } from '../../src/store/store.js';

export interface Backend {
  name: string;
  open(): Promise<Store>;
  /** Removes what the run created (PostgreSQL schemas). */
  cleanup(): Promise<void>;
}

const url = process.env.PARLEY_TEST_DATABASE_URL;

export function backends(): Backend[] {
  const out: Backend[] = [{ name: 'PGlite', open: () => Store.open({}), cleanup: async () => {} }];
  if (url) {
    const schemas: string[] = [];
    out.push({
      name: 'PostgreSQL',
      open: () => {
        const schema = `parley_test_${randomBytes(6).toString('hex')}`;
        schemas.push(schema);
        return Store.open({ url, schema });
      },
      cleanup: async () => {
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        for (const s of schemas) await c.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
        await c.end();
      },
    });
  } else {
    process.stderr.write(
      'note: PARLEY_TEST_DATABASE_URL is not set; store tests run on PGlite only (PostgreSQL skipped)\n',
    );
  }
  return out;
}

import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Db } from './db.js';

type Queryable = Pick<PGlite, 'query' | 'exec'> | Transaction;

class PgliteDb implements Db {
  readonly kind = 'pglite' as const;
  constructor(
    private readonly q: Queryable,
    private readonly root: PGlite | null,
  ) {}

  async query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.q.query<T>(sql, params)).rows;
  }

  async exec(sql: string): Promise<void> {
    await this.q.exec(sql);
  }

  async transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
    if (!this.root) return fn(this); // already inside one
    return this.root.transaction((tx) => fn(new PgliteDb(tx, null)));
  }

  async close(): Promise<void> {
    await this.root?.close();
  }
}

/** The embedded store: a directory (persistent) or, with no directory, memory. */
export async function openPglite(dir?: string): Promise<Db> {
  const pg = dir ? new PGlite(dir) : new PGlite();
  await pg.waitReady;
  return new PgliteDb(pg, pg);
}

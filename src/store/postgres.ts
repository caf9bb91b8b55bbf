import pg from 'pg';
import type { Db } from './db.js';

class PostgresDb implements Db {
  readonly kind = 'postgres' as const;
  constructor(
    private readonly client: pg.Pool | pg.PoolClient,
    private readonly pool: pg.Pool | null,
  ) {}

  async query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.client.query(sql, params)).rows as T[];
  }

  async exec(sql: string): Promise<void> {
    await this.client.query(sql);
  }

  async transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
    if (!this.pool) return fn(this);
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      const out = await fn(new PostgresDb(c, null));
      await c.query('COMMIT');
      return out;
    } catch (e) {
      await c.query('ROLLBACK');
      throw e;
    } finally {
      c.release();
    }
  }

  async close(): Promise<void> {
    await this.pool?.end();
  }
}

/** A PostgreSQL server; `schema` keeps Parley's tables apart (tests give each run its own). */
export async function openPostgres(url: string, schema?: string): Promise<Db> {
  if (schema) {
    if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid schema name '${schema}'`);
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      await c.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    } finally {
      await c.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: 4,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  await pool.query('SELECT 1'); // fail now, with the server's message, rather than at the first ingest
  return new PostgresDb(pool, pool);
}

import { Store, type StoreLocation } from '../store/store.js';

export const STORE_OPTIONS = {
  db: { type: 'string' },
  'database-url': { type: 'string' },
} as const;

/** --database-url / DATABASE_URL: a PostgreSQL server; else --db DIR / PARLEY_DB / ./parley-data (embedded). */
export function storeLocation(values: { db?: string; 'database-url'?: string }): StoreLocation {
  const url = values['database-url'] ?? process.env.DATABASE_URL;
  if (url) return { url };
  return { dir: values.db ?? process.env.PARLEY_DB ?? 'parley-data' };
}

export async function openStore(values: { db?: string; 'database-url'?: string }): Promise<Store> {
  const loc = storeLocation(values);
  try {
    return await Store.open(loc);
  } catch (e) {
    throw new Error(`cannot open the store at ${loc.url ? 'the database URL' : loc.dir}: ${(e as Error).message}`);
  }
}

// Picks the store from configuration: PostgreSQL for a postgres:// URL, else the embedded SQLite file.
import { openSqliteStore, type Synchronous } from "./sqlite.js";
import { openPostgresStore } from "./postgres.js";
import type { Store } from "./types.js";

export interface StoreConfig {
  /** `postgres://…`, `sqlite:PATH`, or a bare SQLite path. */
  database: string;
  synchronous?: Synchronous;
  poolSize?: number;
  /** SQLite: checkpoint the WAL in a worker thread (the server does; one-off commands need not). */
  backgroundCheckpoints?: boolean;
}

export const isPostgresUrl = (database: string) => /^postgres(ql)?:\/\//.test(database);

/** A redacted form for logs: never the password. */
export const describeDatabase = (database: string) => (isPostgresUrl(database) ? database.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@") : database.replace(/^sqlite:/, ""));

export async function openStore(config: StoreConfig): Promise<Store> {
  if (isPostgresUrl(config.database)) return openPostgresStore({ url: config.database, poolSize: config.poolSize });
  return openSqliteStore({ path: config.database.replace(/^sqlite:/, ""), synchronous: config.synchronous, backgroundCheckpoints: config.backgroundCheckpoints });
}

// Opens the store from configuration: PostgreSQL for a postgres:// URL, else the embedded SQLite file.
// Opening migrates the schema to the newest version.
import { postgresEngine, sqliteEngine, type Engine, type PostgresOptions, type SqliteOptions, type Synchronous } from "./engine.js";
import { appliedVersions, migrate } from "./migrate.js";
import { migrations } from "./migrations.js";
import { KyselyStore } from "./store.js";
import { PrincipalCache } from "./principalCache.js";
import type { Store } from "./types.js";

export type { Synchronous };

export interface StoreConfig {
  /** `postgres://…`, `sqlite:PATH`, or a bare SQLite path. */
  database: string;
  synchronous?: Synchronous;
  poolSize?: number;
  /** SQLite: checkpoint the WAL in a worker thread (the server does; one-off commands need not). */
  backgroundCheckpoints?: boolean;
  /** PostgreSQL: a schema to create and use instead of `public` (tests). */
  schema?: string;
  idleTimeoutMillis?: number;
  /** How long a key's principal is cached, in ms (server/store/principalCache.ts); 0 reads it on every request. */
  principalCacheMs?: number;
}

export const isPostgresUrl = (database: string) => /^postgres(ql)?:\/\//.test(database);

/** A redacted form for logs: never the password. */
export const describeDatabase = (database: string) => (isPostgresUrl(database) ? database.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@") : database.replace(/^sqlite:/, ""));

export function openEngine(config: StoreConfig): Promise<Engine> | Engine {
  if (isPostgresUrl(config.database)) {
    const options: PostgresOptions = { url: config.database, poolSize: config.poolSize, schema: config.schema, idleTimeoutMillis: config.idleTimeoutMillis };
    return postgresEngine(options);
  }
  const options: SqliteOptions = { path: config.database.replace(/^sqlite:/, ""), synchronous: config.synchronous, backgroundCheckpoints: config.backgroundCheckpoints };
  return sqliteEngine(options);
}

export async function openStore(config: StoreConfig): Promise<Store> {
  const engine = await openEngine(config);
  try {
    await migrate(engine);
  } catch (error) {
    await engine.close();
    throw error;
  }
  return new KyselyStore(engine, new PrincipalCache(config.principalCacheMs ?? 2000));
}

/** Which migrations a database has and lacks, read without migrating it (`persistly doctor`). */
export async function schemaStatus(config: StoreConfig): Promise<{ applied: number[]; pending: number[] }> {
  const engine = await openEngine(config);
  try {
    const applied = await appliedVersions(engine);
    return { applied, pending: migrations.map((m) => m.version).filter((v) => !applied.includes(v)) };
  } finally {
    await engine.close();
  }
}

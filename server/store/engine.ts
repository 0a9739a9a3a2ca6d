// The two engines behind the one store: SQLite through better-sqlite3 (a writer connection and a
// read-only reader, WAL, checkpoints off the request path) and PostgreSQL through a `pg` pool. Both are
// driven by Kysely; each caches its statements by SQL text, so a hot query is parsed once per
// connection, not once per request.
import Database from "better-sqlite3";
import type pg from "pg";
import { createHash } from "node:crypto";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { Kysely, PostgresDialect, SqliteDialect, type CompiledQuery, type QueryResult } from "kysely";
import { startCheckpointer } from "./checkpointer.js";
import type { DB } from "./schema.js";

export type Dialect = "sqlite" | "postgres";
export type Synchronous = "OFF" | "NORMAL" | "FULL" | "EXTRA";

export interface Engine {
  dialect: Dialect;
  /** Writes, and every read inside a transaction. */
  writer: Kysely<DB>;
  /**
   * Reads outside a transaction: SQLite's read-only connection, so a read never waits for a writer or
   * sees another request's uncommitted writes; PostgreSQL's pool.
   */
  reader: Kysely<DB>;
  /** Runs `work` on one writer connection held for its duration (a transaction's, or the migrator's). */
  withWriter<T>(work: (db: Kysely<DB>) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface SqliteOptions {
  /** A file path, or ":memory:". */
  path: string;
  /** WAL + NORMAL survives a process crash; FULL also survives a power loss. */
  synchronous?: Synchronous;
  /** Checkpoint the WAL in a worker thread instead of in whichever request commits past the threshold (servers). */
  backgroundCheckpoints?: boolean;
}

export interface PostgresOptions {
  /** postgres://user@host:port/database */
  url: string;
  poolSize?: number;
  /** A schema to create and use instead of `public` (tests give each server its own). */
  schema?: string;
  /** How long an idle pooled connection stays open (pg's default: 10 s). */
  idleTimeoutMillis?: number;
}

const STATEMENT_CACHE_LIMIT = 500;

type Statements = ReturnType<typeof cachingStatements>;

/** better-sqlite3 with its statements kept by SQL text (Kysely's driver would prepare one per query). */
function cachingStatements(db: Database.Database) {
  const statements = new Map<string, Database.Statement>();
  const prepare = (text: string) => {
    let statement = statements.get(text);
    if (!statement) {
      if (statements.size >= STATEMENT_CACHE_LIMIT) statements.clear();
      statement = db.prepare(text);
      statements.set(text, statement);
    }
    return statement;
  };
  /** What Kysely's SQLite connection answers for a query, run synchronously. */
  const run = (query: CompiledQuery): QueryResult<unknown> => {
    const statement = prepare(query.sql);
    if (statement.reader) return { rows: statement.all(query.parameters) };
    const { changes } = statement.run(query.parameters);
    return { numAffectedRows: BigInt(changes), rows: [] };
  };
  return { prepare, run, close: () => db.close() };
}

// The SQLite connections a query may run on directly, without Kysely's executor: the reader (which
// never holds a transaction open) and the writer while a `withWriter` holds it. Kysely's executor adds
// a dozen promise hops and its connection mutex to every query; on the hot paths they cost more than
// SQLite's own work (docs/performance.md).
const direct = new WeakMap<Kysely<DB>, Statements>();
// The same on PostgreSQL: the pool for reads, and the client a transaction holds for its statements.
const directPostgres = new WeakMap<Kysely<DB>, (query: CompiledQuery) => Promise<QueryResult<unknown>>>();

/** Runs a compiled query on `db`: straight on the engine's connection where that is safe, else through Kysely. */
export function execute<R>(db: Kysely<DB>, query: CompiledQuery<R>): Promise<QueryResult<R>> {
  const statements = direct.get(db);
  if (!statements) return (directPostgres.get(db)?.(query) ?? db.executeQuery(query)) as Promise<QueryResult<R>>;
  try {
    return Promise.resolve(statements.run(query) as QueryResult<R>);
  } catch (error) {
    return Promise.reject(error);
  }
}

function connectSqlite(path: string, options: SqliteOptions, readonly = false) {
  const db = new Database(path, { readonly });
  if (!readonly) db.pragma("journal_mode = WAL");
  db.pragma(`synchronous = ${options.synchronous ?? "NORMAL"}`);
  db.pragma("foreign_keys = ON");
  // better-sqlite3 waits for a lock synchronously, blocking the event loop: keep that wait short; a
  // transaction retries its BEGIN asynchronously (transaction.ts).
  db.pragma(`busy_timeout = ${readonly ? 200 : 20}`);
  return db;
}

export function sqliteEngine(options: SqliteOptions): Engine {
  const inMemory = options.path === ":memory:";
  if (!inMemory) mkdirSync(dirname(options.path), { recursive: true });
  const writerDb = connectSqlite(options.path, options);
  // An in-memory database cannot be shared between connections: it reads on its writer.
  const readerDb = inMemory ? writerDb : connectSqlite(options.path, options, true);
  const writerStatements = cachingStatements(writerDb);
  const writer = new Kysely<DB>({ dialect: new SqliteDialect({ database: writerStatements }) });
  let reader = writer;
  if (!inMemory) {
    const readerStatements = cachingStatements(readerDb);
    reader = new Kysely<DB>({ dialect: new SqliteDialect({ database: readerStatements }) });
    direct.set(reader, readerStatements);
  }
  const checkpointer = options.backgroundCheckpoints && !inMemory ? startCheckpointer(options.path, writerDb) : null;
  return {
    dialect: "sqlite",
    writer,
    reader,
    withWriter: (work) => writer.connection().execute((db) => {
      direct.set(db, writerStatements);
      return work(db);
    }),
    async close() {
      await checkpointer?.stop();
      if (reader !== writer) await reader.destroy();
      await writer.destroy();
    },
  };
}

// COUNT, SUM and BIGINT columns arrive as strings by default; every such value here fits a double.
const typesOf = (driver: typeof pg) => ({
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === 20 || oid === 1700 ? Number : driver.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
});

const DML = /^\s*(select|insert|update|delete|with)\b/i;

/**
 * A data statement named after its SQL text, so that PostgreSQL parses and plans it once per connection
 * (pg keeps the names it has prepared) instead of once per query.
 */
const named = (text: string, values?: unknown[]) => (DML.test(text) ? { name: statementName(text), text, values } : { text, values });

/** What Kysely's PostgreSQL connection answers for a query. */
async function runOn(target: pg.Pool | pg.PoolClient, query: CompiledQuery): Promise<QueryResult<unknown>> {
  const { command, rowCount, rows } = await target.query(named(query.sql, query.parameters as unknown[]));
  const changes = command === "INSERT" || command === "UPDATE" || command === "DELETE" || command === "MERGE";
  return { numAffectedRows: changes ? BigInt(rowCount ?? 0) : undefined, rows: rows ?? [] };
}

// Names by SQL text, kept: the same few texts would otherwise be hashed again on every query.
const statementNames = new Map<string, string>();
const NAMES_KEPT = 2000;

function statementName(text: string) {
  let name = statementNames.get(text);
  if (name === undefined) {
    if (statementNames.size >= NAMES_KEPT) statementNames.clear();
    name = `p_${createHash("sha1").update(text).digest("base64url")}`;
    statementNames.set(text, name);
  }
  return name;
}

export async function postgresEngine(options: PostgresOptions): Promise<Engine> {
  // Loaded here, not at the top: a server on the embedded default never needs the driver.
  const { default: pg } = await import("pg");
  const schema = options.schema?.replace(/"/g, "");
  if (schema) {
    const setup = new pg.Client({ connectionString: options.url });
    await setup.connect();
    await setup.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    await setup.end();
  }
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    idleTimeoutMillis: options.idleTimeoutMillis,
    types: typesOf(pg),
    ...(schema ? { options: `-c search_path="${schema}"` } : {}),
  });
  // An idle client's error (the server restarting) must not crash the process; the next query reconnects.
  pool.on("error", () => {});
  const namingOf = new WeakMap<pg.PoolClient, pg.PoolClient>();
  const naming = (client: pg.PoolClient) => {
    if (!namingOf.has(client)) namingOf.set(client, Object.assign(Object.create(client) as pg.PoolClient, { query: (text: string, values?: unknown[]) => client.query(named(text, values)) }));
    return namingOf.get(client)!;
  };
  const db = new Kysely<DB>({
    dialect: new PostgresDialect({ pool: { connect: async () => naming(await pool.connect()), end: () => pool.end() } }),
  });
  directPostgres.set(db, (query) => runOn(pool, query));
  // A Kysely of its own for each pooled client, kept with it: a transaction's statements run on the client
  // it holds, the hot ones directly (execute) and the others through Kysely, which must not release it.
  const held = new WeakMap<pg.PoolClient, Kysely<DB>>();
  const over = (client: pg.PoolClient) => {
    let own = held.get(client);
    if (!own) {
      const pinned = Object.assign(Object.create(naming(client)) as pg.PoolClient, { release: () => {} });
      own = new Kysely<DB>({ dialect: new PostgresDialect({ pool: { connect: async () => pinned, end: async () => {} } }) });
      directPostgres.set(own, (query) => runOn(client, query));
      held.set(client, own);
    }
    return own;
  };
  return {
    dialect: "postgres", writer: db, reader: db,
    async withWriter(work) {
      const client = await pool.connect();
      try {
        return await work(over(client));
      } finally {
        client.release();
      }
    },
    close: () => db.destroy(),
  };
}

// The one transaction runner. Its rule: the work's writes commit when the work returns, and roll back
// when it throws — whatever it throws, a refusal (4xx) included. A refused request therefore changes
// nothing. (A write that must outlive a refusal, such as a counted wrong guess, is made by returning
// the refusal instead of throwing it: see http/transaction.ts.)
//
// SQLite has one writer: BEGIN IMMEDIATE takes its lock first, and Kysely's single connection serialises
// this process's transactions. Another process's writer (a CLI, another worker) is waited out here,
// off the event loop: better-sqlite3's own busy wait is synchronous, so its timeout is kept short and
// BEGIN is retried after a pause until WRITE_LOCK_WAIT_MS, then the store answers StoreBusy. PostgreSQL
// runs one transaction per pooled connection; concurrency control is the conditional UPDATE and the
// row locks the store takes.
import { CompiledQuery, type Kysely } from "kysely";
import { execute, type Dialect, type Engine } from "./engine.js";
import type { DB } from "./schema.js";

const BEGIN = { sqlite: CompiledQuery.raw("BEGIN IMMEDIATE"), postgres: CompiledQuery.raw("BEGIN") };
const COMMIT = CompiledQuery.raw("COMMIT");
const ROLLBACK = CompiledQuery.raw("ROLLBACK");

/** How long a transaction waits for another process to release SQLite's write lock. */
export const WRITE_LOCK_WAIT_MS = 3000;

/** Another process held the database's write lock for longer than WRITE_LOCK_WAIT_MS; nothing was written. */
export class StoreBusy extends Error {
  constructor() {
    super("the database is busy with another process's write");
  }
}

const isBusy = (error: unknown) => (error as { code?: string })?.code === "SQLITE_BUSY";
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function begin(db: Kysely<DB>, dialect: Dialect) {
  if (dialect === "postgres") return execute(db, BEGIN.postgres);
  const deadline = Date.now() + WRITE_LOCK_WAIT_MS;
  for (let attempt = 0; ; attempt++) {
    try {
      return await execute(db, BEGIN.sqlite);
    } catch (error) {
      if (!isBusy(error)) throw error;
      if (Date.now() >= deadline) throw new StoreBusy();
      await pause(Math.min(50, 2 ** attempt) + Math.random() * 5);
    }
  }
}

export function runTransaction<T>(engine: Engine, work: (db: Kysely<DB>) => Promise<T>): Promise<T> {
  return engine.withWriter((db) => transactionOn(db, engine.dialect, work));
}

/** The same rule on a connection the caller already holds (the migration runner). */
export async function transactionOn<T>(db: Kysely<DB>, dialect: Dialect, work: (db: Kysely<DB>) => Promise<T>): Promise<T> {
  await begin(db, dialect);
  try {
    const value = await work(db);
    await execute(db, COMMIT);
    return value;
  } catch (error) {
    await execute(db, ROLLBACK).catch(() => {});
    throw error;
  }
}

// The one transaction runner. Its rule: the work's writes commit when the work returns, and roll back
// when it throws — whatever it throws, a refusal (4xx) included. A refused request therefore changes
// nothing. (A write that must outlive a refusal, such as a counted wrong guess, is made by returning
// the refusal instead of throwing it: see http/transaction.ts.)
//
// SQLite has one writer: BEGIN IMMEDIATE takes its lock first, waiting out other processes' writers for
// the busy timeout, and Kysely's single connection serialises this process's transactions. PostgreSQL
// runs one transaction per pooled connection; concurrency control is the conditional UPDATE and the
// row locks the store takes.
import { CompiledQuery, type Kysely } from "kysely";
import { execute, type Dialect, type Engine } from "./engine.js";
import type { DB } from "./schema.js";

const BEGIN = { sqlite: CompiledQuery.raw("BEGIN IMMEDIATE"), postgres: CompiledQuery.raw("BEGIN") };
const COMMIT = CompiledQuery.raw("COMMIT");
const ROLLBACK = CompiledQuery.raw("ROLLBACK");

export function runTransaction<T>(engine: Engine, work: (db: Kysely<DB>) => Promise<T>): Promise<T> {
  return engine.withWriter((db) => transactionOn(db, engine.dialect, work));
}

/** The same rule on a connection the caller already holds (the migration runner). */
export async function transactionOn<T>(db: Kysely<DB>, dialect: Dialect, work: (db: Kysely<DB>) => Promise<T>): Promise<T> {
  await execute(db, BEGIN[dialect]);
  try {
    const value = await work(db);
    await execute(db, COMMIT);
    return value;
  } catch (error) {
    await execute(db, ROLLBACK).catch(() => {});
    throw error;
  }
}

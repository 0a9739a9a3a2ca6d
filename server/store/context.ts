// What an area of the store (wallets.ts, grants.ts, …) works with: each area exports its reads and its
// writes with their methods, as an object whose `this` is the store they are mixed into (store.ts). Reads
// go to `read`: the transaction's connection on a store bound to one, else the engine's reader. Writes go
// through `write`, which runs them on the bound transaction and is refused on a store bound to none.
import type { Kysely } from "kysely";
import type { Engine } from "./engine.js";
import type { DB } from "./schema.js";

export type Db = Kysely<DB>;

export interface StoreContext {
  readonly engine: Engine;
  readonly read: Db;
  /** Whether the store is bound to a transaction (a row lock then holds until it ends). */
  readonly inTransaction: boolean;
  /** Runs a change's statements on the bound transaction; refused (rejected) outside one. */
  write<T>(work: (db: Db) => Promise<T>): Promise<T>;
  /** A write to what key principals are made of (keys, environments, plans): cached principals are forgotten once it commits. */
  writePrincipals<T>(work: (db: Db) => Promise<T>): Promise<T>;
  /** PostgreSQL: lock the row for the transaction. SQLite's writer already holds the database's one write lock. */
  lock(db: Db, table: "accounts" | "environments", id: string): Promise<void>;
  /** A boolean as the column holds it: 0/1 in SQLite, BOOLEAN in PostgreSQL. */
  bool(value: boolean): number | boolean;
}

/**
 * A lock, or a value read under one, means something only until its transaction ends: asked for on a
 * store bound to none, it is a caller's mistake, refused at once rather than taken and let go.
 */
export function inTransactionOnly(context: StoreContext, what: string) {
  if (!context.inTransaction) throw new Error(`${what} outside a transaction holds nothing: call it on the store that transaction() hands out`);
}

/** An area's methods, typed by its interface, with the store as `this`. */
export type AreaMethods<T> = T & ThisType<StoreContext & T>;

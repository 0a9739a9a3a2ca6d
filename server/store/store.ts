// The store: an engine, two bindings, and the areas mixed into both (accounts.ts, slots.ts, wallets.ts, …:
// each exports its reads and writes with their methods; store/context.ts says what they work with).
// KyselyStore, the store a process opens, reads from the engine's reader and changes nothing itself: a
// change is made on the TransactionStore that `transaction(work)` hands to `work`, whose every statement
// runs on that one transaction.
import { sql } from "kysely";
import type { Engine } from "./engine.js";
import type { Db, StoreContext } from "./context.js";
import { runTransaction } from "./transaction.js";
import { hot } from "./statements.js";
import type { PrincipalCache } from "./principalCache.js";
import { operatorStore } from "./operators.js";
import { catalogStore } from "./catalogs.js";
import { studioStore } from "./studios.js";
import { gameConfigStore } from "./gameConfigs.js";
import { idempotencyStore } from "./idempotencyRecords.js";
import { usageStore } from "./usage.js";
import { slotStore } from "./slots.js";
import { transferCodeStore } from "./transferCodes.js";
import { accountStore } from "./accounts.js";
import { walletStore } from "./wallets.js";
import { grantStore } from "./grants.js";
import { iapPurchaseStore } from "./iapPurchases.js";
import { leaderboardStore } from "./leaderboards.js";
import { eventStore } from "./events.js";
import { lobbyStore } from "./lobbies.js";
import { keyPrincipal } from "./rows.js";
import type { AreaReads, AreaWrites, KeyPrincipal, Store, TxStore } from "./types.js";

/** What both bindings share: the engine, and how a lock and a boolean are written on it. */
abstract class Binding {
  abstract readonly read: Db;
  constructor(readonly engine: Engine) {}

  /** PostgreSQL: lock the row for the transaction. SQLite's writer already holds the database's one write lock. */
  async lock(db: Db, table: "accounts" | "environments", id: string) {
    if (this.engine.dialect === "postgres") await (table === "accounts" ? hot.lockAccount : hot.lockEnvironment)(this.engine, db, { id });
  }

  /** A boolean as the column holds it: 0/1 in SQLite, BOOLEAN in PostgreSQL. */
  bool(value: boolean) {
    return this.engine.dialect === "sqlite" ? Number(value) : value;
  }

  async ping() {
    const row = await sql<{ ok: number }>`SELECT 1 AS ok`.execute(this.read);
    return row.rows[0]?.ok === 1;
  }

  protected readKeyPrincipal = async (keyHash: Buffer): Promise<KeyPrincipal | null> => {
    const row = (await hot.keyPrincipal(this.engine, this.read, { keyHash })).rows[0];
    return row ? keyPrincipal(row) : null;
  };
}

const outside = (what: string) => new Error(`${what} outside a transaction: make it on the store that transaction() hands out`);

// The areas' methods, mixed in below: each class declares them through an interface of the same name.
// The writes are on KyselyStore's prototype too, but its type has none, and `write` refuses there.
export interface KyselyStore extends AreaReads {}

/** The store a process opens: reads on the engine's reader, key principals cached, changes only through `transaction`. */
export class KyselyStore extends Binding implements Store, StoreContext {
  readonly inTransaction = false;

  constructor(engine: Engine, private readonly principals: PrincipalCache) {
    super(engine);
  }

  get read(): Db {
    return this.engine.reader;
  }

  write<T>(): Promise<T> {
    return Promise.reject(outside("a change"));
  }

  writePrincipals<T>(): Promise<T> {
    return Promise.reject(outside("a change"));
  }

  async transaction<T>(work: (tx: TxStore) => Promise<T>): Promise<T> {
    const afterCommit: Array<() => void> = [];
    const result = await runTransaction(this.engine, (db) => work(new TransactionStore(this.engine, this.principals, db, afterCommit)));
    for (const callback of afterCommit) callback();
    return result;
  }

  /** Cached for a second or two (server/store/principalCache.ts). */
  findKeyPrincipal(keyHash: Buffer) {
    return this.principals.through(keyHash, () => this.readKeyPrincipal(keyHash));
  }

  forgetPrincipals = () => this.principals.forget();
  onPrincipalsChanged = (listener: () => void) => this.principals.onChange(listener);
  close = () => this.engine.close();
}

interface TransactionStore extends AreaReads, AreaWrites {}

/** The store bound to one open transaction: every read, write and lock runs on it. */
class TransactionStore extends Binding implements TxStore, StoreContext {
  readonly inTransaction = true;

  constructor(
    engine: Engine,
    private readonly principals: PrincipalCache,
    readonly read: Db,
    private readonly onCommit: Array<() => void>,
  ) {
    super(engine);
  }

  write<T>(work: (db: Db) => Promise<T>): Promise<T> {
    return work(this.read);
  }

  /** A change to what key principals are made of (keys, environments, plans): cached principals are forgotten now and once it commits. */
  async writePrincipals<T>(work: (db: Db) => Promise<T>): Promise<T> {
    this.principals.forget();
    const result = await work(this.read);
    this.onCommit.push(() => this.principals.changed());
    return result;
  }

  afterCommit(callback: () => void) {
    this.onCommit.push(callback);
  }

  /** Uncached: what this transaction sees. */
  findKeyPrincipal(keyHash: Buffer) {
    return this.readKeyPrincipal(keyHash);
  }
}

for (const binding of [KyselyStore, TransactionStore]) {
  Object.assign(binding.prototype, walletStore, grantStore, iapPurchaseStore, catalogStore, leaderboardStore, eventStore, lobbyStore, operatorStore, studioStore, gameConfigStore, idempotencyStore, usageStore, slotStore, transferCodeStore, accountStore);
}

// The store: an engine, a transaction binding, and the areas mixed in (accounts.ts, slots.ts, wallets.ts, …:
// each exports its interface and methods together; store/context.ts says what they work with). Outside a
// transaction, reads go to the engine's reader and each mutation runs in a transaction of its own; a
// store bound to a transaction (`transaction(work)`) runs everything on that transaction.
import { sql } from "kysely";
import type { Engine } from "./engine.js";
import type { Db, StoreContext } from "./context.js";
import { runTransaction } from "./transaction.js";
import { hot } from "./statements.js";
import type { PrincipalCache } from "./principalCache.js";
import { operatorStore, type OperatorStore } from "./operators.js";
import { catalogStore, type CatalogStore } from "./catalogs.js";
import { studioStore, type StudioStore } from "./studios.js";
import { gameConfigStore, type GameConfigStore } from "./gameConfigs.js";
import { idempotencyStore, type IdempotencyStore } from "./idempotencyRecords.js";
import { usageStore, type UsageStore } from "./usage.js";
import { slotStore, type SlotStore } from "./slots.js";
import { transferCodeStore, type TransferCodeStore } from "./transferCodes.js";
import { accountStore, type AccountStore } from "./accounts.js";
import { walletStore, type WalletStore } from "./wallets.js";
import { grantStore, type GrantStore } from "./grants.js";
import { iapPurchaseStore, type IapPurchaseStore } from "./iapPurchases.js";
import { leaderboardStore, type LeaderboardStore } from "./leaderboards.js";
import { eventStore, type EventStore } from "./events.js";
import { lobbyStore, type LobbyStore } from "./lobbies.js";
import { keyPrincipal } from "./rows.js";
import type { KeyPrincipal, Store } from "./types.js";

// The areas' methods, mixed in below: the class declares them through this interface.
export interface KyselyStore extends WalletStore, GrantStore, IapPurchaseStore, CatalogStore, LeaderboardStore, EventStore, LobbyStore, OperatorStore, StudioStore, GameConfigStore, IdempotencyStore, UsageStore, SlotStore, TransferCodeStore, AccountStore {}

export class KyselyStore implements Store, StoreContext {
  /**
   * @param tx the transaction this store is bound to, with what runs once it commits; null for the
   * store that opens a transaction per mutation.
   */
  constructor(
    readonly engine: Engine,
    private readonly principals: PrincipalCache,
    private readonly tx: { db: Db; afterCommit: Array<() => void> } | null = null,
  ) {}

  get inTransaction() {
    return this.tx !== null;
  }

  /** Where reads go: the transaction when bound, else the reader. */
  get read(): Db {
    return this.tx?.db ?? this.engine.reader;
  }

  /** Runs a mutation's statements atomically: inside the bound transaction, else in one of its own. */
  write<T>(work: (db: Db) => Promise<T>): Promise<T> {
    return this.tx ? work(this.tx.db) : runTransaction(this.engine, work);
  }

  /** A mutation of what key principals are made of (keys, environments, plans): cached principals are forgotten once it commits. */
  async writePrincipals<T>(work: (db: Db) => Promise<T>): Promise<T> {
    this.principals.forget();
    const result = await this.write(work);
    if (this.tx) this.tx.afterCommit.push(() => this.principals.changed());
    else this.principals.changed();
    return result;
  }

  forgetPrincipals = () => this.principals.forget();
  onPrincipalsChanged = (listener: () => void) => this.principals.onChange(listener);

  /** PostgreSQL: lock the row for the transaction. SQLite's writer already holds the database's one write lock. */
  async lock(db: Db, table: "accounts" | "environments", id: string) {
    if (this.engine.dialect === "postgres") await (table === "accounts" ? hot.lockAccount : hot.lockEnvironment)(this.engine, db, { id });
  }

  /** A boolean as the column holds it: 0/1 in SQLite, BOOLEAN in PostgreSQL. */
  bool(value: boolean) {
    return this.engine.dialect === "sqlite" ? Number(value) : value;
  }

  close = () => this.engine.close();

  async ping() {
    const row = await sql<{ ok: number }>`SELECT 1 AS ok`.execute(this.read);
    return row.rows[0]?.ok === 1;
  }

  async transaction<T>(work: (tx: Store) => Promise<T>): Promise<T> {
    if (this.tx) return work(this);
    const afterCommit: Array<() => void> = [];
    const result = await runTransaction(this.engine, (db) => work(new KyselyStore(this.engine, this.principals, { db, afterCommit })));
    for (const callback of afterCommit) callback();
    return result;
  }

  afterCommit(callback: () => void) {
    if (this.tx) this.tx.afterCommit.push(callback);
    else callback();
  }

  // Key principals, cached (the studios area forgets them on a change).

  async findKeyPrincipal(keyHash: Buffer): Promise<KeyPrincipal | null> {
    const read = async () => {
      const row = (await hot.keyPrincipal(this.engine, this.read, { keyHash })).rows[0];
      return row ? keyPrincipal(row) : null;
    };
    return this.tx ? read() : this.principals.through(keyHash, read);
  }

  // Accounts and sessions.

  // Slots.

  // Transfer codes.

}

Object.assign(KyselyStore.prototype, walletStore, grantStore, iapPurchaseStore, catalogStore, leaderboardStore, eventStore, lobbyStore, operatorStore, studioStore, gameConfigStore, idempotencyStore, usageStore, slotStore, transferCodeStore, accountStore);

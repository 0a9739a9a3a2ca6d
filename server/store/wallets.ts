// The store's area for an account's economy: balances, item stacks, and the ledger that explains every
// one of them. Its interface and its methods, together (store/context.ts).
import { sql } from "kysely";
import type { Engine } from "./engine.js";
import { prepared, type Param } from "./prepared.js";
import type { Row } from "./rows.js";
import type { LedgerEntryRecord } from "./types.js";
import { inTransactionOnly, type AreaMethods, type Db } from "./context.js";

export interface WalletReads {
  /** The balances and the version (the last ledger entry's number, 0 for an untouched wallet). */
  wallet(accountId: string): Promise<{ version: number; balances: Record<string, number> }>;
  /** Entries newest first, older than `beforeSeq` when given. */
  listLedger(accountId: string, limit: number, beforeSeq?: number): Promise<LedgerEntryRecord[]>;
  getLedgerEntry(accountId: string, entryId: string): Promise<LedgerEntryRecord | null>;
  /** The newest ledger entry's number (the economy's version), 0 before the first. */
  ledgerVersion(accountId: string): Promise<number>;
  /** Item stacks held (quantity above 0). */
  inventory(accountId: string): Promise<Record<string, number>>;
}

/** Changes and locks: only on the store a transaction hands out (Store.transaction). */
export interface WalletWrites {
  /** Locks the account for the rest of the transaction (PostgreSQL; SQLite's writer holds the only write lock). Only in a transaction. */
  lockAccount(accountId: string): Promise<void>;
  /** Serialises the transactions that take the same name, until each ends. Only in a transaction. */
  lockName(name: string): Promise<void>;
  /** Appends the entry (numbered `seq`) and sets the balances it names to their values after it. */
  appendLedgerEntry(accountId: string, entry: LedgerEntryRecord): Promise<void>;
}

export type WalletStore = WalletReads & WalletWrites;

export const walletStore: AreaMethods<WalletStore> = {
  async lockAccount(accountId) {
    inTransactionOnly(this, "lockAccount");
    await this.lock(this.read, "accounts", accountId);
  },
  /** A lock on a name until the transaction ends, for a uniqueness no row can be locked for yet (SQLite's one writer already has it). */
  async lockName(name) {
    inTransactionOnly(this, "lockName");
    if (this.engine.dialect === "postgres") await sql`SELECT pg_advisory_xact_lock(hashtextextended(${name}, 0))`.execute(this.read);
  },
  async wallet(accountId) {
    const rows = (await hot.balances(this.engine, this.read, { accountId })).rows;
    return { version: await ledgerVersion(this.engine, this.read, accountId), balances: Object.fromEntries(rows.map((r) => [r.currency_id, Number(r.balance)])) };
  },
  appendLedgerEntry(accountId, entry) {
    return this.write(async (db) => {
      await hot.appendEntry(this.engine, db, {
        accountId, seq: entry.seq, entryId: entry.entryId, at: entry.at, source: entry.source, reason: entry.reason, ref: entry.ref,
        changes: JSON.stringify(entry.changes), balancesAfter: JSON.stringify(entry.balancesAfter),
        itemChanges: JSON.stringify(entry.itemChanges), itemsAfter: JSON.stringify(entry.itemsAfter), shortfall: entry.shortfall === null ? null : JSON.stringify(entry.shortfall),
      });
      for (const currencyId of Object.keys(entry.changes)) await hot.setBalance(this.engine, db, { accountId, currencyId, balance: entry.balancesAfter[currencyId] });
      for (const itemId of Object.keys(entry.itemChanges)) await hot.setQuantity(this.engine, db, { accountId, itemId, quantity: entry.itemsAfter[itemId] });
    });
  },
  async listLedger(accountId, limit, beforeSeq) {
    let query = this.read.selectFrom("wallet_ledger").selectAll().where("account_id", "=", accountId);
    if (beforeSeq !== undefined) query = query.where("seq", "<", beforeSeq);
    return (await query.orderBy("seq", "desc").limit(limit).execute()).map(entry);
  },
  async getLedgerEntry(accountId, entryId) {
    const row = await this.read.selectFrom("wallet_ledger").selectAll().where("account_id", "=", accountId).where("entry_id", "=", entryId).executeTakeFirst();
    return row ? entry(row) : null;
  },
  ledgerVersion(accountId) {
    return ledgerVersion(this.engine, this.read, accountId);
  },
  async inventory(accountId) {
    const rows = (await hot.items(this.engine, this.read, { accountId })).rows;
    return Object.fromEntries(rows.map((r) => [r.item_id, Number(r.quantity)]));
  },
};

const entry = (r: Row<"wallet_ledger">): LedgerEntryRecord => ({
  entryId: r.entry_id, seq: r.seq, at: r.at, source: r.source, reason: r.reason, ref: r.ref,
  changes: JSON.parse(r.changes), balancesAfter: JSON.parse(r.balances_after),
  itemChanges: JSON.parse(r.item_changes), itemsAfter: JSON.parse(r.items_after), shortfall: r.shortfall === null ? null : JSON.parse(r.shortfall),
});

/** The newest entry's number, 0 before the first. */
async function ledgerVersion(engine: Engine, db: Db, accountId: string) {
  return (await hot.lastSeq(engine, db, { accountId })).rows[0]?.seq ?? 0;
}

// Every purchase, claim and wallet read makes these: built and compiled once (store/prepared.ts).
const hot = {
  balances: prepared((db, p: Param<{ accountId: string }>) =>
    db.selectFrom("wallet_balances").select(["currency_id", "balance"]).where("account_id", "=", p("accountId"))),
  lastSeq: prepared((db, p: Param<{ accountId: string }>) =>
    db.selectFrom("wallet_ledger").select("seq").where("account_id", "=", p("accountId")).orderBy("seq", "desc").limit(1)),
  items: prepared((db, p: Param<{ accountId: string }>) =>
    db.selectFrom("inventory_items").select(["item_id", "quantity"]).where("account_id", "=", p("accountId")).where("quantity", ">", 0)),
  appendEntry: prepared((db, p: Param<Record<"accountId" | "entryId" | "at" | "source" | "reason" | "changes" | "balancesAfter" | "itemChanges" | "itemsAfter", string> & { seq: number; ref: string | null; shortfall: string | null }>) =>
    db.insertInto("wallet_ledger").values({
      account_id: p("accountId"), seq: p("seq"), entry_id: p("entryId"), at: p("at"), source: p("source"), reason: p("reason"), ref: p("ref"),
      changes: p("changes"), balances_after: p("balancesAfter"), item_changes: p("itemChanges"), items_after: p("itemsAfter"), shortfall: p("shortfall"),
    })),
  setBalance: prepared((db, p: Param<{ accountId: string; currencyId: string; balance: number }>) =>
    db.insertInto("wallet_balances").values({ account_id: p("accountId"), currency_id: p("currencyId"), balance: p("balance") })
      .onConflict((oc) => oc.columns(["account_id", "currency_id"]).doUpdateSet({ balance: p("balance") }))),
  setQuantity: prepared((db, p: Param<{ accountId: string; itemId: string; quantity: number }>) =>
    db.insertInto("inventory_items").values({ account_id: p("accountId"), item_id: p("itemId"), quantity: p("quantity") })
      .onConflict((oc) => oc.columns(["account_id", "item_id"]).doUpdateSet({ quantity: p("quantity") }))),
};

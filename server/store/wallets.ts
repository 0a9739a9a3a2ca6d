// The store's statements for an account's economy: balances, item stacks, and the ledger that explains
// every one of them.
import type { Kysely } from "kysely";
import type { DB } from "./schema.js";
import type { Row } from "./rows.js";
import type { LedgerEntryRecord } from "./types.js";

type Db = Kysely<DB>;

const entry = (r: Row): LedgerEntryRecord => ({
  entryId: r.entry_id, seq: r.seq, at: r.at, source: r.source, reason: r.reason, ref: r.ref,
  changes: JSON.parse(r.changes), balancesAfter: JSON.parse(r.balances_after),
  itemChanges: JSON.parse(r.item_changes), itemsAfter: JSON.parse(r.items_after), shortfall: r.shortfall === null ? null : JSON.parse(r.shortfall),
});

export async function wallet(db: Db, accountId: string) {
  const rows = await db.selectFrom("wallet_balances").select(["currency_id", "balance"]).where("account_id", "=", accountId).execute();
  return { version: await ledgerVersion(db, accountId), balances: Object.fromEntries(rows.map((r) => [r.currency_id, Number(r.balance)])) };
}

/** The newest entry's number, 0 before the first. */
export async function ledgerVersion(db: Db, accountId: string) {
  const last = await db.selectFrom("wallet_ledger").select("seq").where("account_id", "=", accountId).orderBy("seq", "desc").limit(1).executeTakeFirst();
  return last?.seq ?? 0;
}

export async function inventory(db: Db, accountId: string) {
  const rows = await db.selectFrom("inventory_items").select(["item_id", "quantity"]).where("account_id", "=", accountId).where("quantity", ">", 0).execute();
  return Object.fromEntries(rows.map((r) => [r.item_id, Number(r.quantity)]));
}

export async function appendLedgerEntry(db: Db, accountId: string, e: LedgerEntryRecord) {
  await db.insertInto("wallet_ledger").values({
    account_id: accountId, seq: e.seq, entry_id: e.entryId, at: e.at, source: e.source, reason: e.reason, ref: e.ref,
    changes: JSON.stringify(e.changes), balances_after: JSON.stringify(e.balancesAfter),
    item_changes: JSON.stringify(e.itemChanges), items_after: JSON.stringify(e.itemsAfter), shortfall: e.shortfall === null ? null : JSON.stringify(e.shortfall),
  }).execute();
  for (const currencyId of Object.keys(e.changes)) {
    const balance = e.balancesAfter[currencyId];
    await db.insertInto("wallet_balances").values({ account_id: accountId, currency_id: currencyId, balance })
      .onConflict((oc) => oc.columns(["account_id", "currency_id"]).doUpdateSet({ balance })).execute();
  }
  for (const itemId of Object.keys(e.itemChanges)) {
    const quantity = e.itemsAfter[itemId];
    await db.insertInto("inventory_items").values({ account_id: accountId, item_id: itemId, quantity })
      .onConflict((oc) => oc.columns(["account_id", "item_id"]).doUpdateSet({ quantity })).execute();
  }
}

export async function listLedger(db: Db, accountId: string, limit: number, beforeSeq?: number) {
  let query = db.selectFrom("wallet_ledger").selectAll().where("account_id", "=", accountId);
  if (beforeSeq !== undefined) query = query.where("seq", "<", beforeSeq);
  return (await query.orderBy("seq", "desc").limit(limit).execute()).map(entry);
}

export async function getLedgerEntry(db: Db, accountId: string, entryId: string) {
  const row = await db.selectFrom("wallet_ledger").selectAll().where("account_id", "=", accountId).where("entry_id", "=", entryId).executeTakeFirst();
  return row ? entry(row) : null;
}

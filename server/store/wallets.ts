// The store's statements for wallets: balances, and the ledger that explains every one of them.
import type { Kysely } from "kysely";
import type { DB } from "./schema.js";
import type { Row } from "./rows.js";
import type { LedgerEntryRecord } from "./types.js";

type Db = Kysely<DB>;

const entry = (r: Row): LedgerEntryRecord => ({
  entryId: r.entry_id, seq: r.seq, at: r.at, source: r.source, reason: r.reason, ref: r.ref,
  changes: JSON.parse(r.changes), balancesAfter: JSON.parse(r.balances_after),
});

export async function wallet(db: Db, accountId: string) {
  const rows = await db.selectFrom("wallet_balances").select(["currency_id", "balance"]).where("account_id", "=", accountId).execute();
  const last = await db.selectFrom("wallet_ledger").select("seq").where("account_id", "=", accountId).orderBy("seq", "desc").limit(1).executeTakeFirst();
  return { version: last?.seq ?? 0, balances: Object.fromEntries(rows.map((r) => [r.currency_id, Number(r.balance)])) };
}

export async function appendLedgerEntry(db: Db, accountId: string, e: LedgerEntryRecord) {
  await db.insertInto("wallet_ledger").values({
    account_id: accountId, seq: e.seq, entry_id: e.entryId, at: e.at, source: e.source, reason: e.reason, ref: e.ref,
    changes: JSON.stringify(e.changes), balances_after: JSON.stringify(e.balancesAfter),
  }).execute();
  for (const currencyId of Object.keys(e.changes)) {
    const balance = e.balancesAfter[currencyId];
    await db.insertInto("wallet_balances").values({ account_id: accountId, currency_id: currencyId, balance })
      .onConflict((oc) => oc.columns(["account_id", "currency_id"]).doUpdateSet({ balance })).execute();
  }
}

export async function listLedger(db: Db, accountId: string, limit: number, beforeSeq?: number) {
  let query = db.selectFrom("wallet_ledger").selectAll().where("account_id", "=", accountId);
  if (beforeSeq !== undefined) query = query.where("seq", "<", beforeSeq);
  return (await query.orderBy("seq", "desc").limit(limit).execute()).map(entry);
}

// The store's statements for in-app purchases: one row per store transaction, fulfilled once.
import type { Row } from "./rows.js";
import type { IapPurchaseRecord } from "./types.js";
import type { AreaMethods, Db } from "./context.js";

/** In-app purchases, fulfilled once per store transaction. */
export interface IapPurchaseReads {
  getIapPurchase(environmentId: string, store: string, storeEnvironment: string, transactionId: string): Promise<IapPurchaseRecord | null>;
  listIapPurchases(accountId: string, limit: number): Promise<IapPurchaseRecord[]>;
}

/** Changes and locks: only on the store a transaction hands out (Store.transaction). */
export interface IapPurchaseWrites {
  insertIapPurchase(purchase: IapPurchaseRecord): Promise<void>;
  markIapRefunded(purchase: IapPurchaseRecord, refundedAt: string, refundEntryId: string): Promise<void>;
}

export type IapPurchaseStore = IapPurchaseReads & IapPurchaseWrites;

export const iapPurchaseStore: AreaMethods<IapPurchaseStore> = {
  insertIapPurchase(purchase) {
    return this.write((db) => insertIapPurchase(db, purchase));
  },
  getIapPurchase(environmentId, store, storeEnvironment, transactionId) {
    return getIapPurchase(this.read, environmentId, store, storeEnvironment, transactionId);
  },
  listIapPurchases(accountId, limit) {
    return listIapPurchases(this.read, accountId, limit);
  },
  markIapRefunded(purchase, refundedAt, refundEntryId) {
    return this.write((db) => markIapRefunded(db, purchase, refundedAt, refundEntryId));
  },
};


const purchase = (r: Row<"iap_purchases">): IapPurchaseRecord => ({
  environmentId: r.environment_id, store: r.store, storeEnvironment: r.store_environment, transactionId: r.transaction_id, accountId: r.account_id,
  productId: r.product_id, offerId: r.offer_id, contents: JSON.parse(r.contents), entryId: r.entry_id, fulfilledAt: r.fulfilled_at,
  refundedAt: r.refunded_at, refundEntryId: r.refund_entry_id,
});

async function insertIapPurchase(db: Db, p: IapPurchaseRecord) {
  await db.insertInto("iap_purchases").values({
    environment_id: p.environmentId, store: p.store, store_environment: p.storeEnvironment, transaction_id: p.transactionId, account_id: p.accountId,
    product_id: p.productId, offer_id: p.offerId, contents: JSON.stringify(p.contents), entry_id: p.entryId, fulfilled_at: p.fulfilledAt,
    refunded_at: null, refund_entry_id: null,
  }).execute();
}

const byTransaction = (db: Db, environmentId: string, store: string, storeEnvironment: string, transactionId: string) =>
  db.selectFrom("iap_purchases").selectAll().where("environment_id", "=", environmentId).where("store", "=", store)
    .where("store_environment", "=", storeEnvironment).where("transaction_id", "=", transactionId);

async function getIapPurchase(db: Db, environmentId: string, store: string, storeEnvironment: string, transactionId: string) {
  const row = await byTransaction(db, environmentId, store, storeEnvironment, transactionId).executeTakeFirst();
  return row ? purchase(row) : null;
}

async function listIapPurchases(db: Db, accountId: string, limit: number) {
  return (await db.selectFrom("iap_purchases").selectAll().where("account_id", "=", accountId).orderBy("fulfilled_at", "desc").limit(limit).execute()).map(purchase);
}

async function markIapRefunded(db: Db, p: IapPurchaseRecord, refundedAt: string, refundEntryId: string) {
  await db.updateTable("iap_purchases").set({ refunded_at: refundedAt, refund_entry_id: refundEntryId })
    .where("environment_id", "=", p.environmentId).where("store", "=", p.store).where("store_environment", "=", p.storeEnvironment)
    .where("transaction_id", "=", p.transactionId).execute();
}

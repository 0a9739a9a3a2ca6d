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
    return this.write(async (db) => {
      await db.insertInto("iap_purchases").values({
        environment_id: purchase.environmentId, store: purchase.store, store_environment: purchase.storeEnvironment, transaction_id: purchase.transactionId, account_id: purchase.accountId,
        product_id: purchase.productId, offer_id: purchase.offerId, contents: JSON.stringify(purchase.contents), entry_id: purchase.entryId, fulfilled_at: purchase.fulfilledAt,
        refunded_at: null, refund_entry_id: null,
      }).execute();
    });
  },
  async getIapPurchase(environmentId, store, storeEnvironment, transactionId) {
    const row = await byTransaction(this.read, environmentId, store, storeEnvironment, transactionId).executeTakeFirst();
    return row ? purchase(row) : null;
  },
  async listIapPurchases(accountId, limit) {
    return (await this.read.selectFrom("iap_purchases").selectAll().where("account_id", "=", accountId).orderBy("fulfilled_at", "desc").limit(limit).execute()).map(purchase);
  },
  markIapRefunded(purchase, refundedAt, refundEntryId) {
    return this.write(async (db) => {
      await db.updateTable("iap_purchases").set({ refunded_at: refundedAt, refund_entry_id: refundEntryId })
        .where("environment_id", "=", purchase.environmentId).where("store", "=", purchase.store).where("store_environment", "=", purchase.storeEnvironment)
        .where("transaction_id", "=", purchase.transactionId).execute();
    });
  },
};

const purchase = (r: Row<"iap_purchases">): IapPurchaseRecord => ({
  environmentId: r.environment_id, store: r.store, storeEnvironment: r.store_environment, transactionId: r.transaction_id, accountId: r.account_id,
  productId: r.product_id, offerId: r.offer_id, contents: JSON.parse(r.contents), entryId: r.entry_id, fulfilledAt: r.fulfilled_at,
  refundedAt: r.refunded_at, refundEntryId: r.refund_entry_id,
});

const byTransaction = (db: Db, environmentId: string, store: string, storeEnvironment: string, transactionId: string) =>
  db.selectFrom("iap_purchases").selectAll().where("environment_id", "=", environmentId).where("store", "=", store)
    .where("store_environment", "=", storeEnvironment).where("transaction_id", "=", transactionId);

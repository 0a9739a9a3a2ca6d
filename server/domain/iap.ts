// In-app purchases (DESIGN §8): the studio's backend has verified the store's receipt and asks for the
// purchase to be fulfilled. A store transaction is fulfilled once per (environment, store, store
// environment): the same account retrying gets the first answer; another account is refused. A refund
// takes back what was given, clamped at zero, with the shortfall in the ledger.
import { ApiError, notFound } from "./errors.js";
import type { Deps, TxDeps } from "./context.js";
import type { IapPurchaseRecord } from "../store/types.js";
import { accountIn } from "./accounts.js";
import { applyChange, asChange, negate } from "./ledger.js";
import { activeCatalog } from "./catalog.js";

type EconomyDeps = Pick<TxDeps, "store" | "now" | "events" | "random">;
export interface StoreTransaction { store: string; transactionId: string; environment: string }

const describe = (t: StoreTransaction) => `${t.store} transaction ${t.transactionId} (${t.environment})`;

export async function fulfilIapPurchase(deps: EconomyDeps, environmentId: string, input: StoreTransaction & { accountId: string; productId: string }) {
  const account = await accountIn(deps, environmentId, input.accountId);
  await deps.store.lockName(`iap:${environmentId}:${input.store}:${input.environment}:${input.transactionId}`);
  await deps.store.lockAccount(account.id);
  const earlier = await deps.store.getIapPurchase(environmentId, input.store, input.environment, input.transactionId);
  if (earlier) {
    if (earlier.accountId !== account.id) {
      throw new ApiError(409, "receipt_already_redeemed", `${describe(input)} was already redeemed by another account`, { store: input.store, transactionId: input.transactionId });
    }
    return { purchase: earlier, entry: await deps.store.getLedgerEntry(account.id, earlier.entryId), seenBefore: true };
  }
  const offer = (await activeCatalog(deps, environmentId)).offersBySku.get(input.productId);
  if (!offer) throw notFound(`no offer in the active catalog has sku "${input.productId}"`, { productId: input.productId });
  const contents = asChange(offer.contents);
  const entry = await applyChange(deps, account, contents, { source: "iap", reason: `in-app purchase of ${offer.offerId}`, ref: `${input.store}:${input.transactionId}` });
  const purchase: IapPurchaseRecord = {
    environmentId, store: input.store, storeEnvironment: input.environment, transactionId: input.transactionId, accountId: account.id,
    productId: input.productId, offerId: offer.offerId, contents, entryId: entry.entryId, fulfilledAt: entry.at, refundedAt: null, refundEntryId: null,
  };
  await deps.store.insertIapPurchase(purchase);
  return { purchase, entry, seenBefore: false };
}

export async function getIapPurchase(deps: Pick<Deps, "store">, environmentId: string, t: StoreTransaction) {
  const purchase = await deps.store.getIapPurchase(environmentId, t.store, t.environment, t.transactionId);
  if (!purchase) throw notFound(`no fulfilled ${describe(t)}`, { store: t.store, transactionId: t.transactionId });
  return purchase;
}

/** Takes back the contents, clamped at zero; refunding again answers the first refund. */
export async function refundIapPurchase(deps: EconomyDeps, environmentId: string, t: StoreTransaction, reason: string | undefined) {
  const found = await getIapPurchase(deps, environmentId, t);
  const account = await accountIn(deps, environmentId, found.accountId);
  await deps.store.lockAccount(account.id);
  const purchase = (await getIapPurchase(deps, environmentId, t))!;
  if (purchase.refundEntryId) return { purchase, entry: await deps.store.getLedgerEntry(account.id, purchase.refundEntryId), seenBefore: true };
  const entry = await applyChange(deps, account, negate(purchase.contents), {
    source: "iap_refund", reason: reason ?? `refund of ${purchase.offerId}`, ref: `${t.store}:${t.transactionId}`,
  }, "capped");
  await deps.store.markIapRefunded(purchase, entry.at, entry.entryId);
  return { purchase: { ...purchase, refundedAt: entry.at, refundEntryId: entry.entryId }, entry, seenBefore: false };
}

// Purchases with virtual currency: the offer's price debited and its contents added in one change set,
// or nothing at all.
import { ApiError, notFound } from "./errors.js";
import type { TxDeps } from "./context.js";
import { canonicalJson } from "./payload.js";
import type { AccountRecord } from "../store/types.js";
import { applyChange, asChange } from "./ledger.js";
import { activeCatalog } from "./catalog.js";
import { economyAfter } from "./wallet.js";

const samePrice = (a: Record<string, number>, b: Record<string, number>) => canonicalJson("expectedPrice", a) === canonicalJson("price", b);

export async function purchaseOffer(
  deps: Pick<TxDeps, "store" | "now" | "events" | "random">, account: AccountRecord, input: { offerId: string; quantity?: number; expectedPrice?: Record<string, number> },
) {
  const catalog = await activeCatalog(deps, account.environmentId);
  const offer = catalog.offers.get(input.offerId);
  if (!offer) throw notFound(`no offer "${input.offerId}" in the active catalog`, { offerId: input.offerId });
  if (offer.purchasable !== "client") {
    throw new ApiError(409, "offer_not_purchasable", `offer "${offer.offerId}" is sold through in-app purchase only; the studio's backend fulfils it`, { offerId: offer.offerId, purchasable: offer.purchasable });
  }
  if (input.expectedPrice !== undefined && !samePrice(input.expectedPrice, offer.price)) {
    throw new ApiError(409, "price_changed", `the price of "${offer.offerId}" changed; reload the catalog and confirm the new price`, { expected: input.expectedPrice, actual: offer.price });
  }
  const quantity = input.quantity ?? 1;
  const contents = asChange(offer.contents, quantity);
  const price = asChange({ currencies: offer.price }, quantity).currencies;
  const currencies = { ...contents.currencies };
  for (const [id, n] of Object.entries(price)) currencies[id] = (currencies[id] ?? 0) - n;
  const entry = await applyChange(deps, account, { currencies, items: contents.items }, { source: "purchase", reason: `bought ${quantity} × ${offer.offerId}`, ref: offer.offerId }, "strict", catalog);
  return { offerId: offer.offerId, quantity, charged: price, received: contents, entry, ...(await economyAfter(deps, account, entry, catalog)) };
}

// Wallets: what the API shows of an account's balances, and the ledger that explains them (the
// change sets themselves are ledger.ts).
import type { Deps } from "./context.js";
import type { AccountRecord } from "../store/types.js";
import { applyChange } from "./ledger.js";
import { activeCatalog } from "./catalog.js";

/** The balance of every currency of the active catalog (and of any other the wallet still holds), and the version. */
export async function readWallet(deps: Pick<Deps, "store">, account: AccountRecord) {
  const { currencies } = await activeCatalog(deps, account.environmentId);
  const { version, balances } = await deps.store.wallet(account.id);
  const ids = [...new Set([...currencies.keys(), ...Object.keys(balances)])].sort();
  return {
    accountId: account.id, version,
    balances: ids.map((currencyId) => ({
      currencyId, balance: balances[currencyId] ?? (version === 0 ? (currencies.get(currencyId)?.initial ?? 0) : 0),
      max: currencies.get(currencyId)?.max ?? null,
    })),
  };
}

/** A change set from the studio's backend: currencies only, refused whole when a balance would leave its bounds. */
export const changeWallet = (deps: Pick<Deps, "store" | "now" | "events">, account: AccountRecord, changes: Record<string, number>, meta: { reason: string; ref: string | null }) =>
  applyChange(deps, account, { currencies: changes }, { source: "server", ...meta });

export async function ledgerPage(deps: Pick<Deps, "store">, account: AccountRecord, query: { limit?: number; cursor?: string }) {
  const limit = query.limit ?? 50;
  const rows = await deps.store.listLedger(account.id, limit + 1, query.cursor === undefined ? undefined : Number(query.cursor));
  const entries = rows.slice(0, limit);
  return { entries, nextCursor: rows.length > limit ? String(entries[entries.length - 1].seq) : null };
}

// Wallets: what the API shows of an account's balances, and the ledger that explains them (the
// change sets themselves are ledger.ts).
import type { Deps, TxDeps } from "./context.js";
import type { AccountRecord, LedgerEntryRecord } from "../store/types.js";
import { applyChange } from "./ledger.js";
import { activeCatalog, type ActiveCatalog } from "./catalog.js";
import { inventoryAfter } from "./inventory.js";

/** The balance of every currency of the active catalog (and of any other the wallet still holds), and the version. */
export async function readWallet(deps: Pick<Deps, "store">, account: AccountRecord) {
  const catalog = await activeCatalog(deps, account.environmentId);
  const { version, balances } = await deps.store.wallet(account.id);
  return walletView(catalog, account, version, balances);
}

function walletView({ currencies }: ActiveCatalog, account: AccountRecord, version: number, balances: Record<string, number>) {
  const ids = [...new Set([...currencies.keys(), ...Object.keys(balances)])].sort();
  return {
    accountId: account.id, version,
    balances: ids.map((currencyId) => ({
      currencyId, balance: balances[currencyId] ?? (version === 0 ? (currencies.get(currencyId)?.initial ?? 0) : 0),
      max: currencies.get(currencyId)?.max ?? null,
    })),
  };
}

/** The wallet right after a change, from its entry: it holds every balance after it, and its number is the version. */
export async function walletAfter(deps: Pick<Deps, "store">, account: AccountRecord, entry: LedgerEntryRecord, known?: ActiveCatalog) {
  return walletView(known ?? (await activeCatalog(deps, account.environmentId)), account, entry.seq, entry.balancesAfter);
}

/** The wallet and inventory right after a change, in its transaction: only the item stacks are read again. */
export async function economyAfter(deps: Pick<Deps, "store">, account: AccountRecord, entry: LedgerEntryRecord, known?: ActiveCatalog) {
  const catalog = known ?? (await activeCatalog(deps, account.environmentId));
  return { wallet: await walletAfter(deps, account, entry, catalog), inventory: await inventoryAfter(deps, account, entry, catalog) };
}

/** A change set from the studio's backend: currencies only, refused whole when a balance would leave its bounds. */
export const changeWallet = (deps: Pick<TxDeps, "store" | "now" | "events" | "random">, account: AccountRecord, changes: Record<string, number>, meta: { reason: string; ref: string | null }) =>
  applyChange(deps, account, { currencies: changes }, { source: "server", ...meta });

export async function ledgerPage(deps: Pick<Deps, "store">, account: AccountRecord, query: { limit?: number; cursor?: string }) {
  const limit = query.limit ?? 50;
  const rows = await deps.store.listLedger(account.id, limit + 1, query.cursor === undefined ? undefined : Number(query.cursor));
  const entries = rows.slice(0, limit);
  return { entries, nextCursor: rows.length > limit ? String(entries[entries.length - 1].seq) : null };
}

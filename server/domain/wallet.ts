// Wallets (DESIGN §8): integer balances per currency of the active catalog, within [0, max], changed only
// by all-or-nothing change sets, each written as one ledger entry with the balances after it. An
// untouched wallet holds each currency's `initial`; its first change writes that opening as an entry of
// its own (source `initial`), so that a currency's ledger changes always add up to its balance.
import { randomBytes } from "node:crypto";
import { ApiError, notFound } from "./errors.js";
import type { Catalog, Currency } from "./catalog.js";
import type { Deps } from "./context.js";
import type { AccountRecord, LedgerEntryRecord } from "../store/types.js";

export type LedgerSource = "initial" | "purchase" | "grant" | "event_entry" | "iap" | "iap_refund" | "server";

const newEntryId = () => `led_${randomBytes(10).toString("hex")}`;

async function activeCurrencies(deps: Pick<Deps, "store">, account: AccountRecord): Promise<Map<string, Currency>> {
  const active = await deps.store.getActiveCatalog(account.environmentId);
  return new Map(active ? (JSON.parse(active.catalog) as Catalog).currencies.map((c) => [c.currencyId, c]) : []);
}

/** The balance of every currency of the active catalog (and of any other the wallet still holds), and the version. */
export async function readWallet(deps: Pick<Deps, "store">, account: AccountRecord) {
  const currencies = await activeCurrencies(deps, account);
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

/**
 * Applies a change set atomically, or refuses it whole: 404 for a currency the active catalog lacks,
 * 409 `insufficient_funds` below zero, 409 `balance_limit_exceeded` above `max`. Runs in the caller's
 * transaction, holding the account's lock.
 */
export async function changeWallet(
  deps: Pick<Deps, "store" | "now">, account: AccountRecord, changes: Record<string, number>, meta: { source: LedgerSource; reason: string; ref: string | null },
): Promise<LedgerEntryRecord> {
  const currencies = await activeCurrencies(deps, account);
  for (const currencyId of Object.keys(changes)) {
    if (!currencies.has(currencyId)) throw notFound(`no currency "${currencyId}" in the active catalog`, { currencyId });
  }
  await deps.store.lockAccount(account.id);
  let { version, balances } = await deps.store.wallet(account.id);
  const at = deps.now().toISOString();
  if (version === 0) {
    const opening = Object.fromEntries([...currencies.values()].filter((c) => c.initial > 0).map((c) => [c.currencyId, c.initial]));
    if (Object.keys(opening).length) {
      version = 1;
      balances = opening;
      await deps.store.appendLedgerEntry(account.id, { entryId: newEntryId(), seq: 1, at, source: "initial", reason: "opening balances", ref: null, changes: opening, balancesAfter: opening });
    }
  }
  const after: Record<string, number> = { ...balances };
  for (const [currencyId, delta] of Object.entries(changes)) {
    const have = balances[currencyId] ?? 0;
    const wouldBe = have + delta;
    if (wouldBe < 0) throw new ApiError(409, "insufficient_funds", `not enough ${currencyId}: ${-delta} needed, ${have} held`, { resource: currencyId, needed: -delta, have });
    const limit = currencies.get(currencyId)!.max;
    if (wouldBe > limit) throw new ApiError(409, "balance_limit_exceeded", `${currencyId} would be ${wouldBe}, above its max of ${limit}`, { resource: currencyId, limit, wouldBe });
    after[currencyId] = wouldBe;
  }
  const entry = { entryId: newEntryId(), seq: version + 1, at, ...meta, changes, balancesAfter: after };
  await deps.store.appendLedgerEntry(account.id, entry);
  return entry;
}

export async function ledgerPage(deps: Pick<Deps, "store">, account: AccountRecord, query: { limit?: number; cursor?: string }) {
  const limit = query.limit ?? 50;
  const rows = await deps.store.listLedger(account.id, limit + 1, query.cursor === undefined ? undefined : Number(query.cursor));
  const entries = rows.slice(0, limit);
  return { entries, nextCursor: rows.length > limit ? String(entries[entries.length - 1].seq) : null };
}

// An account's economy (DESIGN §8): balances per currency and stacks per item of the active catalog,
// changed only by all-or-nothing change sets under the account's lock, each one ledger entry with the
// state after it. An untouched wallet holds each currency's `initial`; the first change writes that
// opening as an entry of its own (source `initial`), so a currency's ledger changes add up to its balance.
import type { Randomness } from "./randomness.js";
import { ApiError, invalidRequest, notFound } from "./errors.js";
import { activeCatalog, type ActiveCatalog } from "./catalog.js";
import type { TxDeps } from "./context.js";
import type { AccountRecord, LedgerEntryRecord, Rewards } from "../store/types.js";

export type LedgerSource = "initial" | "purchase" | "grant" | "event_entry" | "iap" | "iap_refund" | "consume" | "server";

/** Signed changes: currencies and items, positive adds, negative takes away. */
export interface ChangeSet { currencies?: Record<string, number>; items?: Record<string, number> }

/**
 * `strict` refuses the whole change set when any balance or stack would leave its bounds; `capped`
 * (force-claims, refunds) applies what fits and records the rest as the entry's shortfall.
 */
export type ChangeMode = "strict" | "capped";

const newEntryId = (random: Randomness) => `led_${random.bytes(10).toString("hex")}`;

/** Rewards or contents as a positive change set, `times` over. */
export const asChange = (rewards: Partial<Rewards>, times = 1): Required<ChangeSet> => ({
  currencies: Object.fromEntries(Object.entries(rewards.currencies ?? {}).map(([id, n]) => [id, n * times])),
  items: Object.fromEntries(Object.entries(rewards.items ?? {}).map(([id, n]) => [id, n * times])),
});

export const negate = (change: ChangeSet): Required<ChangeSet> => ({
  currencies: Object.fromEntries(Object.entries(change.currencies ?? {}).map(([id, n]) => [id, -n])),
  items: Object.fromEntries(Object.entries(change.items ?? {}).map(([id, n]) => [id, -n])),
});

/** The first currency or item of a change that the active catalog lacks (taking away an item it no longer lists is allowed), or null. */
export function unknownIn(catalog: ActiveCatalog, change: ChangeSet): { currencyId: string } | { itemId: string } | null {
  const currencyId = Object.keys(change.currencies ?? {}).find((id) => !catalog.currencies.has(id));
  if (currencyId !== undefined) return { currencyId };
  const itemId = Object.entries(change.items ?? {}).find(([id, delta]) => delta > 0 && !catalog.items.has(id))?.[0];
  return itemId === undefined ? null : { itemId };
}

/** 404 for a currency or item the active catalog lacks (taking away an item it no longer lists is allowed). */
export function checkKnown(catalog: ActiveCatalog, change: ChangeSet) {
  const unknown = unknownIn(catalog, change);
  if (unknown) throw notFound(`no ${"currencyId" in unknown ? `currency "${unknown.currencyId}"` : `item "${unknown.itemId}"`} in the active catalog`, unknown);
}

interface Bounded { kind: "currency" | "item"; id: string; have: number; delta: number; limit: number }

/** The value after one change, or the refusal; in capped mode, the value clamped into [0, limit]. */
function bound({ kind, id, have, delta, limit }: Bounded, mode: ChangeMode): number {
  const wouldBe = have + delta;
  // Figures past 2^53−1 are not exact in JSON numbers: refused as out of range, never reported rounded.
  if (!Number.isSafeInteger(delta) || !Number.isSafeInteger(wouldBe)) {
    throw invalidRequest(`the change to ${kind === "currency" ? "" : "item "}${id} is beyond ±${Number.MAX_SAFE_INTEGER} (2^53−1), the largest amount Persistly counts exactly`, {
      reason: "amount_out_of_range", resource: id, maxAmount: Number.MAX_SAFE_INTEGER,
    });
  }
  if (mode === "capped") return Math.min(Math.max(wouldBe, 0), Math.max(limit, have));
  const noun = kind === "currency" ? "" : " of item";
  if (wouldBe < 0) {
    throw new ApiError(409, kind === "currency" ? "insufficient_funds" : "insufficient_quantity", `not enough${noun} ${id}: ${-delta} needed, ${have} held`, { resource: id, needed: -delta, have });
  }
  if (delta > 0 && wouldBe > limit) {
    throw new ApiError(409, kind === "currency" ? "balance_limit_exceeded" : "item_max_count_exceeded",
      `${id} would be ${wouldBe}, above its ${kind === "currency" ? "max" : "maxCount"} of ${limit}`, { resource: id, limit, wouldBe });
  }
  return wouldBe;
}

/**
 * Applies a change set in the caller's transaction, holding the account's lock: every change, or (in
 * strict mode) a refusal and nothing written. Announces `wallet_updated` / `inventory_updated` once committed.
 */
export async function applyChange(
  deps: Pick<TxDeps, "store" | "now" | "events" | "random">, account: AccountRecord, change: ChangeSet,
  meta: { source: LedgerSource; reason: string; ref: string | null }, mode: ChangeMode = "strict", known?: ActiveCatalog,
): Promise<LedgerEntryRecord> {
  const catalog = known ?? (await activeCatalog(deps, account.environmentId));
  // Capped changes (force-claims, refunds) deliver whatever the catalog became: a currency or item it no
  // longer lists is kept as it is, without a cap, and shown with the rest (nothing owed is ever lost).
  if (mode === "strict") checkKnown(catalog, change);
  // A change set that changes nothing (all zeros, or an inventory batch that nets to zero) records
  // nothing: no entry, no new version. It is refused, so the caller learns it did nothing.
  if (mode === "strict" && [...Object.values(change.currencies ?? {}), ...Object.values(change.items ?? {})].every((delta) => delta === 0)) {
    throw invalidRequest("every change in this set is zero: nothing to record, and nothing was written", { reason: "empty_change" });
  }
  await deps.store.lockAccount(account.id);
  let { version, balances } = await deps.store.wallet(account.id);
  const held = Object.keys(change.items ?? {}).length ? await deps.store.inventory(account.id) : {};
  const at = deps.now().toISOString();
  const opening = version > 0 ? {} : Object.fromEntries([...catalog.currencies.values()].filter((c) => c.initial > 0).map((c) => [c.currencyId, c.initial]));
  if (Object.keys(opening).length) {
    version = 1;
    balances = opening;
  }
  const shortfall: Rewards = { currencies: {}, items: {} };
  const balancesAfter = { ...balances };
  const changes: Record<string, number> = {};
  for (const [id, delta] of Object.entries(change.currencies ?? {})) {
    const have = balances[id] ?? 0;
    balancesAfter[id] = bound({ kind: "currency", id, have, delta, limit: catalog.currencies.get(id)?.max ?? Infinity }, mode);
    changes[id] = balancesAfter[id] - have;
    if (changes[id] !== delta) shortfall.currencies[id] = Math.abs(delta - changes[id]);
  }
  const itemsAfter: Record<string, number> = {};
  const itemChanges: Record<string, number> = {};
  for (const [id, delta] of Object.entries(change.items ?? {})) {
    const have = held[id] ?? 0;
    itemsAfter[id] = bound({ kind: "item", id, have, delta, limit: catalog.items.get(id)?.maxCount ?? Infinity }, mode);
    itemChanges[id] = itemsAfter[id] - have;
    if (itemChanges[id] !== delta) shortfall.items[id] = Math.abs(delta - itemChanges[id]);
  }
  const short = Object.keys(shortfall.currencies).length + Object.keys(shortfall.items).length > 0;
  const entry: LedgerEntryRecord = {
    entryId: newEntryId(deps.random), seq: version + 1, at, ...meta, changes, balancesAfter, itemChanges, itemsAfter, shortfall: short ? shortfall : null,
  };
  // Written only once nothing was refused, so that a refusal whose transaction commits (a stuck claim) leaves no entry.
  if (Object.keys(opening).length) {
    await deps.store.appendLedgerEntry(account.id, {
      entryId: newEntryId(deps.random), seq: 1, at, source: "initial", reason: "opening balances", ref: null,
      changes: opening, balancesAfter: opening, itemChanges: {}, itemsAfter: {}, shortfall: null,
    });
  }
  await deps.store.appendLedgerEntry(account.id, entry);
  deps.store.afterCommit(() => {
    if (Object.keys(changes).length) deps.events.publish(account.id, "wallet_updated", { accountId: account.id, version: entry.seq, balances: pick(balancesAfter, changes) });
    if (Object.keys(itemChanges).length) deps.events.publish(account.id, "inventory_updated", { accountId: account.id, version: entry.seq, items: itemsAfter });
  });
  return entry;
}

const pick = (all: Record<string, number>, keys: Record<string, unknown>) => Object.fromEntries(Object.keys(keys).map((k) => [k, all[k]]));

// Inventories: stacks per item, capped by the item's maxCount. Game clients read them and consume
// consumable items; the studio's backend runs atomic batches of adds and removes.
import { ApiError, notFound } from "./errors.js";
import type { Deps, TxDeps } from "./context.js";
import type { AccountRecord, LedgerEntryRecord } from "../store/types.js";
import { applyChange } from "./ledger.js";
import { activeCatalog, type ActiveCatalog } from "./catalog.js";

export async function readInventory(deps: Pick<Deps, "store">, account: AccountRecord) {
  const catalog = await activeCatalog(deps, account.environmentId);
  const held = await deps.store.inventory(account.id);
  return inventoryView(catalog, account, await deps.store.ledgerVersion(account.id), held);
}

export function inventoryView({ items }: ActiveCatalog, account: AccountRecord, version: number, held: Record<string, number>) {
  return {
    accountId: account.id, version,
    items: Object.keys(held).sort().map((itemId) => ({
      itemId, quantity: held[itemId], maxCount: items.get(itemId)?.maxCount ?? null, consumable: items.get(itemId)?.consumable ?? false,
    })),
  };
}

/** The inventory right after a change, in its transaction: the entry's number is the version. */
export async function inventoryAfter(deps: Pick<Deps, "store">, account: AccountRecord, entry: LedgerEntryRecord, known?: ActiveCatalog) {
  return inventoryView(known ?? (await activeCatalog(deps, account.environmentId)), account, entry.seq, await deps.store.inventory(account.id));
}

/** Uses up `quantity` of a consumable item the player holds. */
export async function consumeItem(deps: Pick<TxDeps, "store" | "now" | "events" | "random">, account: AccountRecord, itemId: string, quantity: number) {
  const catalog = await activeCatalog(deps, account.environmentId);
  const item = catalog.items.get(itemId);
  if (!item) throw notFound(`no item "${itemId}" in the active catalog`, { itemId });
  if (!item.consumable) throw new ApiError(409, "item_not_consumable", `item "${itemId}" is not consumable`, { itemId });
  const entry = await applyChange(deps, account, { items: { [itemId]: -quantity } }, { source: "consume", reason: `consumed ${quantity} ${itemId}`, ref: null }, "strict", catalog);
  return { entry, inventory: await inventoryAfter(deps, account, entry, catalog) };
}

/** A batch of adds and removes, applied as one net change per item: all of it, or none. */
export function runInventoryOperations(
  deps: Pick<TxDeps, "store" | "now" | "events" | "random">, account: AccountRecord, operations: Array<{ op: "add" | "remove"; itemId: string; quantity: number }>, meta: { reason: string; ref: string | null },
) {
  const items: Record<string, number> = {};
  for (const { op, itemId, quantity } of operations) items[itemId] = (items[itemId] ?? 0) + (op === "add" ? quantity : -quantity);
  return applyChange(deps, account, { items }, { source: "server", ...meta });
}

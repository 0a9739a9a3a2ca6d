// Inventories: stacks per item, capped by the item's maxCount. Game clients read them and consume
// consumable items; the studio's backend runs atomic batches of adds and removes.
import { ApiError, notFound } from "./errors.js";
import type { Deps } from "./context.js";
import type { AccountRecord } from "../store/types.js";
import { applyChange } from "./ledger.js";
import { activeCatalog } from "./catalog.js";

export async function readInventory(deps: Pick<Deps, "store">, account: AccountRecord) {
  const { items } = await activeCatalog(deps, account.environmentId);
  const held = await deps.store.inventory(account.id);
  return {
    accountId: account.id, version: await deps.store.ledgerVersion(account.id),
    items: Object.keys(held).sort().map((itemId) => ({
      itemId, quantity: held[itemId], maxCount: items.get(itemId)?.maxCount ?? null, consumable: items.get(itemId)?.consumable ?? false,
    })),
  };
}

/** Uses up `quantity` of a consumable item the player holds. */
export async function consumeItem(deps: Pick<Deps, "store" | "now" | "events">, account: AccountRecord, itemId: string, quantity: number) {
  const item = (await activeCatalog(deps, account.environmentId)).items.get(itemId);
  if (!item) throw notFound(`no item "${itemId}" in the active catalog`, { itemId });
  if (!item.consumable) throw new ApiError(409, "item_not_consumable", `item "${itemId}" is not consumable`, { itemId });
  return applyChange(deps, account, { items: { [itemId]: -quantity } }, { source: "consume", reason: `consumed ${quantity} ${itemId}`, ref: null });
}

/** A batch of adds and removes, applied as one net change per item: all of it, or none. */
export function runInventoryOperations(
  deps: Pick<Deps, "store" | "now" | "events">, account: AccountRecord, operations: Array<{ op: "add" | "remove"; itemId: string; quantity: number }>, meta: { reason: string; ref: string | null },
) {
  const items: Record<string, number> = {};
  for (const { op, itemId, quantity } of operations) items[itemId] = (items[itemId] ?? 0) + (op === "add" ? quantity : -quantity);
  return applyChange(deps, account, { items }, { source: "server", ...meta });
}

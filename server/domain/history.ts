// Restore history: a slot's versions inside the plan's window, and restoring one as a new version.
import { trustedAccount } from "./accounts.js";
import { notFound } from "./errors.js";
import { announceSlotWrite } from "./events.js";
import { nowIso, type AppDeps, type Deps, type GameScope, type TxDeps } from "./context.js";
import { assertStorageFor, contentBytes } from "./storage.js";
import type { SlotRecord, Store } from "../store/types.js";
import type { PlanLimits, PlanName } from "./plans.js";

const windowStart = (deps: Deps, hours: number) => new Date(deps.now().getTime() - hours * 3600_000).toISOString();
const restoreHours = (deps: Deps, caller: GameScope) => deps.plans[caller.principal.workspace.plan].restoreHistoryHours;

export async function slotHistory(deps: Deps, caller: GameScope, accountId: string, slotId: string) {
  const account = await trustedAccount(deps, caller, accountId);
  const hours = restoreHours(deps, caller);
  const versions = await deps.store.listSlotVersions(account.id, slotId, windowStart(deps, hours));
  if (versions.length === 0) throw notFound(`slot "${slotId}" does not exist in this account`, { slotId });
  return { accountId: account.id, slotId, currentVersion: versions[0].version, restoreWindowHours: hours, versions };
}

export async function slotVersion(deps: Deps, caller: GameScope, accountId: string, slotId: string, version: number): Promise<SlotRecord> {
  const history = await slotHistory(deps, caller, accountId, slotId);
  const found = history.versions.find((v) => v.version === version);
  if (!found) throw notFound(`slot "${slotId}" has no version ${version} in restore history`, { slotId, version });
  return found;
}

/** Writes an earlier version's content as the slot's next version; game clients see a normal write. */
export async function restoreSlotVersion(deps: TxDeps, caller: GameScope, accountId: string, slotId: string, version: number): Promise<SlotRecord> {
  const source = await slotVersion(deps, caller, accountId, slotId, version);
  await assertStorageFor(deps, caller.principal, contentBytes(source));
  const outcome = await deps.store.writeSlot(accountId, slotId, null, source, nowIso(deps));
  if (outcome.kind === "missing" || outcome.kind === "stale") throw notFound(`slot "${slotId}" does not exist in this account`, { slotId });
  if (outcome.kind === "written") announceSlotWrite(deps, accountId, outcome.slot);
  return outcome.slot;
}

/** Deletes versions older than each workspace's restore window (a slot's current version always stays). */
export async function pruneHistory(store: Store, plans: Record<PlanName, PlanLimits>, now: Date): Promise<number> {
  let pruned = 0;
  for (const workspace of await store.listWorkspaces()) {
    const before = new Date(now.getTime() - plans[workspace.plan].restoreHistoryHours * 3600_000).toISOString();
    pruned += await store.transaction((tx) => tx.pruneSlotVersions(workspace.id, before));
  }
  return pruned;
}

/** The hourly clean-up (and `persistly prune`): restore history past each plan's window, expired idempotency records. */
export async function pruneExpired(deps: Pick<AppDeps, "store" | "plans" | "now">) {
  const at = deps.now();
  const versions = await pruneHistory(deps.store, deps.plans, at);
  const idempotencyRecords = await deps.store.transaction((tx) => tx.pruneIdempotencyRecords(at.toISOString()));
  return { versions, idempotencyRecords };
}

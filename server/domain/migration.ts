// Migration in and out: bulk import from another save system (item by item, each all or nothing, safe
// to re-send thanks to `sourceId`), and export of everything an account holds.
import { ApiError, invalidRequest } from "./errors.js";
import { accountDetail, type NewSlotInput } from "./accounts.js";
import { slotHistory } from "./history.js";
import { nowIso, type Caller, type Deps, type TxDeps } from "./context.js";
import { slotContent } from "./payload.js";
import { newAccountId, newPublicId } from "./secrets.js";
import { assertStorageFor, contentBytes } from "./storage.js";
import type { EnvironmentRecord, KeyPrincipal, WorkspaceRecord } from "../store/types.js";

export const IMPORT_MAX_ITEMS = 100;

export interface ImportItem {
  sourceId?: string;
  playerRef?: string;
  slots?: NewSlotInput[];
}

export type ImportItemResult =
  | { index: number; status: "created" | "exists"; sourceId?: string; accountId: string }
  | { index: number; status: "failed"; sourceId?: string; error: { code: string; message: string; details: Record<string, unknown> } };

export type ImportTarget = { environment: EnvironmentRecord; workspace: WorkspaceRecord } & Partial<Pick<KeyPrincipal, "key">>;

async function importOne(deps: TxDeps, target: ImportTarget, item: ImportItem, index: number): Promise<ImportItemResult> {
  const slots = item.slots ?? [];
  const ids = new Set(slots.map((s) => s.slotId));
  if (ids.size !== slots.length) throw invalidRequest("an account cannot have two slots with the same slotId", { field: "slots", reason: "duplicate_slot_id" });
  if (slots.length > deps.settings.maxSlotsPerAccount) {
    throw invalidRequest(`an account holds at most ${deps.settings.maxSlotsPerAccount} slots`, { field: "slots", reason: "slot_limit" });
  }
  const plan = deps.plans[target.workspace.plan];
  const contents = slots.map((s) => ({ slotId: s.slotId, content: slotContent(s.data, s.slotInfo ?? {}, plan) }));
  await assertStorageFor(deps, target, contents.reduce((sum, s) => sum + contentBytes(s.content), 0));
  const now = nowIso(deps);
  const outcome = await deps.store.importAccount(
    { id: newAccountId(deps.random), environmentId: target.environment.id, playerRef: item.playerRef ?? null, publicId: newPublicId(deps.random), displayName: null, createdAt: now, updatedAt: now, erasedAt: null },
    item.sourceId ?? null,
    contents,
  );
  return { index, status: outcome.kind, ...(item.sourceId ? { sourceId: item.sourceId } : {}), accountId: outcome.accountId };
}

/** Imports a batch; a failing item is reported and writes nothing, the others go through. */
export async function importAccounts(deps: TxDeps, target: ImportTarget, items: ImportItem[], firstIndex = 0) {
  if (items.length > IMPORT_MAX_ITEMS) {
    throw new ApiError(413, "payload_too_large", `an import holds at most ${IMPORT_MAX_ITEMS} accounts; this one has ${items.length}`, {
      field: "accounts", limitItems: IMPORT_MAX_ITEMS, actualItems: items.length,
    });
  }
  const results: ImportItemResult[] = [];
  for (const [offset, item] of items.entries()) {
    const index = firstIndex + offset;
    try {
      results.push(await importOne(deps, target, item, index));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      results.push({ index, status: "failed", ...(item.sourceId ? { sourceId: item.sourceId } : {}), error: { code: error.code, message: error.message, details: error.details } });
    }
  }
  const count = (status: string) => results.filter((r) => r.status === status).length;
  return { created: count("created"), existing: count("exists"), failed: count("failed"), results };
}

/** Everything an account holds: its slots with data, each slot's restore history, its sessions' metadata. */
export async function exportAccount(deps: Deps, caller: Caller, accountId: string) {
  const detail = await accountDetail(deps, caller, accountId);
  const history = await Promise.all(detail.slots.map((s) => slotHistory(deps, caller, accountId, s.slotId)));
  return { exportedAt: nowIso(deps), detail, history, sessions: await deps.store.listSessions(accountId) };
}

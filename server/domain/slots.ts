// Named slots: creation, reads, and sync with optimistic concurrency (DESIGN §3).
import { ApiError, invalidRequest, notFound } from "./errors.js";
import { nowIso, planOf, type Deps, type SessionCaller, type TxDeps } from "./context.js";
import { slotContent, type JsonValue } from "./payload.js";
import type { NewSlotInput } from "./accounts.js";
import { announceSlotWrite } from "./events.js";
import { assertStorageFor, contentBytes } from "./storage.js";
import type { SlotRecord } from "../store/types.js";

export interface SyncInput {
  baseVersion: number;
  data: JsonValue;
  slotInfo?: Record<string, unknown>;
  checksum?: string;
  force?: boolean;
}

/** The three branches a client needs for a three-way merge. */
export interface ConflictBranches {
  slotId: string;
  baseVersion: number;
  currentVersion: number;
  local: { baseVersion: number; data: JsonValue; slotInfo: Record<string, unknown> | null };
  cloud: SlotRecord;
  base: SlotRecord | null;
}

export class SyncConflict extends ApiError {
  constructor(readonly branches: ConflictBranches) {
    super(409, "conflict", `baseVersion ${branches.baseVersion} is stale: slot "${branches.slotId}" is at version ${branches.currentVersion}`);
  }
}

const slotMissing = (slotId: string) => notFound(`slot "${slotId}" does not exist in this account`, { slotId });

export async function createSlot(deps: TxDeps, caller: SessionCaller, input: NewSlotInput): Promise<SlotRecord> {
  const content = slotContent(input.data, input.slotInfo ?? {}, planOf(deps, caller));
  await assertStorageFor(deps, caller.principal, contentBytes(content));
  const outcome = await deps.store.createSlot(caller.account.id, input.slotId, content, deps.settings.maxSlotsPerAccount, nowIso(deps));
  switch (outcome.kind) {
    case "created":
      announceSlotWrite(deps, caller.account.id, outcome.slot);
      return outcome.slot;
    case "exists":
      throw new ApiError(409, "slot_exists", `slot "${input.slotId}" already exists in this account`, {
        slotId: input.slotId, version: outcome.current.version,
      });
    case "limit":
      throw invalidRequest(`an account holds at most ${outcome.limit} slots`, {
        field: "slotId", reason: "slot_limit", limit: outcome.limit,
      });
  }
}

export async function getSlot(deps: Deps, caller: SessionCaller, slotId: string): Promise<SlotRecord> {
  const held = caller.slotRead?.slotId === slotId ? caller.slotRead.slot : await deps.store.getSlot(caller.account.id, slotId);
  return held ?? Promise.reject(slotMissing(slotId));
}

export async function syncSlot(deps: TxDeps, caller: SessionCaller, slotId: string, input: SyncInput): Promise<SlotRecord> {
  const accountId = caller.account.id;
  // Locked for a forced write, which lands on this head whatever others do meanwhile. The workspace's
  // storage comes with it, for the check below.
  const { head: current, storageBytes } = await deps.store.getSlotHeadAndStorage(accountId, slotId, input.force === true, caller.principal.workspace.id);
  if (!current) throw slotMissing(slotId);
  // Versions only grow, so a baseVersion not ahead now cannot be ahead when the write lands.
  if (input.baseVersion > current.version) {
    throw invalidRequest(`baseVersion ${input.baseVersion} is ahead of the server's version ${current.version}`, {
      field: "baseVersion", reason: "ahead_of_server", currentVersion: current.version,
    });
  }
  // slotInfo omitted keeps the current one, so a data-only sync does not wipe the slot list's metadata.
  const slotInfo = input.slotInfo ?? (JSON.parse(current.slotInfo) as Record<string, unknown>);
  const content = slotContent(input.data, slotInfo, planOf(deps, caller));
  if (input.checksum !== undefined && input.checksum !== content.checksum) {
    throw invalidRequest("checksum does not match the SHA-256 of the canonical data", {
      field: "checksum", reason: "checksum_mismatch", expected: content.checksum, received: input.checksum,
    });
  }
  if (content.checksum !== current.checksum || content.slotInfo !== current.slotInfo) {
    await assertStorageFor(deps, caller.principal, contentBytes(content), { usedBytes: storageBytes });
  }
  const outcome = await deps.store.writeSlot(accountId, slotId, input.force ? null : input.baseVersion, content, nowIso(deps), current);
  if (outcome.kind === "missing") throw slotMissing(slotId);
  if (outcome.kind === "written") announceSlotWrite(deps, accountId, outcome.slot);
  if (outcome.kind !== "stale") return outcome.slot;
  throw new SyncConflict({
    slotId,
    baseVersion: input.baseVersion,
    currentVersion: outcome.current.version,
    local: { baseVersion: input.baseVersion, data: input.data, slotInfo: input.slotInfo ?? null },
    cloud: outcome.current,
    base: input.baseVersion > 0 ? await deps.store.getSlotVersion(accountId, slotId, input.baseVersion) : null,
  });
}

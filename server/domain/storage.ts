// Workspace storage against the plan: every stored slot version counts (restore history included).
import { ApiError } from "./errors.js";
import type { Deps } from "./context.js";
import type { KeyPrincipal, SlotContent } from "../store/types.js";

export const contentBytes = (content: SlotContent) => content.dataBytes + content.slotInfoBytes;

/**
 * Refuses a write of `addBytes` that would take the workspace past its plan's storage; `usedBytes` when
 * the caller read it already in the same transaction.
 */
export async function assertStorageFor(deps: Deps, principal: Pick<KeyPrincipal, "workspace">, addBytes: number, read?: { usedBytes: number }): Promise<void> {
  const limitBytes = deps.plans[principal.workspace.plan].storageBytes;
  const usedBytes = read?.usedBytes ?? await deps.store.storageBytes(principal.workspace.id);
  if (usedBytes + addBytes > limitBytes) {
    throw new ApiError(402, "storage_limit_exceeded", `the workspace stores ${usedBytes} bytes; its plan allows ${limitBytes}`, { usedBytes, limitBytes });
  }
}

// Accounts: creation with an optional first slot and a session, the canonical read, and erasure.
import { nowIso, planOf, type Caller, type Deps, type SessionCaller } from "./context.js";
import { slotContent } from "./payload.js";
import { hashSecret, newAccountId, newSessionId, newSessionToken } from "./secrets.js";
import type { AccountRecord, NewSession, SlotRecord, SlotSummaryRecord } from "../store/types.js";

export interface NewSlotInput {
  slotId: string;
  data: unknown;
  slotInfo?: Record<string, unknown>;
}

export interface AccountState {
  account: AccountRecord;
  slots: SlotSummaryRecord[];
}

/** A fresh session: the token is returned once, the store keeps its hash. */
export function mintSession(caller: Caller): { token: string; session: NewSession } {
  const token = newSessionToken();
  return { token, session: { id: newSessionId(), tokenHash: hashSecret(token), sdk: caller.sdk } };
}

export async function createAccount(
  deps: Deps, caller: Caller, input: { playerRef?: string; slot?: NewSlotInput },
): Promise<{ token: string; state: AccountState; slot: SlotRecord | null }> {
  const now = nowIso(deps);
  const first = input.slot
    ? { slotId: input.slot.slotId, content: slotContent(input.slot.data, input.slot.slotInfo ?? {}, planOf(deps, caller)) }
    : null;
  const account: AccountRecord = {
    id: newAccountId(), environmentId: caller.principal.environment.id, playerRef: input.playerRef ?? null,
    createdAt: now, updatedAt: now, erasedAt: null,
  };
  const { token, session } = mintSession(caller);
  const slot = await deps.store.createAccount(account, session, first);
  return { token, state: { account, slots: slot ? [slot] : [] }, slot };
}

export async function loadAccountState(deps: Deps, accountId: string): Promise<AccountState> {
  const account = (await deps.store.getAccount(accountId))!;
  return { account, slots: await deps.store.listSlotSummaries(accountId) };
}

export const getAccount = (deps: Deps, caller: SessionCaller) => loadAccountState(deps, caller.account.id);

/** Erases an account (GDPR): its data goes, its id stays as a tombstone, and its live streams are closed. */
export async function eraseAccount(deps: Deps, accountId: string): Promise<boolean> {
  const erased = await deps.store.eraseAccount(accountId, nowIso(deps));
  if (erased) deps.store.afterCommit(() => deps.events.close(accountId, "account_erased"));
  return erased;
}

// Accounts: creation with an optional first slot and a session, the canonical read, and erasure.
import { leaveAnyLobby } from "./lobbies.js";
import { nowIso, planOf, type Caller, type Deps, type GameScope, type SessionCaller, type TxDeps } from "./context.js";
import { gone, notFound } from "./errors.js";
import { slotContent, type JsonValue } from "./payload.js";
import { hashSecret, newAccountId, newPublicId, newSessionId, newSessionToken } from "./secrets.js";
import { displayName } from "./profiles.js";
import { assertStorageFor, contentBytes } from "./storage.js";
import type { Randomness } from "./randomness.js";
import type { AccountRecord, NewSession, SlotRecord, SlotSummaryRecord } from "../store/types.js";

export interface NewSlotInput {
  slotId: string;
  data: JsonValue;
  slotInfo?: Record<string, unknown>;
}

export interface AccountState {
  account: AccountRecord;
  slots: SlotSummaryRecord[];
}

/** A fresh session: the token is returned once, the store keeps its hash. */
export function mintSession(random: Randomness, caller: Caller): { token: string; session: NewSession } {
  const token = newSessionToken(random);
  return { token, session: { id: newSessionId(random), tokenHash: hashSecret(token), sdk: caller.sdk } };
}

export async function createAccount(
  deps: TxDeps, caller: Caller, input: { playerRef?: string; displayName?: string; slot?: NewSlotInput },
): Promise<{ token: string; state: AccountState; slot: SlotRecord | null }> {
  const now = nowIso(deps);
  const first = input.slot
    ? { slotId: input.slot.slotId, content: slotContent(input.slot.data, input.slot.slotInfo ?? {}, planOf(deps, caller)) }
    : null;
  if (first) await assertStorageFor(deps, caller.principal, contentBytes(first.content));
  const account: AccountRecord = {
    id: newAccountId(deps.random), environmentId: caller.principal.environment.id, playerRef: input.playerRef ?? null, publicId: newPublicId(deps.random),
    displayName: input.displayName === undefined ? null : displayName(input.displayName), createdAt: now, updatedAt: now, erasedAt: null,
  };
  const { token, session } = mintSession(deps.random, caller);
  const slot = await deps.store.createAccount(account, session, first);
  return { token, state: { account, slots: slot ? [slot] : [] }, slot };
}

export async function loadAccountState(deps: Deps, accountId: string): Promise<AccountState> {
  const account = (await deps.store.getAccount(accountId))!;
  return { account, slots: await deps.store.listSlotSummaries(accountId) };
}

export const getAccount = (deps: Deps, caller: SessionCaller) => loadAccountState(deps, caller.account.id);

/** Erases an account (GDPR): its data goes, its id stays as a tombstone, and its live streams are closed. */
export async function eraseAccount(deps: TxDeps, accountId: string): Promise<string | null> {
  const erasedAt = nowIso(deps);
  const account = await deps.store.getAccount(accountId);
  if (account && !account.erasedAt) await leaveAnyLobby(deps, accountId, account.environmentId);
  if (!(await deps.store.eraseAccount(accountId, erasedAt))) return null;
  deps.store.afterCommit(() => deps.events.close(accountId, "account_erased"));
  return erasedAt;
}

/** The trusted surface's view of an account: 404 when it is not in the key's environment, 410 when erased. */
export const trustedAccount = (deps: Pick<Deps, "store">, caller: GameScope, accountId: string) => accountIn(deps, caller.principal.environment.id, accountId);

/** An account of the environment that is not erased: 404 for any other, 410 once erased. */
export async function accountIn(deps: Pick<Deps, "store">, environmentId: string, accountId: string): Promise<AccountRecord> {
  const account = await deps.store.getAccount(accountId);
  if (!account || account.environmentId !== environmentId) {
    throw notFound(`no account ${accountId} in this environment`, { accountId });
  }
  if (account.erasedAt) throw gone(accountId);
  return account;
}

export async function findAccounts(deps: Deps, caller: Caller, query: { playerRef: string; limit?: number; cursor?: string }) {
  const limit = query.limit ?? 20;
  // One extra row tells whether another page follows.
  const rows = await deps.store.findAccountsByPlayerRef(caller.principal.environment.id, query.playerRef, limit + 1, query.cursor ?? null);
  const page = rows.slice(0, limit);
  const states = await Promise.all(page.map((a) => loadAccountState(deps, a.id)));
  return { states, nextCursor: rows.length > limit ? page[page.length - 1].id : null };
}

export async function accountDetail(deps: Deps, caller: Caller, accountId: string) {
  const account = await trustedAccount(deps, caller, accountId);
  return { account, slots: await deps.store.listSlots(account.id) };
}

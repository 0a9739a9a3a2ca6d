// Account sessions on the trusted surface: minted for studios with their own login, listed, revoked.
import { mintSession, trustedAccount } from "./accounts.js";
import { notFound } from "./errors.js";
import { nowIso, type Caller, type Deps, type GameScope, type TxDeps } from "./context.js";

export async function mintSessionFor(deps: TxDeps, caller: Caller, accountId: string) {
  const account = await trustedAccount(deps, caller, accountId);
  const { token, session } = mintSession(deps.random, caller);
  return { token, session: await deps.store.createSession(account.id, session, nowIso(deps)) };
}

export async function listSessions(deps: Deps, caller: Caller, accountId: string) {
  const account = await trustedAccount(deps, caller, accountId);
  return deps.store.listSessions(account.id);
}

/** Revoked sessions get 403 at once; their event streams receive `closed`. */
export async function revokeSession(deps: TxDeps, caller: GameScope, accountId: string, sessionId: string) {
  const account = await trustedAccount(deps, caller, accountId);
  const session = await deps.store.revokeSession(account.id, sessionId, nowIso(deps));
  if (!session) throw notFound(`the account has no session ${sessionId}`, { sessionId });
  deps.store.afterCommit(() => deps.events.close(account.id, "session_revoked", [sessionId]));
  return session;
}

export async function revokeAllSessions(deps: TxDeps, caller: Caller, accountId: string) {
  const account = await trustedAccount(deps, caller, accountId);
  const ids = await deps.store.revokeAllSessions(account.id, nowIso(deps));
  deps.store.afterCommit(() => deps.events.close(account.id, "session_revoked", ids));
  return ids.length;
}

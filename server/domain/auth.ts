// Credentials: an environment key (runtime or server) and, on account routes, an account session.
import { forbidden, gone, unauthorized } from "./errors.js";
import { hashSecret, KEY_PREFIXES } from "./secrets.js";
import type { AppDeps, Deps, SessionCaller, Caller } from "./context.js";
import type { AccountRecord, KeyKind, SessionRecord, SlotRecord } from "../store/types.js";

const SESSION_TOUCH_INTERVAL_MS = 5 * 60_000;

/** Resolves a presented key (null when none was presented) to its environment; 401 unless it is a live key of `kind`. */
export async function authenticateKey(deps: Pick<Deps, "store">, key: string | null, kind: KeyKind) {
  const label = `${kind} key`;
  if (key === null) throw unauthorized(`a valid ${label} is required: Authorization: Bearer <${label}>`);
  if (!key.startsWith(KEY_PREFIXES[kind])) throw unauthorized(`this surface needs a ${label}`);
  const principal = await deps.store.findKeyPrincipal(hashSecret(key));
  if (!principal || principal.key.kind !== kind) throw unauthorized(`the ${label} is not recognised`);
  if (principal.key.revokedAt) throw unauthorized(`the ${label} was revoked`);
  return principal;
}

/**
 * Resolves an account session token for the addressed account. Every refusal is the same 403 whether
 * or not the addressed account exists, so a runtime client cannot probe for accounts; only the holder of
 * a session of an erased account learns that it is gone (410). With `slotId`, the slot is read in the
 * same statement and handed on with the session (used only once the session is found to hold).
 */
export async function authenticateSession(
  deps: Pick<AppDeps, "store" | "now">, caller: Caller, token: string | undefined, accountId: string, slotId?: string,
): Promise<SessionCaller> {
  if (!token) throw forbidden("an account session is required: X-Persistly-Account-Session");
  const tokenHash = hashSecret(token);
  const found: { session: SessionRecord; account: AccountRecord; slot?: SlotRecord | null } | null =
    slotId === undefined ? await deps.store.findSession(tokenHash) : await deps.store.findSessionWithSlot(tokenHash, slotId);
  if (!found || found.account.environmentId !== caller.principal.environment.id || found.account.id !== accountId) {
    throw forbidden();
  }
  if (found.account.erasedAt) throw gone(accountId);
  if (found.session.revokedAt) throw forbidden("the account session was revoked");
  const now = deps.now();
  if (now.getTime() - Date.parse(found.session.lastUsedAt) > SESSION_TOUCH_INTERVAL_MS) {
    await deps.store.transaction((tx) => tx.touchSession(found.session.id, now.toISOString()));
  }
  const session: SessionCaller = { ...caller, session: found.session, account: found.account };
  return slotId === undefined ? session : { ...session, slotRead: { slotId, slot: found.slot ?? null } };
}

// Matchmaking pushes (DESIGN §8): an external matchmaker assigns accounts to a match it made. Its
// `matchId` makes the push idempotent; each account's latest assignment is the one it sees, announced
// on its event stream once committed.
import { ApiError, notFound } from "./errors.js";
import type { Deps, TxDeps } from "./context.js";
import type { AccountRecord, MatchConnection, MatchRecord } from "../store/types.js";
import { canonicalJson } from "./payload.js";

type MatchDeps = Pick<TxDeps, "store" | "now" | "events" | "random">;
export interface MatchInput { matchId: string; accountIds: string[]; connection: MatchConnection; lobbyId?: string; expiresAt?: string }

const pushed = (m: Pick<MatchRecord, "accountIds" | "connection" | "lobbyId" | "expiresAt">) =>
  canonicalJson("match", { accountIds: [...m.accountIds].sort(), connection: m.connection, lobbyId: m.lobbyId, expiresAt: m.expiresAt });

export async function pushMatch(deps: MatchDeps, environmentId: string, input: MatchInput) {
  const expiresAt = input.expiresAt === undefined ? null : new Date(input.expiresAt).toISOString();
  const wanted = { accountIds: input.accountIds, connection: input.connection, lobbyId: input.lobbyId ?? null, expiresAt };
  await deps.store.lockName(`match:${environmentId}:${input.matchId}`);
  const earlier = await deps.store.getMatch(environmentId, input.matchId);
  if (earlier) {
    if (pushed(earlier) !== pushed(wanted)) {
      throw new ApiError(409, "match_conflict", `match "${input.matchId}" was pushed with other players or another connection`, { matchId: input.matchId });
    }
    return { match: earlier, seenBefore: true };
  }
  const now = deps.now().toISOString();
  const assigned: string[] = [];
  const failures: MatchRecord["failures"] = [];
  for (const accountId of input.accountIds) {
    const account = await deps.store.getAccount(accountId);
    if (!account || account.environmentId !== environmentId) failures.push({ accountId, cause: "not_found" });
    else if (account.erasedAt) failures.push({ accountId, cause: "erased" });
    else {
      await deps.store.assignMatch(environmentId, accountId, input.matchId, now);
      assigned.push(accountId);
    }
  }
  const match: MatchRecord = { environmentId, matchId: input.matchId, ...wanted, assigned, failures, createdAt: now, releasedAt: null };
  await deps.store.insertMatch(match);
  deps.store.afterCommit(() => {
    for (const accountId of assigned) deps.events.publish(accountId, "match_assigned", { matchId: input.matchId, connection: input.connection, expiresAt });
  });
  return { match, seenBefore: false };
}

export async function getMatch(deps: Pick<Deps, "store">, environmentId: string, matchId: string) {
  const match = await deps.store.getMatch(environmentId, matchId);
  if (!match) throw notFound(`no match "${matchId}"`, { matchId });
  return match;
}

export async function releaseMatch(deps: MatchDeps, environmentId: string, matchId: string) {
  await deps.store.lockName(`match:${environmentId}:${matchId}`);
  const match = await getMatch(deps, environmentId, matchId);
  if (match.releasedAt === null) await deps.store.releaseMatch(environmentId, matchId, deps.now().toISOString());
  return getMatch(deps, environmentId, matchId);
}

/** The account's current assignment: none once released or past its expiry. */
export async function matchAssignment(deps: Pick<Deps, "store" | "now">, account: AccountRecord) {
  const found = await deps.store.assignmentOf(account.id);
  const now = deps.now().toISOString();
  if (!found || found.match.releasedAt !== null || (found.match.expiresAt !== null && found.match.expiresAt <= now)) {
    throw notFound("no match is assigned to this account");
  }
  const { match, assignedAt } = found;
  return { matchId: match.matchId, lobbyId: match.lobbyId, connection: match.connection, expiresAt: match.expiresAt, assignedAt };
}

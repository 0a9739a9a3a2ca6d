// Grants (DESIGN §8): rewards issued by the studio's backend, an operator or an event, claimed by the
// player. pending → claimed | expired | revoked. A claim applies every reward or none; one that cannot
// apply stays pending with its lastError (a stuck grant), which an operator may force-claim: applied
// capped at the limits, the shortfall kept in the ledger entry.
import { ApiError, invalidRequest, notFound, Refusal } from "./errors.js";
import type { Deps, TxDeps } from "./context.js";
import type { AccountRecord, GrantRecord, LedgerEntryRecord, Rewards } from "../store/types.js";
import { accountIn } from "./accounts.js";
import { canonicalJson } from "./payload.js";
import { applyChange, asChange, checkKnown, unknownIn } from "./ledger.js";
import { activeCatalog } from "./catalog.js";

type EconomyDeps = Pick<TxDeps, "store" | "now" | "events" | "random">;
export type GrantStatus = "pending" | "claimed" | "expired" | "revoked";

export const grantStatus = (grant: GrantRecord, now: string): GrantStatus =>
  grant.status === "pending" && grant.expiresAt !== null && grant.expiresAt <= now ? "expired" : grant.status;

const sameRewards = (a: Rewards, b: Rewards) => canonicalJson("rewards", a) === canonicalJson("rewards", b);

export interface NewGrant { accountId: string; rewards: Partial<Rewards>; reason: string; expiresAt?: string; externalRef?: string; source: GrantRecord["source"] }

/**
 * Issues a grant. With an `externalRef`, a second call returns the first grant (`seenBefore`) and
 * issues nothing; the same reference for another account or other rewards is 409 `external_ref_conflict`.
 */
export async function createGrant(deps: Pick<TxDeps, "store" | "now" | "random">, environmentId: string, input: NewGrant) {
  const account = await accountIn(deps, environmentId, input.accountId);
  const rewards: Rewards = { currencies: input.rewards.currencies ?? {}, items: input.rewards.items ?? {} };
  // An event's prizes were checked when the event was defined; issued at its end, they must not be lost to
  // a catalog changed since (a prize the catalog no longer has makes a stuck grant operators can see).
  if (input.source !== "event") checkKnown(await activeCatalog(deps, environmentId), rewards);
  if (Object.keys(rewards.currencies).length + Object.keys(rewards.items).length === 0) {
    throw invalidRequest("rewards name no currency and no item; a grant gives at least one", { field: "rewards" });
  }
  const now = deps.now().toISOString();
  // Stored and compared as UTC instants: "2026-12-01T01:00:00+02:00" and "…T00:00:00Z" are not ordered as strings.
  const instant = input.expiresAt === undefined ? null : new Date(input.expiresAt);
  if (instant !== null && Number.isNaN(instant.getTime())) throw invalidRequest(`expiresAt ${input.expiresAt} is not a date and time`, { field: "expiresAt" });
  const expiresAt = instant?.toISOString() ?? null;
  if (expiresAt !== null && expiresAt <= now) throw invalidRequest(`expiresAt ${input.expiresAt} is not in the future`, { field: "expiresAt" });
  if (input.externalRef !== undefined) await deps.store.lockName(`grant:${environmentId}:${input.externalRef}`);
  await deps.store.lockAccount(account.id);
  if (input.externalRef !== undefined) {
    const earlier = await deps.store.grantByExternalRef(environmentId, input.externalRef);
    if (earlier) {
      if (earlier.accountId !== account.id || !sameRewards(earlier.rewards, rewards)) {
        throw new ApiError(409, "external_ref_conflict", `externalRef "${input.externalRef}" already issued grant ${earlier.id} with another account or other rewards`, { externalRef: input.externalRef, grantId: earlier.id });
      }
      return { grant: earlier, seenBefore: true };
    }
  }
  const grant: GrantRecord = {
    id: `grt_${deps.random.bytes(10).toString("hex")}`, environmentId, accountId: account.id, rewards, reason: input.reason, source: input.source,
    status: "pending", expiresAt, externalRef: input.externalRef ?? null, lastError: null,
    createdAt: now, claimedAt: null, revokedAt: null, entryId: null,
  };
  await deps.store.insertGrant(grant);
  return { grant, seenBefore: false };
}

async function grantOf(deps: Pick<Deps, "store">, environmentId: string, grantId: string, accountId?: string) {
  const grant = await deps.store.getGrant(environmentId, grantId);
  if (!grant || (accountId !== undefined && grant.accountId !== accountId)) throw notFound(`no grant ${grantId} for this account`, { grantId });
  return grant;
}

function refuseUnclaimable(grant: GrantRecord, now: string) {
  const status = grantStatus(grant, now);
  if (status === "claimed") throw new ApiError(409, "grant_already_claimed", `grant ${grant.id} was claimed at ${grant.claimedAt}`, { grantId: grant.id, claimedAt: grant.claimedAt });
  if (status !== "pending") throw new ApiError(409, "grant_not_claimable", `grant ${grant.id} is ${status}`, { grantId: grant.id, status });
}

/** The player claims: every reward applies, or the grant stays pending with the reason in lastError (kept: a Refusal commits). */
export async function claimGrant(deps: EconomyDeps, account: AccountRecord, grantId: string): Promise<{ grant: GrantRecord; entry: LedgerEntryRecord } | Refusal> {
  await deps.store.lockAccount(account.id);
  const grant = await grantOf(deps, account.environmentId, grantId, account.id);
  const now = deps.now().toISOString();
  refuseUnclaimable(grant, now);
  const catalog = await activeCatalog(deps, account.environmentId);
  const change = asChange(grant.rewards);
  const unknown = unknownIn(catalog, change);
  try {
    if (unknown) throw unavailable(grant, unknown);
    const entry = await applyChange(deps, account, change, { source: "grant", reason: grant.reason, ref: grant.id }, "strict", catalog);
    return { grant: await settleClaim(deps, grant, entry, now), entry };
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 409) throw error;
    await deps.store.updateGrant(grant.id, { lastError: { code: error.code, message: error.message, at: now } });
    return new Refusal(error);
  }
}

/** A reward the catalog no longer has, as the claim's refusal: the grant stays pending (stuck) for support to force-claim. */
function unavailable(grant: GrantRecord, unknown: { currencyId: string } | { itemId: string }) {
  const what = "currencyId" in unknown ? `currency "${unknown.currencyId}"` : `item "${unknown.itemId}"`;
  return new ApiError(409, "reward_unavailable", `grant ${grant.id} gives ${what}, which the active catalog no longer has; it stays pending for support to force-claim`, {
    grantId: grant.id, ...unknown,
  });
}

async function settleClaim(deps: Pick<TxDeps, "store">, grant: GrantRecord, entry: LedgerEntryRecord, now: string): Promise<GrantRecord> {
  const change = { status: "claimed" as const, claimedAt: now, entryId: entry.entryId, lastError: null };
  await deps.store.updateGrant(grant.id, change);
  return { ...grant, ...change };
}

/**
 * An operator applies a pending (or expired) grant whatever the caps: capped, with the shortfall in the
 * ledger entry. A grant already claimed is answered as it is (force-claim is idempotent); a revoked one is 409.
 */
export async function forceClaimGrant(deps: EconomyDeps, environmentId: string, grantId: string, reason: string) {
  const grant = await grantOf(deps, environmentId, grantId);
  const account = await accountIn(deps, environmentId, grant.accountId);
  await deps.store.lockAccount(account.id);
  const current = (await deps.store.getGrant(environmentId, grantId))!;
  if (current.status === "claimed") return { grant: current, entry: current.entryId ? await deps.store.getLedgerEntry(account.id, current.entryId) : null, applied: false };
  if (current.status === "revoked") throw new ApiError(409, "grant_not_claimable", `grant ${grant.id} is revoked`, { grantId: grant.id, status: "revoked" });
  const entry = await applyChange(deps, account, asChange(current.rewards), { source: "grant", reason: `force-claim: ${reason}`, ref: current.id }, "capped");
  return { grant: await settleClaim(deps, current, entry, deps.now().toISOString()), entry, applied: true };
}

/** Revokes a grant nobody claimed; revoking it again answers it unchanged. */
export async function revokeGrant(deps: EconomyDeps, environmentId: string, grantId: string) {
  const grant = await grantOf(deps, environmentId, grantId);
  await deps.store.lockAccount(grant.accountId);
  const current = (await deps.store.getGrant(environmentId, grantId))!;
  if (current.status === "claimed") throw new ApiError(409, "grant_already_claimed", `grant ${grant.id} was claimed at ${current.claimedAt}; only unclaimed grants can be revoked`, { grantId: grant.id, claimedAt: current.claimedAt });
  if (current.status === "revoked") return current;
  const change = { status: "revoked" as const, revokedAt: deps.now().toISOString() };
  await deps.store.updateGrant(grant.id, change);
  return { ...current, ...change };
}

export const listGrants = (deps: Pick<Deps, "store" | "now">, account: AccountRecord, status?: GrantStatus, limit = 100) =>
  deps.store.listGrants(account.id, { status, now: deps.now().toISOString(), limit });

/** The environment's stuck grants (pending, unexpired, their last claim failed), for support to force-claim. */
export const stuckGrants = (deps: Pick<Deps, "store" | "now">, environmentId: string) => deps.store.stuckGrants(environmentId, deps.now().toISOString(), 100);

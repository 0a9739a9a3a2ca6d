// The operator's view of a player: every account of a game with one playerRef, each with its slots,
// sessions, transfer codes (state only), wallet and newest ledger entries, inventory, grants, in-app
// purchases, event attempts and lobby, and the audit entries about those accounts.
import type { Deps } from "./context.js";
import { notFound } from "./errors.js";
import type { AccountRecord, EnvironmentRecord } from "../store/types.js";
import { readWallet } from "./wallet.js";
import { readInventory } from "./inventory.js";

const AUDIT_ENTRIES = 50;
const ACCOUNTS = 100;
const LEDGER_ENTRIES = 20;
const GRANTS = 50;
const PURCHASES = 50;
const ATTEMPTS = 50;

export async function lookUpPlayer(deps: Pick<Deps, "store" | "now">, game: EnvironmentRecord, playerRef: string) {
  const accounts = await deps.store.findAccountsByPlayerRef(game.id, playerRef, ACCOUNTS, null, { withErased: true });
  if (accounts.length === 0) throw notFound(`no account of this game has playerRef "${playerRef}"`, { externalId: playerRef });
  const now = deps.now().toISOString();
  const detailed = await Promise.all(accounts.map(async (account) => ({
    account,
    ...(await accountState(deps, account)),
    sessions: await deps.store.listSessions(account.id),
    transferCodes: (await deps.store.listTransferCodes(account.id)).map((code) => ({
      createdAt: code.createdAt, expiresAt: code.expiresAt, failedAttempts: code.failedAttempts,
      state: code.consumedAt ? "consumed" as const : code.revokedAt ? "revoked" as const : code.expiresAt <= now ? "expired" as const : "live" as const,
    })),
  })));
  const entries = (await Promise.all(accounts.map((account) =>
    deps.store.listAudit({ workspaceId: game.workspaceId, resource: `accounts/${account.id}`, limit: AUDIT_ENTRIES }))))
    .flat().sort((a, b) => b.seq - a.seq).slice(0, AUDIT_ENTRIES);
  return { accounts: detailed, auditEntries: entries };
}

/** What both the operator's lookup and the support overview show of an account. */
async function accountState(deps: Pick<Deps, "store" | "now">, account: AccountRecord) {
  return {
    slots: await deps.store.listSlotSummaries(account.id),
    wallet: await readWallet(deps, account),
    recentLedger: await deps.store.listLedger(account.id, LEDGER_ENTRIES),
    inventory: await readInventory(deps, account),
    grants: await deps.store.listGrants(account.id, { now: deps.now().toISOString(), limit: GRANTS }),
    iapPurchases: await deps.store.listIapPurchases(account.id, PURCHASES),
    eventAttempts: await deps.store.accountAttempts(account.id, ATTEMPTS),
    lobby: await lobbyOf(deps, account),
  };
}

/** The lobby the account is in, if any: where it stands in it and what state it is in. */
async function lobbyOf(deps: Pick<Deps, "store">, account: AccountRecord) {
  const membership = await deps.store.membershipOf(account.id);
  const lobby = membership ? await deps.store.getLobby(account.environmentId, membership.lobbyId) : null;
  if (!membership || !lobby) return null;
  return { lobbyId: lobby.id, state: lobby.state, mode: lobby.mode, memberCount: lobby.memberCount, joinedAt: membership.joinedAt, heartbeatAt: membership.heartbeatAt };
}

/** Everything about one account for support (getAccountOverview): its state above. */
export const accountOverview = (deps: Pick<Deps, "store" | "now">, account: AccountRecord) => accountState(deps, account);

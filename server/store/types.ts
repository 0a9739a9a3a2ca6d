// The storage interface the domain talks to, implemented once (server/store/store.ts) over Kysely for
// SQLite and PostgreSQL. Every mutation method is atomic on its own; `transaction` groups several.
import type { WalletStore } from "./wallets.js";
import type { OperatorStore } from "./operators.js";
import type { LobbyStore } from "./lobbies.js";
import type { EventStore } from "./events.js";
import type { LeaderboardStore } from "./leaderboards.js";
import type { CatalogStore } from "./catalogs.js";
import type { IapPurchaseStore } from "./iapPurchases.js";
import type { GrantStore } from "./grants.js";
import type { PlanName } from "../domain/plans.js";

export type KeyKind = "runtime" | "server";

export interface WorkspaceRecord {
  id: string;
  name: string;
  plan: PlanName;
  createdAt: string;
}

export interface EnvironmentRecord {
  id: string;
  workspaceId: string;
  name: string;
  transferCodesEnabled: boolean;
  activeGameConfigVersion: number | null;
  /** Browser origins allowed to call the SDK surface with this environment's keys (`*`: any). */
  allowedOrigins: string[];
  activeCatalogVersion: number | null;
  createdAt: string;
}

export interface ApiKeyRecord {
  id: string;
  environmentId: string;
  kind: KeyKind;
  prefix: string;
  createdAt: string;
  revokedAt: string | null;
}

/** What a presented key resolves to: the key, its environment, and the workspace's plan. */
export interface KeyPrincipal {
  key: ApiKeyRecord;
  environment: EnvironmentRecord;
  workspace: WorkspaceRecord;
}

export interface AccountRecord {
  id: string;
  environmentId: string;
  playerRef: string | null;
  /** The public handle other players see (`plr_…`), random and stable; never the id or the playerRef. */
  publicId: string;
  displayName: string | null;
  createdAt: string;
  updatedAt: string;
  erasedAt: string | null;
}

export interface SessionRecord {
  id: string;
  accountId: string;
  sdk: string | null;
  createdAt: string;
  lastUsedAt: string;
  revokedAt: string | null;
}

/** The content of one slot version, as stored: `data` and `slotInfo` are canonical JSON text. */
export interface SlotContent {
  data: string;
  slotInfo: string;
  checksum: string;
  dataBytes: number;
  slotInfoBytes: number;
}

export interface SlotRecord extends SlotContent {
  slotId: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export type SlotSummaryRecord = Omit<SlotRecord, "data">;

export interface NewSession {
  id: string;
  tokenHash: Buffer;
  sdk: string | null;
}

export type CreateSlotOutcome =
  | { kind: "created"; slot: SlotRecord }
  | { kind: "exists"; current: SlotSummaryRecord }
  | { kind: "limit"; limit: number };

export type WriteSlotOutcome =
  | { kind: "written"; slot: SlotRecord }
  | { kind: "unchanged"; slot: SlotRecord }
  | { kind: "stale"; current: SlotRecord }
  | { kind: "missing" };

export interface TransferCodeRecord {
  environmentId: string;
  locator: string;
  accountId: string;
  verifierHash: Buffer;
  createdAt: string;
  expiresAt: string;
  consumedAt: string | null;
  failedAttempts: number;
  /** The session that minted the code (null for codes minted before schema version 5). */
  sessionId: string | null;
  /** Set when a revocation (of that session, of all the account's sessions, or erasure) voided the code. */
  revokedAt: string | null;
}

/** A published catalog version: `catalog` is its canonical JSON. */
export interface CatalogRecord {
  version: number;
  catalog: string;
  publishedAt: string;
}

/** One change set of an account's economy: what changed, the balances and stacks after it, why and by what. */
export interface LedgerEntryRecord {
  entryId: string;
  /** The economy's version after this entry (entries are numbered from 1 per account). */
  seq: number;
  at: string;
  source: string;
  reason: string;
  ref: string | null;
  changes: Record<string, number>;
  balancesAfter: Record<string, number>;
  itemChanges: Record<string, number>;
  itemsAfter: Record<string, number>;
  /** What a capped or clamped change could not apply (force-claims and refunds), or null. */
  shortfall: { currencies: Record<string, number>; items: Record<string, number> } | null;
}

export interface Rewards { currencies: Record<string, number>; items: Record<string, number> }

export interface LeaderboardDefinition {
  environmentId: string;
  leaderboardId: string;
  sortOrder: "desc" | "asc";
  operator: "best" | "latest" | "increment";
  resetSchedule: string | null;
  authoritative: boolean;
  streamTopN: number;
  /** The event whose board this is; null for the environment's own boards. */
  eventId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface RewardTier { fromRank: number; toRank: number; rewards: Partial<Rewards> }
export interface FinalStanding { rank: number; publicId: string; displayName: string | null; score: number; subscore: number; rewards: Rewards | null }

export interface EventRecord {
  environmentId: string;
  eventId: string;
  name: string;
  startsAt: string;
  endsAt: string;
  entryCost: Record<string, number>;
  maxAttempts: number;
  maxParticipants: number | null;
  attemptSeconds: number;
  sortOrder: "desc" | "asc";
  rewards: RewardTier[];
  /** scheduled → finalised | cancelled; upcoming, active and ended are read from the clock. */
  state: "scheduled" | "finalised" | "cancelled";
  finalStandings: FinalStanding[] | null;
  finalisedAt: string | null;
  cancelledAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface EventAttempt {
  attemptId: string;
  environmentId: string;
  eventId: string;
  accountId: string;
  startedAt: string;
  expiresAt: string;
  charged: Record<string, number>;
  entryId: string | null;
  scoredAt: string | null;
  refundEntryId: string | null;
}

export interface LobbyQuery { mode?: string; region?: string | null; maxPlayers?: number; limit: number; after?: { createdAt: string; id: string } }

export interface EventFilter { status: "upcoming" | "active" | "ended" | "all"; now: string; limit: number }

/** One period of one board. */
export interface BoardPeriod { environmentId: string; leaderboardId: string; period: string }

/**
 * A record's place in the one ascending order every board ranks by: score and subscore (negated on a
 * `desc` board), then the earliest achievedAt, then publicId (only to list ties in a stable order).
 */
export interface PlaceKey { rankScore: number; rankSubscore: number; achievedAt: string; publicId: string }

export interface ScoreEntry extends PlaceKey {
  period: string;
  accountId: string;
  displayName: string | null;
  score: number;
  subscore: number;
  metadata: Record<string, unknown> | null;
  hidden: boolean;
  updatedAt: string;
}

export type LobbyState = "forming" | "open" | "locked" | "in_game" | "closed";

export interface LobbyRecord {
  id: string;
  environmentId: string;
  state: LobbyState;
  visibility: "public" | "private";
  mode: string;
  region: string | null;
  maxPlayers: number;
  minPlayers: number;
  /** Made by quick-join: it forms until it has minPlayers members. */
  quickJoin: boolean;
  joinCode: string | null;
  attributes: Record<string, unknown>;
  version: number;
  memberCount: number;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export interface LobbyMemberRecord { accountId: string; lobbyId: string; publicId: string; displayName: string | null; joinedAt: string; joinOrder: number; heartbeatAt: string }

export interface MatchConnection { host: string; port: number; ticket?: string }

export interface MatchRecord {
  environmentId: string;
  matchId: string;
  accountIds: string[];
  connection: MatchConnection;
  lobbyId: string | null;
  expiresAt: string | null;
  assigned: string[];
  failures: Array<{ accountId: string; cause: "not_found" | "erased" }>;
  createdAt: string;
  releasedAt: string | null;
}

export interface GrantRecord {
  id: string;
  environmentId: string;
  accountId: string;
  rewards: Rewards;
  reason: string;
  source: "server" | "admin" | "event";
  status: "pending" | "claimed" | "revoked";
  expiresAt: string | null;
  externalRef: string | null;
  lastError: { code: string; message: string; at: string } | null;
  createdAt: string;
  claimedAt: string | null;
  revokedAt: string | null;
  entryId: string | null;
}

export interface IapPurchaseRecord {
  environmentId: string;
  store: string;
  storeEnvironment: string;
  transactionId: string;
  accountId: string;
  productId: string;
  offerId: string;
  contents: Rewards;
  entryId: string;
  fulfilledAt: string;
  refundedAt: string | null;
  refundEntryId: string | null;
}

export interface GameConfigRecord {
  version: number;
  config: string;
  publishedAt: string;
}

export type ImportOutcome = { kind: "created"; accountId: string } | { kind: "exists"; accountId: string };

/** A stored response for an idempotency key: the key itself is never stored, only its hash. */
export interface IdempotencyRecord {
  keyHash: Buffer;
  /** Hash of the request (method, path, body without the key): a different request under the same key is a conflict. */
  fingerprint: Buffer;
  status: number;
  /** The response, encrypted with a key derived from the idempotency key (it may hold a session token). */
  sealed: Buffer;
  createdAt: string;
  expiresAt: string;
}

export interface UsageIncrement {
  environmentId: string;
  /** UTC day, YYYY-MM-DD. */
  day: string;
  surface: "sdk" | "server";
  sdk: string;
  requests: number;
}

export type MemberRole = "owner" | "admin" | "support" | "viewer";

export interface MemberRecord {
  id: string;
  email: string;
  createdAt: string;
}

export interface MembershipRecord extends MemberRecord {
  workspaceId: string;
  role: MemberRole;
  /** When the member was added (invited) to the studio. */
  joinedAt: string;
  /** `invited` until the member accepts; only an active membership opens the studio. */
  status: "active" | "invited";
}

export interface MemberSessionRecord {
  id: string;
  memberId: string;
  createdAt: string;
  lastUsedAt: string;
  /** The absolute expiry; the idle expiry runs from `lastUsedAt`. */
  expiresAt: string;
  revokedAt: string | null;
}

export interface NewMemberSession {
  id: string;
  memberId: string;
  tokenHash: Buffer;
  createdAt: string;
  expiresAt: string;
}

export type AuditActor = { kind: "member" | "server_key" | "cli"; id: string; label: string };

/** One entry of a studio's audit log: who changed what, never a secret. */
export interface AuditEntry {
  workspaceId: string;
  environmentId: string | null;
  at: string;
  actor: AuditActor;
  action: string;
  /** What was changed, as a path: `accounts/acc_…/sessions`, `games/…/keys/key_…`. */
  resource: string;
  before: unknown;
  after: unknown;
  reason: string | null;
  requestId: string | null;
}

export interface AuditRecord extends AuditEntry {
  seq: number;
}

export interface AuditQuery {
  workspaceId: string;
  actorId?: string;
  action?: string;
  /** Entries whose resource is this path or lies under it. */
  resource?: string;
  /** ISO times: from inclusive, to exclusive. */
  from?: string;
  to?: string;
  /** Entries older than this sequence number (keyset pagination, newest first). */
  before?: number;
  limit: number;
}

/**
 * The store, by area: each area's interface and methods live together in its file (store/context.ts);
 * what is declared below is still written in store.ts.
 */
export interface Store extends WalletStore, GrantStore, IapPurchaseStore, CatalogStore, LeaderboardStore, EventStore, LobbyStore, OperatorStore {
  close(): Promise<void>;
  ping(): Promise<boolean>;

  /**
   * Runs `work` in one transaction (server/store/transaction.ts): it commits when `work` returns and
   * rolls back when it throws. `work` is handed the store bound to the transaction; every call on it
   * joins. Called on a store that is already bound, `work` joins the open transaction.
   */
  transaction<T>(work: (tx: Store) => Promise<T>): Promise<T>;
  /** Runs `callback` once the transaction this store is bound to commits (at once when it is bound to none). */
  afterCommit(callback: () => void): void;

  // Operator: workspaces, environments, keys.
  /** The workspace of that name, made (with `id`, or a random UUID) when there is none. */
  ensureWorkspace(name: string, now: string, id?: string): Promise<WorkspaceRecord>;
  listWorkspaces(): Promise<WorkspaceRecord[]>;
  setWorkspacePlan(name: string, plan: PlanName): Promise<WorkspaceRecord | null>;
  createEnvironment(workspaceId: string, name: string, now: string, id?: string): Promise<EnvironmentRecord>;
  findEnvironment(workspaceId: string, name: string): Promise<EnvironmentRecord | null>;
  listEnvironments(workspaceId: string): Promise<EnvironmentRecord[]>;
  setAllowedOrigins(environmentId: string, origins: string[]): Promise<void>;
  /** Every origin any environment allows (what a preflight, which carries no key, can be checked against). */
  allAllowedOrigins(): Promise<string[]>;
  setTransferCodesEnabled(environmentId: string, enabled: boolean): Promise<void>;
  createApiKey(key: ApiKeyRecord, keyHash: Buffer): Promise<void>;
  listApiKeys(environmentId: string): Promise<ApiKeyRecord[]>;
  /** Keys whose id or display prefix is `idOrPrefix` (several when a prefix is shared). */
  findApiKeys(idOrPrefix: string): Promise<ApiKeyRecord[]>;
  /** Revokes the key (keeping an earlier revocation's time); null when there is no such key. */
  revokeApiKey(id: string, now: string): Promise<ApiKeyRecord | null>;
  /** Cached for a second or two outside transactions (server/store/principalCache.ts). */
  findKeyPrincipal(keyHash: Buffer): Promise<KeyPrincipal | null>;
  /** Forgets cached principals: another process changed a key, an environment or a plan. */
  forgetPrincipals(): void;
  /** Called after this store committed a change to what principals are made of. */
  onPrincipalsChanged(listener: () => void): void;

  getWorkspace(id: string): Promise<WorkspaceRecord | null>;
  getEnvironment(id: string): Promise<EnvironmentRecord | null>;

  // Accounts and sessions.
  createAccount(account: AccountRecord, session: NewSession, firstSlot: { slotId: string; content: SlotContent } | null): Promise<SlotRecord | null>;
  getAccount(accountId: string): Promise<AccountRecord | null>;
  listSlotSummaries(accountId: string): Promise<SlotSummaryRecord[]>;
  findSession(tokenHash: Buffer): Promise<{ session: SessionRecord; account: AccountRecord } | null>;
  /** findSession, and the head of one slot of the session's account (null when it has none of that id), read together. */
  findSessionWithSlot(tokenHash: Buffer, slotId: string): Promise<{ session: SessionRecord; account: AccountRecord; slot: SlotRecord | null } | null>;
  touchSession(sessionId: string, now: string): Promise<void>;
  eraseAccount(accountId: string, now: string): Promise<boolean>;
  /** Live accounts (erased ones too with `withErased`) of an environment with this playerRef, by id, after `cursor`. */
  findAccountsByPlayerRef(environmentId: string, playerRef: string, limit: number, cursor: string | null, options?: { withErased?: boolean }): Promise<AccountRecord[]>;
  listSlots(accountId: string): Promise<SlotRecord[]>;
  /** Creates an account with its slots, unless `sourceId` was imported into the environment before. */
  importAccount(account: AccountRecord, sourceId: string | null, slots: Array<{ slotId: string; content: SlotContent }>): Promise<ImportOutcome>;
  storageBytes(workspaceId: string): Promise<number>;

  // Sessions (trusted surface).
  createSession(accountId: string, session: NewSession, now: string): Promise<SessionRecord>;
  listSessions(accountId: string): Promise<SessionRecord[]>;
  /** Revokes one session of the account; null when it has no such session. */
  revokeSession(accountId: string, sessionId: string, now: string): Promise<SessionRecord | null>;
  /** Revokes every live session of the account; returns their ids. */
  revokeAllSessions(accountId: string, now: string): Promise<string[]>;
  /** Whether a key and a session still hold (an open event stream re-checks); null when either is unknown. */
  credentialState(keyId: string, sessionId: string): Promise<{ keyRevoked: boolean; sessionRevoked: boolean; accountErased: boolean } | null>;
  /** Live (not erased) accounts of an environment and their slots. */
  countAccounts(environmentId: string): Promise<{ accounts: number; slots: number }>;

  // Slots.
  createSlot(accountId: string, slotId: string, content: SlotContent, maxSlots: number, now: string): Promise<CreateSlotOutcome>;
  getSlot(accountId: string, slotId: string): Promise<SlotRecord | null>;
  /**
   * The head version without its data (a sync compares against it and never needs the bytes). `lock`
   * holds the slot until the transaction ends (PostgreSQL; SQLite's writer holds the database already),
   * for a forced write that must land on this head.
   */
  getSlotHead(accountId: string, slotId: string, lock?: boolean): Promise<SlotSummaryRecord | null>;
  /** getSlotHead, with storageBytes(workspaceId) read by the same statement (a sync checks both). */
  getSlotHeadAndStorage(accountId: string, slotId: string, lock: boolean, workspaceId: string): Promise<{ head: SlotSummaryRecord | null; storageBytes: number }>;
  getSlotVersion(accountId: string, slotId: string, version: number): Promise<SlotRecord | null>;
  /**
   * Writes a new version when the slot is at `expectedVersion` (any version when null), atomically.
   * `head`: what getSlotHead answered earlier in the same transaction (locked for a forced write), so it
   * is not read twice; outside a transaction it is ignored and read again.
   */
  writeSlot(accountId: string, slotId: string, expectedVersion: number | null, content: SlotContent, now: string, head?: SlotSummaryRecord): Promise<WriteSlotOutcome>;
  /** The current version and the versions created at or after `since`, newest first. */
  listSlotVersions(accountId: string, slotId: string, since: string): Promise<SlotRecord[]>;
  /** Deletes versions of the workspace's slots created before `before`, never a slot's current one. */
  pruneSlotVersions(workspaceId: string, before: string): Promise<number>;

  // Transfer codes.
  /**
   * Inserts the code unless its locator is held by another code of the environment that expired
   * after `reusableBefore`; false on such a collision (the caller draws a new code).
   */
  insertTransferCode(code: TransferCodeRecord, reusableBefore: string): Promise<boolean>;
  findTransferCode(environmentId: string, locator: string): Promise<TransferCodeRecord | null>;
  /** Counts a wrong guess against a live code; returns the new count. */
  recordTransferCodeFailure(environmentId: string, locator: string): Promise<number>;
  /** Marks the code consumed and creates the session in one transaction; false when it was consumed meanwhile. */
  consumeTransferCode(environmentId: string, locator: string, session: NewSession & { accountId: string }, now: string): Promise<boolean>;

  // Game config.
  publishGameConfig(environmentId: string, config: string, now: string): Promise<GameConfigRecord>;
  getActiveGameConfig(environmentId: string): Promise<GameConfigRecord | null>;
  listGameConfigs(environmentId: string): Promise<GameConfigRecord[]>;
  getGameConfig(environmentId: string, version: number): Promise<GameConfigRecord | null>;
  activateGameConfig(environmentId: string, version: number): Promise<boolean>;

  setDisplayName(accountId: string, displayName: string, now: string): Promise<void>;
  // Idempotency.
  findIdempotencyRecord(keyHash: Buffer, now: string): Promise<IdempotencyRecord | null>;
  /** Saves the record unless a live one holds the key; false then. */
  saveIdempotencyRecord(record: IdempotencyRecord, now: string): Promise<boolean>;
  pruneIdempotencyRecords(now: string): Promise<number>;

  // Usage.
  addUsage(increments: UsageIncrement[]): Promise<void>;
  /** Requests counted on a surface for a workspace in one UTC month (YYYY-MM). */
  monthlyRequests(workspaceId: string, surface: "sdk" | "server", month: string): Promise<number>;
  /** Requests per surface and SDK for an environment, over UTC days [fromDay, toDay]. */
  usageBySdk(environmentId: string, fromDay: string, toDay: string): Promise<Array<{ surface: UsageIncrement["surface"]; sdk: string; requests: number }>>;
}

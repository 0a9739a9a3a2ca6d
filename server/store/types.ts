// The storage interfaces the domain talks to, implemented once (server/store/store.ts) over Kysely for
// SQLite and PostgreSQL: reads on any store, changes and locks only on the store a transaction hands out.
import type { WalletReads, WalletWrites } from "./wallets.js";
import type { AccountReads, AccountWrites } from "./accounts.js";
import type { TransferCodeReads, TransferCodeWrites } from "./transferCodes.js";
import type { SlotReads, SlotWrites } from "./slots.js";
import type { UsageReads, UsageWrites } from "./usage.js";
import type { IdempotencyReads, IdempotencyWrites } from "./idempotencyRecords.js";
import type { GameConfigReads, GameConfigWrites } from "./gameConfigs.js";
import type { StudioReads, StudioWrites } from "./studios.js";
import type { OperatorReads, OperatorWrites } from "./operators.js";
import type { LobbyReads, LobbyWrites } from "./lobbies.js";
import type { EventReads, EventWrites } from "./events.js";
import type { LeaderboardReads, LeaderboardWrites } from "./leaderboards.js";
import type { CatalogReads, CatalogWrites } from "./catalogs.js";
import type { IapPurchaseReads, IapPurchaseWrites } from "./iapPurchases.js";
import type { GrantReads, GrantWrites } from "./grants.js";
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

/** Every area's reads (each area's file: its reads and writes with their methods, store/context.ts). */
export interface AreaReads extends WalletReads, GrantReads, IapPurchaseReads, CatalogReads, LeaderboardReads, EventReads, LobbyReads, OperatorReads, StudioReads, GameConfigReads, IdempotencyReads, UsageReads, SlotReads, TransferCodeReads, AccountReads {}

/** Every area's changes and locks: only on a store bound to a transaction. */
export interface AreaWrites extends WalletWrites, GrantWrites, IapPurchaseWrites, CatalogWrites, LeaderboardWrites, EventWrites, LobbyWrites, OperatorWrites, StudioWrites, GameConfigWrites, IdempotencyWrites, UsageWrites, SlotWrites, TransferCodeWrites, AccountWrites {}

/** What any store answers: reads, on the engine's reader or inside a transaction. */
export interface ReadStore extends AreaReads {
  ping(): Promise<boolean>;
  /** Cached for a second or two on the process's store (server/store/principalCache.ts), read afresh in a transaction. */
  findKeyPrincipal(keyHash: Buffer): Promise<KeyPrincipal | null>;
}

/**
 * The store bound to one open transaction: its reads see the transaction, and it alone can change
 * anything or take a lock (held until the transaction ends).
 */
export interface TxStore extends ReadStore, AreaWrites {
  /** Runs `callback` once the transaction commits (never when it rolls back). */
  afterCommit(callback: () => void): void;
}

/** The store a process opens (server/store/index.ts). It changes nothing by itself: a change is made in `transaction`. */
export interface Store extends ReadStore {
  close(): Promise<void>;
  /**
   * Runs `work` in one transaction (server/store/transaction.ts): it commits when `work` returns and
   * rolls back when it throws. `work` is handed the store bound to the transaction.
   */
  transaction<T>(work: (tx: TxStore) => Promise<T>): Promise<T>;
  /** Forgets cached principals: another process changed a key, an environment or a plan. */
  forgetPrincipals(): void;
  /** Called after this store committed a change to what principals are made of. */
  onPrincipalsChanged(listener: () => void): void;
}

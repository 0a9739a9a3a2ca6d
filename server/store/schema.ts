// The tables as Kysely sees them: one description for both engines. Column types are what a row holds
// when read; SQLite stores booleans as 0/1 and PostgreSQL as BOOLEAN, so they read as `boolean | number`.
import type { Generated } from "kysely";
import type { PlanName } from "../domain/plans.js";

export interface WorkspacesTable {
  id: string;
  name: string;
  plan: Generated<PlanName>;
  created_at: string;
}

/** A workspace's stored bytes, spread over shards that slot-version triggers add to; a read sums them. */
export interface StorageShardsTable {
  workspace_id: string;
  shard: number;
  bytes: number;
}

export interface EnvironmentsTable {
  id: string;
  workspace_id: string;
  name: string;
  transfer_codes_enabled: Generated<boolean | number>;
  active_game_config_version: number | null;
  allowed_origins: Generated<string>;
  active_catalog_version: Generated<number | null>;
  created_at: string;
}

export interface ApiKeysTable {
  id: string;
  environment_id: string;
  kind: "runtime" | "server";
  prefix: string;
  key_hash: Buffer;
  created_at: string;
  revoked_at: string | null;
}

export interface AccountsTable {
  id: string;
  environment_id: string;
  player_ref: string | null;
  public_id: string;
  display_name: Generated<string | null>;
  created_at: string;
  updated_at: string;
  erased_at: Generated<string | null>;
  import_source_id: Generated<string | null>;
}

export interface AccountSessionsTable {
  id: string;
  account_id: string;
  token_hash: Buffer;
  sdk: string | null;
  created_at: string;
  last_used_at: string;
  revoked_at: Generated<string | null>;
}

export interface SlotsTable {
  account_id: string;
  slot_id: string;
  version: number;
  created_at: string;
}

export interface SlotVersionsTable {
  account_id: string;
  slot_id: string;
  version: number;
  data: string;
  slot_info: string;
  checksum: string;
  data_bytes: number;
  slot_info_bytes: number;
  created_at: string;
}

export interface TransferCodesTable {
  environment_id: string;
  locator: string;
  account_id: string;
  verifier_hash: Buffer;
  created_at: string;
  expires_at: string;
  consumed_at: string | null;
  failed_attempts: Generated<number>;
  session_id: Generated<string | null>;
  revoked_at: Generated<string | null>;
}

export interface GameConfigsTable {
  environment_id: string;
  version: number;
  config: string;
  published_at: string;
}

export interface IdempotencyRecordsTable {
  key_hash: Buffer;
  fingerprint: Buffer;
  status: number;
  sealed: Buffer;
  created_at: string;
  expires_at: string;
}

export interface UsageDailyTable {
  environment_id: string;
  day: string;
  surface: "sdk" | "server";
  sdk: string;
  requests: number;
}

export interface CatalogsTable {
  environment_id: string;
  version: number;
  catalog: string;
  published_at: string;
}

export interface WalletBalancesTable {
  account_id: string;
  currency_id: string;
  balance: number;
}

export interface WalletLedgerTable {
  account_id: string;
  seq: number;
  entry_id: string;
  at: string;
  source: string;
  reason: string;
  ref: string | null;
  changes: string;
  balances_after: string;
  item_changes: Generated<string>;
  items_after: Generated<string>;
  shortfall: string | null;
}

export interface InventoryItemsTable {
  account_id: string;
  item_id: string;
  quantity: number;
}

export interface GrantsTable {
  id: string;
  environment_id: string;
  account_id: string;
  rewards: string;
  reason: string;
  source: "server" | "admin" | "event";
  status: "pending" | "claimed" | "revoked";
  expires_at: string | null;
  external_ref: string | null;
  last_error: string | null;
  created_at: string;
  claimed_at: string | null;
  revoked_at: string | null;
  entry_id: string | null;
}

export interface IapPurchasesTable {
  environment_id: string;
  store: string;
  store_environment: string;
  transaction_id: string;
  account_id: string;
  product_id: string;
  offer_id: string;
  contents: string;
  entry_id: string;
  fulfilled_at: string;
  refunded_at: string | null;
  refund_entry_id: string | null;
}

export interface MembersTable {
  id: string;
  email: string;
  password_hash: string;
  created_at: string;
}

export interface MembershipsTable {
  workspace_id: string;
  member_id: string;
  role: "owner" | "admin" | "support" | "viewer";
  created_at: string;
  /** Null while the member has not accepted the invitation. */
  accepted_at: string | null;
  invitation_hash: Buffer | null;
}

export interface MemberSessionsTable {
  id: string;
  member_id: string;
  token_hash: Buffer;
  created_at: string;
  last_used_at: string;
  expires_at: string;
  revoked_at: Generated<string | null>;
}

export interface LeaderboardsTable {
  environment_id: string;
  leaderboard_id: string;
  sort_order: "desc" | "asc";
  operator: "best" | "latest" | "increment";
  reset_schedule: string | null;
  authoritative: boolean | number;
  stream_top_n: number;
  event_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface EventsTable {
  environment_id: string;
  event_id: string;
  name: string;
  starts_at: string;
  ends_at: string;
  entry_cost: string;
  max_attempts: number;
  max_participants: number | null;
  attempt_seconds: number;
  sort_order: "desc" | "asc";
  rewards: string;
  state: "scheduled" | "finalised" | "cancelled";
  final_standings: string | null;
  finalised_at: string | null;
  cancelled_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface EventParticipantsTable {
  environment_id: string;
  event_id: string;
  account_id: string;
  attempts: number;
  joined_at: string;
  final_rank: number | null;
  grant_id: string | null;
}

export interface EventAttemptsTable {
  attempt_id: string;
  environment_id: string;
  event_id: string;
  account_id: string;
  started_at: string;
  expires_at: string;
  charged: string;
  entry_id: string | null;
  scored_at: string | null;
  refund_entry_id: string | null;
}

export interface LeaderboardRecordsTable {
  environment_id: string;
  leaderboard_id: string;
  period: string;
  account_id: string;
  public_id: string;
  score: number;
  subscore: number;
  rank_score: number;
  rank_subscore: number;
  metadata: string | null;
  achieved_at: string;
  hidden: boolean | number;
  updated_at: string;
}

/** Shown records per rank bucket of a board period (server/store/rankBuckets.ts), kept by triggers. */
export interface LeaderboardRankCountsTable {
  environment_id: string;
  leaderboard_id: string;
  period: string;
  /** 0: a coarse bucket, 1: a fine one. */
  level: number;
  bucket: number;
  shard: number;
  n: number;
}

export interface LobbiesTable {
  id: string;
  environment_id: string;
  state: "forming" | "open" | "locked" | "in_game" | "closed";
  visibility: "public" | "private";
  mode: string;
  region: string | null;
  max_players: number;
  min_players: number;
  quick_join: number;
  join_code: string | null;
  attributes: string;
  version: number;
  member_count: number;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
}

export interface LobbyMembersTable {
  account_id: string;
  lobby_id: string;
  public_id: string;
  joined_at: string;
  join_order: number;
  heartbeat_at: string;
}

export interface MatchesTable {
  environment_id: string;
  match_id: string;
  account_ids: string;
  connection: string;
  lobby_id: string | null;
  expires_at: string | null;
  assigned: string;
  failures: string;
  created_at: string;
  released_at: string | null;
}

export interface MatchAssignmentsTable {
  account_id: string;
  environment_id: string;
  match_id: string;
  assigned_at: string;
}

export interface AuditLogTable {
  seq: Generated<number>;
  workspace_id: string;
  environment_id: string | null;
  at: string;
  actor_kind: "member" | "server_key" | "cli";
  actor_id: string;
  actor_label: string;
  action: string;
  resource: string;
  before: string | null;
  after: string | null;
  reason: string | null;
  request_id: string | null;
}

export interface SchemaMigrationsTable {
  version: number;
  name: string;
  applied_at: string;
}

export interface DB {
  workspaces: WorkspacesTable;
  storage_shards: StorageShardsTable;
  environments: EnvironmentsTable;
  api_keys: ApiKeysTable;
  accounts: AccountsTable;
  account_sessions: AccountSessionsTable;
  slots: SlotsTable;
  slot_versions: SlotVersionsTable;
  transfer_codes: TransferCodesTable;
  game_configs: GameConfigsTable;
  idempotency_records: IdempotencyRecordsTable;
  usage_daily: UsageDailyTable;
  catalogs: CatalogsTable;
  wallet_balances: WalletBalancesTable;
  wallet_ledger: WalletLedgerTable;
  inventory_items: InventoryItemsTable;
  grants: GrantsTable;
  iap_purchases: IapPurchasesTable;
  leaderboards: LeaderboardsTable;
  leaderboard_records: LeaderboardRecordsTable;
  leaderboard_rank_counts: LeaderboardRankCountsTable;
  events: EventsTable;
  event_participants: EventParticipantsTable;
  event_attempts: EventAttemptsTable;
  lobbies: LobbiesTable;
  lobby_members: LobbyMembersTable;
  matches: MatchesTable;
  match_assignments: MatchAssignmentsTable;
  members: MembersTable;
  memberships: MembershipsTable;
  member_sessions: MemberSessionsTable;
  audit_log: AuditLogTable;
  schema_migrations: SchemaMigrationsTable;
}

/**
 * Tables in foreign-key order (parents first), with the columns that order their rows (for copying),
 * the boolean columns SQLite holds as 0/1, and the column a sequence numbers. `storage_shards` and
 * `leaderboard_rank_counts` are not copied: the target's own triggers count as slot versions and records arrive.
 */
export const TABLES: Array<{ name: keyof DB; key: string[]; booleans?: string[]; serial?: string }> = [
  { name: "workspaces", key: ["id"] },
  { name: "environments", key: ["id"], booleans: ["transfer_codes_enabled"] },
  { name: "api_keys", key: ["id"] },
  { name: "accounts", key: ["id"] },
  { name: "account_sessions", key: ["id"] },
  { name: "slots", key: ["account_id", "slot_id"] },
  { name: "slot_versions", key: ["account_id", "slot_id", "version"] },
  { name: "transfer_codes", key: ["environment_id", "locator"] },
  { name: "game_configs", key: ["environment_id", "version"] },
  { name: "catalogs", key: ["environment_id", "version"] },
  { name: "wallet_balances", key: ["account_id", "currency_id"] },
  { name: "wallet_ledger", key: ["account_id", "seq"] },
  { name: "inventory_items", key: ["account_id", "item_id"] },
  { name: "grants", key: ["id"] },
  { name: "iap_purchases", key: ["environment_id", "store", "store_environment", "transaction_id"] },
  { name: "leaderboards", key: ["environment_id", "leaderboard_id"], booleans: ["authoritative"] },
  { name: "leaderboard_records", key: ["environment_id", "leaderboard_id", "period", "account_id"], booleans: ["hidden"] },
  { name: "events", key: ["environment_id", "event_id"] },
  { name: "event_participants", key: ["environment_id", "event_id", "account_id"] },
  { name: "event_attempts", key: ["attempt_id"] },
  { name: "lobbies", key: ["id"] },
  { name: "lobby_members", key: ["account_id"] },
  { name: "matches", key: ["environment_id", "match_id"] },
  { name: "match_assignments", key: ["account_id"] },
  { name: "idempotency_records", key: ["key_hash"] },
  { name: "usage_daily", key: ["environment_id", "day", "surface", "sdk"] },
  { name: "members", key: ["id"] },
  { name: "memberships", key: ["workspace_id", "member_id"] },
  { name: "member_sessions", key: ["id"] },
  { name: "audit_log", key: ["seq"], serial: "seq" },
];

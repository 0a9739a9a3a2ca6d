// Database rows to records, shared by both engines (SQLite and PostgreSQL use the same column names).
// A row is typed as the query that reads it returns it (Kysely's result types), so a column a mapper
// reads and the query does not select fails the type check.
import type { Selectable } from "kysely";
import type { DB } from "./schema.js";
import type {
  AccountRecord, ApiKeyRecord, EnvironmentRecord, GameConfigRecord, KeyPrincipal, SessionRecord, SlotRecord, SlotSummaryRecord,
  TransferCodeRecord, WorkspaceRecord,
} from "./types.js";

/** A row of a table as a query selecting all of its columns reads it. */
export type Row<T extends keyof DB> = Selectable<DB[T]>;

/** A slot with its head (or another) version, as headVersion and anyVersion in statements.ts select it. */
export type SlotSummaryRow = Pick<Row<"slot_versions">, "slot_id" | "version" | "slot_info" | "checksum" | "data_bytes" | "slot_info_bytes" | "created_at"> & { updated_at: string };
export type SlotRow = SlotSummaryRow & { data: string };

export const workspace = (r: Row<"workspaces">): WorkspaceRecord => ({
  id: r.id, name: r.name, plan: r.plan, createdAt: r.created_at,
});
export const environment = (r: Row<"environments">): EnvironmentRecord => ({
  id: r.id, workspaceId: r.workspace_id, name: r.name, transferCodesEnabled: Boolean(r.transfer_codes_enabled),
  activeGameConfigVersion: r.active_game_config_version ?? null, allowedOrigins: JSON.parse(r.allowed_origins ?? "[]"),
  activeCatalogVersion: r.active_catalog_version ?? null, createdAt: r.created_at,
});
export const apiKey = (r: Omit<Row<"api_keys">, "key_hash">): ApiKeyRecord => ({
  id: r.id, environmentId: r.environment_id, kind: r.kind, prefix: r.prefix, createdAt: r.created_at, revokedAt: r.revoked_at,
});
export const account = (r: Omit<Row<"accounts">, "import_source_id">): AccountRecord => ({
  id: r.id, environmentId: r.environment_id, playerRef: r.player_ref, publicId: r.public_id, displayName: r.display_name, createdAt: r.created_at,
  updatedAt: r.updated_at, erasedAt: r.erased_at,
});
export const session = (r: Omit<Row<"account_sessions">, "token_hash">): SessionRecord => ({
  id: r.id, accountId: r.account_id, sdk: r.sdk ?? null, createdAt: r.created_at, lastUsedAt: r.last_used_at, revokedAt: r.revoked_at,
});
export const slotSummary = (r: SlotSummaryRow): SlotSummaryRecord => ({
  slotId: r.slot_id, version: r.version, slotInfo: r.slot_info, checksum: r.checksum, dataBytes: r.data_bytes,
  slotInfoBytes: r.slot_info_bytes, createdAt: r.created_at, updatedAt: r.updated_at,
});
export const slot = (r: SlotRow): SlotRecord => ({ ...slotSummary(r), data: r.data });
export const gameConfig = (r: Pick<Row<"game_configs">, "version" | "config" | "published_at">): GameConfigRecord => ({ version: r.version, config: r.config, publishedAt: r.published_at });
export const transferCode = (r: Row<"transfer_codes">): TransferCodeRecord => ({
  environmentId: r.environment_id, locator: r.locator, accountId: r.account_id, verifierHash: r.verifier_hash,
  createdAt: r.created_at, expiresAt: r.expires_at, consumedAt: r.consumed_at, failedAttempts: r.failed_attempts,
  sessionId: r.session_id ?? null, revokedAt: r.revoked_at ?? null,
});

/** A key joined with its environment (columns prefixed e_) and workspace (w_), as hot.keyPrincipal reads it. */
export type KeyPrincipalRow = Row<"api_keys"> & Omit<Row<"environments">, "id" | "name" | "created_at">
  & { e_id: string; e_name: string; e_created_at: string; w_name: string; plan: Row<"workspaces">["plan"]; w_created_at: string };

export const keyPrincipal = (r: KeyPrincipalRow): KeyPrincipal => ({
  key: apiKey(r),
  environment: environment({ ...r, id: r.e_id, name: r.e_name, created_at: r.e_created_at }),
  workspace: workspace({ id: r.workspace_id, name: r.w_name, plan: r.plan, created_at: r.w_created_at }),
});

/** A session joined with its account (columns prefixed a_), as sessionByToken in statements.ts reads it. */
export type SessionAccountRow = Row<"account_sessions"> & Pick<Row<"accounts">, "environment_id" | "player_ref" | "public_id" | "display_name" | "erased_at">
  & { a_id: string; a_created_at: string; a_updated_at: string };

export const sessionWithAccount = (r: SessionAccountRow) => ({
  session: session(r),
  account: account({ ...r, id: r.a_id, created_at: r.a_created_at, updated_at: r.a_updated_at }),
});

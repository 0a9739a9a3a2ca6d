// Database rows to records, shared by both stores (SQLite and PostgreSQL use the same column names).
import type {
  AccountRecord, ApiKeyRecord, EnvironmentRecord, GameConfigRecord, KeyPrincipal, SessionRecord, SlotRecord, SlotSummaryRecord,
  TransferCodeRecord, WorkspaceRecord,
} from "./types.js";

export type Row = Record<string, any>;

export const workspace = (r: Row): WorkspaceRecord => ({
  id: r.id, name: r.name, plan: r.plan, createdAt: r.created_at,
});
export const environment = (r: Row): EnvironmentRecord => ({
  id: r.id, workspaceId: r.workspace_id, name: r.name, transferCodesEnabled: Boolean(r.transfer_codes_enabled),
  activeGameConfigVersion: r.active_game_config_version ?? null, allowedOrigins: JSON.parse(r.allowed_origins ?? "[]"),
  activeCatalogVersion: r.active_catalog_version ?? null, createdAt: r.created_at,
});
export const apiKey = (r: Row): ApiKeyRecord => ({
  id: r.id, environmentId: r.environment_id, kind: r.kind, prefix: r.prefix, createdAt: r.created_at, revokedAt: r.revoked_at,
});
export const account = (r: Row): AccountRecord => ({
  id: r.id, environmentId: r.environment_id, playerRef: r.player_ref, publicId: r.public_id, displayName: r.display_name, createdAt: r.created_at,
  updatedAt: r.updated_at, erasedAt: r.erased_at,
});
export const session = (r: Row): SessionRecord => ({
  id: r.id, accountId: r.account_id, sdk: r.sdk ?? null, createdAt: r.created_at, lastUsedAt: r.last_used_at, revokedAt: r.revoked_at,
});
export const slotSummary = (r: Row): SlotSummaryRecord => ({
  slotId: r.slot_id, version: r.version, slotInfo: r.slot_info, checksum: r.checksum, dataBytes: r.data_bytes,
  slotInfoBytes: r.slot_info_bytes, createdAt: r.created_at, updatedAt: r.updated_at,
});
export const slot = (r: Row): SlotRecord => ({ ...slotSummary(r), data: r.data });
export const gameConfig = (r: Row): GameConfigRecord => ({ version: r.version, config: r.config, publishedAt: r.published_at });
export const transferCode = (r: Row): TransferCodeRecord => ({
  environmentId: r.environment_id, locator: r.locator, accountId: r.account_id, verifierHash: r.verifier_hash,
  createdAt: r.created_at, expiresAt: r.expires_at, consumedAt: r.consumed_at, failedAttempts: r.failed_attempts,
  sessionId: r.session_id ?? null, revokedAt: r.revoked_at ?? null,
});

/** A key joined with its environment (columns prefixed e_) and workspace (w_). */
export const keyPrincipal = (r: Row): KeyPrincipal => ({
  key: apiKey(r),
  environment: environment({ ...r, id: r.e_id, name: r.e_name, created_at: r.e_created_at }),
  workspace: workspace({ id: r.workspace_id, name: r.w_name, plan: r.plan, created_at: r.w_created_at }),
});

/** A session joined with its account (columns prefixed a_). */
export const sessionWithAccount = (r: Row) => ({
  session: session(r),
  account: account({ ...r, id: r.a_id, created_at: r.a_created_at, updated_at: r.a_updated_at }),
});

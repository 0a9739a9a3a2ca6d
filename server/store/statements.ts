// Statements the store's areas share: the hot-path queries (every request's key and session, slot reads
// and writes), built and compiled once (store/prepared.ts), and the query fragments they are made of.
import { sql } from "kysely";
import { prepared, type Param } from "./prepared.js";
import type { SlotRow } from "./rows.js";
import type { Db } from "./context.js";
import type { Engine } from "./engine.js";
import type { AccountRecord, NewSession, SlotContent } from "./types.js";

export const changed = (result: { numAffectedRows?: bigint; numUpdatedRows?: bigint; numDeletedRows?: bigint; numInsertedOrUpdatedRows?: bigint }) =>
  Number(result.numAffectedRows ?? result.numUpdatedRows ?? result.numDeletedRows ?? result.numInsertedOrUpdatedRows ?? 0);

/** A slot joined with its head version: `created_at` is the slot's, `updated_at` the head version's. */
export const headVersion = (db: Db) =>
  db.selectFrom("slots as s")
    .innerJoin("slot_versions as v", (join) => join.onRef("v.account_id", "=", "s.account_id").onRef("v.slot_id", "=", "s.slot_id").onRef("v.version", "=", "s.version"))
    .select(["s.slot_id", "s.version", "s.created_at", "v.created_at as updated_at", "v.slot_info", "v.checksum", "v.data_bytes", "v.slot_info_bytes"]);

/** Any version of a slot, shaped like a head version. */
export const anyVersion = (db: Db) =>
  db.selectFrom("slot_versions as v")
    .innerJoin("slots as s", (join) => join.onRef("s.account_id", "=", "v.account_id").onRef("s.slot_id", "=", "v.slot_id"))
    .select(["s.slot_id", "v.version", "s.created_at", "v.created_at as updated_at", "v.data", "v.slot_info", "v.checksum", "v.data_bytes", "v.slot_info_bytes"]);

/** A session by its token's hash, with its account (columns prefixed a_). */
export const sessionByToken = (db: Db, tokenHash: Buffer) =>
  db.selectFrom("account_sessions as s")
    .innerJoin("accounts as a", "a.id", "s.account_id")
    .selectAll("s")
    .select(["a.id as a_id", "a.environment_id", "a.player_ref", "a.public_id", "a.display_name", "a.created_at as a_created_at", "a.updated_at as a_updated_at", "a.erased_at"])
    .where("s.token_hash", "=", tokenHash);

/** A workspace's stored bytes: the sum of its storage shards (migration 15), null before its first slot. */
export const storageSum = (db: Db, workspaceId: string) =>
  db.selectFrom("storage_shards").select((eb) => eb.fn.sum<number>("bytes").as("bytes")).where("workspace_id", "=", workspaceId);

/** The queries on the hot paths (every request's key and session, slot reads and writes), compiled once. */
export const hot = {
  keyPrincipal: prepared((db, p: Param<{ keyHash: Buffer }>) =>
    db.selectFrom("api_keys as k")
      .innerJoin("environments as e", "e.id", "k.environment_id")
      .innerJoin("workspaces as w", "w.id", "e.workspace_id")
      .selectAll("k")
      .select(["e.id as e_id", "e.workspace_id", "e.name as e_name", "e.transfer_codes_enabled", "e.active_game_config_version", "e.allowed_origins", "e.active_catalog_version",
        "e.created_at as e_created_at", "w.name as w_name", "w.plan", "w.created_at as w_created_at"])
      .where("k.key_hash", "=", p("keyHash"))),
  session: prepared((db, p: Param<{ tokenHash: Buffer }>) => sessionByToken(db, p("tokenHash"))),
  // A session with one slot of its account (columns prefixed v_; all null when there is no such slot):
  // the session check and the slot read of getSlot in one statement, one round trip on PostgreSQL.
  sessionWithSlot: prepared((db, p: Param<{ tokenHash: Buffer; slotId: string }>) =>
    sessionByToken(db, p("tokenHash"))
      .leftJoin("slots as sl", (join) => join.onRef("sl.account_id", "=", "s.account_id").on("sl.slot_id", "=", p("slotId")))
      .leftJoin("slot_versions as v", (join) => join.onRef("v.account_id", "=", "sl.account_id").onRef("v.slot_id", "=", "sl.slot_id").onRef("v.version", "=", "sl.version"))
      .select(["sl.slot_id as v_slot_id", "v.version as v_version", "sl.created_at as v_created_at", "v.created_at as v_updated_at", "v.data as v_data",
        "v.slot_info as v_slot_info", "v.checksum as v_checksum", "v.data_bytes as v_data_bytes", "v.slot_info_bytes as v_slot_info_bytes"])),
  slot: prepared((db, p: Param<{ accountId: string; slotId: string }>) =>
    headVersion(db).select("v.data").where("s.account_id", "=", p("accountId")).where("s.slot_id", "=", p("slotId"))),
  slotHead: prepared((db, p: Param<{ accountId: string; slotId: string }>) =>
    headVersion(db).where("s.account_id", "=", p("accountId")).where("s.slot_id", "=", p("slotId"))),
  // A head with its workspace's storage (a sync checks both): one statement, one round trip on PostgreSQL.
  slotHeadAndStorage: prepared((db, p: Param<{ accountId: string; slotId: string; workspaceId: string }>) =>
    headVersion(db).select(storageSum(db, p("workspaceId")).as("storage_bytes")).where("s.account_id", "=", p("accountId")).where("s.slot_id", "=", p("slotId"))),
  // PostgreSQL only. The head is read by a statement of its own after the lock: a locking join would
  // re-check the locked row alone once a concurrent write committed, and miss the version it added.
  lockSlot: prepared((db, p: Param<{ accountId: string; slotId: string }>) =>
    db.selectFrom("slots").select("version").where("account_id", "=", p("accountId")).where("slot_id", "=", p("slotId")).forUpdate()),
  advanceSlot: prepared((db, p: Param<{ accountId: string; slotId: string; from: number }>) =>
    db.updateTable("slots").set({ version: sql`version + 1` }).where("account_id", "=", p("accountId")).where("slot_id", "=", p("slotId")).where("version", "=", p("from"))),
  insertVersion: prepared((db, p: Param<Record<"accountId" | "slotId" | "data" | "slotInfo" | "checksum" | "createdAt", string> & Record<"version" | "dataBytes" | "slotInfoBytes", number>>) =>
    db.insertInto("slot_versions").values({
      account_id: p("accountId"), slot_id: p("slotId"), version: p("version"), data: p("data"), slot_info: p("slotInfo"), checksum: p("checksum"),
      data_bytes: p("dataBytes"), slot_info_bytes: p("slotInfoBytes"), created_at: p("createdAt"),
    })),
  // PostgreSQL: the conditional advance, the new version and the account's touch as one statement, so a
  // sync holds its locks (the workspace's storage counter among them) for one round trip less each.
  writeVersion: prepared((db, p: Param<Record<"accountId" | "slotId" | "data" | "slotInfo" | "checksum" | "createdAt", string> & Record<"from" | "dataBytes" | "slotInfoBytes", number>>) =>
    db.with("advanced", (d) => d.updateTable("slots").set({ version: sql`version + 1` })
      .where("account_id", "=", p("accountId")).where("slot_id", "=", p("slotId")).where("version", "=", p("from")).returning(["account_id", "slot_id", "version"]))
      .with("touched", (d) => d.updateTable("accounts").set({ updated_at: p("createdAt") })
        .where("id", "=", p("accountId")).where((eb) => eb.exists(eb.selectFrom("advanced").select("version"))).returning("id"))
      .insertInto("slot_versions").columns(["account_id", "slot_id", "version", "data", "slot_info", "checksum", "data_bytes", "slot_info_bytes", "created_at"])
      .expression((eb) => eb.selectFrom("advanced").select([
        "advanced.account_id", "advanced.slot_id", "advanced.version", sql<string>`${p("data")}::text`.as("data"), sql<string>`${p("slotInfo")}::text`.as("slot_info"),
        sql<string>`${p("checksum")}::text`.as("checksum"), sql<number>`${p("dataBytes")}::integer`.as("data_bytes"),
        sql<number>`${p("slotInfoBytes")}::integer`.as("slot_info_bytes"), sql<string>`${p("createdAt")}::text`.as("created_at"),
      ]))
      .returning("version")),
  touchAccount: prepared((db, p: Param<{ accountId: string; now: string }>) =>
    db.updateTable("accounts").set({ updated_at: p("now") }).where("id", "=", p("accountId"))),
  activeConfig: prepared((db, p: Param<{ environmentId: string }>) =>
    db.selectFrom("environments as e")
      .innerJoin("game_configs as g", (join) => join.onRef("g.environment_id", "=", "e.id").onRef("g.version", "=", "e.active_game_config_version"))
      .select(["g.version", "g.config", "g.published_at"]).where("e.id", "=", p("environmentId"))),
  insertAccount: prepared((db, p: Param<Record<"id" | "environmentId" | "publicId" | "createdAt" | "updatedAt", string> & Record<"playerRef" | "displayName" | "importSourceId", string | null>>) =>
    db.insertInto("accounts").values({
      id: p("id"), environment_id: p("environmentId"), player_ref: p("playerRef"), public_id: p("publicId"), display_name: p("displayName"),
      created_at: p("createdAt"), updated_at: p("updatedAt"), import_source_id: p("importSourceId"),
    })),
  insertSession: prepared((db, p: Param<{ id: string; accountId: string; tokenHash: Buffer; sdk: string | null; now: string }>) =>
    db.insertInto("account_sessions").values({ id: p("id"), account_id: p("accountId"), token_hash: p("tokenHash"), sdk: p("sdk"), created_at: p("now"), last_used_at: p("now") })),
  insertSlot: prepared((db, p: Param<{ accountId: string; slotId: string; now: string }>) =>
    db.insertInto("slots").values({ account_id: p("accountId"), slot_id: p("slotId"), version: 1, created_at: p("now") })),
  storageBytes: prepared((db, p: Param<{ workspaceId: string }>) => db.selectNoFrom(storageSum(db, p("workspaceId")).as("storage_bytes"))),
  // An expired record under the same key is replaced; a live one is kept (the caller replays it instead).
  saveIdempotencyRecord: prepared((db, p: Param<{ keyHash: Buffer; fingerprint: Buffer; status: number; sealed: Buffer; createdAt: string; expiresAt: string; now: string }>) => {
    const values = { fingerprint: p("fingerprint"), status: p("status"), sealed: p("sealed"), created_at: p("createdAt"), expires_at: p("expiresAt") };
    return db.insertInto("idempotency_records").values({ key_hash: p("keyHash"), ...values })
      .onConflict((oc) => oc.column("key_hash").doUpdateSet(values).where("idempotency_records.expires_at", "<=", p("now")));
  }),
  // PostgreSQL: a row locked until the transaction ends (SQLite's one writer already excludes the others).
  lockAccount: prepared((db, p: Param<{ id: string }>) => db.selectFrom("accounts").select("id").where("id", "=", p("id")).forUpdate()),
  lockEnvironment: prepared((db, p: Param<{ id: string }>) => db.selectFrom("environments").select("id").where("id", "=", p("id")).forUpdate()),
  idempotencyRecord: prepared((db, p: Param<{ keyHash: Buffer; now: string }>) =>
    db.selectFrom("idempotency_records").selectAll().where("key_hash", "=", p("keyHash")).where("expires_at", ">", p("now"))),
};

// Statements several areas make, on the connection they are handed.

export function insertAccount(engine: Engine, db: Db, a: AccountRecord, importSourceId: string | null = null) {
  return hot.insertAccount(engine, db, {
    id: a.id, environmentId: a.environmentId, playerRef: a.playerRef, publicId: a.publicId, displayName: a.displayName, createdAt: a.createdAt, updatedAt: a.updatedAt, importSourceId,
  });
}

export function insertSession(engine: Engine, db: Db, accountId: string, s: NewSession, now: string) {
  return hot.insertSession(engine, db, { id: s.id, accountId, tokenHash: s.tokenHash, sdk: s.sdk, now });
}

export function insertVersion(engine: Engine, db: Db, accountId: string, slotId: string, version: number, c: SlotContent, createdAt: string) {
  return hot.insertVersion(engine, db, {
    accountId, slotId, version, data: c.data, slotInfo: c.slotInfo, checksum: c.checksum, dataBytes: c.dataBytes, slotInfoBytes: c.slotInfoBytes, createdAt,
  });
}

export async function insertSlot(engine: Engine, db: Db, accountId: string, slotId: string, content: SlotContent, now: string) {
  await hot.insertSlot(engine, db, { accountId, slotId, now });
  await insertVersion(engine, db, accountId, slotId, 1, content, now);
}

/** The next version from `from`, with its content, and the account touched; false when the slot is no longer at `from`. */
export async function advanceSlot(engine: Engine, db: Db, accountId: string, slotId: string, from: number, c: SlotContent, now: string) {
  if (engine.dialect === "postgres") {
    const { rows } = await hot.writeVersion(engine, db, {
      accountId, slotId, from, data: c.data, slotInfo: c.slotInfo, checksum: c.checksum, dataBytes: c.dataBytes, slotInfoBytes: c.slotInfoBytes, createdAt: now,
    });
    return rows.length === 1;
  }
  if (changed(await hot.advanceSlot(engine, db, { accountId, slotId, from })) === 0) return false;
  await insertVersion(engine, db, accountId, slotId, from + 1, c, now);
  await touchAccount(engine, db, accountId, now);
  return true;
}

export function touchAccount(engine: Engine, db: Db, accountId: string, now: string) {
  return hot.touchAccount(engine, db, { accountId, now });
}

export async function lockSlot(engine: Engine, db: Db, accountId: string, slotId: string) {
  if (engine.dialect !== "postgres") return;
  await hot.lockSlot(engine, db, { accountId, slotId });
}

export async function slotRow(engine: Engine, db: Db, accountId: string, slotId: string): Promise<SlotRow | undefined> {
  return (await hot.slot(engine, db, { accountId, slotId })).rows[0];
}

/** Voids the account's open transfer codes: all of them, or those `sessionId` minted or may have. */
export async function revokeOpenCodes(engine: Engine, db: Db, accountId: string, now: string, sessionId?: string) {
  let codes = db.updateTable("transfer_codes").set({ revoked_at: now })
    .where("account_id", "=", accountId).where("consumed_at", "is", null).where("revoked_at", "is", null);
  if (sessionId) codes = codes.where((eb) => eb.or([eb("session_id", "=", sessionId), eb("session_id", "is", null)]));
  await codes.execute();
}

// The store, written once for both engines (server/store/types.ts is its contract). Queries are built
// with Kysely; the few places where SQLite and PostgreSQL really differ (row locks) say so inline.
// Outside a transaction, reads go to the engine's reader and each mutation runs in a transaction of
// its own; a store bound to a transaction (`transaction(work)`) runs everything on that transaction.
import { randomUUID } from "node:crypto";
import { sql, type Kysely } from "kysely";
import type { Engine } from "./engine.js";
import type { DB } from "./schema.js";
import type { StoreContext } from "./context.js";
import { runTransaction } from "./transaction.js";
import { prepared } from "./prepared.js";
import type { PrincipalCache } from "./principalCache.js";
import { operatorStore, type OperatorStore } from "./operators.js";
import { catalogStore, type CatalogStore } from "./catalogs.js";
import { walletStore, type WalletStore } from "./wallets.js";
import { grantStore, type GrantStore } from "./grants.js";
import { iapPurchaseStore, type IapPurchaseStore } from "./iapPurchases.js";
import { leaderboardStore, type LeaderboardStore } from "./leaderboards.js";
import { eventStore, type EventStore } from "./events.js";
import { lobbyStore, type LobbyStore } from "./lobbies.js";
import { account, apiKey, environment, gameConfig, keyPrincipal, session, sessionWithAccount, slot, slotSummary, transferCode, workspace, type Row } from "./rows.js";
import type {
  AccountRecord, ApiKeyRecord, CreateSlotOutcome, EnvironmentRecord, GameConfigRecord, IdempotencyRecord, ImportOutcome, KeyPrincipal,
  NewSession, SessionRecord, SlotContent, SlotRecord, SlotSummaryRecord, Store, TransferCodeRecord, UsageIncrement, WorkspaceRecord, WriteSlotOutcome,
} from "./types.js";
import type { PlanName } from "../domain/plans.js";

type Db = Kysely<DB>;

const changed = (result: { numAffectedRows?: bigint; numUpdatedRows?: bigint; numDeletedRows?: bigint; numInsertedOrUpdatedRows?: bigint }) =>
  Number(result.numAffectedRows ?? result.numUpdatedRows ?? result.numDeletedRows ?? result.numInsertedOrUpdatedRows ?? 0);

/** A slot joined with its head version: `created_at` is the slot's, `updated_at` the head version's. */
const headVersion = (db: Db) =>
  db.selectFrom("slots as s")
    .innerJoin("slot_versions as v", (join) => join.onRef("v.account_id", "=", "s.account_id").onRef("v.slot_id", "=", "s.slot_id").onRef("v.version", "=", "s.version"))
    .select(["s.slot_id", "s.version", "s.created_at", "v.created_at as updated_at", "v.slot_info", "v.checksum", "v.data_bytes", "v.slot_info_bytes"]);

/** Any version of a slot, shaped like a head version. */
const anyVersion = (db: Db) =>
  db.selectFrom("slot_versions as v")
    .innerJoin("slots as s", (join) => join.onRef("s.account_id", "=", "v.account_id").onRef("s.slot_id", "=", "v.slot_id"))
    .select(["s.slot_id", "v.version", "s.created_at", "v.created_at as updated_at", "v.data", "v.slot_info", "v.checksum", "v.data_bytes", "v.slot_info_bytes"]);

/** A session by its token's hash, with its account (columns prefixed a_). */
const sessionByToken = (db: Db, tokenHash: Buffer) =>
  db.selectFrom("account_sessions as s")
    .innerJoin("accounts as a", "a.id", "s.account_id")
    .selectAll("s")
    .select(["a.id as a_id", "a.environment_id", "a.player_ref", "a.public_id", "a.display_name", "a.created_at as a_created_at", "a.updated_at as a_updated_at", "a.erased_at"])
    .where("s.token_hash", "=", tokenHash);

/** A workspace's stored bytes: the sum of its storage shards (migration 15), null before its first slot. */
const storageSum = (db: Db, workspaceId: string) =>
  db.selectFrom("storage_shards").select((eb) => eb.fn.sum<number>("bytes").as("bytes")).where("workspace_id", "=", workspaceId);

/** The queries on the hot paths (every request's key and session, slot reads and writes), compiled once. */
const hot = {
  keyPrincipal: prepared<{ keyHash: Buffer }, Row>((db, p) =>
    db.selectFrom("api_keys as k")
      .innerJoin("environments as e", "e.id", "k.environment_id")
      .innerJoin("workspaces as w", "w.id", "e.workspace_id")
      .selectAll("k")
      .select(["e.id as e_id", "e.workspace_id", "e.name as e_name", "e.transfer_codes_enabled", "e.active_game_config_version", "e.allowed_origins", "e.active_catalog_version",
        "e.created_at as e_created_at", "w.name as w_name", "w.plan", "w.created_at as w_created_at"])
      .where("k.key_hash", "=", p("keyHash"))),
  session: prepared<{ tokenHash: Buffer }, Row>((db, p) => sessionByToken(db, p("tokenHash"))),
  // A session with one slot of its account (columns prefixed v_; all null when there is no such slot):
  // the session check and the slot read of getSlot in one statement, one round trip on PostgreSQL.
  sessionWithSlot: prepared<{ tokenHash: Buffer; slotId: string }, Row>((db, p) =>
    sessionByToken(db, p("tokenHash"))
      .leftJoin("slots as sl", (join) => join.onRef("sl.account_id", "=", "s.account_id").on("sl.slot_id", "=", p("slotId")))
      .leftJoin("slot_versions as v", (join) => join.onRef("v.account_id", "=", "sl.account_id").onRef("v.slot_id", "=", "sl.slot_id").onRef("v.version", "=", "sl.version"))
      .select(["sl.slot_id as v_slot_id", "v.version as v_version", "sl.created_at as v_created_at", "v.created_at as v_updated_at", "v.data as v_data",
        "v.slot_info as v_slot_info", "v.checksum as v_checksum", "v.data_bytes as v_data_bytes", "v.slot_info_bytes as v_slot_info_bytes"])),
  slot: prepared<{ accountId: string; slotId: string }, Row>((db, p) =>
    headVersion(db).select("v.data").where("s.account_id", "=", p("accountId")).where("s.slot_id", "=", p("slotId"))),
  slotHead: prepared<{ accountId: string; slotId: string }, Row>((db, p) =>
    headVersion(db).where("s.account_id", "=", p("accountId")).where("s.slot_id", "=", p("slotId"))),
  // A head with its workspace's storage (a sync checks both): one statement, one round trip on PostgreSQL.
  slotHeadAndStorage: prepared<{ accountId: string; slotId: string; workspaceId: string }, Row>((db, p) =>
    headVersion(db).select(storageSum(db, p("workspaceId")).as("storage_bytes")).where("s.account_id", "=", p("accountId")).where("s.slot_id", "=", p("slotId"))),
  // PostgreSQL only. The head is read by a statement of its own after the lock: a locking join would
  // re-check the locked row alone once a concurrent write committed, and miss the version it added.
  lockSlot: prepared<{ accountId: string; slotId: string }, Row>((db, p) =>
    db.selectFrom("slots").select("version").where("account_id", "=", p("accountId")).where("slot_id", "=", p("slotId")).forUpdate()),
  advanceSlot: prepared<{ accountId: string; slotId: string; from: number }, never>((db, p) =>
    db.updateTable("slots").set({ version: sql`version + 1` }).where("account_id", "=", p("accountId")).where("slot_id", "=", p("slotId")).where("version", "=", p("from"))),
  insertVersion: prepared<Record<"accountId" | "slotId" | "data" | "slotInfo" | "checksum" | "createdAt", string> & Record<"version" | "dataBytes" | "slotInfoBytes", number>, never>((db, p) =>
    db.insertInto("slot_versions").values({
      account_id: p("accountId"), slot_id: p("slotId"), version: p("version"), data: p("data"), slot_info: p("slotInfo"), checksum: p("checksum"),
      data_bytes: p("dataBytes"), slot_info_bytes: p("slotInfoBytes"), created_at: p("createdAt"),
    })),
  // PostgreSQL: the conditional advance, the new version and the account's touch as one statement, so a
  // sync holds its locks (the workspace's storage counter among them) for one round trip less each.
  writeVersion: prepared<Record<"accountId" | "slotId" | "data" | "slotInfo" | "checksum" | "createdAt", string> & Record<"from" | "dataBytes" | "slotInfoBytes", number>, { version: number }>((db, p) =>
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
  touchAccount: prepared<{ accountId: string; now: string }, never>((db, p) =>
    db.updateTable("accounts").set({ updated_at: p("now") }).where("id", "=", p("accountId"))),
  activeConfig: prepared<{ environmentId: string }, Row>((db, p) =>
    db.selectFrom("environments as e")
      .innerJoin("game_configs as g", (join) => join.onRef("g.environment_id", "=", "e.id").onRef("g.version", "=", "e.active_game_config_version"))
      .select(["g.version", "g.config", "g.published_at"]).where("e.id", "=", p("environmentId"))),
  insertAccount: prepared<Record<"id" | "environmentId" | "publicId" | "createdAt" | "updatedAt", string> & Record<"playerRef" | "displayName" | "importSourceId", string | null>, never>((db, p) =>
    db.insertInto("accounts").values({
      id: p("id"), environment_id: p("environmentId"), player_ref: p("playerRef"), public_id: p("publicId"), display_name: p("displayName"),
      created_at: p("createdAt"), updated_at: p("updatedAt"), import_source_id: p("importSourceId"),
    })),
  insertSession: prepared<{ id: string; accountId: string; tokenHash: Buffer; sdk: string | null; now: string }, never>((db, p) =>
    db.insertInto("account_sessions").values({ id: p("id"), account_id: p("accountId"), token_hash: p("tokenHash"), sdk: p("sdk"), created_at: p("now"), last_used_at: p("now") })),
  insertSlot: prepared<{ accountId: string; slotId: string; now: string }, never>((db, p) =>
    db.insertInto("slots").values({ account_id: p("accountId"), slot_id: p("slotId"), version: 1, created_at: p("now") })),
  storageBytes: prepared<{ workspaceId: string }, { storage_bytes: number | null }>((db, p) => db.selectNoFrom(storageSum(db, p("workspaceId")).as("storage_bytes"))),
  // An expired record under the same key is replaced; a live one is kept (the caller replays it instead).
  saveIdempotencyRecord: prepared<{ keyHash: Buffer; fingerprint: Buffer; status: number; sealed: Buffer; createdAt: string; expiresAt: string; now: string }, never>((db, p) => {
    const values = { fingerprint: p("fingerprint"), status: p("status"), sealed: p("sealed"), created_at: p("createdAt"), expires_at: p("expiresAt") };
    return db.insertInto("idempotency_records").values({ key_hash: p("keyHash"), ...values })
      .onConflict((oc) => oc.column("key_hash").doUpdateSet(values).where("idempotency_records.expires_at", "<=", p("now")));
  }),
  // PostgreSQL: a row locked until the transaction ends (SQLite's one writer already excludes the others).
  lockAccount: prepared<{ id: string }, Row>((db, p) => db.selectFrom("accounts").select("id").where("id", "=", p("id")).forUpdate()),
  lockEnvironment: prepared<{ id: string }, Row>((db, p) => db.selectFrom("environments").select("id").where("id", "=", p("id")).forUpdate()),
  idempotencyRecord: prepared<{ keyHash: Buffer; now: string }, Row>((db, p) =>
    db.selectFrom("idempotency_records").selectAll().where("key_hash", "=", p("keyHash")).where("expires_at", ">", p("now"))),
};

// The areas' methods, mixed in below: the class declares them through this interface.
export interface KyselyStore extends WalletStore, GrantStore, IapPurchaseStore, CatalogStore, LeaderboardStore, EventStore, LobbyStore, OperatorStore {}

export class KyselyStore implements Store, StoreContext {
  /**
   * @param tx the transaction this store is bound to, with what runs once it commits; null for the
   * store that opens a transaction per mutation.
   */
  constructor(
    readonly engine: Engine,
    private readonly principals: PrincipalCache,
    private readonly tx: { db: Db; afterCommit: Array<() => void> } | null = null,
  ) {}

  /** Where reads go: the transaction when bound, else the reader. */
  get inTransaction() {
    return this.tx !== null;
  }

  get read(): Db {
    return this.tx?.db ?? this.engine.reader;
  }

  /** Runs a mutation's statements atomically: inside the bound transaction, else in one of its own. */
  write<T>(work: (db: Db) => Promise<T>): Promise<T> {
    return this.tx ? work(this.tx.db) : runTransaction(this.engine, work);
  }

  /** A mutation of what key principals are made of (keys, environments, plans): cached principals are forgotten once it commits. */
  async writePrincipals<T>(work: (db: Db) => Promise<T>): Promise<T> {
    this.principals.forget();
    const result = await this.write(work);
    if (this.tx) this.tx.afterCommit.push(() => this.principals.changed());
    else this.principals.changed();
    return result;
  }

  forgetPrincipals = () => this.principals.forget();
  onPrincipalsChanged = (listener: () => void) => this.principals.onChange(listener);

  /** PostgreSQL: lock the row for the transaction. SQLite's writer already holds the database's one write lock. */
  async lock(db: Db, table: "accounts" | "environments", id: string) {
    if (this.engine.dialect === "postgres") await (table === "accounts" ? hot.lockAccount : hot.lockEnvironment)(this.engine, db, { id });
  }

  private async slotRow(db: Db, accountId: string, slotId: string): Promise<Row | undefined> {
    return (await hot.slot(this.engine, db, { accountId, slotId })).rows[0];
  }

  /** A boolean as the column holds it: 0/1 in SQLite, BOOLEAN in PostgreSQL. */
  bool(value: boolean) {
    return this.engine.dialect === "sqlite" ? Number(value) : value;
  }

  close = () => this.engine.close();

  async ping() {
    const row = await sql<{ ok: number }>`SELECT 1 AS ok`.execute(this.read);
    return row.rows[0]?.ok === 1;
  }

  async transaction<T>(work: (tx: Store) => Promise<T>): Promise<T> {
    if (this.tx) return work(this);
    const afterCommit: Array<() => void> = [];
    const result = await runTransaction(this.engine, (db) => work(new KyselyStore(this.engine, this.principals, { db, afterCommit })));
    for (const callback of afterCommit) callback();
    return result;
  }

  afterCommit(callback: () => void) {
    if (this.tx) this.tx.afterCommit.push(callback);
    else callback();
  }

  // Operator: workspaces, environments, keys.

  async getWorkspace(id: string) {
    const row = await this.read.selectFrom("workspaces").selectAll().where("id", "=", id).executeTakeFirst();
    return row ? workspace(row) : null;
  }

  async getEnvironment(id: string) {
    const row = await this.read.selectFrom("environments").selectAll().where("id", "=", id).executeTakeFirst();
    return row ? environment(row) : null;
  }

  ensureWorkspace(name: string, now: string, id = randomUUID()): Promise<WorkspaceRecord> {
    return this.write(async (db) => {
      await db.insertInto("workspaces").values({ id, name, plan: "free", created_at: now }).onConflict((oc) => oc.column("name").doNothing()).execute();
      return workspace(await db.selectFrom("workspaces").selectAll().where("name", "=", name).executeTakeFirstOrThrow());
    });
  }

  async listWorkspaces() {
    return (await this.read.selectFrom("workspaces").selectAll().orderBy("created_at").orderBy("name").execute()).map(workspace);
  }

  setWorkspacePlan(name: string, plan: PlanName) {
    return this.writePrincipals(async (db) => {
      const row = await db.updateTable("workspaces").set({ plan }).where("name", "=", name).returningAll().executeTakeFirst();
      return row ? workspace(row) : null;
    });
  }

  createEnvironment(workspaceId: string, name: string, now: string, id = randomUUID()): Promise<EnvironmentRecord> {
    return this.write(async (db) =>
      environment(await db.insertInto("environments").values({ id, workspace_id: workspaceId, name, created_at: now }).returningAll().executeTakeFirstOrThrow()));
  }

  async findEnvironment(workspaceId: string, name: string) {
    const row = await this.read.selectFrom("environments").selectAll().where("workspace_id", "=", workspaceId).where("name", "=", name).executeTakeFirst();
    return row ? environment(row) : null;
  }

  async listEnvironments(workspaceId: string) {
    return (await this.read.selectFrom("environments").selectAll().where("workspace_id", "=", workspaceId).orderBy("created_at").orderBy("name").execute()).map(environment);
  }

  setAllowedOrigins(environmentId: string, origins: string[]) {
    return this.writePrincipals(async (db) => void (await db.updateTable("environments").set({ allowed_origins: JSON.stringify(origins) }).where("id", "=", environmentId).execute()));
  }

  async allAllowedOrigins() {
    const rows = await this.read.selectFrom("environments").select("allowed_origins").where("allowed_origins", "<>", "[]").execute();
    return [...new Set(rows.flatMap((r) => JSON.parse(r.allowed_origins) as string[]))];
  }

  setTransferCodesEnabled(environmentId: string, enabled: boolean) {
    return this.writePrincipals(async (db) => void (await db.updateTable("environments").set({ transfer_codes_enabled: this.bool(enabled) }).where("id", "=", environmentId).execute()));
  }

  createApiKey(key: ApiKeyRecord, keyHash: Buffer) {
    return this.write(async (db) => void (await db.insertInto("api_keys").values({
      id: key.id, environment_id: key.environmentId, kind: key.kind, prefix: key.prefix, key_hash: keyHash, created_at: key.createdAt,
    }).execute()));
  }

  async listApiKeys(environmentId: string) {
    return (await this.read.selectFrom("api_keys").selectAll().where("environment_id", "=", environmentId).orderBy("created_at").orderBy("id").execute()).map(apiKey);
  }

  async findApiKeys(idOrPrefix: string) {
    return (await this.read.selectFrom("api_keys").selectAll().where((eb) => eb.or([eb("id", "=", idOrPrefix), eb("prefix", "=", idOrPrefix)])).orderBy("id").execute()).map(apiKey);
  }

  revokeApiKey(id: string, now: string) {
    return this.writePrincipals(async (db) => {
      const row = await db.updateTable("api_keys").set({ revoked_at: sql`COALESCE(revoked_at, ${now})` }).where("id", "=", id).returningAll().executeTakeFirst();
      return row ? apiKey(row) : null;
    });
  }

  async findKeyPrincipal(keyHash: Buffer): Promise<KeyPrincipal | null> {
    const read = async () => {
      const row = (await hot.keyPrincipal(this.engine, this.read, { keyHash })).rows[0];
      return row ? keyPrincipal(row) : null;
    };
    return this.tx ? read() : this.principals.through(keyHash, read);
  }

  // Accounts and sessions.

  private insertAccount(db: Db, a: AccountRecord, importSourceId: string | null = null) {
    return hot.insertAccount(this.engine, db, {
      id: a.id, environmentId: a.environmentId, playerRef: a.playerRef, publicId: a.publicId, displayName: a.displayName, createdAt: a.createdAt, updatedAt: a.updatedAt, importSourceId,
    });
  }

  private insertSession(db: Db, accountId: string, s: NewSession, now: string) {
    return hot.insertSession(this.engine, db, { id: s.id, accountId, tokenHash: s.tokenHash, sdk: s.sdk, now });
  }

  private insertVersion(db: Db, accountId: string, slotId: string, version: number, c: SlotContent, createdAt: string) {
    return hot.insertVersion(this.engine, db, {
      accountId, slotId, version, data: c.data, slotInfo: c.slotInfo, checksum: c.checksum, dataBytes: c.dataBytes, slotInfoBytes: c.slotInfoBytes, createdAt,
    });
  }

  private async insertSlot(db: Db, accountId: string, slotId: string, content: SlotContent, now: string) {
    await hot.insertSlot(this.engine, db, { accountId, slotId, now });
    await this.insertVersion(db, accountId, slotId, 1, content, now);
  }

  /** The next version from `from`, with its content, and the account touched; false when the slot is no longer at `from`. */
  private async advanceSlot(db: Db, accountId: string, slotId: string, from: number, c: SlotContent, now: string) {
    if (this.engine.dialect === "postgres") {
      const { rows } = await hot.writeVersion(this.engine, db, {
        accountId, slotId, from, data: c.data, slotInfo: c.slotInfo, checksum: c.checksum, dataBytes: c.dataBytes, slotInfoBytes: c.slotInfoBytes, createdAt: now,
      });
      return rows.length === 1;
    }
    if (changed(await hot.advanceSlot(this.engine, db, { accountId, slotId, from })) === 0) return false;
    await this.insertVersion(db, accountId, slotId, from + 1, c, now);
    await this.touchAccount(db, accountId, now);
    return true;
  }

  private touchAccount(db: Db, accountId: string, now: string) {
    return hot.touchAccount(this.engine, db, { accountId, now });
  }

  createAccount(a: AccountRecord, s: NewSession, first: { slotId: string; content: SlotContent } | null) {
    return this.write(async (db) => {
      await this.insertAccount(db, a);
      await this.insertSession(db, a.id, s, a.createdAt);
      if (!first) return null;
      await this.insertSlot(db, a.id, first.slotId, first.content, a.createdAt);
      return slot((await this.slotRow(db, a.id, first.slotId))!);
    });
  }

  async getAccount(accountId: string) {
    const row = await this.read.selectFrom("accounts").selectAll().where("id", "=", accountId).executeTakeFirst();
    return row ? account(row) : null;
  }

  async listSlotSummaries(accountId: string): Promise<SlotSummaryRecord[]> {
    return (await headVersion(this.read).where("s.account_id", "=", accountId).orderBy("s.slot_id").execute()).map(slotSummary);
  }

  async findSession(tokenHash: Buffer) {
    const row = (await hot.session(this.engine, this.read, { tokenHash })).rows[0];
    return row ? sessionWithAccount(row) : null;
  }

  async findSessionWithSlot(tokenHash: Buffer, slotId: string) {
    const row = (await hot.sessionWithSlot(this.engine, this.read, { tokenHash, slotId })).rows[0];
    if (!row) return null;
    const held = row.v_slot_id === null ? null : slot({
      slot_id: row.v_slot_id, version: row.v_version, created_at: row.v_created_at, updated_at: row.v_updated_at, data: row.v_data, slot_info: row.v_slot_info,
      checksum: row.v_checksum, data_bytes: row.v_data_bytes, slot_info_bytes: row.v_slot_info_bytes,
    });
    return { ...sessionWithAccount(row), slot: held };
  }

  touchSession(sessionId: string, now: string) {
    return this.write(async (db) => void (await db.updateTable("account_sessions").set({ last_used_at: now }).where("id", "=", sessionId).execute()));
  }

  setDisplayName(accountId: string, displayName: string, now: string) {
    return this.write(async (db) => void (await db.updateTable("accounts").set({ display_name: displayName, updated_at: now }).where("id", "=", accountId).execute()));
  }

  eraseAccount(accountId: string, now: string) {
    return this.write(async (db) => {
      const erased = await db.updateTable("accounts").set({ erased_at: now, player_ref: null, display_name: null, import_source_id: null, updated_at: now })
        .where("id", "=", accountId).where("erased_at", "is", null).executeTakeFirst();
      if (changed(erased) === 0) return false;
      await db.deleteFrom("slot_versions").where("account_id", "=", accountId).execute();
      await db.deleteFrom("slots").where("account_id", "=", accountId).execute();
      // The economy, leaderboard records and event entries go with it, except in-app purchase records: a store transaction stays redeemed, so a
      // replayed receipt is still refused, and what was sold when stays on record (no player data in them).
      for (const table of ["wallet_ledger", "wallet_balances", "inventory_items", "grants", "leaderboard_records", "event_attempts", "event_participants", "match_assignments"] as const) await db.deleteFrom(table).where("account_id", "=", accountId).execute();
      // Session and transfer-code rows (hashes only, no player data) stay so their holders get 410 `gone`.
      await db.updateTable("account_sessions").set({ revoked_at: sql`COALESCE(revoked_at, ${now})` }).where("account_id", "=", accountId).execute();
      await this.revokeOpenCodes(db, accountId, now);
      return true;
    });
  }

  async findAccountsByPlayerRef(environmentId: string, playerRef: string, limit: number, cursor: string | null, options: { withErased?: boolean } = {}) {
    let query = this.read.selectFrom("accounts").selectAll().where("environment_id", "=", environmentId).where("player_ref", "=", playerRef);
    if (!options.withErased) query = query.where("erased_at", "is", null);
    return (await query.where("id", ">", cursor ?? "").orderBy("id").limit(limit).execute()).map(account);
  }

  async listSlots(accountId: string): Promise<SlotRecord[]> {
    return (await headVersion(this.read).select("v.data").where("s.account_id", "=", accountId).orderBy("s.slot_id").execute()).map(slot);
  }

  importAccount(a: AccountRecord, sourceId: string | null, slots: Array<{ slotId: string; content: SlotContent }>) {
    return this.write(async (db): Promise<ImportOutcome> => {
      if (sourceId !== null) {
        const existing = await db.selectFrom("accounts").select("id").where("environment_id", "=", a.environmentId).where("import_source_id", "=", sourceId).executeTakeFirst();
        if (existing) return { kind: "exists", accountId: existing.id };
      }
      await this.insertAccount(db, a, sourceId);
      for (const s of slots) await this.insertSlot(db, a.id, s.slotId, s.content, a.createdAt);
      return { kind: "created", accountId: a.id };
    });
  }

  async storageBytes(workspaceId: string) {
    return (await hot.storageBytes(this.engine, this.read, { workspaceId })).rows[0]?.storage_bytes ?? 0;
  }

  createSession(accountId: string, s: NewSession, now: string): Promise<SessionRecord> {
    return this.write(async (db) => {
      await this.insertSession(db, accountId, s, now);
      return session(await db.selectFrom("account_sessions").selectAll().where("id", "=", s.id).executeTakeFirstOrThrow());
    });
  }

  async listSessions(accountId: string) {
    return (await this.read.selectFrom("account_sessions").selectAll().where("account_id", "=", accountId).orderBy("created_at", "desc").orderBy("id").execute()).map(session);
  }

  revokeSession(accountId: string, sessionId: string, now: string) {
    return this.write(async (db) => {
      const row = await db.updateTable("account_sessions").set({ revoked_at: sql`COALESCE(revoked_at, ${now})` })
        .where("id", "=", sessionId).where("account_id", "=", accountId).returningAll().executeTakeFirst();
      if (!row) return null;
      // The codes this session could have minted: its own, and those of unknown origin.
      await this.revokeOpenCodes(db, accountId, now, sessionId);
      return session(row);
    });
  }

  revokeAllSessions(accountId: string, now: string) {
    return this.write(async (db) => {
      const ids = (await db.updateTable("account_sessions").set({ revoked_at: now }).where("account_id", "=", accountId).where("revoked_at", "is", null)
        .returning("id").execute()).map((r) => r.id);
      await this.revokeOpenCodes(db, accountId, now);
      return ids;
    });
  }

  async credentialState(keyId: string, sessionId: string) {
    const row = await this.read.selectFrom("account_sessions as s").innerJoin("accounts as a", "a.id", "s.account_id")
      .innerJoin("api_keys as k", (join) => join.on("k.id", "=", keyId))
      .select(["k.revoked_at as key_revoked_at", "s.revoked_at as session_revoked_at", "a.erased_at"])
      .where("s.id", "=", sessionId).executeTakeFirst();
    return row ? { keyRevoked: row.key_revoked_at !== null, sessionRevoked: row.session_revoked_at !== null, accountErased: row.erased_at !== null } : null;
  }

  /** Voids the account's open transfer codes: all of them, or those `sessionId` minted or may have. */
  private async revokeOpenCodes(db: Db, accountId: string, now: string, sessionId?: string) {
    let codes = db.updateTable("transfer_codes").set({ revoked_at: now })
      .where("account_id", "=", accountId).where("consumed_at", "is", null).where("revoked_at", "is", null);
    if (sessionId) codes = codes.where((eb) => eb.or([eb("session_id", "=", sessionId), eb("session_id", "is", null)]));
    await codes.execute();
  }

  async countAccounts(environmentId: string) {
    const row = await this.read.selectFrom("accounts")
      .select((eb) => [
        eb.fn.countAll<number>().as("accounts"),
        eb.selectFrom("slots as s").innerJoin("accounts as a", "a.id", "s.account_id").where("a.environment_id", "=", environmentId)
          .select((sub) => sub.fn.countAll<number>().as("n")).as("slots"),
      ])
      .where("environment_id", "=", environmentId).where("erased_at", "is", null)
      .executeTakeFirstOrThrow();
    return { accounts: Number(row.accounts), slots: Number(row.slots) };
  }

  // Slots.

  createSlot(accountId: string, slotId: string, content: SlotContent, maxSlots: number, now: string): Promise<CreateSlotOutcome> {
    return this.write(async (db) => {
      // The account row is the lock that makes "count, then insert" safe against a concurrent create.
      await this.lock(db, "accounts", accountId);
      const existing = await this.slotRow(db, accountId, slotId);
      if (existing) return { kind: "exists", current: slotSummary(existing) };
      const { n } = await db.selectFrom("slots").select((eb) => eb.fn.countAll<number>().as("n")).where("account_id", "=", accountId).executeTakeFirstOrThrow();
      if (Number(n) >= maxSlots) return { kind: "limit", limit: maxSlots };
      await this.insertSlot(db, accountId, slotId, content, now);
      await this.touchAccount(db, accountId, now);
      return { kind: "created", slot: slot((await this.slotRow(db, accountId, slotId))!) };
    });
  }

  async getSlot(accountId: string, slotId: string) {
    const row = await this.slotRow(this.read, accountId, slotId);
    return row ? slot(row) : null;
  }

  async getSlotHead(accountId: string, slotId: string, lock = false) {
    if (lock && this.tx) await this.lockSlot(this.tx.db, accountId, slotId);
    const row = (await hot.slotHead(this.engine, this.read, { accountId, slotId })).rows[0];
    return row ? slotSummary(row) : null;
  }

  async getSlotHeadAndStorage(accountId: string, slotId: string, lock: boolean, workspaceId: string) {
    if (lock && this.tx) await this.lockSlot(this.tx.db, accountId, slotId);
    const row = (await hot.slotHeadAndStorage(this.engine, this.read, { accountId, slotId, workspaceId })).rows[0];
    return { head: row ? slotSummary(row) : null, storageBytes: Number(row?.storage_bytes ?? 0) };
  }

  private async lockSlot(db: Db, accountId: string, slotId: string) {
    if (this.engine.dialect !== "postgres") return;
    await hot.lockSlot(this.engine, db, { accountId, slotId });
  }

  async getSlotVersion(accountId: string, slotId: string, version: number) {
    const row = await anyVersion(this.read).where("v.account_id", "=", accountId).where("v.slot_id", "=", slotId).where("v.version", "=", version).executeTakeFirst();
    return row ? slot(row) : null;
  }

  async listSlotVersions(accountId: string, slotId: string, since: string) {
    return (await anyVersion(this.read).where("v.account_id", "=", accountId).where("v.slot_id", "=", slotId)
      .where((eb) => eb.or([eb("v.version", "=", eb.ref("s.version")), eb("v.created_at", ">=", since)]))
      .orderBy("v.version", "desc").execute()).map(slot);
  }

  pruneSlotVersions(workspaceId: string, before: string) {
    return this.write(async (db) =>
      changed(await db.deleteFrom("slot_versions").where("created_at", "<", before)
        .where("account_id", "in", (eb) => eb.selectFrom("accounts").select("id")
          .where("environment_id", "in", eb.selectFrom("environments").select("id").where("workspace_id", "=", workspaceId)))
        .where("version", "<", (eb) => eb.selectFrom("slots as s").select("s.version")
          .whereRef("s.account_id", "=", "slot_versions.account_id").whereRef("s.slot_id", "=", "slot_versions.slot_id"))
        .executeTakeFirst()));
  }

  writeSlot(accountId: string, slotId: string, expected: number | null, content: SlotContent, now: string, head?: SlotSummaryRecord): Promise<WriteSlotOutcome> {
    return this.write(async (db) => {
      let current = this.tx ? head : undefined;
      if (!current) {
        // A forced write overwrites whatever is there: on PostgreSQL, another writer must not move the head
        // between this read and the update.
        if (expected === null) await this.lockSlot(db, accountId, slotId);
        // The head without its data: a save's bytes are read back only for a conflict.
        const row = (await hot.slotHead(this.engine, db, { accountId, slotId })).rows[0];
        if (!row) return { kind: "missing" };
        current = slotSummary(row);
      }
      // The same checksum is the same canonical data.
      if (current.checksum === content.checksum && current.slotInfo === content.slotInfo) return { kind: "unchanged", slot: { ...current, data: content.data } };
      // The conditional update is the concurrency control: it only advances from the expected version.
      // On PostgreSQL a concurrent writer's UPDATE waits for this transaction, then finds the version moved on.
      const from = expected ?? current.version;
      if (!(await this.advanceSlot(db, accountId, slotId, from, content, now))) return { kind: "stale", current: slot((await this.slotRow(db, accountId, slotId))!) };
      // The new head is what was just written: no need to read it back.
      return { kind: "written", slot: { ...content, slotId, version: from + 1, createdAt: current.createdAt, updatedAt: now } };
    });
  }

  // Transfer codes.

  insertTransferCode(code: TransferCodeRecord, reusableBefore: string) {
    return this.write(async (db) => {
      const fresh = {
        account_id: code.accountId, verifier_hash: code.verifierHash, created_at: code.createdAt, expires_at: code.expiresAt, consumed_at: null, failed_attempts: 0,
        session_id: code.sessionId, revoked_at: null,
      };
      const result = await db.insertInto("transfer_codes").values({ environment_id: code.environmentId, locator: code.locator, ...fresh })
        .onConflict((oc) => oc.columns(["environment_id", "locator"]).doUpdateSet(fresh).where("transfer_codes.expires_at", "<", reusableBefore))
        .executeTakeFirst();
      return changed(result) === 1;
    });
  }

  async findTransferCode(environmentId: string, locator: string) {
    const row = await this.read.selectFrom("transfer_codes").selectAll().where("environment_id", "=", environmentId).where("locator", "=", locator).executeTakeFirst();
    return row ? transferCode(row) : null;
  }

  recordTransferCodeFailure(environmentId: string, locator: string) {
    return this.write(async (db) =>
      (await db.updateTable("transfer_codes").set({ failed_attempts: sql`failed_attempts + 1` })
        .where("environment_id", "=", environmentId).where("locator", "=", locator).returning("failed_attempts").executeTakeFirstOrThrow()).failed_attempts);
  }

  consumeTransferCode(environmentId: string, locator: string, s: NewSession & { accountId: string }, now: string) {
    return this.write(async (db) => {
      const consumed = await db.updateTable("transfer_codes").set({ consumed_at: now })
        .where("environment_id", "=", environmentId).where("locator", "=", locator).where("consumed_at", "is", null).where("revoked_at", "is", null)
        .executeTakeFirst();
      if (changed(consumed) === 0) return false;
      await this.insertSession(db, s.accountId, s, now);
      return true;
    });
  }

  // Game config.

  publishGameConfig(environmentId: string, config: string, now: string): Promise<GameConfigRecord> {
    return this.writePrincipals(async (db) => {
      await this.lock(db, "environments", environmentId);
      const { v } = await db.selectFrom("game_configs").select(sql<number>`COALESCE(MAX(version), 0)`.as("v")).where("environment_id", "=", environmentId).executeTakeFirstOrThrow();
      const version = Number(v) + 1;
      await db.insertInto("game_configs").values({ environment_id: environmentId, version, config, published_at: now }).execute();
      await db.updateTable("environments").set({ active_game_config_version: version }).where("id", "=", environmentId).execute();
      return { version, config, publishedAt: now };
    });
  }

  async listGameConfigs(environmentId: string) {
    return (await this.read.selectFrom("game_configs").selectAll().where("environment_id", "=", environmentId).orderBy("version", "desc").execute()).map(gameConfig);
  }

  async getGameConfig(environmentId: string, version: number) {
    const row = await this.read.selectFrom("game_configs").selectAll().where("environment_id", "=", environmentId).where("version", "=", version).executeTakeFirst();
    return row ? gameConfig(row) : null;
  }

  activateGameConfig(environmentId: string, version: number) {
    return this.writePrincipals(async (db) =>
      changed(await db.updateTable("environments").set({ active_game_config_version: version }).where("id", "=", environmentId)
        .where((eb) => eb.exists(eb.selectFrom("game_configs").select("version").where("environment_id", "=", environmentId).where("version", "=", version)))
        .executeTakeFirst()) === 1);
  }

  async getActiveGameConfig(environmentId: string) {
    const row = (await hot.activeConfig(this.engine, this.read, { environmentId })).rows[0];
    return row ? gameConfig(row) : null;
  }

  // Idempotency.

  async findIdempotencyRecord(keyHash: Buffer, now: string): Promise<IdempotencyRecord | null> {
    const r = (await hot.idempotencyRecord(this.engine, this.read, { keyHash, now })).rows[0];
    return r ? { keyHash: r.key_hash, fingerprint: r.fingerprint, status: r.status, sealed: r.sealed, createdAt: r.created_at, expiresAt: r.expires_at } : null;
  }

  saveIdempotencyRecord(record: IdempotencyRecord, now: string) {
    return this.write(async (db) => {
      const { keyHash, fingerprint, status, sealed, createdAt, expiresAt } = record;
      return changed(await hot.saveIdempotencyRecord(this.engine, db, { keyHash, fingerprint, status, sealed, createdAt, expiresAt, now })) === 1;
    });
  }

  pruneIdempotencyRecords(now: string) {
    return this.write(async (db) => changed(await db.deleteFrom("idempotency_records").where("expires_at", "<=", now).executeTakeFirst()));
  }

  // Usage.

  addUsage(increments: UsageIncrement[]) {
    return this.write(async (db) => {
      for (const i of increments) {
        await db.insertInto("usage_daily").values({ environment_id: i.environmentId, day: i.day, surface: i.surface, sdk: i.sdk, requests: i.requests })
          .onConflict((oc) => oc.columns(["environment_id", "day", "surface", "sdk"]).doUpdateSet((eb) => ({ requests: eb("usage_daily.requests", "+", eb.ref("excluded.requests")) })))
          .execute();
      }
    });
  }

  async monthlyRequests(workspaceId: string, surface: UsageIncrement["surface"], month: string) {
    const row = await this.read.selectFrom("usage_daily as u").innerJoin("environments as e", "e.id", "u.environment_id")
      .select(sql<number>`COALESCE(SUM(u.requests), 0)`.as("n"))
      .where("e.workspace_id", "=", workspaceId).where("u.surface", "=", surface).where("u.day", ">=", `${month}-01`).where("u.day", "<", `${month}-32`)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async usageBySdk(environmentId: string, fromDay: string, toDay: string) {
    return (await this.read.selectFrom("usage_daily").select(["surface", "sdk", sql<number>`SUM(requests)`.as("requests")])
      .where("environment_id", "=", environmentId).where("day", ">=", fromDay).where("day", "<=", toDay)
      .groupBy(["surface", "sdk"]).orderBy("surface").orderBy(sql`SUM(requests)`, "desc").orderBy("sdk")
      .execute()).map((r) => ({ surface: r.surface, sdk: r.sdk, requests: Number(r.requests) }));
  }
}

Object.assign(KyselyStore.prototype, walletStore, grantStore, iapPurchaseStore, catalogStore, leaderboardStore, eventStore, lobbyStore, operatorStore);

// The store's area for accounts and their sessions, with the reads that cross into slots (an account's
// state, the session check that reads the addressed slot with it) and the erasure that empties them.
import { sql } from "kysely";
import { account, session, sessionWithAccount, slot, slotSummary, type SlotRow } from "./rows.js";
import { changed, headVersion, hot, insertAccount, insertSession, insertSlot, revokeOpenCodes, slotRow } from "./statements.js";
import type { AccountRecord, ImportOutcome, NewSession, SessionRecord, SlotContent, SlotRecord, SlotSummaryRecord } from "./types.js";
import type { AreaMethods } from "./context.js";

export interface AccountReads {
  getAccount(accountId: string): Promise<AccountRecord | null>;
  listSlotSummaries(accountId: string): Promise<SlotSummaryRecord[]>;
  findSession(tokenHash: Buffer): Promise<{ session: SessionRecord; account: AccountRecord } | null>;
  /** findSession, and the head of one slot of the session's account (null when it has none of that id), read together. */
  findSessionWithSlot(tokenHash: Buffer, slotId: string): Promise<{ session: SessionRecord; account: AccountRecord; slot: SlotRecord | null } | null>;
  /** Live accounts (erased ones too with `withErased`) of an environment with this playerRef, by id, after `cursor`. */
  findAccountsByPlayerRef(environmentId: string, playerRef: string, limit: number, cursor: string | null, options?: { withErased?: boolean }): Promise<AccountRecord[]>;
  listSlots(accountId: string): Promise<SlotRecord[]>;
  storageBytes(workspaceId: string): Promise<number>;
  listSessions(accountId: string): Promise<SessionRecord[]>;
  /** Whether a key and a session still hold (an open event stream re-checks); null when either is unknown. */
  credentialState(keyId: string, sessionId: string): Promise<{ keyRevoked: boolean; sessionRevoked: boolean; accountErased: boolean } | null>;
  /** Live (not erased) accounts of an environment and their slots. */
  countAccounts(environmentId: string): Promise<{ accounts: number; slots: number }>;
}

/** Changes and locks: only on the store a transaction hands out (Store.transaction). */
export interface AccountWrites {
  createAccount(account: AccountRecord, session: NewSession, firstSlot: { slotId: string; content: SlotContent } | null): Promise<SlotRecord | null>;
  touchSession(sessionId: string, now: string): Promise<void>;
  setDisplayName(accountId: string, displayName: string, now: string): Promise<void>;
  eraseAccount(accountId: string, now: string): Promise<boolean>;
  /** Creates an account with its slots, unless `sourceId` was imported into the environment before. */
  importAccount(account: AccountRecord, sourceId: string | null, slots: Array<{ slotId: string; content: SlotContent }>): Promise<ImportOutcome>;
  createSession(accountId: string, session: NewSession, now: string): Promise<SessionRecord>;
  /** Revokes one session of the account; null when it has no such session. */
  revokeSession(accountId: string, sessionId: string, now: string): Promise<SessionRecord | null>;
  /** Revokes every live session of the account; returns their ids. */
  revokeAllSessions(accountId: string, now: string): Promise<string[]>;
}

export type AccountStore = AccountReads & AccountWrites;

export const accountStore: AreaMethods<AccountStore> = {
  createAccount(a: AccountRecord, s: NewSession, first: { slotId: string; content: SlotContent } | null) {
    return this.write(async (db) => {
      await insertAccount(this.engine, db, a);
      await insertSession(this.engine, db, a.id, s, a.createdAt);
      if (!first) return null;
      await insertSlot(this.engine, db, a.id, first.slotId, first.content, a.createdAt);
      return slot((await slotRow(this.engine, db, a.id, first.slotId))!);
    });
  },

  async getAccount(accountId: string) {
    const row = await this.read.selectFrom("accounts").selectAll().where("id", "=", accountId).executeTakeFirst();
    return row ? account(row) : null;
  },

  async listSlotSummaries(accountId: string): Promise<SlotSummaryRecord[]> {
    return (await headVersion(this.read).where("s.account_id", "=", accountId).orderBy("s.slot_id").execute()).map(slotSummary);
  },

  async findSession(tokenHash: Buffer) {
    const row = (await hot.session(this.engine, this.read, { tokenHash })).rows[0];
    return row ? sessionWithAccount(row) : null;
  },

  async findSessionWithSlot(tokenHash: Buffer, slotId: string) {
    const row = (await hot.sessionWithSlot(this.engine, this.read, { tokenHash, slotId })).rows[0];
    if (!row) return null;
    // A left join's columns are all null (no such slot) or all there.
    const held = row.v_slot_id === null ? null : slot({
      slot_id: row.v_slot_id, version: row.v_version, created_at: row.v_created_at, updated_at: row.v_updated_at, data: row.v_data, slot_info: row.v_slot_info,
      checksum: row.v_checksum, data_bytes: row.v_data_bytes, slot_info_bytes: row.v_slot_info_bytes,
    } as SlotRow);
    return { ...sessionWithAccount(row), slot: held };
  },

  touchSession(sessionId: string, now: string) {
    return this.write(async (db) => void (await db.updateTable("account_sessions").set({ last_used_at: now }).where("id", "=", sessionId).execute()));
  },

  setDisplayName(accountId: string, displayName: string, now: string) {
    return this.write(async (db) => void (await db.updateTable("accounts").set({ display_name: displayName, updated_at: now }).where("id", "=", accountId).execute()));
  },

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
      await revokeOpenCodes(this.engine, db, accountId, now);
      return true;
    });
  },

  async findAccountsByPlayerRef(environmentId: string, playerRef: string, limit: number, cursor: string | null, options: { withErased?: boolean } = {}) {
    let query = this.read.selectFrom("accounts").selectAll().where("environment_id", "=", environmentId).where("player_ref", "=", playerRef);
    if (!options.withErased) query = query.where("erased_at", "is", null);
    return (await query.where("id", ">", cursor ?? "").orderBy("id").limit(limit).execute()).map(account);
  },

  async listSlots(accountId: string): Promise<SlotRecord[]> {
    return (await headVersion(this.read).select("v.data").where("s.account_id", "=", accountId).orderBy("s.slot_id").execute()).map(slot);
  },

  importAccount(a: AccountRecord, sourceId: string | null, slots: Array<{ slotId: string; content: SlotContent }>) {
    return this.write(async (db): Promise<ImportOutcome> => {
      if (sourceId !== null) {
        const existing = await db.selectFrom("accounts").select("id").where("environment_id", "=", a.environmentId).where("import_source_id", "=", sourceId).executeTakeFirst();
        if (existing) return { kind: "exists", accountId: existing.id };
      }
      await insertAccount(this.engine, db, a, sourceId);
      for (const s of slots) await insertSlot(this.engine, db, a.id, s.slotId, s.content, a.createdAt);
      return { kind: "created", accountId: a.id };
    });
  },

  async storageBytes(workspaceId: string) {
    return (await hot.storageBytes(this.engine, this.read, { workspaceId })).rows[0]?.storage_bytes ?? 0;
  },

  createSession(accountId: string, s: NewSession, now: string): Promise<SessionRecord> {
    return this.write(async (db) => {
      await insertSession(this.engine, db, accountId, s, now);
      return session(await db.selectFrom("account_sessions").selectAll().where("id", "=", s.id).executeTakeFirstOrThrow());
    });
  },

  async listSessions(accountId: string) {
    return (await this.read.selectFrom("account_sessions").selectAll().where("account_id", "=", accountId).orderBy("created_at", "desc").orderBy("id").execute()).map(session);
  },

  revokeSession(accountId: string, sessionId: string, now: string) {
    return this.write(async (db) => {
      const row = await db.updateTable("account_sessions").set({ revoked_at: sql`COALESCE(revoked_at, ${now})` })
        .where("id", "=", sessionId).where("account_id", "=", accountId).returningAll().executeTakeFirst();
      if (!row) return null;
      // The codes this session could have minted: its own, and those of unknown origin.
      await revokeOpenCodes(this.engine, db, accountId, now, sessionId);
      return session(row);
    });
  },

  revokeAllSessions(accountId: string, now: string) {
    return this.write(async (db) => {
      const ids = (await db.updateTable("account_sessions").set({ revoked_at: now }).where("account_id", "=", accountId).where("revoked_at", "is", null)
        .returning("id").execute()).map((r) => r.id);
      await revokeOpenCodes(this.engine, db, accountId, now);
      return ids;
    });
  },

  async credentialState(keyId: string, sessionId: string) {
    const row = await this.read.selectFrom("account_sessions as s").innerJoin("accounts as a", "a.id", "s.account_id")
      .innerJoin("api_keys as k", (join) => join.on("k.id", "=", keyId))
      .select(["k.revoked_at as key_revoked_at", "s.revoked_at as session_revoked_at", "a.erased_at"])
      .where("s.id", "=", sessionId).executeTakeFirst();
    return row ? { keyRevoked: row.key_revoked_at !== null, sessionRevoked: row.session_revoked_at !== null, accountErased: row.erased_at !== null } : null;
  },

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
  },
};

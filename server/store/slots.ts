// The store's area for save slots: each slot's head version and its history. A write advances the head
// with a conditional update, which is the concurrency control: it only moves on from the version it read.
import { slot, slotSummary } from "./rows.js";
import { advanceSlot, anyVersion, changed, hot, insertSlot, lockSlot, slotRow, touchAccount } from "./statements.js";
import type { CreateSlotOutcome, SlotContent, SlotRecord, SlotSummaryRecord, WriteSlotOutcome } from "./types.js";
import { inTransactionOnly, type AreaMethods } from "./context.js";

export interface SlotReads {
  getSlot(accountId: string, slotId: string): Promise<SlotRecord | null>;
  /** The head version without its data (a sync compares against it and never needs the bytes). */
  getSlotHead(accountId: string, slotId: string): Promise<SlotSummaryRecord | null>;
  getSlotVersion(accountId: string, slotId: string, version: number): Promise<SlotRecord | null>;
  /** The current version and the versions created at or after `since`, newest first. */
  listSlotVersions(accountId: string, slotId: string, since: string): Promise<SlotRecord[]>;
}

/** Changes and locks: only on the store a transaction hands out (Store.transaction). */
export interface SlotWrites {
  createSlot(accountId: string, slotId: string, content: SlotContent, maxSlots: number, now: string): Promise<CreateSlotOutcome>;
  /** getSlotHead, with storageBytes(workspaceId) read by the same statement (a sync checks both). */
  /**
   * The head (as getSlotHead) and storageBytes(workspaceId), read by one statement: what a sync checks.
   * `lock` holds the slot until the transaction ends (PostgreSQL; SQLite's writer holds the database
   * already), for a forced write that must land on this head.
   */
  getSlotHeadAndStorage(accountId: string, slotId: string, lock: boolean, workspaceId: string): Promise<{ head: SlotSummaryRecord | null; storageBytes: number }>;
  /** Deletes versions of the workspace's slots created before `before`, never a slot's current one. */
  pruneSlotVersions(workspaceId: string, before: string): Promise<number>;
  /**
   * Writes a new version when the slot is at `expectedVersion` (any version when null), atomically.
   * `head`: what getSlotHead answered earlier in the same transaction (locked for a forced write), so it
   * is not read twice; only in a transaction (outside one it is refused: it could be stale).
   */
  writeSlot(accountId: string, slotId: string, expectedVersion: number | null, content: SlotContent, now: string, head?: SlotSummaryRecord): Promise<WriteSlotOutcome>;
}

export type SlotStore = SlotReads & SlotWrites;

export const slotStore: AreaMethods<SlotStore> = {
  createSlot(accountId: string, slotId: string, content: SlotContent, maxSlots: number, now: string): Promise<CreateSlotOutcome> {
    return this.write(async (db) => {
      // The account row is the lock that makes "count, then insert" safe against a concurrent create.
      await this.lock(db, "accounts", accountId);
      const existing = await slotRow(this.engine, db, accountId, slotId);
      if (existing) return { kind: "exists", current: slotSummary(existing) };
      const { n } = await db.selectFrom("slots").select((eb) => eb.fn.countAll<number>().as("n")).where("account_id", "=", accountId).executeTakeFirstOrThrow();
      if (Number(n) >= maxSlots) return { kind: "limit", limit: maxSlots };
      await insertSlot(this.engine, db, accountId, slotId, content, now);
      await touchAccount(this.engine, db, accountId, now);
      return { kind: "created", slot: slot((await slotRow(this.engine, db, accountId, slotId))!) };
    });
  },

  async getSlot(accountId: string, slotId: string) {
    const row = await slotRow(this.engine, this.read, accountId, slotId);
    return row ? slot(row) : null;
  },

  async getSlotHead(accountId: string, slotId: string) {
    const row = (await hot.slotHead(this.engine, this.read, { accountId, slotId })).rows[0];
    return row ? slotSummary(row) : null;
  },

  async getSlotHeadAndStorage(accountId: string, slotId: string, lock: boolean, workspaceId: string) {
    inTransactionOnly(this, "a slot head read for a sync");
    if (lock) await lockSlot(this.engine, this.read, accountId, slotId);
    const row = (await hot.slotHeadAndStorage(this.engine, this.read, { accountId, slotId, workspaceId })).rows[0];
    return { head: row ? slotSummary(row) : null, storageBytes: Number(row?.storage_bytes ?? 0) };
  },

  async getSlotVersion(accountId: string, slotId: string, version: number) {
    const row = await anyVersion(this.read).where("v.account_id", "=", accountId).where("v.slot_id", "=", slotId).where("v.version", "=", version).executeTakeFirst();
    return row ? slot(row) : null;
  },

  async listSlotVersions(accountId: string, slotId: string, since: string) {
    return (await anyVersion(this.read).where("v.account_id", "=", accountId).where("v.slot_id", "=", slotId)
      .where((eb) => eb.or([eb("v.version", "=", eb.ref("s.version")), eb("v.created_at", ">=", since)]))
      .orderBy("v.version", "desc").execute()).map(slot);
  },

  pruneSlotVersions(workspaceId: string, before: string) {
    return this.write(async (db) =>
      changed(await db.deleteFrom("slot_versions").where("created_at", "<", before)
        .where("account_id", "in", (eb) => eb.selectFrom("accounts").select("id")
          .where("environment_id", "in", eb.selectFrom("environments").select("id").where("workspace_id", "=", workspaceId)))
        .where("version", "<", (eb) => eb.selectFrom("slots as s").select("s.version")
          .whereRef("s.account_id", "=", "slot_versions.account_id").whereRef("s.slot_id", "=", "slot_versions.slot_id"))
        .executeTakeFirst()));
  },

  writeSlot(accountId: string, slotId: string, expected: number | null, content: SlotContent, now: string, head?: SlotSummaryRecord): Promise<WriteSlotOutcome> {
    return this.write(async (db) => {
      let current = head;
      if (!current) {
        // A forced write overwrites whatever is there: on PostgreSQL, another writer must not move the head
        // between this read and the update.
        if (expected === null) await lockSlot(this.engine, db, accountId, slotId);
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
      if (!(await advanceSlot(this.engine, db, accountId, slotId, from, content, now))) return { kind: "stale", current: slot((await slotRow(this.engine, db, accountId, slotId))!) };
      // The new head is what was just written: no need to read it back.
      return { kind: "written", slot: { ...content, slotId, version: from + 1, createdAt: current.createdAt, updatedAt: now } };
    });
  },
};

// The store's area for transfer codes: one-time codes that move an account to another device.
import { sql } from "kysely";
import { transferCode } from "./rows.js";
import { changed, insertSession } from "./statements.js";
import type { NewSession, TransferCodeRecord } from "./types.js";
import type { AreaMethods } from "./context.js";

export interface TransferCodeReads {
  findTransferCode(environmentId: string, locator: string): Promise<TransferCodeRecord | null>;
}

/** Changes and locks: only on the store a transaction hands out (Store.transaction). */
export interface TransferCodeWrites {
  /**
   * Inserts the code unless its locator is held by another code of the environment that expired
   * after `reusableBefore`; false on such a collision (the caller draws a new code).
   */
  insertTransferCode(code: TransferCodeRecord, reusableBefore: string): Promise<boolean>;
  /** Counts a wrong guess against a live code; returns the new count. */
  recordTransferCodeFailure(environmentId: string, locator: string): Promise<number>;
  /** Marks the code consumed and creates the session in one transaction; false when it was consumed meanwhile. */
  consumeTransferCode(environmentId: string, locator: string, session: NewSession & { accountId: string }, now: string): Promise<boolean>;
}

export type TransferCodeStore = TransferCodeReads & TransferCodeWrites;

export const transferCodeStore: AreaMethods<TransferCodeStore> = {
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
  },

  async findTransferCode(environmentId: string, locator: string) {
    const row = await this.read.selectFrom("transfer_codes").selectAll().where("environment_id", "=", environmentId).where("locator", "=", locator).executeTakeFirst();
    return row ? transferCode(row) : null;
  },

  recordTransferCodeFailure(environmentId: string, locator: string) {
    return this.write(async (db) =>
      (await db.updateTable("transfer_codes").set({ failed_attempts: sql`failed_attempts + 1` })
        .where("environment_id", "=", environmentId).where("locator", "=", locator).returning("failed_attempts").executeTakeFirstOrThrow()).failed_attempts);
  },

  consumeTransferCode(environmentId: string, locator: string, s: NewSession & { accountId: string }, now: string) {
    return this.write(async (db) => {
      const consumed = await db.updateTable("transfer_codes").set({ consumed_at: now })
        .where("environment_id", "=", environmentId).where("locator", "=", locator).where("consumed_at", "is", null).where("revoked_at", "is", null)
        .executeTakeFirst();
      if (changed(consumed) === 0) return false;
      await insertSession(this.engine, db, s.accountId, s, now);
      return true;
    });
  },
};

// The store's area for idempotency records: a mutation's sealed answer under its key, until it expires.
import { changed, hot } from "./statements.js";
import type { IdempotencyRecord } from "./types.js";
import type { AreaMethods } from "./context.js";

export interface IdempotencyReads {
  findIdempotencyRecord(keyHash: Buffer, now: string): Promise<IdempotencyRecord | null>;
}

/** Changes and locks: only on the store a transaction hands out (Store.transaction). */
export interface IdempotencyWrites {
  /** Saves the record unless a live one holds the key; false then. */
  saveIdempotencyRecord(record: IdempotencyRecord, now: string): Promise<boolean>;
  pruneIdempotencyRecords(now: string): Promise<number>;
}

export type IdempotencyStore = IdempotencyReads & IdempotencyWrites;

export const idempotencyStore: AreaMethods<IdempotencyStore> = {
  async findIdempotencyRecord(keyHash: Buffer, now: string): Promise<IdempotencyRecord | null> {
    const r = (await hot.idempotencyRecord(this.engine, this.read, { keyHash, now })).rows[0];
    return r ? { keyHash: r.key_hash, fingerprint: r.fingerprint, status: r.status, sealed: r.sealed, createdAt: r.created_at, expiresAt: r.expires_at } : null;
  },

  saveIdempotencyRecord(record: IdempotencyRecord, now: string) {
    return this.write(async (db) => {
      const { keyHash, fingerprint, status, sealed, createdAt, expiresAt } = record;
      return changed(await hot.saveIdempotencyRecord(this.engine, db, { keyHash, fingerprint, status, sealed, createdAt, expiresAt, now })) === 1;
    });
  },

  pruneIdempotencyRecords(now: string) {
    return this.write(async (db) => changed(await db.deleteFrom("idempotency_records").where("expires_at", "<=", now).executeTakeFirst()));
  },
};

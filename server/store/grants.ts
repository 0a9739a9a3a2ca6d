// The store's statements for grants: rewards issued to an account, waiting to be claimed. A pending
// grant past its `expires_at` reads as expired; nothing rewrites it.
import { prepared, type Param } from "./prepared.js";
import type { Row } from "./rows.js";
import type { GrantRecord } from "./types.js";
import type { AreaMethods } from "./context.js";

/** Grants. Writers hold the account's lock. */
export interface GrantReads {
  getGrant(environmentId: string, grantId: string): Promise<GrantRecord | null>;
  grantByExternalRef(environmentId: string, externalRef: string): Promise<GrantRecord | null>;
  listGrants(accountId: string, filter: { status?: "pending" | "claimed" | "expired" | "revoked"; now: string; limit: number }): Promise<GrantRecord[]>;
  /** Pending, unexpired grants whose last claim failed, newest first, with the account's playerRef. */
  stuckGrants(environmentId: string, now: string, limit: number): Promise<Array<{ grant: GrantRecord; playerRef: string | null }>>;
}

/** Changes and locks: only on the store a transaction hands out (Store.transaction). */
export interface GrantWrites {
  insertGrant(grant: GrantRecord): Promise<void>;
  updateGrant(grantId: string, change: Partial<Pick<GrantRecord, "status" | "lastError" | "claimedAt" | "revokedAt" | "entryId">>): Promise<void>;
}

export type GrantStore = GrantReads & GrantWrites;

export const grantStore: AreaMethods<GrantStore> = {
  insertGrant(grant) {
    return this.write(async (db) => {
      await db.insertInto("grants").values({
        id: grant.id, environment_id: grant.environmentId, account_id: grant.accountId, rewards: JSON.stringify(grant.rewards), reason: grant.reason, source: grant.source,
        status: grant.status, expires_at: grant.expiresAt, external_ref: grant.externalRef, last_error: null, created_at: grant.createdAt,
        claimed_at: null, revoked_at: null, entry_id: null,
      }).execute();
    });
  },
  async getGrant(environmentId, grantId) {
    const row = (await byId(this.engine, this.read, { environmentId, grantId })).rows[0];
    return row ? grant(row) : null;
  },
  async grantByExternalRef(environmentId, externalRef) {
    const row = await this.read.selectFrom("grants").selectAll().where("environment_id", "=", environmentId).where("external_ref", "=", externalRef).executeTakeFirst();
    return row ? grant(row) : null;
  },
  async listGrants(accountId, filter) {
    let query = this.read.selectFrom("grants").selectAll().where("account_id", "=", accountId);
    const { status, now } = filter;
    if (status === "pending") query = query.where("status", "=", "pending").where((eb) => eb.or([eb("expires_at", "is", null), eb("expires_at", ">", now)]));
    else if (status === "expired") query = query.where("status", "=", "pending").where("expires_at", "<=", now);
    else if (status) query = query.where("status", "=", status);
    return (await query.orderBy("created_at", "desc").orderBy("id", "desc").limit(filter.limit).execute()).map(grant);
  },
  updateGrant(grantId, change) {
    return this.write(async (db) => {
      await db.updateTable("grants").set({
        ...(change.status !== undefined ? { status: change.status } : {}),
        ...(change.lastError !== undefined ? { last_error: change.lastError === null ? null : JSON.stringify(change.lastError) } : {}),
        ...(change.claimedAt !== undefined ? { claimed_at: change.claimedAt } : {}),
        ...(change.revokedAt !== undefined ? { revoked_at: change.revokedAt } : {}),
        ...(change.entryId !== undefined ? { entry_id: change.entryId } : {}),
      }).where("id", "=", grantId).execute();
    });
  },
  /** Pending grants of an environment whose last claim failed and that have not expired, newest first, with the account's playerRef. */
  async stuckGrants(environmentId, now, limit) {
    const rows = await this.read.selectFrom("grants as g").innerJoin("accounts as a", "a.id", "g.account_id").selectAll("g").select("a.player_ref")
      .where("g.environment_id", "=", environmentId).where("g.status", "=", "pending").where("g.last_error", "is not", null)
      .where((eb) => eb.or([eb("g.expires_at", "is", null), eb("g.expires_at", ">", now)]))
      .orderBy("g.created_at", "desc").orderBy("g.id", "desc").limit(limit).execute();
    return rows.map((r) => ({ grant: grant(r), playerRef: (r.player_ref as string | null) ?? null }));
  },
};

const grant = (r: Row<"grants">): GrantRecord => ({
  id: r.id, environmentId: r.environment_id, accountId: r.account_id, rewards: JSON.parse(r.rewards), reason: r.reason, source: r.source,
  status: r.status, expiresAt: r.expires_at, externalRef: r.external_ref, lastError: r.last_error === null ? null : JSON.parse(r.last_error),
  createdAt: r.created_at, claimedAt: r.claimed_at, revokedAt: r.revoked_at, entryId: r.entry_id,
});

// Every claim reads its grant: built and compiled once (store/prepared.ts).
const byId = prepared((db, p: Param<{ environmentId: string; grantId: string }>) =>
  db.selectFrom("grants").selectAll().where("environment_id", "=", p("environmentId")).where("id", "=", p("grantId")));

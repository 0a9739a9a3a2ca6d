// The store's statements for operators: members, their studio memberships and cookie sessions, and the
// audit log. The log is append-only: there is an insert and a query here, and nothing else touches it.
import { sql } from "kysely";
import { workspace, type Row } from "./rows.js";
import type { AuditEntry, AuditQuery, AuditRecord, MemberRecord, MemberRole, MembershipRecord, MemberSessionRecord, NewMemberSession, TransferCodeRecord, WorkspaceRecord } from "./types.js";
import type { AreaMethods, Db } from "./context.js";

/** Operators (members of studios), their sessions, and the audit log (append-only: no update or delete). */
export interface OperatorReads {
  findMemberByEmail(email: string): Promise<{ member: MemberRecord; passwordHash: string } | null>;
  /** The pending membership an invitation code's hash names, and its member's password hash ("" before they chose one). */
  findInvitation(invitationHash: Buffer): Promise<{ membership: MembershipRecord; passwordHash: string } | null>;
  /** Adds the member to the studio; false when they are in it already. */
  findMembership(workspaceId: string, memberId: string): Promise<MembershipRecord | null>;
  listMemberships(workspaceId: string): Promise<MembershipRecord[]>;
  /** The studios whose membership the member accepted. */
  /** The studios a member belongs to, with the member's role in each. */
  memberStudios(memberId: string): Promise<Array<{ workspace: WorkspaceRecord; role: MemberRole }>>;
  findMemberSession(tokenHash: Buffer): Promise<{ session: MemberSessionRecord; member: MemberRecord } | null>;
  /** A session by its id (an open operator stream re-checks its session with it). */
  memberSessionById(sessionId: string): Promise<MemberSessionRecord | null>;
  /** Entries matching the query, newest first. */
  listAudit(query: AuditQuery): Promise<AuditRecord[]>;
  /** The account's transfer codes, newest first (state only: the verifier is not returned). */
  listTransferCodes(accountId: string): Promise<Array<Omit<TransferCodeRecord, "verifierHash">>>;
}

/** Changes and locks: only on the store a transaction hands out (Store.transaction). */
export interface OperatorWrites {
  /** Creates the member; false when the email is taken. */
  createMember(member: MemberRecord, passwordHash: string): Promise<boolean>;
  /** Adds a membership, active at once, or with an invitation's hash waiting for acceptInvitation; false when one exists. */
  addMembership(workspaceId: string, memberId: string, role: MemberRole, now: string, invitationHash?: Buffer | null): Promise<boolean>;
  /** Accepts a pending membership once (false when it is not pending), setting a first password if given. */
  acceptInvitation(workspaceId: string, memberId: string, now: string, firstPasswordHash: string | null): Promise<boolean>;
  removeMembership(workspaceId: string, memberId: string): Promise<boolean>;
  setMembershipRole(workspaceId: string, memberId: string, role: MemberRole): Promise<boolean>;
  createMemberSession(session: NewMemberSession): Promise<void>;
  touchMemberSession(sessionId: string, now: string): Promise<void>;
  revokeMemberSession(sessionId: string, now: string): Promise<void>;
  /** Revokes every live session of the member; returns how many. */
  revokeMemberSessions(memberId: string, now: string): Promise<number>;
  appendAudit(entry: AuditEntry): Promise<void>;
}

export type OperatorStore = OperatorReads & OperatorWrites;

export const operatorStore: AreaMethods<OperatorStore> = {
  createMember(m, passwordHash) {
    return this.write(async (db) => {
      const inserted = await db.insertInto("members").values({ id: m.id, email: m.email, password_hash: passwordHash, created_at: m.createdAt })
        .onConflict((oc) => oc.column("email").doNothing()).executeTakeFirst();
      return Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1;
    });
  },
  async findMemberByEmail(email) {
    const row = await this.read.selectFrom("members").selectAll().where("email", "=", email).executeTakeFirst();
    return row ? { member: member(row), passwordHash: row.password_hash } : null;
  },
  addMembership(workspaceId, memberId, role, now, invitationHash = null) {
    return this.write(async (db) => {
      const values = { workspace_id: workspaceId, member_id: memberId, role, created_at: now, accepted_at: invitationHash ? null : now, invitation_hash: invitationHash };
      const inserted = await db.insertInto("memberships").values(values)
        .onConflict((oc) => oc.columns(["workspace_id", "member_id"]).doNothing()).executeTakeFirst();
      return Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1;
    });
  },
  /** The pending membership an invitation code's hash names, with its member's password hash ("" before they chose one). */
  async findInvitation(invitationHash) {
    const row = await memberships(this.read).select("m.password_hash").where("ms.invitation_hash", "=", invitationHash).where("ms.accepted_at", "is", null).executeTakeFirst();
    return row ? { membership: membership(row), passwordHash: row.password_hash } : null;
  },
  /** Accepts a pending membership (once: a second acceptance finds none), setting the member's first password if given. */
  acceptInvitation(workspaceId, memberId, now, firstPasswordHash) {
    return this.write(async (db) => {
      const accepted = await db.updateTable("memberships").set({ accepted_at: now, invitation_hash: null })
        .where("workspace_id", "=", workspaceId).where("member_id", "=", memberId).where("accepted_at", "is", null).executeTakeFirst();
      if (Number(accepted.numUpdatedRows) !== 1) return false;
      if (firstPasswordHash) await db.updateTable("members").set({ password_hash: firstPasswordHash }).where("id", "=", memberId).where("password_hash", "=", "").execute();
      return true;
    });
  },
  async findMembership(workspaceId, memberId) {
    const row = await memberships(this.read).where("ms.workspace_id", "=", workspaceId).where("ms.member_id", "=", memberId).executeTakeFirst();
    return row ? membership(row) : null;
  },
  async listMemberships(workspaceId) {
    return (await memberships(this.read).where("ms.workspace_id", "=", workspaceId).orderBy("ms.created_at").orderBy("m.email").execute()).map(membership);
  },
  async memberStudios(memberId) {
    const rows = await this.read.selectFrom("memberships as ms").innerJoin("workspaces as w", "w.id", "ms.workspace_id")
      .selectAll("w").select("ms.role").where("ms.member_id", "=", memberId).where("ms.accepted_at", "is not", null).orderBy("w.created_at").orderBy("w.name").execute();
    return rows.map((r) => ({ workspace: workspace(r), role: r.role }));
  },
  removeMembership(workspaceId, memberId) {
    return this.write(async (db) => {
      const deleted = await db.deleteFrom("memberships").where("workspace_id", "=", workspaceId).where("member_id", "=", memberId).executeTakeFirst();
      return Number(deleted.numDeletedRows) === 1;
    });
  },
  setMembershipRole(workspaceId, memberId, role) {
    return this.write(async (db) => {
      const updated = await db.updateTable("memberships").set({ role }).where("workspace_id", "=", workspaceId).where("member_id", "=", memberId).executeTakeFirst();
      return Number(updated.numUpdatedRows) === 1;
    });
  },
  createMemberSession(session) {
    return this.write(async (db) => {
      await db.insertInto("member_sessions").values({
        id: session.id, member_id: session.memberId, token_hash: session.tokenHash, created_at: session.createdAt, last_used_at: session.createdAt, expires_at: session.expiresAt,
      }).execute();
    });
  },
  async findMemberSession(tokenHash) {
    const row = await this.read.selectFrom("member_sessions as s").innerJoin("members as m", "m.id", "s.member_id")
      .selectAll("s").select(["m.email", "m.created_at as m_created_at"]).where("s.token_hash", "=", tokenHash).executeTakeFirst();
    if (!row) return null;
    return { session: memberSession(row), member: member({ id: row.member_id, email: row.email, created_at: row.m_created_at }) };
  },
  async memberSessionById(sessionId) {
    const row = await this.read.selectFrom("member_sessions").selectAll().where("id", "=", sessionId).executeTakeFirst();
    return row ? memberSession(row) : null;
  },
  touchMemberSession(sessionId, now) {
    return this.write(async (db) => {
      await db.updateTable("member_sessions").set({ last_used_at: now }).where("id", "=", sessionId).execute();
    });
  },
  async revokeMemberSession(sessionId, now) {
    return void (await this.write((db) => revokeMemberSessions(db, { id: sessionId }, now)));
  },
  revokeMemberSessions(memberId, now) {
    return this.write((db) => revokeMemberSessions(db, { memberId }, now));
  },
  appendAudit(entry) {
    return this.write(async (db) => {
      await db.insertInto("audit_log").values({
        workspace_id: entry.workspaceId, environment_id: entry.environmentId, at: entry.at, actor_kind: entry.actor.kind, actor_id: entry.actor.id, actor_label: entry.actor.label,
        action: entry.action, resource: entry.resource, before: json(entry.before), after: json(entry.after), reason: entry.reason, request_id: entry.requestId,
      }).execute();
    });
  },
  listAudit(query) {
    return listAudit(this.read, query);
  },
  async listTransferCodes(accountId) {
    const rows = await this.read.selectFrom("transfer_codes").select(["environment_id", "locator", "account_id", "created_at", "expires_at", "consumed_at", "failed_attempts", "session_id", "revoked_at"])
      .where("account_id", "=", accountId).orderBy("created_at", "desc").execute();
    return rows.map((r) => ({
      environmentId: r.environment_id, locator: r.locator, accountId: r.account_id, createdAt: r.created_at, expiresAt: r.expires_at,
      consumedAt: r.consumed_at, failedAttempts: r.failed_attempts, sessionId: r.session_id ?? null, revokedAt: r.revoked_at ?? null,
    }));
  },
};

const member = (r: Pick<Row<"members">, "id" | "email" | "created_at">): MemberRecord => ({ id: r.id, email: r.email, createdAt: r.created_at });
/** A membership with its member, as `memberships` below selects it. */
type MembershipRow = Pick<Row<"members">, "id" | "email" | "created_at"> & Pick<Row<"memberships">, "workspace_id" | "role" | "accepted_at"> & { joined_at: string };
const membership = (r: MembershipRow): MembershipRecord => ({
  ...member(r), workspaceId: r.workspace_id, role: r.role, joinedAt: r.joined_at, status: r.accepted_at === null ? "invited" : "active",
});
const memberSession = (r: Row<"member_sessions">): MemberSessionRecord => ({
  id: r.id, memberId: r.member_id, createdAt: r.created_at, lastUsedAt: r.last_used_at, expiresAt: r.expires_at, revokedAt: r.revoked_at ?? null,
});
const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));
const audit = (r: Row<"audit_log">): AuditRecord => ({
  seq: Number(r.seq), workspaceId: r.workspace_id, environmentId: r.environment_id, at: r.at,
  actor: { kind: r.actor_kind, id: r.actor_id, label: r.actor_label }, action: r.action, resource: r.resource,
  before: r.before === null ? null : JSON.parse(r.before), after: r.after === null ? null : JSON.parse(r.after),
  reason: r.reason, requestId: r.request_id,
});

const memberships = (db: Db) =>
  db.selectFrom("memberships as ms").innerJoin("members as m", "m.id", "ms.member_id")
    .select(["m.id", "m.email", "m.created_at", "ms.workspace_id", "ms.role", "ms.created_at as joined_at", "ms.accepted_at"]);

async function revokeMemberSessions(db: Db, where: { id: string } | { memberId: string }, now: string) {
  const result = await db.updateTable("member_sessions").set({ revoked_at: now })
    .where("id" in where ? "id" : "member_id", "=", "id" in where ? where.id : where.memberId).where("revoked_at", "is", null).executeTakeFirst();
  return Number(result.numUpdatedRows);
}

async function listAudit(db: Db, q: AuditQuery) {
  let query = db.selectFrom("audit_log").selectAll().where("workspace_id", "=", q.workspaceId);
  if (q.actorId) query = query.where("actor_id", "=", q.actorId);
  if (q.action) query = query.where("action", "=", q.action);
  if (q.resource) {
    const under = `${q.resource.replace(/[\\%_]/g, (c) => `\\${c}`)}/%`;
    query = query.where((eb) => eb.or([eb("resource", "=", q.resource!), eb("resource", "like", sql<string>`${under} ESCAPE '\\'`)]));
  }
  if (q.from) query = query.where("at", ">=", q.from);
  if (q.to) query = query.where("at", "<", q.to);
  if (q.before !== undefined) query = query.where("seq", "<", q.before);
  return (await query.orderBy("seq", "desc").limit(q.limit).execute()).map(audit);
}

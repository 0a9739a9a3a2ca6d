// The store's statements for lobbies (one row per lobby, one per member: an account is in at most one
// lobby, its primary key) and for the matches a matchmaker pushes.
import type { Row } from "./rows.js";
import type { LobbyMemberRecord, LobbyQuery, LobbyRecord, MatchRecord } from "./types.js";
import type { AreaMethods } from "./context.js";

/** Lobbies and matches. Writers hold the lobby's lock (lockName), then the account's. */
export interface LobbyReads {
  getLobby(environmentId: string, lobbyId: string): Promise<LobbyRecord | null>;
  lobbyByCode(environmentId: string, joinCode: string): Promise<LobbyRecord | null>;
  lobbiesWithRoom(environmentId: string, state: "open" | "forming", query: LobbyQuery): Promise<LobbyRecord[]>;
  lobbyMembers(lobbyId: string): Promise<LobbyMemberRecord[]>;
  membershipOf(accountId: string): Promise<LobbyMemberRecord | null>;
  silentMembers(before: string, limit: number): Promise<Array<{ accountId: string; lobbyId: string; environmentId: string }>>;
  anyLobbyMember(): Promise<boolean>;
  getMatch(environmentId: string, matchId: string): Promise<MatchRecord | null>;
  assignmentOf(accountId: string): Promise<{ match: MatchRecord; assignedAt: string } | null>;
}

/** Changes and locks: only on the store a transaction hands out (Store.transaction). */
export interface LobbyWrites {
  insertLobby(lobby: LobbyRecord): Promise<void>;
  updateLobby(lobby: LobbyRecord): Promise<void>;
  addLobbyMember(member: Omit<LobbyMemberRecord, "displayName">): Promise<void>;
  /** Whether the account was a member of that lobby (and now is not): a lobby's count moves only when a row went. */
  removeLobbyMember(accountId: string, lobbyId: string): Promise<boolean>;
  touchLobbyMember(accountId: string, at: string): Promise<void>;
  insertMatch(match: MatchRecord): Promise<void>;
  assignMatch(environmentId: string, accountId: string, matchId: string, at: string): Promise<void>;
  releaseMatch(environmentId: string, matchId: string, at: string): Promise<void>;
}

export type LobbyStore = LobbyReads & LobbyWrites;

export const lobbyStore: AreaMethods<LobbyStore> = {
  insertLobby(l) {
    return this.write(async (db) => {
      await db.insertInto("lobbies").values({
        id: l.id, environment_id: l.environmentId, visibility: l.visibility, mode: l.mode, region: l.region, quick_join: Number(l.quickJoin), created_at: l.createdAt, ...columns(l),
      }).execute();
    });
  },
  updateLobby(l) {
    return this.write(async (db) => {
      await db.updateTable("lobbies").set(columns(l)).where("id", "=", l.id).execute();
    });
  },
  async getLobby(environmentId, lobbyId) {
    const row = await this.read.selectFrom("lobbies").selectAll().where("environment_id", "=", environmentId).where("id", "=", lobbyId).executeTakeFirst();
    return row ? lobby(row) : null;
  },
  async lobbyByCode(environmentId, joinCode) {
    const row = await this.read.selectFrom("lobbies").selectAll().where("environment_id", "=", environmentId).where("join_code", "=", joinCode).executeTakeFirst();
    return row ? lobby(row) : null;
  },
  /** Public lobbies in `state` with room, oldest first. */
  async lobbiesWithRoom(environmentId, state, q) {
    let query = this.read.selectFrom("lobbies").selectAll().where("environment_id", "=", environmentId).where("state", "=", state).where("visibility", "=", "public")
      .whereRef("member_count", "<", "max_players");
    if (q.mode !== undefined) query = query.where("mode", "=", q.mode);
    if (q.region !== undefined) query = q.region === null ? query.where("region", "is", null) : query.where("region", "=", q.region);
    if (q.maxPlayers !== undefined) query = query.where("max_players", "=", q.maxPlayers);
    if (q.after) {
      const { createdAt, id } = q.after;
      query = query.where((eb) => eb.or([eb("created_at", ">", createdAt), eb.and([eb("created_at", "=", createdAt), eb("id", ">", id)])]));
    }
    return (await query.orderBy("created_at").orderBy("id").limit(q.limit).execute()).map(lobby);
  },
  async lobbyMembers(lobbyId) {
    const rows = await this.read.selectFrom("lobby_members as m").innerJoin("accounts as a", "a.id", "m.account_id").selectAll("m").select("a.display_name")
      .where("m.lobby_id", "=", lobbyId).orderBy("m.join_order").execute();
    return rows.map(member);
  },
  async membershipOf(accountId) {
    const row = await this.read.selectFrom("lobby_members").selectAll().where("account_id", "=", accountId).executeTakeFirst();
    return row ? member(row) : null;
  },
  addLobbyMember(m) {
    return this.write(async (db) => {
      await db.insertInto("lobby_members").values({ account_id: m.accountId, lobby_id: m.lobbyId, public_id: m.publicId, joined_at: m.joinedAt, join_order: m.joinOrder, heartbeat_at: m.heartbeatAt }).execute();
    });
  },
  removeLobbyMember(accountId, lobbyId) {
    return this.write(async (db) => {
      const { numDeletedRows } = await db.deleteFrom("lobby_members").where("account_id", "=", accountId).where("lobby_id", "=", lobbyId).executeTakeFirst();
      return numDeletedRows > 0n;
    });
  },
  touchLobbyMember(accountId, at) {
    return this.write(async (db) => {
      await db.updateTable("lobby_members").set({ heartbeat_at: at }).where("account_id", "=", accountId).execute();
    });
  },
  /** Members whose last heartbeat is older than `before`, with their lobby's environment. */
  async silentMembers(before, limit) {
    const rows = await this.read.selectFrom("lobby_members as m").innerJoin("lobbies as l", "l.id", "m.lobby_id").select(["m.account_id", "m.lobby_id", "l.environment_id"])
      .where("m.heartbeat_at", "<", before).orderBy("m.heartbeat_at").limit(limit).execute();
    return rows.map((r) => ({ accountId: r.account_id, lobbyId: r.lobby_id, environmentId: r.environment_id }));
  },
  async anyLobbyMember() {
    return Boolean(await this.read.selectFrom("lobby_members").select("account_id").limit(1).executeTakeFirst());
  },
  insertMatch(m) {
    return this.write(async (db) => {
      await db.insertInto("matches").values({
        environment_id: m.environmentId, match_id: m.matchId, account_ids: JSON.stringify(m.accountIds), connection: JSON.stringify(m.connection), lobby_id: m.lobbyId,
        expires_at: m.expiresAt, assigned: JSON.stringify(m.assigned), failures: JSON.stringify(m.failures), created_at: m.createdAt, released_at: m.releasedAt,
      }).execute();
    });
  },
  async getMatch(environmentId, matchId) {
    const row = await this.read.selectFrom("matches").selectAll().where("environment_id", "=", environmentId).where("match_id", "=", matchId).executeTakeFirst();
    return row ? match(row) : null;
  },
  assignMatch(environmentId, accountId, matchId, at) {
    return this.write(async (db) => {
      await db.insertInto("match_assignments").values({ account_id: accountId, environment_id: environmentId, match_id: matchId, assigned_at: at })
        .onConflict((oc) => oc.column("account_id").doUpdateSet({ match_id: matchId, assigned_at: at, environment_id: environmentId })).execute();
    });
  },
  async assignmentOf(accountId) {
    const row = await this.read.selectFrom("match_assignments as a").innerJoin("matches as m", (j) => j.onRef("m.environment_id", "=", "a.environment_id").onRef("m.match_id", "=", "a.match_id"))
      .selectAll("m").select("a.assigned_at").where("a.account_id", "=", accountId).executeTakeFirst();
    return row ? { match: match(row), assignedAt: row.assigned_at as string } : null;
  },
  releaseMatch(environmentId, matchId, at) {
    return this.write(async (db) => {
      await db.updateTable("matches").set({ released_at: at }).where("environment_id", "=", environmentId).where("match_id", "=", matchId).where("released_at", "is", null).execute();
      await db.deleteFrom("match_assignments").where("environment_id", "=", environmentId).where("match_id", "=", matchId).execute();
    });
  },
};

const lobby = (r: Row<"lobbies">): LobbyRecord => ({
  id: r.id, environmentId: r.environment_id, state: r.state, visibility: r.visibility, mode: r.mode, region: r.region, maxPlayers: Number(r.max_players),
  minPlayers: Number(r.min_players), quickJoin: Boolean(r.quick_join), joinCode: r.join_code, attributes: JSON.parse(r.attributes), version: Number(r.version),
  memberCount: Number(r.member_count), createdAt: r.created_at, updatedAt: r.updated_at, closedAt: r.closed_at,
});

const member = (r: Row<"lobby_members"> & { display_name?: string | null }): LobbyMemberRecord => ({
  accountId: r.account_id, lobbyId: r.lobby_id, publicId: r.public_id, displayName: r.display_name ?? null, joinedAt: r.joined_at, joinOrder: Number(r.join_order), heartbeatAt: r.heartbeat_at,
});

const match = (r: Row<"matches">): MatchRecord => ({
  environmentId: r.environment_id, matchId: r.match_id, accountIds: JSON.parse(r.account_ids), connection: JSON.parse(r.connection), lobbyId: r.lobby_id,
  expiresAt: r.expires_at, assigned: JSON.parse(r.assigned), failures: JSON.parse(r.failures), createdAt: r.created_at, releasedAt: r.released_at,
});

const columns = (l: LobbyRecord) => ({
  state: l.state, max_players: l.maxPlayers, min_players: l.minPlayers, join_code: l.joinCode, attributes: JSON.stringify(l.attributes), version: l.version,
  member_count: l.memberCount, updated_at: l.updatedAt, closed_at: l.closedAt,
});

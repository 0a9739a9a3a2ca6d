// Lobbies (DESIGN §8): players find each other. States forming → open → locked | in_game → closed.
// A player is in at most one lobby. Every change holds the lobby's lock, then the account's (one order,
// no deadlock), bumps the lobby's version and is announced on each member's account stream once it
// commits. Quick-join holds the lock of its queue (mode, region, size), so concurrent quick-joins fill
// one lobby at a time and players asking together wait in the same one.
import { ApiError, forbidden, invalidRequest, notFound } from "./errors.js";
import type { AppDeps, Deps, TxDeps } from "./context.js";
import type { AccountRecord, LobbyMemberRecord, LobbyRecord, LobbyState } from "../store/types.js";

type LobbyDeps = Pick<Deps, "store" | "now" | "events" | "settings" | "random">;
type LobbyTx = Pick<TxDeps, keyof LobbyDeps>;

const ATTRIBUTES_MAX_BYTES = 4096;
const RETRY_AFTER_SECONDS = 2;
// Six characters a player can read out and type: no 0, 1, I or O.
const CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
const CODE_LENGTH = 6;

const lockLobby = (deps: Pick<TxDeps, "store">, lobbyId: string) => deps.store.lockName(`lobby:${lobbyId}`);

/** A lobby as its members see it: members oldest first, the oldest the host. */
export function describeLobby(lobby: LobbyRecord, members: LobbyMemberRecord[]) {
  return {
    lobbyId: lobby.id, state: lobby.state, visibility: lobby.visibility, mode: lobby.mode, region: lobby.region, maxPlayers: lobby.maxPlayers, minPlayers: lobby.minPlayers,
    joinCode: lobby.joinCode, hostPublicId: members[0]?.publicId ?? null,
    members: members.map((m, i) => ({ publicId: m.publicId, displayName: m.displayName, host: i === 0, joinedAt: m.joinedAt })),
    attributes: lobby.attributes, version: lobby.version, createdAt: lobby.createdAt, updatedAt: lobby.updatedAt,
  };
}
export type LobbyView = ReturnType<typeof describeLobby>;

export const normaliseCode = (code: string) => code.toUpperCase().replace(/[^0-9A-Z]/g, "");

function checkAttributes(attributes: Record<string, unknown> | undefined) {
  const bytes = attributes === undefined ? 0 : Buffer.byteLength(JSON.stringify(attributes));
  if (bytes > ATTRIBUTES_MAX_BYTES) {
    throw new ApiError(413, "payload_too_large", `attributes are ${bytes} bytes as JSON; at most ${ATTRIBUTES_MAX_BYTES}`, { field: "attributes", limit: ATTRIBUTES_MAX_BYTES });
  }
}

async function lobbyIn(deps: Pick<Deps, "store">, environmentId: string, lobbyId: string) {
  const lobby = await deps.store.getLobby(environmentId, lobbyId);
  if (!lobby) throw notFound(`no lobby ${lobbyId}`, { lobbyId });
  return lobby;
}

const alreadyIn = (lobbyId: string) => new ApiError(409, "already_in_lobby", `you are in lobby ${lobbyId}; leave it first`, { lobbyId });
const closedTo = (lobby: LobbyRecord) => new ApiError(409, "lobby_closed", `lobby ${lobby.id} is ${lobby.state.replace("_", " ")}`, { lobbyId: lobby.id, state: lobby.state });

/** Writes the lobby's new state (one version more) and announces it to its members once committed. */
async function save(deps: LobbyTx, lobby: LobbyRecord, change: Partial<LobbyRecord>) {
  const next: LobbyRecord = { ...lobby, ...change, version: lobby.version + 1, updatedAt: deps.now().toISOString() };
  await deps.store.updateLobby(next);
  const members = await deps.store.lobbyMembers(lobby.id);
  const view = describeLobby(next, members);
  deps.store.afterCommit(() => {
    for (const m of members) deps.events.publish(m.accountId, "lobby_updated", { lobby: view });
  });
  return view;
}

async function newCode(deps: Pick<Deps, "store" | "random">, environmentId: string) {
  for (;;) {
    const code = Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[deps.random.int(CODE_ALPHABET.length)]).join("");
    if (!(await deps.store.lobbyByCode(environmentId, code))) return code;
  }
}

async function addMember(deps: LobbyTx, lobby: LobbyRecord, account: AccountRecord) {
  const now = deps.now().toISOString();
  await deps.store.addLobbyMember({ accountId: account.id, lobbyId: lobby.id, publicId: account.publicId, joinedAt: now, joinOrder: lobby.version + 1, heartbeatAt: now });
  const memberCount = lobby.memberCount + 1;
  const state: LobbyState = lobby.state === "forming" && memberCount >= lobby.minPlayers ? "open" : lobby.state;
  return save(deps, lobby, { memberCount, state });
}

async function createWith(deps: LobbyTx, account: AccountRecord, fields: Pick<LobbyRecord, "visibility" | "mode" | "region" | "maxPlayers" | "minPlayers" | "quickJoin" | "attributes">) {
  const now = deps.now().toISOString();
  const lobby: LobbyRecord = {
    id: `lby_${deps.random.bytes(10).toString("hex")}`, environmentId: account.environmentId, state: fields.minPlayers > 1 ? "forming" : "open", ...fields,
    joinCode: fields.visibility === "private" ? await newCode(deps, account.environmentId) : null, version: 0, memberCount: 0, createdAt: now, updatedAt: now, closedAt: null,
  };
  await deps.store.insertLobby(lobby);
  return addMember(deps, lobby, account);
}

export async function createLobby(deps: LobbyTx, account: AccountRecord, input: { maxPlayers: number; visibility: "public" | "private"; mode: string; region?: string; attributes?: Record<string, unknown> }) {
  checkAttributes(input.attributes);
  await deps.store.lockAccount(account.id);
  const current = await deps.store.membershipOf(account.id);
  if (current) throw alreadyIn(current.lobbyId);
  return createWith(deps, account, { visibility: input.visibility, mode: input.mode, region: input.region ?? null, maxPlayers: input.maxPlayers, minPlayers: 1, quickJoin: false, attributes: input.attributes ?? {} });
}

/** Joins a forming or open lobby with room; the lobby the player is in already answers unchanged. */
async function joinHeld(deps: LobbyTx, account: AccountRecord, lobby: LobbyRecord) {
  await deps.store.lockAccount(account.id);
  const current = await deps.store.membershipOf(account.id);
  if (current?.lobbyId === lobby.id) return describeLobby(lobby, await deps.store.lobbyMembers(lobby.id));
  if (current) throw alreadyIn(current.lobbyId);
  if (lobby.state !== "open" && lobby.state !== "forming") throw closedTo(lobby);
  if (lobby.memberCount >= lobby.maxPlayers) throw new ApiError(409, "lobby_full", `lobby ${lobby.id} has its ${lobby.maxPlayers} players`, { lobbyId: lobby.id, maxPlayers: lobby.maxPlayers });
  return addMember(deps, lobby, account);
}

/** Joins by id; a private lobby only with its code (`withCode`, once the code found it), or when the player is in it already. */
export async function joinLobby(deps: LobbyTx, account: AccountRecord, lobbyId: string, withCode = false) {
  await lockLobby(deps, lobbyId);
  const lobby = await lobbyIn(deps, account.environmentId, lobbyId);
  if (lobby.visibility === "private" && !withCode) {
    const current = await deps.store.membershipOf(account.id);
    if (current && current.lobbyId !== lobby.id) throw alreadyIn(current.lobbyId);
    if (!current) throw forbidden(`lobby ${lobby.id} is private: join it with its code (joinLobbyByCode)`);
  }
  return joinHeld(deps, account, lobby);
}

/** A private lobby by the code a member shared; a wrong code is counted against the key (the caller commits that count). */
export async function findByCode(deps: Pick<Deps, "store">, environmentId: string, code: string) {
  const normalised = normaliseCode(code);
  return normalised.length === CODE_LENGTH ? deps.store.lobbyByCode(environmentId, normalised) : null;
}

export type QuickJoin = { ready: true; lobby: LobbyView } | { ready: false; lobbyId: string; members: number; needed: number; retryAfterSeconds: number };

const forming = (lobby: LobbyRecord): QuickJoin =>
  ({ ready: false, lobbyId: lobby.id, members: lobby.memberCount, needed: lobby.minPlayers - lobby.memberCount, retryAfterSeconds: RETRY_AFTER_SECONDS });

/**
 * Joins the oldest open public lobby that fits, or takes a place in the forming lobby of this queue (a
 * new one if none): ready once the lobby has its minimum. Calling again answers the place it holds.
 */
export async function quickJoin(deps: LobbyTx, account: AccountRecord, input: { mode: string; region?: string; maxPlayers?: number }): Promise<QuickJoin> {
  const maxPlayers = input.maxPlayers ?? 4;
  const region = input.region ?? null;
  await deps.store.lockName(`quick-join:${account.environmentId}:${input.mode}:${region ?? ""}:${maxPlayers}`);
  // Locks in the one order (the lobby's, then the account's): membership is read first, and read again
  // under both; a player's other request may have moved it meanwhile, and then it is read once more.
  for (let current = await deps.store.membershipOf(account.id); current; ) {
    await lockLobby(deps, current.lobbyId);
    await deps.store.lockAccount(account.id);
    const now = await deps.store.membershipOf(account.id);
    if (now?.lobbyId !== current.lobbyId) {
      current = now;
      continue;
    }
    const lobby = (await deps.store.getLobby(account.environmentId, current.lobbyId))!;
    if (lobby.mode !== input.mode || lobby.region !== region || lobby.maxPlayers !== maxPlayers) throw alreadyIn(lobby.id);
    await deps.store.touchLobbyMember(account.id, deps.now().toISOString());
    return lobby.state === "forming" ? forming(lobby) : { ready: true, lobby: describeLobby(lobby, await deps.store.lobbyMembers(lobby.id)) };
  }
  const query = { mode: input.mode, region, maxPlayers, limit: 1 };
  // The queue's lock keeps other quick-joins out, but not a join by id: a lobby found with room may have
  // filled (or closed) by the time its lock is ours, so it is looked at again under the lock.
  for (let tries = 0; tries < 5; tries++) {
    const [open] = await deps.store.lobbiesWithRoom(account.environmentId, "open", query);
    const [waiting] = open ? [] : await deps.store.lobbiesWithRoom(account.environmentId, "forming", query);
    const found = open ?? waiting;
    if (!found) break;
    const view = await joinIfRoom(deps, account, found);
    if (view) return view.state === "forming" ? forming((await deps.store.getLobby(account.environmentId, view.lobbyId))!) : { ready: true, lobby: view };
  }
  await deps.store.lockAccount(account.id);
  const meanwhile = await deps.store.membershipOf(account.id);
  if (meanwhile) throw alreadyIn(meanwhile.lobbyId);
  const view = await createWith(deps, account, { visibility: "public", mode: input.mode, region, maxPlayers, minPlayers: maxPlayers, quickJoin: true, attributes: {} });
  return view.state === "forming" ? forming((await deps.store.getLobby(account.environmentId, view.lobbyId))!) : { ready: true, lobby: view };
}

/** Joins a lobby found by a query if, under its lock (held from here to the commit), it still has room; null if not. */
async function joinIfRoom(deps: LobbyTx, account: AccountRecord, found: LobbyRecord) {
  await lockLobby(deps, found.id);
  const lobby = (await deps.store.getLobby(account.environmentId, found.id))!;
  if ((lobby.state !== "open" && lobby.state !== "forming") || lobby.memberCount >= lobby.maxPlayers) return null;
  return joinHeld(deps, account, lobby);
}

/** A member's own lobby, under its lock; 403 for anyone else. */
async function asMember(deps: LobbyTx, account: AccountRecord, lobbyId: string) {
  await lockLobby(deps, lobbyId);
  const lobby = await lobbyIn(deps, account.environmentId, lobbyId);
  await deps.store.lockAccount(account.id);
  const membership = await deps.store.membershipOf(account.id);
  if (membership?.lobbyId !== lobby.id) throw forbidden(`you are not a member of lobby ${lobby.id}`);
  return lobby;
}

async function asHost(deps: LobbyTx, account: AccountRecord, lobbyId: string) {
  const lobby = await asMember(deps, account, lobbyId);
  const members = await deps.store.lobbyMembers(lobby.id);
  if (members[0]?.accountId !== account.id) {
    throw new ApiError(403, "not_host", "only the lobby's host may do this", { lobbyId: lobby.id, hostPublicId: members[0]?.publicId });
  }
  return lobby;
}

export async function getLobby(deps: LobbyDeps, account: AccountRecord, lobbyId: string) {
  const lobby = await lobbyIn(deps, account.environmentId, lobbyId);
  const members = await deps.store.lobbyMembers(lobby.id);
  if (!members.some((m) => m.accountId === account.id)) throw forbidden(`you are not a member of lobby ${lobby.id}`);
  return describeLobby(lobby, members);
}

/** Removes a member (leaving, dropped, erased): the oldest remaining becomes host, and the last one out closes the lobby. */
async function removeMember(deps: LobbyTx, lobby: LobbyRecord, accountId: string, reason: "left" | "dropped") {
  // The count follows the row: a member removed already (by a request that held the lock first) changes nothing.
  if (!(await deps.store.removeLobbyMember(accountId, lobby.id))) return describeLobby(lobby, await deps.store.lobbyMembers(lobby.id));
  if (reason === "dropped") deps.store.afterCommit(() => deps.events.publish(accountId, "lobby_closed", { lobbyId: lobby.id, reason: "dropped" }));
  const memberCount = lobby.memberCount - 1;
  if (memberCount > 0) return save(deps, lobby, { memberCount });
  const closed = await save(deps, lobby, { memberCount, state: "closed", joinCode: null, closedAt: deps.now().toISOString() });
  if (reason === "left") deps.store.afterCommit(() => deps.events.publish(accountId, "lobby_closed", { lobbyId: lobby.id, reason: "empty" }));
  return closed;
}

export async function leaveLobby(deps: LobbyTx, account: AccountRecord, lobbyId: string) {
  const lobby = await asMember(deps, account, lobbyId);
  const after = await removeMember(deps, lobby, account.id, "left");
  return { lobbyId: lobby.id, state: after.state };
}

export async function heartbeatLobby(deps: LobbyTx, account: AccountRecord, lobbyId: string) {
  const lobby = await asMember(deps, account, lobbyId);
  await deps.store.touchLobbyMember(account.id, deps.now().toISOString());
  return describeLobby(lobby, await deps.store.lobbyMembers(lobby.id));
}

export async function updateLobby(deps: LobbyTx, account: AccountRecord, lobbyId: string, input: { expectedVersion: number; attributes?: Record<string, unknown>; locked?: boolean; maxPlayers?: number }) {
  checkAttributes(input.attributes);
  const lobby = await asHost(deps, account, lobbyId);
  if (lobby.state === "in_game" || lobby.state === "closed") throw closedTo(lobby);
  if (input.expectedVersion !== lobby.version) {
    throw new ApiError(409, "lobby_version_conflict", `lobby ${lobby.id} is at version ${lobby.version}, not ${input.expectedVersion}`, { lobby: describeLobby(lobby, await deps.store.lobbyMembers(lobby.id)) });
  }
  if (input.maxPlayers !== undefined && input.maxPlayers < lobby.memberCount) {
    throw invalidRequest(`maxPlayers ${input.maxPlayers} is below the ${lobby.memberCount} members the lobby has`, { field: "maxPlayers" });
  }
  const state: LobbyState = input.locked === undefined || lobby.state === "forming" ? lobby.state : input.locked ? "locked" : "open";
  return save(deps, lobby, { attributes: input.attributes ?? lobby.attributes, maxPlayers: input.maxPlayers ?? lobby.maxPlayers, state });
}

export async function startLobby(deps: LobbyTx, account: AccountRecord, lobbyId: string) {
  const lobby = await asHost(deps, account, lobbyId);
  if (lobby.state === "in_game" || lobby.state === "closed") throw closedTo(lobby);
  return save(deps, lobby, { state: "in_game", joinCode: null });
}

export async function listLobbies(deps: Pick<Deps, "store">, environmentId: string, query: { mode?: string; region?: string; limit?: number; cursor?: string }) {
  const limit = query.limit ?? 25;
  let after: { createdAt: string; id: string } | undefined;
  if (query.cursor !== undefined) {
    const [createdAt, id] = Buffer.from(query.cursor, "base64url").toString("utf8").split("|");
    if (!createdAt || !id?.startsWith("lby_")) throw invalidRequest("cursor is not one this listing gave; pass nextCursor from the previous page", { field: "cursor" });
    after = { createdAt, id };
  }
  const rows = await deps.store.lobbiesWithRoom(environmentId, "open", { mode: query.mode, region: query.region, limit: limit + 1, after });
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const lobbies = await Promise.all(page.map(async (l) => ({
    lobbyId: l.id, mode: l.mode, region: l.region, maxPlayers: l.maxPlayers, memberCount: l.memberCount,
    hostPublicId: (await deps.store.lobbyMembers(l.id))[0]?.publicId ?? "", attributes: l.attributes, createdAt: l.createdAt,
  })));
  return { lobbies, nextCursor: rows.length > limit && last ? Buffer.from(`${last.createdAt}|${last.id}`).toString("base64url") : null };
}

/**
 * Drops the members silent for longer than the lobby timeout, each in its own transaction under its
 * lobby's lock and checked again there, so that with several processes each is dropped once; a lobby
 * whose last member goes closes.
 */
export async function dropSilentMembers(deps: Pick<AppDeps, keyof LobbyDeps>) {
  const before = new Date(deps.now().getTime() - deps.settings.lobbyTimeoutMs).toISOString();
  let dropped = 0;
  for (const silent of await deps.store.silentMembers(before, 100)) {
    dropped += await deps.store.transaction(async (store) => {
      const tx = { ...deps, store };
      await lockLobby(tx, silent.lobbyId);
      const member = await store.membershipOf(silent.accountId);
      if (member?.lobbyId !== silent.lobbyId || member.heartbeatAt >= before) return 0;
      await removeMember(tx, (await store.getLobby(silent.environmentId, silent.lobbyId))!, silent.accountId, "dropped");
      return 1;
    });
  }
  return dropped;
}

/** Takes an erased account out of its lobby: under the lobby's lock and then the account's, membership read again there. */
export async function leaveAnyLobby(deps: LobbyTx, accountId: string, environmentId: string) {
  for (let member = await deps.store.membershipOf(accountId); member; ) {
    await lockLobby(deps, member.lobbyId);
    await deps.store.lockAccount(accountId);
    const now = await deps.store.membershipOf(accountId);
    if (now?.lobbyId !== member.lobbyId) {
      member = now; // moved meanwhile: follow it
      continue;
    }
    const lobby = await deps.store.getLobby(environmentId, member.lobbyId);
    if (lobby) await removeMember(deps, lobby, accountId, "left");
    return;
  }
}

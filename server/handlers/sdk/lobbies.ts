import type { OperationAccess, operations } from "../../../generated/sdk.js";
import type { HandlerTable } from "../../http/types.js";
import { notFound, Refusal } from "../../domain/errors.js";
import { createLobby, findByCode, getLobby, heartbeatLobby, joinLobby, leaveLobby, listLobbies, quickJoin, startLobby, updateLobby } from "../../domain/lobbies.js";
import { matchAssignment } from "../../domain/matches.js";

type LobbyOps = "createLobby" | "listLobbies" | "getLobby" | "joinLobby" | "joinLobbyByCode" | "quickJoinLobby" | "leaveLobby" | "heartbeatLobby" | "updateLobby" | "startLobby" | "getMatchAssignment";

export const lobbyHandlers: Pick<HandlerTable<operations, OperationAccess>, LobbyOps> = {
  async createLobby({ session, body }, deps) {
    deps.lobbySweeper.wake();
    return { status: 201, body: await createLobby(deps, session.account, body) };
  },

  async listLobbies({ caller, query }, deps) {
    return { status: 200, body: await listLobbies(deps, caller.principal.environment.id, query) };
  },

  async getLobby({ session, path }, deps) {
    return { status: 200, body: await getLobby(deps, session.account, path.lobbyId) };
  },

  async joinLobby({ session, path }, deps) {
    deps.lobbySweeper.wake();
    return { status: 200, body: await joinLobby(deps, session.account, path.lobbyId) };
  },

  async joinLobbyByCode({ session, body, client }, deps) {
    deps.lobbySweeper.wake();
    const keyId = session.principal.key.id;
    // Limited like transfer codes (budgets of their own): wrong guesses per address and per key; a right code spends nothing.
    await deps.limits.joinCodeAttempt(keyId, client.address);
    const lobby = await findByCode(deps, session.account.environmentId, body.code);
    if (!lobby) {
      await deps.limits.joinCodeWrongGuess(keyId);
      return new Refusal(notFound("no lobby has this join code; check it with the player who shared it"));
    }
    await deps.limits.joinCodeRight(client.address);
    return { status: 200, body: await joinLobby(deps, session.account, lobby.id, true) };
  },

  async quickJoinLobby({ session, body, requestId }, deps) {
    deps.lobbySweeper.wake();
    const result = await quickJoin(deps, session.account, body);
    if (result.ready) return { status: 200, body: { lobby: result.lobby } };
    const { lobbyId, members, needed, retryAfterSeconds } = result;
    return {
      status: 202,
      headers: { "Retry-After": String(retryAfterSeconds) },
      body: { error: { code: "lobby_forming" as const, message: `waiting for ${needed} more player${needed === 1 ? "" : "s"}`, details: { lobbyId, members, needed, retryAfterSeconds }, requestId } },
    };
  },

  async leaveLobby({ session, path }, deps) {
    return { status: 200, body: await leaveLobby(deps, session.account, path.lobbyId) };
  },

  async heartbeatLobby({ session, path }, deps) {
    return { status: 200, body: await heartbeatLobby(deps, session.account, path.lobbyId) };
  },

  async updateLobby({ session, path, body }, deps) {
    return { status: 200, body: await updateLobby(deps, session.account, path.lobbyId, body) };
  },

  async startLobby({ session, path }, deps) {
    return { status: 200, body: await startLobby(deps, session.account, path.lobbyId) };
  },

  async getMatchAssignment({ session }, deps) {
    return { status: 200, body: await matchAssignment(deps, session.account) };
  },
};

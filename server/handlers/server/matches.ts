import type { OperationAccess, operations } from "../../../generated/server.js";
import type { HandlerTable } from "../../http/types.js";
import { getMatch, pushMatch, releaseMatch } from "../../domain/matches.js";
import type { MatchRecord } from "../../store/types.js";

const matchView = (m: MatchRecord) => ({
  matchId: m.matchId, accountIds: m.accountIds, connection: m.connection, lobbyId: m.lobbyId, expiresAt: m.expiresAt, createdAt: m.createdAt, releasedAt: m.releasedAt,
});

export const matchHandlers: Pick<HandlerTable<operations, OperationAccess>, "pushMatch" | "getMatch" | "releaseMatch"> = {
  async pushMatch({ caller, body }, deps) {
    const { match, seenBefore } = await pushMatch(deps, caller.principal.environment.id, body);
    return {
      status: seenBefore ? 200 : 201,
      body: { matchId: match.matchId, assigned: match.assigned, failures: match.failures, seenBefore },
      audit: seenBefore ? undefined : { after: { accountIds: match.accountIds, assigned: match.assigned.length } },
    };
  },

  async getMatch({ caller, path }, deps) {
    return { status: 200, body: matchView(await getMatch(deps, caller.principal.environment.id, path.matchId)) };
  },

  async releaseMatch({ caller, path }, deps) {
    return { status: 200, body: matchView(await releaseMatch(deps, caller.principal.environment.id, path.matchId)) };
  },
};

import type { OperationAccess, operations } from "../../../generated/sdk.js";
import type { HandlerTable } from "../../http/types.js";
import { describeLeaderboard, leaderboardIn, listLeaderboards } from "../../domain/leaderboards.js";
import { standing, submitPlayerScore, topRecords } from "../../domain/scores.js";
import { subscribeBoard } from "../../domain/leaderboardStream.js";
import { keyStillValid } from "../../domain/streamAdmission.js";
import { scoreRecordView, scoreSubmissionView } from "../views.js";

type LeaderboardOps = "listLeaderboards" | "listLeaderboardRecords" | "getLeaderboardStanding" | "submitScore" | "streamLeaderboard";

export const leaderboardHandlers: Pick<HandlerTable<operations, OperationAccess>, LeaderboardOps> = {
  async listLeaderboards({ caller }, deps) {
    const boards = await listLeaderboards(deps, caller.principal.environment.id);
    return { status: 200, body: { leaderboards: boards.map((b) => describeLeaderboard(b, deps.now())) } };
  },

  async listLeaderboardRecords({ caller, path, query }, deps) {
    const board = await leaderboardIn(deps, caller.principal.environment.id, path.leaderboardId);
    const page = await topRecords(deps, board, query);
    return { status: 200, body: { leaderboardId: board.leaderboardId, period: page.period, records: page.records.map(scoreRecordView), nextCursor: page.nextCursor } };
  },

  async getLeaderboardStanding({ session, path, query }, deps) {
    const board = await leaderboardIn(deps, session.account.environmentId, path.leaderboardId);
    const s = await standing(deps, session.account, board, query);
    return {
      status: 200,
      body: { leaderboardId: board.leaderboardId, period: s.period, record: s.record && scoreRecordView(s.record), above: s.above.map(scoreRecordView), below: s.below.map(scoreRecordView) },
    };
  },

  async submitScore({ session, path, body }, deps) {
    const board = await leaderboardIn(deps, session.account.environmentId, path.leaderboardId);
    return { status: 200, body: scoreSubmissionView(board.leaderboardId, await submitPlayerScore(deps, session.account, board, body)) };
  },

  async streamLeaderboard({ caller, path, query, header, client }, deps) {
    const board = await leaderboardIn(deps, caller.principal.environment.id, path.leaderboardId);
    const keyId = caller.principal.key.id;
    const party = { environmentId: board.environmentId, address: client.address, keyId, recheck: keyStillValid(deps, keyId) };
    return { status: 200, body: await subscribeBoard(deps, board, query.follow, header["Last-Event-ID"], party) };
  },
};

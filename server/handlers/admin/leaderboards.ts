import type { OperationAccess, operations } from "../../../generated/admin.js";
import type { HandlerTable } from "../../http/types.js";
import { createLeaderboard, deleteLeaderboard, describeLeaderboard, leaderboardIn, listLeaderboards, updateLeaderboard } from "../../domain/leaderboards.js";
import { hideRecord, topRecords } from "../../domain/scores.js";
import { subscribeBoard } from "../../domain/leaderboardStream.js";
import { memberSessionStillValid } from "../../domain/streamAdmission.js";
import { scoreRecordView } from "../views.js";

type LeaderboardOps = "listLeaderboardsForGame" | "createLeaderboard" | "updateLeaderboard" | "deleteLeaderboard" | "hideLeaderboardRecord"
  | "listLeaderboardRecordsForGame" | "streamLeaderboardForGame";

export const leaderboardHandlers: Pick<HandlerTable<operations, OperationAccess>, LeaderboardOps> = {
  async listLeaderboardsForGame({ studio }, deps) {
    const { game } = studio;
    const boards = await listLeaderboards(deps, game.id);
    return { status: 200, body: { leaderboards: boards.map((b) => describeLeaderboard(b, deps.now())) } };
  },

  async listLeaderboardRecordsForGame({ studio, path, query }, deps) {
    const { game } = studio;
    const board = await leaderboardIn(deps, game.id, path.leaderboardId);
    const page = await topRecords(deps, board, query);
    return { status: 200, body: { leaderboardId: board.leaderboardId, period: page.period, records: page.records.map(scoreRecordView), nextCursor: page.nextCursor } };
  },

  async streamLeaderboardForGame({ studio, member, path, query, header, client }, deps) {
    const { game } = studio;
    const board = await leaderboardIn(deps, game.id, path.leaderboardId);
    const sessionId = member.session.id;
    const party = { environmentId: game.id, address: client.address, keyId: null, memberSessionId: sessionId, recheck: memberSessionStillValid(deps, sessionId) };
    return { status: 200, body: await subscribeBoard(deps, board, query.follow, header["Last-Event-ID"], party) };
  },

  async createLeaderboard({ studio, body }, deps) {
    const { game } = studio;
    const view = describeLeaderboard(await createLeaderboard(deps, game.id, body), deps.now());
    return { status: 201, body: view, audit: { after: view } };
  },

  async updateLeaderboard({ studio, path, body }, deps) {
    const { game } = studio;
    const { before, after } = await updateLeaderboard(deps, game.id, path.leaderboardId, body);
    const view = describeLeaderboard(after, deps.now());
    const settings = (b: typeof before) => ({ resetSchedule: b.resetSchedule, authoritative: b.authoritative, streamTopN: b.streamTopN });
    return { status: 200, body: view, audit: { before: settings(before), after: settings(after) } };
  },

  async deleteLeaderboard({ studio, path, body }, deps) {
    const { game } = studio;
    const deleted = await deleteLeaderboard(deps, game.id, path.leaderboardId);
    return { status: 200, body: deleted, audit: { after: deleted, reason: body.reason } };
  },

  async hideLeaderboardRecord({ studio, path, body }, deps) {
    const { game } = studio;
    const hidden = await hideRecord(deps, await leaderboardIn(deps, game.id, path.leaderboardId), body);
    return { status: 200, body: hidden, audit: { after: hidden, reason: body.reason } };
  },
};

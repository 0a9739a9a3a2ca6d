import type { OperationAccess, operations } from "../../../generated/sdk.js";
import type { HandlerTable } from "../../http/types.js";
import { describeEvent, enterEvent, listEvents, readEvent, submitEventScore } from "../../domain/tournaments.js";
import { ledgerEntryView, scoreSubmissionView } from "../views.js";

type EventOps = "listEvents" | "getEvent" | "enterEvent" | "submitEventScore";

export const tournamentHandlers: Pick<HandlerTable<operations, OperationAccess>, EventOps> = {
  async listEvents({ caller, query }, deps) {
    deps.finaliser.wake();
    const events = await listEvents(deps, caller.principal.environment.id, query.status ?? "active");
    return { status: 200, body: { events: await Promise.all(events.map((e) => describeEvent(deps, e))) } };
  },

  async getEvent({ caller, path }, deps) {
    deps.finaliser.wake();
    return { status: 200, body: await describeEvent(deps, await readEvent(deps, caller.principal.environment.id, path.eventId)) };
  },

  async enterEvent({ session, path }, deps) {
    deps.finaliser.wake();
    const entered = await enterEvent(deps, session.account, path.eventId);
    return { status: 201, body: { ...entered, entry: entered.entry && ledgerEntryView(entered.entry) } };
  },

  async submitEventScore({ session, path, body }, deps) {
    const { board, ...result } = await submitEventScore(deps, session.account, path.eventId, path.attemptId, body);
    return { status: 200, body: scoreSubmissionView(board.leaderboardId, result) };
  },
};

import type { OperationAccess, operations } from "../../../generated/server.js";
import { runAs, type HandlerTable } from "../../http/types.js";
import { trustedAccount } from "../../domain/accounts.js";
import { leaderboardIn } from "../../domain/leaderboards.js";
import { submitBackendScore } from "../../domain/scores.js";
import { scoreSubmissionView } from "../views.js";

export const serverLeaderboardHandlers: Pick<HandlerTable<operations, OperationAccess>, "submitScoreForAccount"> = {
  // Not audited: scores arrive at game rate and are kept on the board itself, as the SDK's are.
  submitScoreForAccount: runAs({ audited: false }, async ({ caller, path, body }, deps) => {
    const board = await leaderboardIn(deps, caller.principal.environment.id, path.leaderboardId);
    const account = await trustedAccount(deps, caller, body.accountId);
    return { status: 200, body: scoreSubmissionView(board.leaderboardId, await submitBackendScore(deps, account, board, body)) };
  }),
};

// The operator surface's handler table: one entry per operationId of spec/openapi.admin.json.
import type { OperationAccess, operations } from "../../../generated/admin.js";
import type { HandlerTable } from "../../http/types.js";
import { sessionHandlers } from "./session.js";
import { studioHandlers } from "./studios.js";
import { gameHandlers } from "./games.js";
import { catalogHandlers } from "./catalog.js";
import { grantHandlers } from "./grants.js";
import { leaderboardHandlers } from "./leaderboards.js";
import { tournamentHandlers } from "./tournaments.js";
import { playerHandlers } from "./players.js";

export const adminHandlers: HandlerTable<operations, OperationAccess> = {
  ...sessionHandlers,
  ...studioHandlers,
  ...gameHandlers,
  ...catalogHandlers,
  ...grantHandlers,
  ...leaderboardHandlers,
  ...tournamentHandlers,
  ...playerHandlers,
};

// The operator surface's handler table: one entry per operationId of spec/openapi.admin.json.
import type { operations } from "../../../generated/admin.js";
import type { HandlerTable } from "../../http/types.js";
import { sessionHandlers } from "./session.js";
import { studioHandlers } from "./studios.js";
import { gameHandlers } from "./games.js";
import { catalogHandlers } from "./catalog.js";
import { grantHandlers } from "./grants.js";
import { leaderboardHandlers } from "./leaderboards.js";
import { tournamentHandlers } from "./tournaments.js";
import { playerHandlers } from "./players.js";

export const adminHandlers: HandlerTable<operations> = {
  ...sessionHandlers,
  ...studioHandlers,
  ...gameHandlers,
  ...catalogHandlers,
  ...grantHandlers,
  ...leaderboardHandlers,
  ...tournamentHandlers,
  ...playerHandlers,
};

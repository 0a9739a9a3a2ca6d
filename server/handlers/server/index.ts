// The server surface's handler table: one entry per operationId of spec/openapi.server.json.
import type { OperationAccess, operations } from "../../../generated/server.js";
import type { HandlerTable } from "../../http/types.js";
import { serverAccountHandlers } from "./accounts.js";
import { sessionHandlers } from "./sessions.js";
import { slotHistoryHandlers } from "./slotHistory.js";
import { gameConfigHandlers } from "./gameConfig.js";
import { usageHandlers } from "./usage.js";
import { migrationHandlers } from "./migration.js";
import { serverEconomyHandlers } from "./economy.js";
import { matchHandlers } from "./matches.js";
import { serverLeaderboardHandlers } from "./leaderboards.js";

export const serverHandlers: HandlerTable<operations, OperationAccess> = {
  ...serverAccountHandlers,
  ...sessionHandlers,
  ...slotHistoryHandlers,
  ...gameConfigHandlers,
  ...usageHandlers,
  ...migrationHandlers,
  ...serverEconomyHandlers,
  ...serverLeaderboardHandlers,
  ...matchHandlers,
};

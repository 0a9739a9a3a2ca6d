// The SDK surface's handler table: one entry per operationId of spec/openapi.sdk.json.
import type { OperationAccess, operations } from "../../../generated/sdk.js";
import type { HandlerTable } from "../../http/types.js";
import { healthHandlers } from "./health.js";
import { runtimeHandlers } from "./runtime.js";
import { accountHandlers } from "./accounts.js";
import { slotHandlers } from "./slots.js";
import { transferCodeHandlers } from "./transferCodes.js";
import { eventHandlers } from "./events.js";
import { economyHandlers } from "./economy.js";
import { leaderboardHandlers } from "./leaderboards.js";
import { lobbyHandlers } from "./lobbies.js";
import { tournamentHandlers } from "./tournaments.js";

export const sdkHandlers: HandlerTable<operations, OperationAccess> = {
  ...healthHandlers,
  ...runtimeHandlers,
  ...accountHandlers,
  ...slotHandlers,
  ...transferCodeHandlers,
  ...eventHandlers,
  ...economyHandlers,
  ...leaderboardHandlers,
  ...tournamentHandlers,
  ...lobbyHandlers,
};

// The SDK surface's handler table: one entry per operationId of spec/openapi.sdk.json.
import type { Deps } from "../../domain/context.js";
import type { operations } from "../../../generated/sdk.js";
import type { HandlerTable } from "../../http/types.js";
import { healthHandlers } from "./health.js";
import { runtimeHandlers } from "./runtime.js";
import { accountHandlers } from "./accounts.js";
import { slotHandlers } from "./slots.js";
import { transferCodeHandlers } from "./transferCodes.js";
import { eventHandlers } from "./events.js";

export const sdkHandlers = (deps: Deps): HandlerTable<operations> => ({
  ...healthHandlers(deps),
  ...runtimeHandlers(deps),
  ...accountHandlers(deps),
  ...slotHandlers(deps),
  ...transferCodeHandlers(deps),
  ...eventHandlers(deps),
});

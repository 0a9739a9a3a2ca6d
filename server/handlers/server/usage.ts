import { usageReport } from "../../domain/usage.js";
import type { OperationAccess, operations } from "../../../generated/server.js";
import type { HandlerTable } from "../../http/types.js";

export const usageHandlers: Pick<HandlerTable<operations, OperationAccess>, "getUsage"> = {
  async getUsage({ caller }, deps) {
    return { status: 200, body: await usageReport(deps, caller.principal) };
  },
};

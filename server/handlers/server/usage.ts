import { usageReport } from "../../domain/usage.js";
import type { Deps } from "../../domain/context.js";
import type { operations } from "../../../generated/server.js";
import type { HandlerTable } from "../../http/types.js";

export const usageHandlers = (deps: Deps): Pick<HandlerTable<operations>, "getUsage"> => ({
  async getUsage({ caller }) {
    return { status: 200, body: await usageReport(deps, caller!.principal) };
  },
});

import { restoreSlotVersion, slotHistory, slotVersion } from "../../domain/history.js";
import type { OperationAccess, operations } from "../../../generated/server.js";
import type { HandlerTable } from "../../http/types.js";
import { slotBody } from "../views.js";
import { historyView } from "./views.js";

export const slotHistoryHandlers: Pick<HandlerTable<operations, OperationAccess>, "listSlotVersions" | "getSlotVersion" | "restoreSlotVersion"> = {
  async listSlotVersions({ caller, path, query }, deps) {
    return { status: 200, body: historyView(await slotHistory(deps, caller, path.accountId, path.slotId), query.includeData ?? false) };
  },

  async getSlotVersion({ caller, path }, deps) {
    return { status: 200, body: slotBody(await slotVersion(deps, caller, path.accountId, path.slotId, path.version)) };
  },

  async restoreSlotVersion({ caller, path }, deps) {
    const restored = await restoreSlotVersion(deps, caller, path.accountId, path.slotId, path.version);
    return { status: 200, body: slotBody(restored), audit: { before: { version: restored.version - 1 }, after: { version: restored.version, restoredFrom: path.version } } };
  },
};

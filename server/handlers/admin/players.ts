// Support's actions on a player's account, with the studio's backend's semantics: the slot history,
// restoring a version, revoking a session. Changes need support or above and are audited with the reason.
import type { OperationAccess, operations } from "../../../generated/admin.js";
import type { HandlerTable } from "../../http/types.js";
import { restoreSlotVersion, slotHistory } from "../../domain/history.js";
import { revokeSession } from "../../domain/sessions.js";
import { slotView } from "../views.js";
import { historyView, sessionView } from "../server/views.js";

type PlayerOps = "listSlotVersionsForPlayer" | "restoreSlotVersionForPlayer" | "revokeSessionForPlayer";

export const playerHandlers: Pick<HandlerTable<operations, OperationAccess>, PlayerOps> = {
  async listSlotVersionsForPlayer({ studio, path, query }, deps) {
    const { workspace, game } = studio;
    return { status: 200, body: historyView(await slotHistory(deps, { principal: { workspace, environment: game } }, path.accountId, path.slotId), query.includeData ?? false) };
  },

  async restoreSlotVersionForPlayer({ studio, path, body }, deps) {
    const { workspace, game } = studio;
    const restored = await restoreSlotVersion(deps, { principal: { workspace, environment: game } }, path.accountId, path.slotId, path.version);
    return { status: 200, body: slotView(restored), audit: { before: { version: restored.version - 1 }, after: { version: restored.version, restoredFrom: path.version }, reason: body.reason } };
  },

  async revokeSessionForPlayer({ studio, path, body }, deps) {
    const { workspace, game } = studio;
    const session = await revokeSession(deps, { principal: { workspace, environment: game } }, path.accountId, path.sessionId);
    return { status: 200, body: sessionView(session), audit: { after: { revokedAt: session.revokedAt }, reason: body.reason } };
  },
};

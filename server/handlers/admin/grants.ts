import type { OperationAccess, operations } from "../../../generated/admin.js";
import type { HandlerTable } from "../../http/types.js";
import { createGrant, forceClaimGrant, stuckGrants } from "../../domain/grants.js";
import { grantView, optionalEntryView } from "../views.js";

export const grantHandlers: Pick<HandlerTable<operations, OperationAccess>, "createManualGrant" | "forceClaimGrant" | "listStuckGrants"> = {
  async listStuckGrants({ studio }, deps) {
    const { game } = studio;
    const now = deps.now().toISOString();
    return { status: 200, body: { grants: (await stuckGrants(deps, game.id)).map((s) => ({ grant: grantView(s.grant, now), playerRef: s.playerRef })) } };
  },

  async createManualGrant({ studio, body }, deps) {
    const { game } = studio;
    const { grant, seenBefore } = await createGrant(deps, game.id, { ...body, source: "admin" });
    const view = grantView(grant, deps.now().toISOString());
    return { status: 201, body: { grant: view, seenBefore }, audit: { after: view, reason: body.reason } };
  },

  async forceClaimGrant({ studio, path, body }, deps) {
    const { game } = studio;
    const { grant, entry, applied } = await forceClaimGrant(deps, game.id, path.grantId, body.reason);
    return {
      status: 200, body: { grant: grantView(grant, deps.now().toISOString()), entry: optionalEntryView(entry), applied },
      audit: { before: applied ? { status: "pending" } : undefined, after: applied ? { status: "claimed", changes: entry!.changes, itemChanges: entry!.itemChanges, shortfall: entry!.shortfall } : undefined, reason: body.reason },
    };
  },
};

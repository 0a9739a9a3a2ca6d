import type { operations } from "../../../generated/admin.js";
import type { HandlerTable } from "../../http/types.js";
import { studioGameFor } from "../../domain/members.js";
import { createGrant, forceClaimGrant, stuckGrants } from "../../domain/grants.js";
import { grantView, optionalEntryView } from "../views.js";

export const grantHandlers: Pick<HandlerTable<operations>, "createManualGrant" | "forceClaimGrant" | "listStuckGrants"> = {
  async listStuckGrants({ member, path }, deps) {
    const { game } = await studioGameFor(deps, member!, path.studioId, path.gameId);
    const now = deps.now().toISOString();
    return { status: 200, body: { grants: (await stuckGrants(deps, game.id)).map((s) => ({ grant: grantView(s.grant, now), playerRef: s.playerRef })) } };
  },

  async createManualGrant({ member, path, body }, deps) {
    const { game } = await studioGameFor(deps, member!, path.studioId, path.gameId, { role: "support", what: "grant rewards" });
    const { grant, seenBefore } = await createGrant(deps, game.id, { ...body, source: "admin" });
    const view = grantView(grant, deps.now().toISOString());
    return { status: 201, body: { grant: view, seenBefore }, audit: { after: view, reason: body.reason } };
  },

  async forceClaimGrant({ member, path, body }, deps) {
    const { game } = await studioGameFor(deps, member!, path.studioId, path.gameId, { role: "support", what: "force-claim grants" });
    const { grant, entry, applied } = await forceClaimGrant(deps, game.id, path.grantId, body.reason);
    return {
      status: 200, body: { grant: grantView(grant, deps.now().toISOString()), entry: optionalEntryView(entry), applied },
      audit: { before: applied ? { status: "pending" } : undefined, after: applied ? { status: "claimed", changes: entry!.changes, itemChanges: entry!.itemChanges, shortfall: entry!.shortfall } : undefined, reason: body.reason },
    };
  },
};

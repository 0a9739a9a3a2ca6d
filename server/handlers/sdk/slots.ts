import { createSlot, getSlot, syncSlot, SyncConflict } from "../../domain/slots.js";
import { ApiError } from "../../domain/errors.js";
import type { components, OperationAccess, operations } from "../../../generated/sdk.js";
import { runAs, type HandlerTable } from "../../http/types.js";
import { slotBody, slotView } from "../views.js";

const conflictDetails = ({ branches: b }: SyncConflict): components["schemas"]["ConflictDetails"] => ({
  slotId: b.slotId,
  baseVersion: b.baseVersion,
  currentVersion: b.currentVersion,
  local: b.local,
  cloud: slotView(b.cloud),
  base: b.base ? slotView(b.base) : null,
});

export const slotHandlers: Pick<HandlerTable<operations, OperationAccess>, "createSlot" | "getSlot" | "syncSlot"> = {
  async createSlot({ session, body }, deps) {
    return { status: 201, body: slotBody(await createSlot(deps, session, body)) };
  },

  // The hottest read: the session check reads the slot too, in one statement (one round trip on PostgreSQL).
  getSlot: runAs({ sessionReads: "slot" }, async ({ session, path }, deps) => {
    return { status: 200, body: slotBody(await getSlot(deps, session, path.slotId)) };
  }),

  async syncSlot({ session, path, body }, deps) {
    try {
      return { status: 200, body: slotBody(await syncSlot(deps, session, path.slotId, body)) };
    } catch (error) {
      if (!(error instanceof SyncConflict)) throw error;
      throw new ApiError(409, "conflict", error.message, conflictDetails(error));
    }
  },
};

import type { OperationAccess, operations } from "../../../generated/admin.js";
import type { HandlerTable } from "../../http/types.js";
import { cancelEvent, createEvent, describeEvent, listEvents, updateEvent } from "../../domain/tournaments.js";

type EventOps = "listEventsForGame" | "createEvent" | "updateEvent" | "cancelEvent";

export const tournamentHandlers: Pick<HandlerTable<operations, OperationAccess>, EventOps> = {
  async listEventsForGame({ studio }, deps) {
    const { game } = studio;
    const events = await listEvents(deps, game.id, "all");
    return { status: 200, body: { events: await Promise.all(events.map((e) => describeEvent(deps, e))) } };
  },

  async createEvent({ studio, body }, deps) {
    const { game } = studio;
    const view = await describeEvent(deps, await createEvent(deps, game.id, body));
    deps.finaliser.wake();
    return { status: 201, body: view, audit: { after: view } };
  },

  async updateEvent({ studio, path, body }, deps) {
    const { game } = studio;
    const { before, after } = await updateEvent(deps, game.id, path.eventId, body);
    const [was, view] = [await describeEvent(deps, before), await describeEvent(deps, after)];
    const changed = Object.keys(body).filter((f) => f !== "idempotencyKey") as Array<keyof typeof view>;
    const pick = (v: typeof view) => Object.fromEntries(changed.map((f) => [f, v[f]]));
    return { status: 200, body: view, audit: { before: pick(was), after: pick(view) } };
  },

  async cancelEvent({ studio, path, body }, deps) {
    const { game } = studio;
    const { event, refunded } = await cancelEvent(deps, game.id, path.eventId);
    return { status: 200, body: { event: await describeEvent(deps, event), refunded }, audit: { after: { status: "cancelled", refunded }, reason: body.reason } };
  },
};

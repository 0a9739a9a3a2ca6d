// Live account events: what a stream receives, and the writes that produce them.
import { ApiError } from "./errors.js";
import type { Deps, SessionCaller } from "./context.js";
import type { SlotRecord } from "../store/types.js";

/** Where a subscriber's events go (the HTTP layer's event stream implements it). */
export interface EventSink {
  send(event: { id: string; name: string; data: unknown }): void;
  end(): void;
  /** Called once, when the stream ends for any reason (server end or client gone). */
  onEnd(callback: () => void): void;
}

/** Announces an accepted slot write to the account's streams, once the write has committed. */
export function announceSlotWrite(deps: Deps, accountId: string, slot: SlotRecord) {
  deps.store.afterCommit(() =>
    deps.events.publish(accountId, "slot_updated", {
      accountId, slotId: slot.slotId, version: slot.version, updatedAt: slot.updatedAt, slotInfo: JSON.parse(slot.slotInfo),
    }),
  );
}

/** Checks that another stream may open; returns what to run on the open stream. */
export function subscribeAccount(deps: Deps, caller: SessionCaller, lastEventId: string | undefined) {
  const accountId = caller.account.id;
  const limit = deps.settings.maxStreamsPerAccount;
  if (deps.events.openStreams(accountId) >= limit) {
    throw new ApiError(429, "too_many_streams", `this account already has ${limit} open event streams`, { limit });
  }
  return (channel: EventSink) => {
    const { events, complete } = deps.events.missedSince(accountId, lastEventId);
    const heartbeatSeconds = Math.max(1, Math.round(deps.settings.sseHeartbeatMs / 1000));
    channel.send(deps.events.event("ready", { accountId, heartbeatSeconds, replayed: events.length, complete }));
    for (const event of events) channel.send(event);
    const detach = deps.events.attach(accountId, {
      sessionId: caller.session.id,
      send: (event) => channel.send(event),
      close(reason) {
        channel.send(deps.events.event("closed", { reason }));
        channel.end();
      },
    });
    channel.onEnd(detach);
  };
}

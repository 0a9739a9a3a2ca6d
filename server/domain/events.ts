// Live account events: what a stream receives, and the writes that produce them.
import { admitStream, recheckWhileOpen } from "./streamAdmission.js";
import type { Deps, SessionCaller, TxDeps } from "./context.js";
import type { SlotRecord } from "../store/types.js";
import type { CloseReason, StreamSink } from "../events/bus.js";

/** Where a subscriber's events go (the HTTP layer's event stream implements it). */
export interface EventSink {
  send(event: { id: string; name: string; data: unknown; json?: string }): void;
  end(): void;
  /** Called once, when the stream ends for any reason (server end or client gone). */
  onEnd(callback: () => void): void;
}

/** Announces an accepted slot write to the account's streams, once the write has committed. */
export function announceSlotWrite(deps: TxDeps, accountId: string, slot: SlotRecord) {
  deps.store.afterCommit(() =>
    deps.events.publish(accountId, "slot_updated", {
      accountId, slotId: slot.slotId, version: slot.version, updatedAt: slot.updatedAt, slotInfo: JSON.parse(slot.slotInfo),
    }),
  );
}

/** Admits another stream of the account (streamAdmission.ts); returns what to run on the open stream. */
export async function subscribeAccount(deps: Deps, caller: SessionCaller, lastEventId: string | undefined, address: string) {
  const accountId = caller.account.id;
  const release = await admitStream(deps, { environmentId: caller.account.environmentId, address, keyId: caller.principal.key.id, accountId });
  return (channel: EventSink) => {
    channel.onEnd(release);
    const { events, complete } = deps.events.missedSince(accountId, lastEventId);
    const heartbeatSeconds = Math.max(1, Math.round(deps.settings.sseHeartbeatMs / 1000));
    const ready = deps.events.event("ready", { accountId, heartbeatSeconds, replayed: events.length, complete });
    // On a reconnect, `ready` stands at the client's position, so that the replayed events after it keep
    // ids that only grow on this stream.
    if (lastEventId !== undefined && deps.events.issued(lastEventId)) ready.id = lastEventId;
    channel.send(ready);
    for (const event of events) channel.send(event);
    const sink: StreamSink = {
      sessionId: caller.session.id,
      send: (event) => channel.send(event),
      close(reason) {
        channel.send(deps.events.event("closed", { reason }));
        channel.end();
      },
    };
    const detach = deps.events.attach(accountId, sink);
    channel.onEnd(detach);
    recheckWhileOpen(deps, channel, sink, () => recheckCredentials(deps, caller));
  };
}

/** Why a stream's credentials no longer hold, or null while they do (or the store cannot tell right now). */
async function recheckCredentials(deps: Deps, caller: SessionCaller): Promise<CloseReason | null> {
  const state = await deps.store.credentialState(caller.principal.key.id, caller.session.id).catch(() => undefined);
  if (state === undefined) return null;
  if (!state || state.accountErased) return "account_erased";
  if (state.keyRevoked) return "key_revoked";
  return state.sessionRevoked ? "session_revoked" : null;
}

// The event bus across server processes: slot events and stream closes go through Redis pub/sub, so a
// write on one process reaches the streams held by every other; event ids come from one Redis counter,
// so Last-Event-ID means the same thing on every process.
import type { SharedState } from "../shared/redis.js";
import type { AccountEventName, CloseReason, EventBus } from "./bus.js";

const CHANNEL = "persistly:events";
const SEQUENCE = "persistly:events:seq";

type Message =
  | { type: "event"; accountId: string; id: string; name: AccountEventName; data: unknown; at: number }
  | { type: "close"; accountId: string; reason: CloseReason; sessionIds?: string[] };

export async function shareEventBus(bus: EventBus, shared: SharedState, onError: (error: unknown) => void): Promise<EventBus> {
  // The sequence starts from the clock, like a single process's ids, and survives a Redis restart the same way.
  const start = BigInt(Date.now()) * 1000n;
  await shared.redis.set(SEQUENCE, start.toString(), "NX");
  bus.continueFrom(BigInt((await shared.redis.get(SEQUENCE)) ?? start.toString()));
  shared.subscriber.on("message", (channel: string, text: string) => {
    if (channel !== CHANNEL) return;
    try {
      const message = JSON.parse(text) as Message;
      if (message.type === "event") bus.deliver(message.accountId, { id: message.id, name: message.name, data: message.data, at: message.at });
      else bus.closeStreams(message.accountId, message.reason, message.sessionIds);
    } catch (error) {
      onError(error);
    }
  });
  await shared.subscriber.subscribe(CHANNEL);
  const send = (message: Message) => shared.redis.publish(CHANNEL, JSON.stringify(message));

  return {
    ...bus,
    // Called after the write committed; delivery (here too) comes back through the channel.
    publish(accountId, name, data) {
      shared.redis
        .incr(SEQUENCE)
        .then((id) => send({ type: "event", accountId, id: String(id), name, data, at: Date.now() }))
        .catch(onError);
    },
    close(accountId, reason, sessionIds) {
      send({ type: "close", accountId, reason, sessionIds }).catch(onError);
    },
  };
}

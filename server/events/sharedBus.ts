// The event bus across server processes: slot events and stream closes travel over a channel — Redis
// pub/sub, or the cluster primary over IPC (`persistly serve --workers N`) — so a write on one process
// reaches the streams held by every other; event ids come from one shared sequence, so Last-Event-ID
// means the same thing on every process.
import type { SharedState } from "../shared/redis.js";
import type { AccountEventName, CloseReason, EventBus } from "./bus.js";

export type SharedMessage =
  | { type: "event"; accountId: string; id: string; name: AccountEventName; data: unknown; at: number }
  | { type: "close"; accountId: string; reason: CloseReason; sessionIds?: string[] }
  // A key, an environment or a plan changed: every process forgets the key principals it cached.
  | { type: "principals" };
export type NewEvent = Omit<Extract<SharedMessage, { type: "event" }>, "id">;
export type CloseMessage = Extract<SharedMessage, { type: "close" }>;

export interface EventChannel {
  /** Where the shared id sequence stands now; later events come after it. */
  current(): Promise<bigint>;
  /** Numbers the event from the shared sequence and sends it to every process, this one included. */
  sendEvent(event: NewEvent): Promise<void>;
  sendClose(message: CloseMessage): Promise<void>;
  sendPrincipalsChanged(): Promise<void>;
  listen(receive: (message: SharedMessage) => void): Promise<void>;
}

/** The first id of a fresh sequence: from the clock, like a single process's ids, so they grow across restarts. */
export const sequenceStart = () => BigInt(Date.now()) * 1000n;

export async function shareEventBus(bus: EventBus, channel: EventChannel, onError: (error: unknown) => void, onPrincipalsChanged: () => void = () => {}): Promise<EventBus> {
  bus.continueFrom(await channel.current());
  await channel.listen((message) => {
    try {
      if (message.type === "event") bus.deliver(message.accountId, { id: message.id, name: message.name, data: message.data, at: message.at });
      else if (message.type === "principals") onPrincipalsChanged();
      else bus.closeStreams(message.accountId, message.reason, message.sessionIds);
    } catch (error) {
      onError(error);
    }
  });
  return {
    ...bus,
    // Called after the write committed; delivery (here too) comes back through the channel. While the
    // channel is down (Redis unreachable), this process's own streams still get the event.
    publish(accountId, name, data) {
      const at = Date.now();
      persist(() => channel.sendEvent({ type: "event", accountId, name, data, at }), () => bus.publish(accountId, name, data));
    },
    close(accountId, reason, sessionIds) {
      persist(() => channel.sendClose({ type: "close", accountId, reason, sessionIds }), () => bus.closeStreams(accountId, reason, sessionIds));
    },
  };
}

/**
 * Sends, trying twice more (100 ms, then 200 ms later) before falling back to this process alone. Off the
 * request path, a moment's wait costs nobody; Redis's short command timeout is meant for requests, and a
 * busy process can miss it once (then at worst an event arrives twice, which beats other processes'
 * streams never hearing it).
 */
function persist(send: () => Promise<void>, fallback: () => void, attempt = 1) {
  send().catch(() => (attempt < 3 ? void setTimeout(() => persist(send, fallback, attempt + 1), 100 * attempt).unref() : fallback()));
}

const SEQUENCE = "persistly:events:seq";

export function redisEventChannel(shared: SharedState): EventChannel {
  // Pub/sub channels are the whole server's, not a database's: a deployment's channel is named after the
  // database its keys live in, so deployments sharing one Redis (each on its own database) never hear
  // each other's events, whose ids come from another sequence.
  const CHANNEL = `persistly:events:${shared.redis.options.db ?? 0}`;
  const send = async (message: SharedMessage) => void (await shared.redis.publish(CHANNEL, JSON.stringify(message)));
  return {
    async current() {
      // The sequence survives a Redis restart the same way a single process's ids do; with Redis
      // unreachable at start, this process's ids start from the clock like a single process's.
      try {
        await shared.redis.set(SEQUENCE, sequenceStart().toString(), "NX");
        return BigInt((await shared.redis.get(SEQUENCE)) ?? sequenceStart().toString());
      } catch {
        return sequenceStart();
      }
    },
    async sendEvent(event) {
      await send({ ...event, id: String(await shared.redis.incr(SEQUENCE)) });
    },
    sendClose: send,
    sendPrincipalsChanged: () => send({ type: "principals" }),
    async listen(receive) {
      shared.subscriber.on("message", (channel: string, text: string) => {
        if (channel === CHANNEL) receive(JSON.parse(text) as SharedMessage);
      });
      // Subscribed on every (re)connection, the first one included, whenever it happens.
      const subscribe = () => void shared.subscriber.subscribe(CHANNEL).catch(() => {});
      shared.subscriber.on("ready", subscribe);
      if (shared.subscriber.status === "ready") subscribe();
    },
  };
}

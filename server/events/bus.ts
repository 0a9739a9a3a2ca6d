// Events for live streams: fan-out to the streams open on a channel — an account, or a leaderboard's
// period (`board:…` keys) — a short replay window for reconnecting clients (Last-Event-ID), and the
// `closed` signal. In-process: one server process
// sees its own writes; with several processes, sharedBus.ts carries events and closes between them.

export type AccountEventName = "ready" | "slot_updated" | "wallet_updated" | "inventory_updated" | "score_update" | "lobby_updated" | "lobby_closed" | "match_assigned" | "closed";
export type CloseReason = "session_revoked" | "key_revoked" | "account_erased" | "server_shutdown" | "period_reset" | "board_deleted" | "event_finalised" | "event_cancelled";

export interface AccountEvent {
  id: string;
  name: AccountEventName;
  data: unknown;
  at: number;
  /** `data` as JSON, made once when the event is kept for replay and written as is to every stream. */
  json?: string;
}

export interface StreamSink {
  sessionId: string;
  send(event: AccountEvent): void;
  /** Sends `closed` and ends the stream. */
  close(reason: CloseReason): void;
}

export interface BusOptions {
  replayWindowMs: number;
  replayMaxEvents: number;
  /** What the replay buffer holds at most, all channels together (the events' JSON). */
  replayMaxBytes: number;
  now?: () => number;
}

export function createEventBus(options: BusOptions) {
  const now = options.now ?? Date.now;
  const streams = new Map<string, Set<StreamSink>>();
  const replay = createReplayBuffer(options, now);
  // Ids grow across restarts too (they start from the clock), so Last-Event-ID comparisons stay meaningful.
  let firstId = BigInt(now()) * 1000n;
  let lastId = firstId;
  const nextId = () => String(++lastId);

  /** Delivers an event to the account's streams here and keeps it for replay. */
  function deliver(accountId: string, event: AccountEvent) {
    if (BigInt(event.id) > lastId) lastId = BigInt(event.id);
    replay.keep(accountId, event);
    for (const sink of streams.get(accountId) ?? []) sink.send(event);
  }

  /** Ends the streams here of an account (all of them, or only those of the given sessions) with `closed`. */
  function closeStreams(accountId: string, reason: CloseReason, sessionIds?: string[]) {
    for (const sink of [...(streams.get(accountId) ?? [])]) {
      if (!sessionIds || sessionIds.includes(sink.sessionId)) sink.close(reason);
    }
  }

  return {
    event: (name: AccountEventName, data: unknown): AccountEvent => ({ id: nextId(), name, data, at: now() }),

    publish(accountId: string, name: AccountEventName, data: unknown) {
      deliver(accountId, this.event(name, data));
    },

    deliver,
    closeStreams,

    /** Ids continue from a sequence shared with other processes; events before `first` are not known here. */
    continueFrom(first: bigint) {
      firstId = first;
      if (first > lastId) lastId = first;
    },

    /** Whether `id` is one this sequence has reached (not one from the future or another deployment). */
    issued: (id: string) => BigInt(id) <= lastId,

    /**
     * Events after `lastEventId` still in the window. `complete` is false when some may be missing: they
     * fell out of the window, or happened before this process started.
     */
    missedSince(accountId: string, lastEventId: string | undefined): { events: AccountEvent[]; complete: boolean } {
      if (lastEventId === undefined) return { events: [], complete: true };
      const after = BigInt(lastEventId);
      const { events, complete } = replay.since(accountId, after);
      return { events, complete: complete && after >= firstId };
    },

    attach(accountId: string, sink: StreamSink): () => void {
      const set = streams.get(accountId) ?? new Set();
      set.add(sink);
      streams.set(accountId, set);
      return () => {
        set.delete(sink);
        if (set.size === 0) streams.delete(accountId);
      };
    },

    /** Ends the account's streams (all of them, or only those of the given sessions) with `closed`. */
    close: closeStreams,

    closeAll(reason: CloseReason) {
      for (const set of [...streams.values()]) for (const sink of [...set]) sink.close(reason);
      replay.stop();
    },

    /** What the replay buffer holds now (for tests and the overview). */
    replayHeld: () => replay.held(),
  };
}

/**
 * The events kept for reconnecting clients, bounded however callers publish: by age (the window, pruned
 * on every publish and by a timer, so an idle server lets go too), per channel (a count), and in all (bytes
 * of JSON). One queue in publish order holds every kept event, so pruning takes the oldest first. An
 * event let go early (count, bytes) is remembered per channel until the window would have let it go; one
 * let go by age raises a watermark for all: a client further behind than either learns its replay is
 * incomplete, and reads the state again.
 */
function createReplayBuffer(options: BusOptions, now: () => number) {
  type Kept = { channel: string; event: AccountEvent; bytes: number; gone?: true };
  const queue: Kept[] = [];
  let head = 0;
  let held = 0;
  let bytes = 0;
  const byChannel = new Map<string, Kept[]>();
  const droppedEarly = new Map<string, bigint>(); // oldest first
  let agedOutUpTo = 0n;

  /** Lets an event go; the queue skips it when pruning reaches it. */
  function forget(kept: Kept, early: boolean) {
    kept.gone = true;
    held--;
    bytes -= kept.bytes;
    const list = byChannel.get(kept.channel)!;
    list.splice(list.indexOf(kept), 1); // the channel's oldest, or near it: a short search
    if (list.length === 0) byChannel.delete(kept.channel);
    const id = BigInt(kept.event.id);
    if (!early) {
      if (id > agedOutUpTo) agedOutUpTo = id;
      return;
    }
    droppedEarly.delete(kept.channel);
    droppedEarly.set(kept.channel, id);
  }

  function prune() {
    const oldest = now() - options.replayWindowMs;
    for (; head < queue.length; head++) {
      const kept = queue[head];
      if (kept.gone) continue;
      const aged = kept.event.at < oldest;
      if (!aged && bytes <= options.replayMaxBytes) break;
      forget(kept, !aged);
    }
    // Early drops that the age watermark has overtaken say nothing more than it does.
    for (const [channel, id] of droppedEarly) {
      if (id > agedOutUpTo) break;
      droppedEarly.delete(channel);
    }
    if (head > 1024 && head * 2 > queue.length) {
      queue.splice(0, head);
      head = 0;
    }
  }

  const timer = setInterval(prune, Math.max(1000, Math.min(options.replayWindowMs / 10, 30_000)));
  timer.unref();

  return {
    keep(channel: string, event: AccountEvent) {
      event.json ??= JSON.stringify(event.data);
      const kept: Kept = { channel, event, bytes: event.json.length + 64 };
      const list = byChannel.get(channel) ?? [];
      list.push(kept);
      byChannel.set(channel, list);
      queue.push(kept);
      held++;
      bytes += kept.bytes;
      if (list.length > options.replayMaxEvents) forget(list[0], true);
      prune();
    },
    since(channel: string, after: bigint) {
      prune();
      const events = (byChannel.get(channel) ?? []).map((k) => k.event).filter((e) => BigInt(e.id) > after);
      return { events, complete: after >= agedOutUpTo && (droppedEarly.get(channel) ?? 0n) <= after };
    },
    held: () => ({ events: held, bytes, channels: byChannel.size, earlyDrops: droppedEarly.size }),
    stop: () => clearInterval(timer),
  };
}

export type EventBus = ReturnType<typeof createEventBus>;

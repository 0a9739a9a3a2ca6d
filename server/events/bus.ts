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
  now?: () => number;
}

export function createEventBus(options: BusOptions) {
  const now = options.now ?? Date.now;
  const streams = new Map<string, Set<StreamSink>>();
  const recent = new Map<string, AccountEvent[]>();
  // Per account, the newest event id that fell out of the replay window.
  const dropped = new Map<string, bigint>();
  // Ids grow across restarts too (they start from the clock), so Last-Event-ID comparisons stay meaningful.
  let firstId = BigInt(now()) * 1000n;
  let lastId = firstId;
  const nextId = () => String(++lastId);

  /** Delivers an event to the account's streams here and keeps it for replay. */
  function deliver(accountId: string, event: AccountEvent) {
    if (BigInt(event.id) > lastId) lastId = BigInt(event.id);
    windowed(accountId, event);
    for (const sink of streams.get(accountId) ?? []) sink.send(event);
  }

  /** Ends the streams here of an account (all of them, or only those of the given sessions) with `closed`. */
  function closeStreams(accountId: string, reason: CloseReason, sessionIds?: string[]) {
    for (const sink of [...(streams.get(accountId) ?? [])]) {
      if (!sessionIds || sessionIds.includes(sink.sessionId)) sink.close(reason);
    }
  }

  /** The account's events still inside the window, after adding `event` if given. */
  function windowed(accountId: string, event?: AccountEvent): AccountEvent[] {
    const all = [...(recent.get(accountId) ?? []), ...(event ? [event] : [])];
    const fresh = all.filter((e) => now() - e.at <= options.replayWindowMs);
    const kept = fresh.slice(-options.replayMaxEvents);
    const lost = all.slice(0, all.length - kept.length);
    if (lost.length) dropped.set(accountId, BigInt(lost[lost.length - 1].id));
    if (kept.length) recent.set(accountId, kept);
    else recent.delete(accountId);
    return kept;
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
      const events = windowed(accountId).filter((e) => BigInt(e.id) > after);
      const lostNewer = (dropped.get(accountId) ?? 0n) > after;
      return { events, complete: after >= firstId && !lostNewer };
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
    },
  };
}

export type EventBus = ReturnType<typeof createEventBus>;

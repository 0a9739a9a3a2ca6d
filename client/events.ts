// Live events as async iterators — an account's (liveEvents) and a leaderboard's (leaderboardLive):
// typed events, heartbeats, reconnection with Last-Event-ID, and a clean close.
import type { components } from "../generated/sdk.js";
import type { SdkClient } from "./sdk.js";

type Schemas = components["schemas"];

export type AccountEvent =
  | { event: "ready"; id: string; data: Schemas["ReadyEvent"] }
  | { event: "slot_updated"; id: string; data: Schemas["SlotUpdatedEvent"] }
  | { event: "wallet_updated"; id: string; data: Schemas["WalletUpdatedEvent"] }
  | { event: "inventory_updated"; id: string; data: Schemas["InventoryUpdatedEvent"] }
  | { event: "lobby_updated"; id: string; data: Schemas["LobbyUpdatedEvent"] }
  | { event: "lobby_closed"; id: string; data: Schemas["LobbyClosedEvent"] }
  | { event: "match_assigned"; id: string; data: Schemas["MatchAssignedEvent"] }
  | { event: "closed"; id: string; data: Schemas["ClosedEvent"] };

export type LeaderboardEvent =
  | { event: "ready"; id: string; data: Schemas["LeaderboardReadyEvent"] }
  | { event: "score_update"; id: string; data: Schemas["ScoreUpdateEvent"] }
  | { event: "closed"; id: string; data: Schemas["LeaderboardClosedEvent"] };

type AnyEvent = { event: string; id?: string; data: any };

export interface LiveEventsOptions {
  /** Reconnect when the connection drops or the server restarts. Default true. */
  reconnect?: boolean;
  /** With no bytes (not even a heartbeat) for this long, the connection is presumed dead and replaced. Default 45 000. */
  staleAfterMs?: number;
  /** Resume after this event id. */
  lastEventId?: string;
  /** Cap on the wait between reconnections, in ms. Default 10 000. */
  maxBackoffMs?: number;
}

/** The stream was refused (401, 403, 410 …): the session or key no longer works. */
export class LiveEventsError extends Error {
  constructor(readonly status: number, readonly code: string) {
    super(`live events refused: ${status} ${code}`);
  }
}

export interface LiveEvents<E = AccountEvent> extends AsyncIterable<E> {
  /** Ends the iteration and the connection. */
  close(): void;
  /** The id of the last event received: resume from it later with `lastEventId`. */
  readonly lastEventId: string | undefined;
}

function parseBlock(block: string): AnyEvent | null {
  const fields: Record<string, string> = {};
  for (const line of block.split("\n")) {
    if (line === "" || line.startsWith(":")) continue;
    const colon = line.indexOf(":");
    const name = colon < 0 ? line : line.slice(0, colon);
    fields[name] = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
  }
  if (!fields.event || fields.data === undefined) return null;
  return { event: fields.event, id: fields.id, data: JSON.parse(fields.data) };
}

/** Opens one connection of a stream, resuming after `lastEventId`. */
type Open = (lastEventId: string | undefined, signal: AbortSignal) => Promise<{ response: Response; error?: unknown }>;

/**
 * What a `closed` event means: `resume` reconnects with Last-Event-ID (a server shutting down),
 * `restart` reconnects afresh (a new leaderboard period), `final` ends the iteration.
 */
type AfterClose = (reason: string) => "resume" | "restart" | "final";

/** An account's live events: `ready`, `slot_updated`, `wallet_updated`, `inventory_updated`, then `closed`. */
export function liveEvents(client: SdkClient<true>, accountId: string, options: LiveEventsOptions = {}): LiveEvents {
  const open: Open = async (lastEventId, signal) => client.raw.GET("/sdk/v1/accounts/{accountId}/events", {
    params: { path: { accountId }, header: lastEventId ? { "Last-Event-ID": lastEventId } : {} }, parseAs: "stream", signal,
  });
  return iterateStream<AccountEvent>(open, (reason) => (reason === "server_shutdown" ? "resume" : "final"), options);
}

export interface LeaderboardLiveOptions extends LiveEventsOptions {
  /** A player's publicId (usually the player's own): its changes come wherever it ranks. */
  follow?: string;
}

/**
 * A leaderboard's live changes: `ready` with the board and its period, `score_update` for the top and
 * the followed record. When the period resets, `closed` (`period_reset`) comes through and the iteration
 * goes on with the new period's `ready`; it ends when the board is deleted.
 */
export function leaderboardLive(client: SdkClient, leaderboardId: string, options: LeaderboardLiveOptions = {}): LiveEvents<LeaderboardEvent> {
  const open: Open = async (lastEventId, signal) => client.raw.GET("/sdk/v1/leaderboards/{leaderboardId}/stream", {
    params: { path: { leaderboardId }, query: options.follow ? { follow: options.follow } : {}, header: lastEventId ? { "Last-Event-ID": lastEventId } : {} },
    parseAs: "stream", signal,
  });
  return iterateStream<LeaderboardEvent>(open, (reason) => (reason === "server_shutdown" ? "resume" : reason === "period_reset" ? "restart" : "final"), options);
}

function iterateStream<E extends AnyEvent>(open: Open, afterClose: AfterClose, options: LiveEventsOptions): LiveEvents<E> {
  let lastEventId = options.lastEventId;
  let closed = false;
  let current: AbortController | null = null;
  const staleAfterMs = options.staleAfterMs ?? 45_000;

  async function* connectOnce(): AsyncGenerator<E, "ended" | "final"> {
    current = new AbortController();
    const controller = current;
    let watchdog = setTimeout(() => controller.abort(), staleAfterMs);
    const { response, error } = await open(lastEventId, controller.signal);
    if (!response.ok || !response.body) {
      clearTimeout(watchdog);
      throw new LiveEventsError(response.status, (error as { error?: { code?: string } } | undefined)?.error?.code ?? "unexpected_response");
    }
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = "";
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return "ended";
        clearTimeout(watchdog);
        watchdog = setTimeout(() => controller.abort(), staleAfterMs);
        buffer += value.replace(/\r\n/g, "\n");
        let cut: number;
        while ((cut = buffer.indexOf("\n\n")) >= 0) {
          const event = parseBlock(buffer.slice(0, cut));
          buffer = buffer.slice(cut + 2);
          if (!event) continue;
          if (event.id) lastEventId = event.id;
          yield event as E;
          if (event.event !== "closed") continue;
          const next = afterClose(event.data.reason);
          if (next === "restart") lastEventId = undefined;
          return next === "final" ? "final" : "ended";
        }
      }
    } finally {
      clearTimeout(watchdog);
      controller.abort();
    }
  }

  async function* iterate(): AsyncGenerator<E> {
    let failures = 0;
    while (!closed) {
      try {
        const outcome = yield* connectOnce();
        failures = 0;
        if (outcome === "final" || options.reconnect === false) return;
      } catch (error) {
        if (error instanceof LiveEventsError) throw error;
        if (closed || options.reconnect === false) return;
        failures++;
      }
      const wait = Math.random() * Math.min(options.maxBackoffMs ?? 10_000, 250 * 2 ** failures);
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }

  const iterator = iterate();
  return {
    [Symbol.asyncIterator]: () => iterator,
    close() {
      closed = true;
      current?.abort();
      void iterator.return(undefined);
    },
    get lastEventId() {
      return lastEventId;
    },
  };
}

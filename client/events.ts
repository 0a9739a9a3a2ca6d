// Live account events as an async iterator: typed events, heartbeats, reconnection with Last-Event-ID,
// and a clean close.
import type { components } from "../generated/sdk.js";
import type { SdkClient } from "./sdk.js";

type Schemas = components["schemas"];

export type AccountEvent =
  | { event: "ready"; id: string; data: Schemas["ReadyEvent"] }
  | { event: "slot_updated"; id: string; data: Schemas["SlotUpdatedEvent"] }
  | { event: "closed"; id: string; data: Schemas["ClosedEvent"] };

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

export interface LiveEvents extends AsyncIterable<AccountEvent> {
  /** Ends the iteration and the connection. */
  close(): void;
  /** The id of the last event received: resume from it later with `lastEventId`. */
  readonly lastEventId: string | undefined;
}

function parseBlock(block: string): AccountEvent | null {
  const fields: Record<string, string> = {};
  for (const line of block.split("\n")) {
    if (line === "" || line.startsWith(":")) continue;
    const colon = line.indexOf(":");
    const name = colon < 0 ? line : line.slice(0, colon);
    fields[name] = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
  }
  if (!fields.event || fields.data === undefined) return null;
  return { event: fields.event, id: fields.id, data: JSON.parse(fields.data) } as AccountEvent;
}

export function liveEvents(client: SdkClient<true>, accountId: string, options: LiveEventsOptions = {}): LiveEvents {
  let lastEventId = options.lastEventId;
  let closed = false;
  let current: AbortController | null = null;
  const staleAfterMs = options.staleAfterMs ?? 45_000;

  async function* connectOnce(): AsyncGenerator<AccountEvent, "ended" | "final"> {
    current = new AbortController();
    const controller = current;
    let watchdog = setTimeout(() => controller.abort(), staleAfterMs);
    const { response, error } = await client.raw.GET("/sdk/v1/accounts/{accountId}/events", {
      params: { path: { accountId }, header: lastEventId ? { "Last-Event-ID": lastEventId } : {} },
      parseAs: "stream",
      signal: controller.signal,
    });
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
          yield event;
          if (event.event === "closed") return event.data.reason === "server_shutdown" ? "ended" : "final";
        }
      }
    } finally {
      clearTimeout(watchdog);
      controller.abort();
    }
  }

  async function* iterate(): AsyncGenerator<AccountEvent> {
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

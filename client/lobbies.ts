// Quick-join as one call: the server answers 202 `lobby_forming` (the error envelope on a 2xx: a
// forming answer, not an error) while the player waits in a forming lobby; this follows each answer's
// Retry-After until the lobby is ready.
import type { components } from "../generated/sdk.js";
import type { SdkClient } from "./sdk.js";

type Schemas = components["schemas"];
export type Lobby = Schemas["Lobby"];
/** Where the player waits: the forming lobby, how many it holds and still needs. */
export type LobbyForming = Schemas["LobbyFormingBody"]["details"];

export interface QuickJoinOptions {
  accountId: string;
  mode: string;
  region?: string;
  maxPlayers?: number;
  /** Called with each forming answer, to show "waiting for 2 more players". */
  onForming?(forming: LobbyForming): void;
  /** Give up after this long (the last forming answer is returned). Default 120 000 ms. */
  maxWaitMs?: number;
  signal?: AbortSignal;
}

const pause = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });

/**
 * Quick-joins and waits: resolves with the answer that holds the ready lobby (`data.lobby`), a refusal
 * (`error`), or — past `maxWaitMs` — the last forming answer. Each call after a Retry-After is a new
 * request (a new idempotency key); the server keeps the player's one place whatever the number of calls.
 */
export async function quickJoin(client: SdkClient<true>, options: QuickJoinOptions) {
  const deadline = Date.now() + (options.maxWaitMs ?? 120_000);
  const body = { mode: options.mode, region: options.region, maxPlayers: options.maxPlayers };
  for (;;) {
    const result = await client.POST("/sdk/v1/accounts/{accountId}/lobbies/quick-join", { params: { path: { accountId: options.accountId } }, body, signal: options.signal });
    if (!result.data || "lobby" in result.data) return result;
    const forming = result.data.error.details;
    options.onForming?.(forming);
    const waitMs = Number(result.response.headers.get("Retry-After") ?? forming.retryAfterSeconds) * 1000;
    if (Date.now() + waitMs > deadline) return result;
    await pause(waitMs, options.signal);
  }
}

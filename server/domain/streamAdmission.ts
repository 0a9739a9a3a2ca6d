// One admission and one credential recheck for every kind of stream: a player's account stream, a
// board stream opened with the runtime key alone, an operator's board stream. Each takes a place from
// this process (503 past its capacity), then from its client address, its key (or its operator
// session) and, for an account, the account's places across processes (429 `too_many_streams`, naming
// the scope). So no one key or address can take every place from players and operators. An open
// stream re-checks that its credentials still hold; a revocation made here closes it at once through
// the bus, one made by another process within `streamCredentialCheckMs`.
import { ApiError } from "./errors.js";
import type { Deps } from "./context.js";
import type { CloseReason, StreamSink } from "../events/bus.js";
import type { EventSink } from "./events.js";

/** Who opens a stream. */
export interface StreamParty {
  environmentId: string;
  address: string;
  /** The key it was opened with (SDK streams); null for an operator's. */
  keyId: string | null;
  /** A player's stream: at most `maxStreamsPerAccount` across processes. */
  accountId?: string;
  /** An operator's stream: at most `maxStreamsPerAccount` per operator session in this process. */
  memberSessionId?: string;
}

type Scope = "address" | "key" | "session" | "account";

/** Open streams in this process, per scope (`address:…`, `key:…`, `game:…`, …) and in all (`*`). */
const openByApp = new WeakMap<object, Map<string, number>>();
const countsOf = (deps: Pick<Deps, "streams">) => {
  let counts = openByApp.get(deps.streams);
  if (!counts) openByApp.set(deps.streams, (counts = new Map()));
  return counts;
};

/** Streams open in this process: in all, or of one game. */
export const openStreams = (deps: Pick<Deps, "streams">, environmentId?: string) => countsOf(deps).get(environmentId ? `game:${environmentId}` : "*") ?? 0;

const tooMany = (scope: Scope, limit: number) =>
  new ApiError(429, "too_many_streams", `this ${scope === "session" ? "operator session" : scope === "key" ? "API key" : scope === "address" ? "client address" : "account"} already has ${limit} open event streams`, { limit, scope }, { "Retry-After": "5" });

/** Takes a stream's places, or throws 503 (the process is full) or 429 (one of its scopes is). Returns the release. */
export async function admitStream(deps: Deps, party: StreamParty): Promise<() => void> {
  const { maxStreamsPerProcess: capacity, maxStreamsPerAccount, maxStreamsPerAddress } = deps.settings;
  const counts = countsOf(deps);
  const count = (key: string) => counts.get(key) ?? 0;
  if (count("*") >= capacity) {
    throw new ApiError(503, "unavailable", `this server holds as many event streams as it can (${capacity}); retry shortly`, { reason: "stream_capacity", limit: capacity }, { "Retry-After": "5" });
  }
  // Streams opened with a key alone (boards) may hold half the process per key, never all of it: players'
  // account streams are held per account and per address instead, and operators' per session.
  const limits: Array<[Scope, string, number]> = [["address", `address:${party.address}`, maxStreamsPerAddress]];
  if (party.keyId && !party.accountId) limits.push(["key", `key:${party.keyId}`, Math.max(1, Math.floor(capacity / 2))]);
  if (party.memberSessionId) limits.push(["session", `session:${party.memberSessionId}`, maxStreamsPerAccount]);
  for (const [scope, key, limit] of limits) if (count(key) >= limit) throw tooMany(scope, limit);
  const releaseAccount = party.accountId ? await deps.streams.acquire(party.accountId, maxStreamsPerAccount) : () => {};
  if (!releaseAccount) throw tooMany("account", maxStreamsPerAccount);
  const held = ["*", `game:${party.environmentId}`, ...limits.map(([, key]) => key)];
  for (const key of held) counts.set(key, count(key) + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    releaseAccount();
    for (const key of held) {
      const left = count(key) - 1;
      if (left > 0) counts.set(key, left);
      else counts.delete(key);
    }
  };
}

/**
 * Re-checks an open stream's credentials every `streamCredentialCheckMs` and closes it with the reason
 * once they no longer hold (a check the store cannot answer right now changes nothing).
 */
export function recheckWhileOpen(deps: Pick<Deps, "settings">, channel: EventSink, sink: StreamSink, check: () => Promise<CloseReason | null>) {
  let open = true;
  const timer = setInterval(() => void check().catch(() => null).then((reason) => open && reason && sink.close(reason)), deps.settings.streamCredentialCheckMs);
  timer.unref();
  channel.onEnd(() => {
    open = false;
    clearInterval(timer);
  });
}

/** Whether the key still holds: revoked (or gone) keys end their streams. */
export const keyStillValid = (deps: Pick<Deps, "store">, keyId: string) => async (): Promise<CloseReason | null> =>
  ((await deps.store.findApiKeys(keyId)).find((k) => k.id === keyId)?.revokedAt ?? "revoked") === null ? null : "key_revoked";

/** Whether the operator's session still holds: signed out, revoked, expired or idle sessions end their streams. */
export const memberSessionStillValid = (deps: Pick<Deps, "store" | "now" | "settings">, sessionId: string) => async (): Promise<CloseReason | null> => {
  const session = await deps.store.memberSessionById(sessionId);
  const now = deps.now().getTime();
  const ended = !session || session.revokedAt !== null || now >= Date.parse(session.expiresAt) || now - Date.parse(session.lastUsedAt) >= deps.settings.memberSessionIdleMs;
  return ended ? "session_revoked" : null;
};

// What every domain operation is given: its dependencies, and who is calling.
import type { PlanLimits, PlanName } from "./plans.js";
import type { AccountRecord, KeyPrincipal, SessionRecord, Store } from "../store/types.js";
import type { EventBus } from "../events/bus.js";
import { defaultStreamCapacity, type StreamSlots } from "../events/streamSlots.js";

export interface RuntimeSettings {
  maxSlotsPerAccount: number;
  transferCodeConsumePerKeyPerMinute: number;
  transferCodeConsumePerAddressPerMinute: number;
  recommendedSyncIntervalSeconds: number;
  transferCodeMaxAttempts: number;
  transferCodeMaxTtlSeconds: number;
  transferCodeDefaultTtlSeconds: number;
  sseHeartbeatMs: number;
  eventReplayWindowMs: number;
  eventReplayMaxEvents: number;
  maxStreamsPerAccount: number;
  /** Event streams one server process holds at most (PERSISTLY_MAX_STREAMS); past it, 503 `unavailable`. */
  maxStreamsPerProcess: number;
  /** How often an open event stream re-checks its key and session (revoked by another process). */
  streamCredentialCheckMs: number;
}

export interface Deps {
  store: Store;
  plans: Record<PlanName, PlanLimits>;
  settings: RuntimeSettings;
  /** The clock; tests move it to expire transfer codes. */
  now: () => Date;
  /** Limits of their own, on top of the per-key buckets; each throws 429 `rate_limited` when spent. */
  limits: {
    /** Admits a redemption attempt from this address with this key, or throws 429 `rate_limited`. */
    transferCodeAttempt(keyId: string, address: string): Promise<void>;
    /** Counts a wrong guess against the key's shared budget. */
    transferCodeWrongGuess(keyId: string): Promise<void>;
  };
  events: EventBus;
  /** Places for open event streams: per account (across processes with Redis) and in this process. */
  streams: StreamSlots;
  /** Request counts not yet written to the store are written by `flush`. */
  usage: { flush(): Promise<void> };
  /** Set while the server shuts down: health checks then answer 503. */
  lifecycle: { draining: boolean };
}

export interface Caller {
  principal: KeyPrincipal;
  /** The X-Persistly-SDK value, as sent. */
  sdk: string | null;
}

export interface SessionCaller extends Caller {
  session: SessionRecord;
  account: AccountRecord;
}

export const DEFAULT_SETTINGS: RuntimeSettings = {
  maxSlotsPerAccount: 64,
  transferCodeConsumePerKeyPerMinute: 60,
  transferCodeConsumePerAddressPerMinute: 10,
  recommendedSyncIntervalSeconds: 30,
  transferCodeMaxAttempts: 5,
  transferCodeMaxTtlSeconds: 900,
  transferCodeDefaultTtlSeconds: 600,
  sseHeartbeatMs: 15_000,
  eventReplayWindowMs: 5 * 60_000,
  eventReplayMaxEvents: 100,
  maxStreamsPerAccount: 5,
  maxStreamsPerProcess: defaultStreamCapacity(),
  streamCredentialCheckMs: 5_000,
};

export const planOf = (deps: Deps, caller: Caller): PlanLimits => deps.plans[caller.principal.workspace.plan];
export const nowIso = (deps: Deps) => deps.now().toISOString();

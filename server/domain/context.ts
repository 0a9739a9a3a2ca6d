// What every domain operation is given: its dependencies, and who is calling.
import type { PlanLimits, PlanName } from "./plans.js";
import type { AccountRecord, KeyPrincipal, ReadStore, SessionRecord, SlotRecord, Store, TxStore } from "../store/types.js";
import type { EventBus } from "../events/bus.js";
import { defaultStreamCapacity, type StreamSlots } from "../events/streamSlots.js";
import { DEFAULT_KDF, type KdfCost } from "./passwords.js";
import type { Randomness } from "./randomness.js";

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
  /** The replay buffer's bound in bytes of events' JSON, all accounts and boards together. */
  eventReplayMaxBytes: number;
  maxStreamsPerAccount: number;
  /** Streams one client address holds at most in one process (a NAT's players share it). */
  maxStreamsPerAddress: number;
  /** Event streams one server process holds at most (PERSISTLY_MAX_STREAMS); past it, 503 `unavailable`. */
  maxStreamsPerProcess: number;
  /** How often an open event stream re-checks its key and session (revoked by another process). */
  streamCredentialCheckMs: number;
  /** A lobby member silent for this long is dropped; a lobby whose members all are closes. */
  lobbyTimeoutMs: number;
  /** scrypt's cost for member passwords (tests lower it; hashes keep their own cost). */
  passwordKdf: KdfCost;
  /** A member session ends after this long without a request, and this long after sign-in in any case. */
  memberSessionIdleMs: number;
  memberSessionMaxMs: number;
  /** Failed sign-ins allowed per email and per client address in `signInWindowSeconds`, before 429. */
  signInFailuresPerEmail: number;
  signInFailuresPerAddress: number;
  signInWindowSeconds: number;
  /** Accept the idempotency keys the specs and docs publish (the docs scenario only: its pages publish the keys it sends). */
  acceptPublishedIdempotencyKeys: boolean;
  /** The operator cookie without `Secure` (PERSISTLY_ADMIN_INSECURE_COOKIE=1, plain local HTTP only). */
  insecureAdminCookie: boolean;
}

/** What a read is given: a store it can read from (the process's, or one bound to a transaction). */
export interface Deps {
  store: ReadStore;
  plans: Record<PlanName, PlanLimits>;
  settings: RuntimeSettings;
  /** The clock; tests move it to expire transfer codes. */
  now: () => Date;
  /** Where ids, tokens and codes come from: the OS's CSPRNG, seeded only by the docs recorder. */
  random: Randomness;
  /** Limits of their own, on top of the per-key buckets; each throws 429 `rate_limited` when spent. */
  limits: {
    /** Admits a redemption attempt from this address with this key (taking a place of the address's), or throws 429 `rate_limited`. */
    transferCodeAttempt(keyId: string, address: string): Promise<void>;
    /** The code was typed right: the address's place is given back. */
    transferCodeRight(address: string): Promise<void>;
    /** Counts a wrong guess against the key's shared budget. */
    transferCodeWrongGuess(keyId: string): Promise<void>;
    /** The same three for lobby join codes, with budgets of their own. */
    joinCodeAttempt(keyId: string, address: string): Promise<void>;
    joinCodeRight(address: string): Promise<void>;
    joinCodeWrongGuess(keyId: string): Promise<void>;
    /** Counts a sign-in attempt before its password is checked; throws 429 `rate_limited` once the email or the address has spent its budget. */
    signInAttempt(email: string, address: string): Promise<void>;
    /** Gives a successful attempt back: only failures spend the budgets. */
    signInSucceeded(email: string, address: string): Promise<void>;
    /** Gives back an attempt whose password was never checked (hashing busy). */
    signInNotChecked(email: string, address: string): Promise<void>;
  };
  events: EventBus;
  /** Places for open event streams: per account (across processes with Redis) and in this process. */
  streams: StreamSlots;
  /** Request counts not yet written to the store are written by `flush`. */
  usage: { flush(): Promise<void> };
  /** Set while the server shuts down: health checks then answer 503. */
  lifecycle: { draining: boolean };
  /** Finalises events as they end; `wake` starts it in a process that did not know of any event yet. */
  finaliser: { wake(): void };
  /** Drops silent lobby members; `wake` starts it in a process that did not know of any lobby yet. */
  lobbySweeper: { wake(): void };
}

/** What a change is given: the store bound to its transaction, the only one that writes and locks. */
export interface TxDeps extends Deps {
  store: TxStore;
}

/** What the pipeline, the background workers and the CLI hold: the process's store, which opens transactions. */
export interface AppDeps extends Deps {
  store: Store;
}

export interface Caller {
  principal: KeyPrincipal;
  /** The X-Persistly-SDK value, as sent. */
  sdk: string | null;
}

/** What acting on one game needs to know: its environment and its workspace (a key's caller is one; so is an operator's game). */
export interface GameScope {
  principal: Pick<KeyPrincipal, "workspace" | "environment">;
}

export interface SessionCaller extends Caller {
  session: SessionRecord;
  account: AccountRecord;
  /** The slot the operation addresses, read with the session when the operation asks for it (getSlot). */
  slotRead?: { slotId: string; slot: SlotRecord | null };
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
  eventReplayMaxBytes: 16 * 1024 * 1024,
  maxStreamsPerAccount: 5,
  maxStreamsPerAddress: 200,
  maxStreamsPerProcess: defaultStreamCapacity(),
  streamCredentialCheckMs: 5_000,
  lobbyTimeoutMs: 30_000,
  passwordKdf: DEFAULT_KDF,
  memberSessionIdleMs: 2 * 60 * 60_000,
  memberSessionMaxMs: 12 * 60 * 60_000,
  signInFailuresPerEmail: 5,
  signInFailuresPerAddress: 30,
  signInWindowSeconds: 15 * 60,
  insecureAdminCookie: false,
  acceptPublishedIdempotencyKeys: false,
};

export const planOf = (deps: Deps, caller: Caller): PlanLimits => deps.plans[caller.principal.workspace.plan];
export const nowIso = (deps: Deps) => deps.now().toISOString();

/**
 * Runs `work` in one transaction, handed the dependencies with their store bound to it: how a change is
 * made outside the request pipeline (the CLI, scripts, tests). Locks are taken only in a transaction.
 */
export function inTransaction<D extends { store: Store }, T>(deps: D, work: (deps: Omit<D, "store"> & { store: TxStore }) => Promise<T>): Promise<T> {
  return deps.store.transaction((tx) => work({ ...deps, store: tx }));
}

// What every domain operation is given: its dependencies, and who is calling.
import type { PlanLimits, PlanName } from "./plans.js";
import type { AccountRecord, KeyPrincipal, SessionRecord, Store } from "../store/types.js";

export interface RuntimeSettings {
  maxSlotsPerAccount: number;
  recommendedSyncIntervalSeconds: number;
  transferCodeMaxAttempts: number;
  transferCodeMaxTtlSeconds: number;
  transferCodeDefaultTtlSeconds: number;
}

export interface Deps {
  store: Store;
  plans: Record<PlanName, PlanLimits>;
  settings: RuntimeSettings;
  /** The clock; tests move it to expire transfer codes. */
  now: () => Date;
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
  recommendedSyncIntervalSeconds: 30,
  transferCodeMaxAttempts: 5,
  transferCodeMaxTtlSeconds: 900,
  transferCodeDefaultTtlSeconds: 600,
};

export const planOf = (deps: Deps, caller: Caller): PlanLimits => deps.plans[caller.principal.workspace.plan];
export const nowIso = (deps: Deps) => deps.now().toISOString();

// The sync policy a client follows, and the environment's game config.
import { planOf, type Caller, type Deps } from "./context.js";

export function syncPolicy(deps: Deps, caller: Caller) {
  const plan = planOf(deps, caller);
  return {
    conflictModel: "optimistic" as const,
    maxDataBytes: plan.maxDataBytes,
    maxSlotInfoBytes: plan.maxSlotInfoBytes,
    maxSlotsPerAccount: deps.settings.maxSlotsPerAccount,
    checksumAlgorithm: "sha256" as const,
    canonicalization: "RFC8785" as const,
    recommendedSyncIntervalSeconds: deps.settings.recommendedSyncIntervalSeconds,
    transferCodesEnabled: caller.principal.environment.transferCodesEnabled,
    transferCodeMaxTtlSeconds: deps.settings.transferCodeMaxTtlSeconds,
  };
}

/** The active config; its payload is left out when the caller already holds that version. */
export async function activeGameConfig(deps: Deps, caller: Caller, cachedVersion: number | undefined) {
  const active = await deps.store.getActiveGameConfig(caller.principal.environment.id);
  if (!active) return null;
  const unchanged = cachedVersion === active.version;
  return { version: active.version, publishedAt: active.publishedAt, config: unchanged ? undefined : (JSON.parse(active.config) as Record<string, unknown>) };
}

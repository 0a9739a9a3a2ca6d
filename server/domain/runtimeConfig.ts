// The sync policy a client follows, and the environment's game config.
import { planOf, type Caller, type Deps } from "./context.js";
import { versionMemo } from "./versionMemo.js";

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

/**
 * The active config; its payload is left out when the caller already holds that version. The active
 * version comes with the caller's key principal (cached, and forgotten whenever a config is activated),
 * and a version never changes once published, so a client polling with the version it holds costs no
 * database read.
 */
export async function activeGameConfig(deps: Deps, caller: Caller, cachedVersion: number | undefined) {
  const { id: environmentId, activeGameConfigVersion: version } = caller.principal.environment;
  if (version === null) return null;
  const active = await publishedConfig(deps, environmentId, version);
  if (!active) return null;
  return { version, publishedAt: active.publishedAt, config: cachedVersion === version ? undefined : (JSON.parse(active.config) as Record<string, unknown>) };
}

// A client polls with the version it holds: the version's record is read once per process.
const published = versionMemo<{ publishedAt: string; config: string }>(64);

const publishedConfig = (deps: Deps, environmentId: string, version: number) =>
  published(environmentId, version, async () => {
    const record = await deps.store.getGameConfig(environmentId, version);
    return record && { publishedAt: record.publishedAt, config: record.config };
  });

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

// Published versions, by environment and version: immutable, so kept (the newest few) once read.
const published = new Map<string, { publishedAt: string; config: string }>();
const PUBLISHED_MAX = 64;

async function publishedConfig(deps: Deps, environmentId: string, version: number) {
  const key = `${environmentId}:${version}`;
  const known = published.get(key);
  if (known) return known;
  const record = await deps.store.getGameConfig(environmentId, version);
  if (!record) return null;
  if (published.size >= PUBLISHED_MAX) published.delete(published.keys().next().value!);
  published.set(key, { publishedAt: record.publishedAt, config: record.config });
  return record;
}

// The sync policy a client follows, and the environment's game config.
import { invalidRequest, payloadTooLarge } from "./errors.js";
import { canonicalJson } from "./payload.js";
import { planOf, type Caller, type Deps } from "./context.js";
import type { EnvironmentRecord, GameConfigRecord } from "../store/types.js";

export const GAME_CONFIG_MAX_BYTES = 1024 * 1024;

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

export async function publishGameConfig(deps: Deps, environment: EnvironmentRecord, config: unknown): Promise<GameConfigRecord> {
  if (config === null || typeof config !== "object" || Array.isArray(config)) {
    throw invalidRequest("a game config must be a JSON object", { field: "config", reason: "not_an_object" });
  }
  const json = canonicalJson("config", config);
  const bytes = Buffer.byteLength(json, "utf8");
  if (bytes > GAME_CONFIG_MAX_BYTES) throw payloadTooLarge("config", GAME_CONFIG_MAX_BYTES, bytes);
  return deps.store.publishGameConfig(environment.id, json, deps.now().toISOString());
}

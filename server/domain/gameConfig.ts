// Game config versions of an environment: publish (and activate), list, read the active one, roll back.
import { invalidRequest, notFound, payloadTooLarge } from "./errors.js";
import { canonicalJson } from "./payload.js";
import type { Deps, TxDeps } from "./context.js";
import type { EnvironmentRecord, GameConfigRecord } from "../store/types.js";

export const GAME_CONFIG_MAX_BYTES = 1024 * 1024;

export interface GameConfigView {
  record: GameConfigRecord;
  active: boolean;
}

export async function publishGameConfig(deps: TxDeps, environment: EnvironmentRecord, config: unknown): Promise<GameConfigRecord> {
  if (config === null || typeof config !== "object" || Array.isArray(config)) {
    throw invalidRequest("a game config must be a JSON object", { field: "config", reason: "not_an_object" });
  }
  const json = canonicalJson("config", config);
  const bytes = Buffer.byteLength(json, "utf8");
  if (bytes > GAME_CONFIG_MAX_BYTES) throw payloadTooLarge("config", GAME_CONFIG_MAX_BYTES, bytes);
  return deps.store.publishGameConfig(environment.id, json, deps.now().toISOString());
}

export async function listGameConfigs(deps: Deps, environment: EnvironmentRecord) {
  const active = (await deps.store.getActiveGameConfig(environment.id))?.version ?? null;
  const versions = await deps.store.listGameConfigs(environment.id);
  return { activeVersion: active, versions: versions.map((record) => ({ record, active: record.version === active })) };
}

export async function activeGameConfigRecord(deps: Deps, environment: EnvironmentRecord): Promise<GameConfigRecord> {
  const active = await deps.store.getActiveGameConfig(environment.id);
  if (!active) throw notFound("no game config has been published in this environment");
  return active;
}

/** Makes an earlier (or any published) version the active one again. */
export async function activateGameConfig(deps: TxDeps, environment: EnvironmentRecord, version: number): Promise<GameConfigRecord> {
  if (!(await deps.store.activateGameConfig(environment.id, version))) {
    throw notFound(`game config version ${version} does not exist`, { version });
  }
  return (await deps.store.getGameConfig(environment.id, version))!;
}

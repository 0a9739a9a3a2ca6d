// An operator's configuration of a studio and its games: the plan, games (environments), their
// switches and browser origins, and API keys. Each returns what changed, for the audit log.
import { ApiError, invalidRequest, notFound } from "./errors.js";
import { isEnvironmentName, parseOrigin } from "./operator.js";
import type { TxDeps } from "./context.js";
import type { PlanName } from "./plans.js";
import type { EnvironmentRecord, WorkspaceRecord } from "../store/types.js";

export async function setPlan(deps: Pick<TxDeps, "store">, workspace: WorkspaceRecord, plan: PlanName) {
  return (await deps.store.setWorkspacePlan(workspace.name, plan))!;
}

export async function createGame(deps: Pick<TxDeps, "store" | "now" | "random">, workspace: WorkspaceRecord, name: string) {
  if (!isEnvironmentName(name)) throw invalidRequest(`a game name is 1–24 lower-case letters, digits and hyphens; "${name}" is not`, { field: "name" });
  await deps.store.lockName(`game-name:${workspace.id}:${name}`); // two at once: the second reads the first's game, and answers 409
  if (await deps.store.findEnvironment(workspace.id, name)) throw new ApiError(409, "game_exists", `this studio already has a game named "${name}"`, { name });
  return deps.store.createEnvironment(workspace.id, name, deps.now().toISOString(), deps.random.uuid());
}

export async function updateGame(deps: Pick<TxDeps, "store">, game: EnvironmentRecord, change: { transferCodesEnabled?: boolean; allowedOrigins?: string[] }) {
  let origins: string[] | undefined;
  if (change.allowedOrigins) {
    origins = change.allowedOrigins.map((given, i) => {
      try {
        return parseOrigin(given);
      } catch (error) {
        throw invalidRequest((error as Error).message, { field: `allowedOrigins/${i}` });
      }
    });
    await deps.store.setAllowedOrigins(game.id, [...new Set(origins)]);
  }
  if (change.transferCodesEnabled !== undefined) await deps.store.setTransferCodesEnabled(game.id, change.transferCodesEnabled);
  const after = (await deps.store.getEnvironment(game.id))!;
  const switches = (e: EnvironmentRecord) => ({
    ...(change.transferCodesEnabled !== undefined ? { transferCodesEnabled: e.transferCodesEnabled } : {}),
    ...(origins ? { allowedOrigins: e.allowedOrigins } : {}),
  });
  return { game: after, before: switches(game), after: switches(after) };
}

export async function revokeGameKey(deps: Pick<TxDeps, "store" | "now">, game: EnvironmentRecord, keyId: string) {
  const [key] = (await deps.store.findApiKeys(keyId)).filter((k) => k.id === keyId && k.environmentId === game.id);
  if (!key) throw notFound(`no key ${keyId} in this game`, { keyId });
  return key.revokedAt ? key : (await deps.store.revokeApiKey(key.id, deps.now().toISOString()))!;
}

// Operator actions (the CLI and first start): workspaces, environments, keys, plans, switches.
import { newApiKey, newKeyId, hashSecret } from "./secrets.js";
import type { ApiKeyRecord, EnvironmentRecord, KeyKind, Store } from "../store/types.js";

export const DEFAULT_WORKSPACE = "default";

export async function findEnvironmentOrFail(store: Store, name: string, workspaceName = DEFAULT_WORKSPACE) {
  const workspace = await store.ensureWorkspace(workspaceName, new Date().toISOString());
  const env = await store.findEnvironment(workspace.id, name);
  if (!env) throw new Error(`no environment named "${name}" in workspace "${workspaceName}"`);
  return env;
}

/** Issues a key; the secret is returned once and only its hash is stored. */
export async function issueKey(store: Store, environment: EnvironmentRecord, kind: KeyKind) {
  const { key, prefix } = newApiKey(kind, environment.name);
  const record: ApiKeyRecord = {
    id: newKeyId(), environmentId: environment.id, kind, prefix,
    createdAt: new Date().toISOString(), revokedAt: null,
  };
  await store.createApiKey(record, hashSecret(key));
  return { key, record };
}

export async function createEnvironment(store: Store, name: string, workspaceName = DEFAULT_WORKSPACE) {
  const now = new Date().toISOString();
  const workspace = await store.ensureWorkspace(workspaceName, now);
  if (await store.findEnvironment(workspace.id, name)) throw new Error(`environment "${name}" already exists`);
  return store.createEnvironment(workspace.id, name, now);
}

/**
 * First start on an empty database: a `development` environment with one runtime and one server key.
 * Returns the keys (to print once), or null when the database already has an environment.
 */
export async function bootstrapIfEmpty(store: Store) {
  const workspace = await store.ensureWorkspace(DEFAULT_WORKSPACE, new Date().toISOString());
  if ((await store.listEnvironments(workspace.id)).length > 0) return null;
  const environment = await store.createEnvironment(workspace.id, "development", new Date().toISOString());
  const runtime = await issueKey(store, environment, "runtime");
  const server = await issueKey(store, environment, "server");
  return { environment, runtimeKey: runtime.key, serverKey: server.key };
}

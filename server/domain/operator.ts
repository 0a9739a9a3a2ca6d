// Operator actions (the CLI and first start): workspaces, environments, keys, plans, switches.
import { newApiKey, newKeyId, hashSecret } from "./secrets.js";
import { systemRandomness, type Randomness } from "./randomness.js";
import type { ApiKeyRecord, EnvironmentRecord, KeyKind, ReadStore, Store, TxStore } from "../store/types.js";

export const DEFAULT_WORKSPACE = "default";

/** The workspace, never created as a side effect: a typo names the workspaces there are. */
export async function findWorkspaceOrFail(store: ReadStore, name: string) {
  const workspaces = await store.listWorkspaces();
  const found = workspaces.find((w) => w.name === name);
  if (!found) throw new Error(`no workspace named "${name}"${workspaces.length ? ` (there is ${workspaces.map((w) => `"${w.name}"`).join(", ")})` : "; run persistly init"}`);
  return found;
}

export async function findEnvironmentOrFail(store: ReadStore, name: string, workspaceName = DEFAULT_WORKSPACE) {
  const workspace = await findWorkspaceOrFail(store, workspaceName);
  const env = await store.findEnvironment(workspace.id, name);
  if (!env) {
    const names = (await store.listEnvironments(workspace.id)).map((e) => `"${e.name}"`);
    throw new Error(`no environment named "${name}" in workspace "${workspaceName}"${names.length ? ` (there is ${names.join(", ")})` : ""}`);
  }
  return env;
}

/**
 * Revokes a key named by the key itself (what you hold when it leaks), its display prefix (as `keys
 * list` shows it, with or without the ellipsis) or its id. Revoking a revoked key changes nothing.
 */
export async function revokeKey(store: TxStore, presented: string) {
  const given = presented.trim().replace(/(…|\.\.\.)$/, "");
  const principal = await store.findKeyPrincipal(hashSecret(given));
  const matches = principal ? [principal.key] : await store.findApiKeys(given);
  if (matches.length === 0) throw new Error(`no key is, or has the prefix or id, "${given}"`);
  if (matches.length > 1) throw new Error(`${matches.length} keys have the prefix "${given}"; revoke by id: ${matches.map((k) => k.id).join(", ")}`);
  const alreadyRevokedAt = matches[0].revokedAt;
  const key = alreadyRevokedAt ? matches[0] : (await store.revokeApiKey(matches[0].id, new Date().toISOString()))!;
  return { key, alreadyRevokedAt };
}

/** Environment names show in keys (`pst_rt_production_…`), so they are kept to what reads well there. */
const ENVIRONMENT_NAME = /^[a-z0-9][a-z0-9-]{0,23}$/;
export const isEnvironmentName = (name: string) => ENVIRONMENT_NAME.test(name);

/** Issues a key; the secret is returned once and only its hash is stored. */
export async function issueKey(store: TxStore, environment: EnvironmentRecord, kind: KeyKind, random: Randomness = systemRandomness, now = new Date()) {
  const { key, prefix } = newApiKey(random, kind, environment.name);
  const record: ApiKeyRecord = {
    id: newKeyId(random), environmentId: environment.id, kind, prefix,
    createdAt: now.toISOString(), revokedAt: null,
  };
  await store.createApiKey(record, hashSecret(key));
  return { key, record };
}

export async function createEnvironment(store: TxStore, name: string, workspaceName = DEFAULT_WORKSPACE) {
  const now = new Date().toISOString();
  if (!ENVIRONMENT_NAME.test(name)) throw new Error(`environment names are 1–24 lower-case letters, digits and hyphens, starting with a letter or digit; "${name}" is not`);
  const workspace = await store.ensureWorkspace(workspaceName, now);
  if (await store.findEnvironment(workspace.id, name)) throw new Error(`environment "${name}" already exists`);
  return store.createEnvironment(workspace.id, name, now);
}

/** A new studio (workspace), by a name not taken; its games are then made with `env create NAME --workspace STUDIO`. */
export async function createStudio(store: TxStore, name: string) {
  if (!ENVIRONMENT_NAME.test(name)) throw new Error(`studio names are 1–24 lower-case letters, digits and hyphens, starting with a letter or digit; "${name}" is not`);
  if ((await store.listWorkspaces()).some((w) => w.name === name)) throw new Error(`studio "${name}" already exists`);
  return store.ensureWorkspace(name, new Date().toISOString());
}

/**
 * First start on an empty database: a `development` environment with one runtime and one server key,
 * in one transaction. Returns the keys (to print once), or null when the database already has an environment.
 */
export function bootstrapIfEmpty(store: Store, from: { random: Randomness; now: () => Date } = { random: systemRandomness, now: () => new Date() }) {
  const { random, now } = from;
  return store.transaction(async (tx) => {
    const workspace = await tx.ensureWorkspace(DEFAULT_WORKSPACE, now().toISOString(), random.uuid());
    if ((await tx.listEnvironments(workspace.id)).length > 0) return null;
    const environment = await tx.createEnvironment(workspace.id, "development", now().toISOString(), random.uuid());
    const runtime = await issueKey(tx, environment, "runtime", random, now());
    const server = await issueKey(tx, environment, "server", random, now());
    return { environment, runtimeKey: runtime.key, serverKey: server.key };
  });
}

/**
 * An origin as browsers send it (`https://game.example`, `http://localhost:5173`), or `*` for any.
 * Anything else (a path, a trailing slash, another scheme) is refused, naming what to write instead.
 */
export function parseOrigin(text: string): string {
  const given = text.trim();
  if (given === "*") return given;
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    throw new Error(`"${given}" is not an origin: write scheme://host[:port], as https://game.example`);
  }
  if ((url.protocol !== "https:" && url.protocol !== "http:") || url.origin !== given.replace(/\/$/, "").toLowerCase()) {
    throw new Error(`"${given}" is not an origin: write scheme://host[:port] with no path, as ${url.origin === "null" ? "https://game.example" : url.origin}`);
  }
  return url.origin;
}

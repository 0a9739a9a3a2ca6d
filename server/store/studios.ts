// The store's area for studios (workspaces), their games (environments) and API keys. Changes to what
// a key's principal is made of (plans, origins, switches, revocations) forget the cached principals.
import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { apiKey, environment, workspace } from "./rows.js";
import type { ApiKeyRecord, EnvironmentRecord, WorkspaceRecord } from "./types.js";
import type { PlanName } from "../domain/plans.js";
import type { AreaMethods } from "./context.js";

export interface StudioReads {
  getWorkspace(id: string): Promise<WorkspaceRecord | null>;
  getEnvironment(id: string): Promise<EnvironmentRecord | null>;
  listWorkspaces(): Promise<WorkspaceRecord[]>;
  findEnvironment(workspaceId: string, name: string): Promise<EnvironmentRecord | null>;
  listEnvironments(workspaceId: string): Promise<EnvironmentRecord[]>;
  /** Every origin any environment allows (what a preflight, which carries no key, can be checked against). */
  allAllowedOrigins(): Promise<string[]>;
  listApiKeys(environmentId: string): Promise<ApiKeyRecord[]>;
  /** Keys whose id or display prefix is `idOrPrefix` (several when a prefix is shared). */
  findApiKeys(idOrPrefix: string): Promise<ApiKeyRecord[]>;
}

/** Changes and locks: only on the store a transaction hands out (Store.transaction). */
export interface StudioWrites {
  /** The workspace of that name, made (with `id`, or a random UUID) when there is none. */
  ensureWorkspace(name: string, now: string, id?: string): Promise<WorkspaceRecord>;
  setWorkspacePlan(name: string, plan: PlanName): Promise<WorkspaceRecord | null>;
  createEnvironment(workspaceId: string, name: string, now: string, id?: string): Promise<EnvironmentRecord>;
  setAllowedOrigins(environmentId: string, origins: string[]): Promise<void>;
  setTransferCodesEnabled(environmentId: string, enabled: boolean): Promise<void>;
  createApiKey(key: ApiKeyRecord, keyHash: Buffer): Promise<void>;
  /** Revokes the key (keeping an earlier revocation's time); null when there is no such key. */
  revokeApiKey(id: string, now: string): Promise<ApiKeyRecord | null>;
}

export type StudioStore = StudioReads & StudioWrites;

export const studioStore: AreaMethods<StudioStore> = {
  async getWorkspace(id: string) {
    const row = await this.read.selectFrom("workspaces").selectAll().where("id", "=", id).executeTakeFirst();
    return row ? workspace(row) : null;
  },

  async getEnvironment(id: string) {
    const row = await this.read.selectFrom("environments").selectAll().where("id", "=", id).executeTakeFirst();
    return row ? environment(row) : null;
  },

  ensureWorkspace(name: string, now: string, id = randomUUID()): Promise<WorkspaceRecord> {
    return this.write(async (db) => {
      await db.insertInto("workspaces").values({ id, name, plan: "free", created_at: now }).onConflict((oc) => oc.column("name").doNothing()).execute();
      return workspace(await db.selectFrom("workspaces").selectAll().where("name", "=", name).executeTakeFirstOrThrow());
    });
  },

  async listWorkspaces() {
    return (await this.read.selectFrom("workspaces").selectAll().orderBy("created_at").orderBy("name").execute()).map(workspace);
  },

  setWorkspacePlan(name: string, plan: PlanName) {
    return this.writePrincipals(async (db) => {
      const row = await db.updateTable("workspaces").set({ plan }).where("name", "=", name).returningAll().executeTakeFirst();
      return row ? workspace(row) : null;
    });
  },

  createEnvironment(workspaceId: string, name: string, now: string, id = randomUUID()): Promise<EnvironmentRecord> {
    return this.write(async (db) =>
      environment(await db.insertInto("environments").values({ id, workspace_id: workspaceId, name, created_at: now }).returningAll().executeTakeFirstOrThrow()));
  },

  async findEnvironment(workspaceId: string, name: string) {
    const row = await this.read.selectFrom("environments").selectAll().where("workspace_id", "=", workspaceId).where("name", "=", name).executeTakeFirst();
    return row ? environment(row) : null;
  },

  async listEnvironments(workspaceId: string) {
    return (await this.read.selectFrom("environments").selectAll().where("workspace_id", "=", workspaceId).orderBy("created_at").orderBy("name").execute()).map(environment);
  },

  setAllowedOrigins(environmentId: string, origins: string[]) {
    return this.writePrincipals(async (db) => void (await db.updateTable("environments").set({ allowed_origins: JSON.stringify(origins) }).where("id", "=", environmentId).execute()));
  },

  async allAllowedOrigins() {
    const rows = await this.read.selectFrom("environments").select("allowed_origins").where("allowed_origins", "<>", "[]").execute();
    return [...new Set(rows.flatMap((r) => JSON.parse(r.allowed_origins) as string[]))];
  },

  setTransferCodesEnabled(environmentId: string, enabled: boolean) {
    return this.writePrincipals(async (db) => void (await db.updateTable("environments").set({ transfer_codes_enabled: this.bool(enabled) }).where("id", "=", environmentId).execute()));
  },

  createApiKey(key: ApiKeyRecord, keyHash: Buffer) {
    return this.write(async (db) => void (await db.insertInto("api_keys").values({
      id: key.id, environment_id: key.environmentId, kind: key.kind, prefix: key.prefix, key_hash: keyHash, created_at: key.createdAt,
    }).execute()));
  },

  async listApiKeys(environmentId: string) {
    return (await this.read.selectFrom("api_keys").selectAll().where("environment_id", "=", environmentId).orderBy("created_at").orderBy("id").execute()).map(apiKey);
  },

  async findApiKeys(idOrPrefix: string) {
    return (await this.read.selectFrom("api_keys").selectAll().where((eb) => eb.or([eb("id", "=", idOrPrefix), eb("prefix", "=", idOrPrefix)])).orderBy("id").execute()).map(apiKey);
  },

  revokeApiKey(id: string, now: string) {
    return this.writePrincipals(async (db) => {
      const row = await db.updateTable("api_keys").set({ revoked_at: sql`COALESCE(revoked_at, ${now})` }).where("id", "=", id).returningAll().executeTakeFirst();
      return row ? apiKey(row) : null;
    });
  },
};

// `persistly doctor`: what a server started with these settings would find — the database and its
// migrations, environments with their keys (prefixes only), the plan, and Redis. It reads; it never
// creates or migrates anything. Exit 1 when something needs fixing.
import { existsSync } from "node:fs";
import type { Config } from "../config.js";
import { describeDatabase, openStore, schemaStatus } from "../store/index.js";
import { latestMigration } from "../store/migrations.js";
import { describeRedis, pingRedis } from "../shared/redis.js";

interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

export async function doctor(config: Config, { json, workspace }: { json: boolean; workspace: string }) {
  const checks: Check[] = [];
  const report: Record<string, unknown> = { database: describeDatabase(config.database), checks };
  const engine = config.database === config.dbPath ? "SQLite" : "PostgreSQL";
  const status = config.database === config.dbPath && !existsSync(config.dbPath)
    ? new Error(`no database at ${config.dbPath}: npm start or persistly init creates it`)
    : await schemaStatus({ database: config.database }).catch((error: Error) => error);
  if (status instanceof Error) {
    checks.push({ name: `${engine} database`, ok: false, detail: status.message });
  } else {
    checks.push({ name: `${engine} database`, ok: true, detail: describeDatabase(config.database) });
    const pending = status.pending.length;
    checks.push({
      name: "migrations", ok: pending === 0,
      detail: pending === 0 ? `schema at version ${latestMigration.version}` : `${pending} pending (${status.pending.join(", ")}): persistly migrate, or start the server`,
    });
    if (pending === 0) report.environments = await describeEnvironments(config, workspace, checks);
  }
  if (config.redisUrl) {
    const failure = await pingRedis(config.redisUrl);
    checks.push({ name: "Redis", ok: failure === null, detail: failure === null ? `${describeRedis(config.redisUrl)} answers` : `${describeRedis(config.redisUrl)}: ${failure}` });
  } else {
    checks.push({ name: "Redis", ok: true, detail: "not configured (PERSISTLY_REDIS_URL): shared state stays in each process" });
  }
  const ok = checks.every((c) => c.ok);
  if (json) process.stdout.write(`${JSON.stringify({ ok, ...report }, null, 2)}\n`);
  else process.stdout.write(`${checks.map((c) => `${c.ok ? "ok  " : "FAIL"}  ${c.name}: ${c.detail}`).join("\n")}\n`);
  if (!ok) process.exitCode = 1;
}

/** The workspace's plan, environments and their keys by prefix, as checks and as a report. */
async function describeEnvironments(config: Config, workspaceName: string, checks: Check[]) {
  const store = await openStore({ database: config.database, poolSize: 1 });
  try {
    const workspace = (await store.listWorkspaces()).find((w) => w.name === workspaceName);
    if (!workspace) {
      checks.push({ name: "workspace", ok: false, detail: `no workspace "${workspaceName}": npm start or persistly init creates "default"` });
      return [];
    }
    checks.push({ name: "plan", ok: true, detail: `workspace "${workspace.name}" is on ${workspace.plan}` });
    const environments = await Promise.all((await store.listEnvironments(workspace.id)).map(async (env) => {
      const keys = (await store.listApiKeys(env.id)).filter((k) => !k.revokedAt);
      return { name: env.name, keys: keys.map((k) => ({ kind: k.kind, prefix: k.prefix })) };
    }));
    checks.push({ name: "environments", ok: environments.length > 0, detail: environments.length ? `${environments.length}` : "none: persistly env create NAME" });
    for (const env of environments) {
      const runtime = env.keys.filter((k) => k.kind === "runtime");
      const server = env.keys.filter((k) => k.kind === "server");
      checks.push({
        name: `  ${env.name}`, ok: true,
        detail: `runtime keys ${runtime.map((k) => `${k.prefix}…`).join(" ") || "none"}; server keys ${server.map((k) => `${k.prefix}…`).join(" ") || "none"}`,
      });
    }
    return environments;
  } finally {
    await store.close();
  }
}

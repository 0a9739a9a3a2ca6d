// `persistly`: the operator CLI. Workspace, environment and key management is an operator concern,
// not part of the public HTTP contract. The database is PERSISTLY_DB (default data/persistly.db).
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { loadConfig } from "../config.js";
import { describeDatabase, isPostgresUrl, openStore } from "../store/index.js";
import { copySqliteToPostgres } from "../store/copy.js";
import { latestMigration, migrations } from "../store/migrations.js";
import { SingleBar, Presets } from "cli-progress";
import { bootstrapIfEmpty, createEnvironment, DEFAULT_WORKSPACE, findEnvironmentOrFail, issueKey } from "../domain/operator.js";
import { publishGameConfig } from "../domain/gameConfig.js";
import { compose, type Runtime } from "../compose.js";
import { connectShared } from "../shared/redis.js";
import { DEFAULT_PLANS, isPlanName, PLAN_NAMES } from "../domain/plans.js";
import { ApiError } from "../domain/errors.js";
import { eraseAccount } from "../domain/accounts.js";
import { pruneExpired } from "../domain/history.js";
import { importFile } from "./importFile.js";

const USAGE = `persistly — operate a Persistly database (PERSISTLY_DATABASE_URL=postgres://…, else PERSISTLY_DB, default data/persistly.db)

  persistly init [--json]                                   create and migrate the database; first time: a development environment and its keys
  persistly serve [--workers N]                             run the server (same as npm start); N processes share the port and database
  persistly migrate [--json]                                bring the database's schema up to date (servers also do on start)
  persistly copy --from sqlite:PATH --to postgres://… [--batch N] [--json]   copy an embedded database into PostgreSQL (resumable)
  persistly env create NAME [--json]                        create an environment
  persistly env list [--json]
  persistly keys create --env NAME --kind runtime|server [--json]   issue a key (shown once)
  persistly keys list --env NAME [--json]
  persistly keys revoke KEY_ID_OR_PREFIX [--json]
  persistly plan set PLAN [--json]                          free | indie | studio | enterprise
  persistly plan show [--json]
  persistly transfer-codes enable|disable --env NAME [--json]
  persistly config publish --env NAME FILE.json [--json]    publish a game config version and make it active
  persistly accounts erase ACCOUNT_ID [--json]              erase an account (the SDK answers 410 gone from then on)
  persistly import --env NAME FILE.ndjson [--batch N] [--json]   import accounts, one JSON object per line (resumable)
  persistly prune [--json]                                  delete slot versions past each plan's restore window, expired idempotency records

Options: --workspace NAME (default "${DEFAULT_WORKSPACE}")`;

class UsageError extends Error {}

const { values: flags, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: "boolean", default: false },
    env: { type: "string" },
    kind: { type: "string" },
    workspace: { type: "string", default: DEFAULT_WORKSPACE },
    batch: { type: "string" },
    from: { type: "string" },
    to: { type: "string" },
    workers: { type: "string" },
    help: { type: "boolean", short: "h", default: false },
  },
});

function print(json: unknown, text: string) {
  process.stdout.write((flags.json ? JSON.stringify(json, null, 2) : text) + "\n");
}

const needEnv = () => {
  if (!flags.env) throw new UsageError("--env NAME is required");
  return flags.env;
};

async function run(runtime: Runtime, [group, action, ...rest]: string[]) {
  const { deps } = runtime;
  const store = deps.store;
  const workspace = flags.workspace!;
  const now = () => new Date().toISOString();
  const command = group === "import" || group === "prune" ? group : `${group} ${action ?? ""}`.trim();
  switch (command) {
    case "migrate": {
      // Opening the store applied whatever was pending; the schema is now at the newest known version.
      return print({ schemaVersion: latestMigration.version, migrations: migrations.map(({ version, name }) => ({ version, name })) },
        `Schema is at version ${latestMigration.version} (${latestMigration.name}).`);
    }
    case "init": {
      const created = await bootstrapIfEmpty(store);
      return created
        ? print({ environment: created.environment.name, runtimeKey: created.runtimeKey, serverKey: created.serverKey },
            `Created environment "development". Keys (shown once):\n  runtime: ${created.runtimeKey}\n  server:  ${created.serverKey}`)
        : print({ environment: null }, "Database is ready (already initialised).");
    }
    case "env create": {
      if (!rest[0]) throw new UsageError("env create NAME");
      const env = await createEnvironment(store, rest[0], workspace);
      return print(env, `Created environment "${env.name}" (${env.id}).`);
    }
    case "env list": {
      const ws = await store.ensureWorkspace(workspace, now());
      const envs = await store.listEnvironments(ws.id);
      return print(envs, envs.map((e) => `${e.name}\ttransfer codes ${e.transferCodesEnabled ? "on" : "off"}\tconfig v${e.activeGameConfigVersion ?? "-"}`).join("\n"));
    }
    case "keys create": {
      const kind = flags.kind;
      if (kind !== "runtime" && kind !== "server") throw new UsageError("--kind runtime|server is required");
      const env = await findEnvironmentOrFail(store, needEnv(), workspace);
      const { key, record } = await issueKey(store, env, kind);
      return print({ ...record, environment: env.name, key }, `${kind} key for "${env.name}" (shown once):\n  ${key}\nid ${record.id}, prefix ${record.prefix}`);
    }
    case "keys list": {
      const env = await findEnvironmentOrFail(store, needEnv(), workspace);
      const keys = await store.listApiKeys(env.id);
      return print(keys, keys.map((k) => `${k.id}\t${k.kind}\t${k.prefix}…\t${k.revokedAt ? `revoked ${k.revokedAt}` : "active"}`).join("\n"));
    }
    case "keys revoke": {
      if (!rest[0]) throw new UsageError("keys revoke KEY_ID_OR_PREFIX");
      const matches = await store.findApiKeys(rest[0]);
      if (matches.length === 0) throw new Error(`no key with id or prefix "${rest[0]}"`);
      if (matches.length > 1) throw new Error(`${matches.length} keys have the prefix "${rest[0]}"; revoke by id: ${matches.map((k) => k.id).join(", ")}`);
      const key = (await store.revokeApiKey(matches[0].id, now()))!;
      return print(key, `Revoked ${key.kind} key ${key.id} (${key.prefix}…).`);
    }
    case "plan set": {
      const plan = rest[0];
      if (!plan || !isPlanName(plan)) throw new UsageError(`plan set ${PLAN_NAMES.join("|")}`);
      await store.ensureWorkspace(workspace, now());
      const ws = (await store.setWorkspacePlan(workspace, plan))!;
      return print(ws, `Workspace "${ws.name}" is on the ${ws.plan} plan.`);
    }
    case "plan show": {
      const ws = await store.ensureWorkspace(workspace, now());
      return print({ ...ws, limits: DEFAULT_PLANS[ws.plan] }, `Workspace "${ws.name}" is on the ${ws.plan} plan.`);
    }
    case "transfer-codes enable":
    case "transfer-codes disable": {
      const env = await findEnvironmentOrFail(store, needEnv(), workspace);
      const enabled = action === "enable";
      await store.setTransferCodesEnabled(env.id, enabled);
      return print({ environment: env.name, transferCodesEnabled: enabled }, `Transfer codes ${enabled ? "enabled" : "disabled"} for "${env.name}".`);
    }
    case "config publish": {
      if (!rest[0]) throw new UsageError("config publish --env NAME FILE.json");
      const env = await findEnvironmentOrFail(store, needEnv(), workspace);
      let config: unknown;
      try {
        config = JSON.parse(readFileSync(rest[0], "utf8"));
      } catch (error) {
        throw new Error(`${rest[0]} is not readable JSON: ${(error as Error).message}`);
      }
      const published = await publishGameConfig(deps, env, config);
      return print({ environment: env.name, version: published.version, publishedAt: published.publishedAt },
        `Published game config v${published.version} for "${env.name}"; it is now active.`);
    }
    case "accounts erase": {
      if (!rest[0]) throw new UsageError("accounts erase ACCOUNT_ID");
      const erasedAt = await deps.store.transaction((tx) => eraseAccount({ ...deps, store: tx }, rest[0]));
      if (!erasedAt) throw new Error(`no live account "${rest[0]}"`);
      return print({ accountId: rest[0], erasedAt }, `Erased ${rest[0]}.`);
    }
    case "import": {
      const file = action;
      if (!file) throw new UsageError("import --env NAME FILE.ndjson");
      const environment = await findEnvironmentOrFail(store, needEnv(), workspace);
      const ws = await store.ensureWorkspace(workspace, now());
      const batchSize = flags.batch === undefined ? undefined : Number(flags.batch);
      if (batchSize !== undefined && !(Number.isInteger(batchSize) && batchSize >= 1)) throw new UsageError("--batch must be a positive integer");
      const summary = await importFile(deps, { environment, workspace: ws }, file, {
        batchSize, progress: !flags.json && process.stderr.isTTY, report: (line) => process.stderr.write(`${line}\n`),
      });
      return print(summary, `Imported ${file}: ${summary.created} created, ${summary.existing} already there, ${summary.failed} failed, ${summary.skipped} lines skipped.`);
    }
    case "prune": {
      const { versions, idempotencyRecords } = await pruneExpired(deps);
      return print({ versions, idempotencyRecords }, `Pruned ${versions} slot versions and ${idempotencyRecords} idempotency records.`);
    }
    default:
      throw new UsageError(group ? `unknown command "${[group, action].filter(Boolean).join(" ")}"` : "a command is required");
  }
}

/** `persistly copy`: an embedded database into PostgreSQL, with a progress bar per table. */
async function copy() {
  if (!flags.from || !flags.to) throw new UsageError("copy --from sqlite:PATH --to postgres://… is required");
  if (!isPostgresUrl(flags.to)) throw new UsageError("--to must be a postgres:// URL");
  const bar = flags.json ? null : new SingleBar({ format: "copy {table} [{bar}] {value}/{total} rows", stream: process.stderr }, Presets.shades_classic);
  let current = "";
  const result = await copySqliteToPostgres(flags.from.replace(/^sqlite:/, ""), flags.to, {
    batch: flags.batch ? Number(flags.batch) : undefined,
    onProgress({ table, done, total }) {
      if (!bar) return;
      if (table !== current) {
        if (current) bar.stop();
        current = table;
        bar.start(total, done, { table: table.padEnd(19) });
      } else bar.update(done);
    },
  });
  bar?.stop();
  const rows = result.tables.reduce((n, t) => n + t.rows, 0);
  const resumed = result.tables.filter((t) => t.resumedFrom > 0).length;
  print(result, `Copied ${rows} rows in ${result.tables.length} tables to ${describeDatabase(flags.to)}${resumed ? ` (resumed ${resumed} tables)` : ""}.`);
}

async function main() {
  if (flags.help || positionals[0] === "help") return void process.stdout.write(USAGE + "\n");
  if (positionals[0] === "serve") {
    // Cluster workers run this command again; the setting reaches them through the environment.
    if (flags.workers !== undefined) process.env.PERSISTLY_WORKERS = flags.workers;
    return void (await import("../main.js"));
  }
  if (positionals[0] === "copy") return copy();
  const config = loadConfig();
  const store = await openStore({ database: config.database, synchronous: config.synchronous, poolSize: config.poolSize });
  // With Redis, what a command changes reaches the servers too (an erased account's streams close).
  const shared = config.redisUrl ? await connectShared(config.redisUrl) : undefined;
  const runtime = await compose({ store, shared });
  try {
    await run(runtime, positionals);
  } finally {
    await runtime.stop();
    await store.close();
    await shared?.close();
  }
}

main().catch((error: unknown) => {
  const message = error instanceof ApiError ? `${error.code}: ${error.message}` : (error as Error).message;
  process.stderr.write(`persistly: ${message}\n${error instanceof UsageError ? `\n${USAGE}\n` : ""}`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
});

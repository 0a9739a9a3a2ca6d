// `persistly`: the operator CLI. Workspace, environment and key management is an operator concern,
// not part of the public HTTP contract. The database is PERSISTLY_DB (default data/persistly.db).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { ConfigError, loadConfig, type Config } from "../config.js";
import { helpFor, isGroup, parseInvocation, UsageError, USAGE, type Invocation } from "./commands.js";
import { doctor } from "./doctor.js";
import { findWorkspaceOrFail, parseOrigin, revokeKey } from "../domain/operator.js";
import { describeDatabase, isPostgresUrl, openStore } from "../store/index.js";
import { copySqliteToPostgres } from "../store/copy.js";
import { latestMigration, migrations } from "../store/migrations.js";
import { SingleBar, Presets } from "cli-progress";
import { bootstrapIfEmpty, createEnvironment, createStudio, DEFAULT_WORKSPACE, findEnvironmentOrFail, issueKey } from "../domain/operator.js";
import { publishGameConfig } from "../domain/gameConfig.js";
import { compose, type Runtime } from "../compose.js";
import { connectShared } from "../shared/redis.js";
import { DEFAULT_PLANS, isPlanName, PLAN_NAMES } from "../domain/plans.js";
import { ApiError } from "../domain/errors.js";
import { eraseAccount } from "../domain/accounts.js";
import { pruneExpired } from "../domain/history.js";
import { importFile } from "./importFile.js";
import { parseCatalog, parseEvents, parseLeaderboards } from "./specFiles.js";
import { createEvent, describeEvent, listEvents } from "../domain/tournaments.js";
import { createLeaderboard, describeLeaderboard, listLeaderboards } from "../domain/leaderboards.js";
import { publishCatalog } from "../domain/catalog.js";
import { addMember, newCredential, ROLES } from "../domain/members.js";
import type { MemberRole, TxStore } from "../store/types.js";
import type { TxDeps } from "../domain/context.js";
import { userInfo } from "node:os";
import { basename } from "node:path";
import { diffSpecs, markdown, text } from "../contract/diff.js";
import { chosenBy, loadExchanges, verify } from "../contract/verify.js";
import { junit, resultLine, summary } from "../contract/report.js";
import { loadSdkSpec } from "../app.js";

let invocation: Invocation;
try {
  invocation = parseInvocation(process.argv.slice(2));
} catch (error) {
  fail(error);
  process.exit();
}
const flags = invocation.flags as {
  json?: boolean; env?: string; kind?: string; workspace?: string; batch?: string; from?: string; to?: string; workers?: string;
  studio?: string; email?: string; role?: string; "password-stdin"?: boolean; format?: string;
  "base-url"?: string; uses?: string; "warn-only"?: boolean;
  "runtime-key"?: string; "server-key"?: string; only?: string[]; "allow-destructive"?: boolean; junit?: string; "max-wait"?: string;
};

function print(json: unknown, text: string) {
  process.stdout.write((flags.json ? JSON.stringify(json, null, 2) : text) + "\n");
}

const needEnv = () => {
  if (!flags.env) throw new UsageError("--env NAME is required");
  return flags.env;
};

async function run(runtime: Runtime, { command, args: rest }: Invocation) {
  const { deps } = runtime;
  const store = deps.store;
  // A change runs in one transaction with its audit entry: the dependencies bound to it.
  const txDeps = (tx: TxStore): TxDeps => ({ ...deps, store: tx });
  const workspace = flags.workspace ?? DEFAULT_WORKSPACE;
  switch (command!.name) {
    case "migrate": {
      // Opening the store applied whatever was pending; the schema is now at the newest known version.
      return print({ schemaVersion: latestMigration.version, migrations: migrations.map(({ version, name }) => ({ version, name })) },
        `Schema is at version ${latestMigration.version} (${latestMigration.name}).`);
    }
    case "init": {
      if (flags.workspace !== undefined) throw new UsageError("init sets up the database and the default studio; create another studio with: persistly studios create NAME");
      const created = await bootstrapIfEmpty(store);
      return created
        ? print({ environment: created.environment.name, runtimeKey: created.runtimeKey, serverKey: created.serverKey },
            `Created environment "development". Keys (shown once):\n  runtime: ${created.runtimeKey}\n  server:  ${created.serverKey}`)
        : print({ environment: null }, "Database is ready (already initialised).");
    }
    case "studios create": {
      if (!rest[0]) throw new UsageError("studios create NAME");
      const studio = await store.transaction(async (tx) => {
        const created = await createStudio(tx, rest[0]);
        await cliAudit(tx, { workspaceId: created.id, action: "studios create", resource: `studios/${created.id}`, after: { name: created.name } });
        return created;
      });
      return print(studio, `Created studio "${studio.name}" (${studio.id}). Add a game: persistly env create NAME --workspace ${studio.name}`);
    }
    case "env create": {
      if (!rest[0]) throw new UsageError("env create NAME");
      const env = await store.transaction(async (tx) => {
        const created = await createEnvironment(tx, rest[0], workspace);
        await cliAudit(tx, { workspaceId: created.workspaceId, environmentId: created.id, action: "env create", resource: `games/${created.id}`, after: { name: created.name } });
        return created;
      });
      return print(env, `Created environment "${env.name}" (${env.id}).`);
    }
    case "env list": {
      const ws = await findWorkspaceOrFail(store, workspace);
      const envs = await store.listEnvironments(ws.id);
      if (envs.length === 0) return print(envs, `No environments in workspace "${ws.name}". Create one: persistly env create NAME`);
      return print(envs, envs.map((e) => `${e.name}\ttransfer codes ${e.transferCodesEnabled ? "on" : "off"}\tconfig v${e.activeGameConfigVersion ?? "-"}`).join("\n"));
    }
    case "keys create": {
      const kind = flags.kind;
      if (kind !== "runtime" && kind !== "server") throw new UsageError("--kind runtime|server is required");
      const env = await findEnvironmentOrFail(store, needEnv(), workspace);
      const { key, record } = await store.transaction(async (tx) => {
        const issued = await issueKey(tx, env, kind);
        await cliAudit(tx, { workspaceId: env.workspaceId, environmentId: env.id, action: "keys create", resource: `games/${env.id}/keys/${issued.record.id}`, after: { kind, prefix: issued.record.prefix } });
        return issued;
      });
      return print({ ...record, environment: env.name, key }, `${kind} key for "${env.name}" (shown once):\n  ${key}\nid ${record.id}, prefix ${record.prefix}`);
    }
    case "keys list": {
      const env = await findEnvironmentOrFail(store, needEnv(), workspace);
      const keys = await store.listApiKeys(env.id);
      if (keys.length === 0) return print(keys, `No keys for "${env.name}". Issue one: persistly keys create --env ${env.name} --kind runtime`);
      return print(keys, keys.map((k) => `${k.id}\t${k.kind}\t${k.prefix}…\t${k.revokedAt ? `revoked ${k.revokedAt}` : "active"}`).join("\n"));
    }
    case "keys revoke": {
      if (!rest[0]) throw new UsageError("keys revoke needs the key, its prefix as keys list shows it, or its id");
      const { key, alreadyRevokedAt } = await store.transaction(async (tx) => {
        const revoked = await revokeKey(tx, rest[0]);
        const keyEnv = (await tx.getEnvironment(revoked.key.environmentId))!;
        if (!revoked.alreadyRevokedAt) await cliAudit(tx, { workspaceId: keyEnv.workspaceId, environmentId: keyEnv.id, action: "keys revoke", resource: `games/${keyEnv.id}/keys/${revoked.key.id}`, after: { prefix: revoked.key.prefix } });
        return revoked;
      });
      return print({ ...key, alreadyRevoked: alreadyRevokedAt !== null }, alreadyRevokedAt
        ? `The ${key.kind} key ${key.id} (${key.prefix}…) was already revoked at ${alreadyRevokedAt}; nothing changed.`
        : `Revoked ${key.kind} key ${key.id} (${key.prefix}…).`);
    }
    case "plan set": {
      const plan = rest[0];
      if (!plan || !isPlanName(plan)) throw new UsageError(`plan set ${PLAN_NAMES.join("|")}`);
      const before = await findWorkspaceOrFail(store, workspace);
      const ws = await store.transaction(async (tx) => {
        const changed = (await tx.setWorkspacePlan(workspace, plan))!;
        await cliAudit(tx, { workspaceId: changed.id, action: "plan set", resource: "plan", before: { plan: before.plan }, after: { plan: changed.plan } });
        return changed;
      });
      return print(ws, `Workspace "${ws.name}" is on the ${ws.plan} plan.`);
    }
    case "plan show": {
      const ws = await findWorkspaceOrFail(store, workspace);
      return print({ ...ws, limits: DEFAULT_PLANS[ws.plan] }, `Workspace "${ws.name}" is on the ${ws.plan} plan.`);
    }
    case "transfer-codes enable":
    case "transfer-codes disable": {
      const env = await findEnvironmentOrFail(store, needEnv(), workspace);
      const enabled = command!.name.endsWith("enable");
      await store.transaction(async (tx) => {
        await tx.setTransferCodesEnabled(env.id, enabled);
        await cliAudit(tx, { workspaceId: env.workspaceId, environmentId: env.id, action: command!.name, resource: `games/${env.id}`, before: { transferCodesEnabled: env.transferCodesEnabled }, after: { transferCodesEnabled: enabled } });
      });
      return print({ environment: env.name, transferCodesEnabled: enabled }, `Transfer codes ${enabled ? "enabled" : "disabled"} for "${env.name}".`);
    }
    case "cors allow":
    case "cors remove": {
      if (rest.length === 0) throw new UsageError(`${command!.name} --env NAME ORIGIN… (as https://game.example)`);
      const env = await findEnvironmentOrFail(store, needEnv(), workspace);
      const given = rest.map(parseOrigin);
      const origins = command!.name === "cors allow"
        ? [...new Set([...env.allowedOrigins, ...given])]
        : env.allowedOrigins.filter((o) => !given.includes(o));
      await store.transaction(async (tx) => {
        await tx.setAllowedOrigins(env.id, origins);
        await cliAudit(tx, { workspaceId: env.workspaceId, environmentId: env.id, action: command!.name, resource: `games/${env.id}`, before: { allowedOrigins: env.allowedOrigins }, after: { allowedOrigins: origins } });
      });
      return print({ environment: env.name, allowedOrigins: origins }, describeOrigins(env.name, origins));
    }
    case "cors list": {
      const env = await findEnvironmentOrFail(store, needEnv(), workspace);
      return print({ environment: env.name, allowedOrigins: env.allowedOrigins }, describeOrigins(env.name, env.allowedOrigins));
    }
    case "config publish": {
      if (!rest[0]) throw new UsageError("config publish --env NAME FILE.json");
      const env = await findEnvironmentOrFail(store, needEnv(), workspace);
      let config: unknown;
      try {
        config = JSON.parse(readFileSync(existingFile(rest[0]), "utf8"));
      } catch (error) {
        if (error instanceof UsageError) throw error;
        throw new Error(`${rest[0]} is not valid JSON: ${(error as Error).message}`);
      }
      const published = await store.transaction(async (tx) => {
        const record = await publishGameConfig(txDeps(tx), env, config);
        await cliAudit(tx, { workspaceId: env.workspaceId, environmentId: env.id, action: "config publish", resource: `games/${env.id}/game-config/${record.version}` });
        return record;
      });
      return print({ environment: env.name, version: published.version, publishedAt: published.publishedAt },
        `Published game config v${published.version} for "${env.name}"; it is now active.`);
    }
    case "catalog publish": {
      if (!rest[0]) throw new UsageError("catalog publish --env NAME FILE.json");
      const env = await findEnvironmentOrFail(store, needEnv(), workspace);
      const catalog = parseCatalog(readFileSync(existingFile(rest[0]), "utf8"), rest[0]);
      const published = await store.transaction(async (tx) => {
        const record = await publishCatalog(txDeps(tx), env, catalog);
        await cliAudit(tx, { workspaceId: env.workspaceId, environmentId: env.id, action: "catalog publish", resource: `games/${env.id}/catalog/${record.version}`,
          before: { activeVersion: env.activeCatalogVersion }, after: { activeVersion: record.version } });
        return record;
      });
      return print({ environment: env.name, version: published.version, publishedAt: published.publishedAt },
        `Published catalog v${published.version} for "${env.name}" (${catalog.currencies.length} currencies, ${catalog.items.length} items, ${catalog.offers.length} offers); it is now active.`);
    }
    case "leaderboards create": {
      if (!rest[0]) throw new UsageError("leaderboards create --env NAME FILE.json");
      const env = await findEnvironmentOrFail(store, needEnv(), workspace);
      const definitions = parseLeaderboards(readFileSync(existingFile(rest[0]), "utf8"), rest[0]);
      // All of the file or none of it: one transaction.
      const created = await store.transaction(async (tx) => {
        const made = [];
        for (const definition of definitions) {
          const board = describeLeaderboard(await createLeaderboard(txDeps(tx), env.id, definition), new Date());
          await cliAudit(tx, { workspaceId: env.workspaceId, environmentId: env.id, action: "leaderboards create", resource: `games/${env.id}/leaderboards/${board.leaderboardId}`, after: board });
          made.push(board);
        }
        return made;
      });
      return print({ environment: env.name, leaderboards: created },
        created.map((b) => `Created leaderboard "${b.leaderboardId}" for "${env.name}" (${b.sortOrder}, ${b.operator}${b.resetSchedule ? `, resets "${b.resetSchedule}" UTC` : ", never resets"}${b.authoritative ? ", authoritative" : ""}).`).join("\n"));
    }
    case "leaderboards list": {
      const env = await findEnvironmentOrFail(store, needEnv(), workspace);
      const boards = (await listLeaderboards(deps, env.id)).map((b) => describeLeaderboard(b, new Date()));
      return print({ environment: env.name, leaderboards: boards },
        boards.length === 0 ? `No leaderboards in "${env.name}".`
          : boards.map((b) => `${b.leaderboardId.padEnd(24)} ${b.sortOrder.padEnd(4)} ${b.operator.padEnd(9)} period ${b.currentPeriod.period}${b.currentPeriod.endsAt ? ` until ${b.currentPeriod.endsAt}` : ""}${b.authoritative ? "  authoritative" : ""}`).join("\n"));
    }
    case "events create": {
      if (!rest[0]) throw new UsageError("events create --env NAME FILE.json");
      const env = await findEnvironmentOrFail(store, needEnv(), workspace);
      const definitions = parseEvents(readFileSync(existingFile(rest[0]), "utf8"), rest[0]);
      const created = await store.transaction(async (tx) => {
        const made = [];
        for (const definition of definitions) {
          const event = await describeEvent(txDeps(tx), await createEvent(txDeps(tx), env.id, definition));
          await cliAudit(tx, { workspaceId: env.workspaceId, environmentId: env.id, action: "events create", resource: `games/${env.id}/events/${event.eventId}`, after: event });
          made.push(event);
        }
        return made;
      });
      return print({ environment: env.name, events: created },
        created.map((e) => `Created event "${e.eventId}" for "${env.name}": ${e.startsAt} to ${e.endsAt}${Object.keys(e.entryCost).length ? `, entry ${JSON.stringify(e.entryCost)}` : ", free"}, ${e.rewards.length} reward tier${e.rewards.length === 1 ? "" : "s"}.`).join("\n"));
    }
    case "events list": {
      const env = await findEnvironmentOrFail(store, needEnv(), workspace);
      const events = await Promise.all((await listEvents(deps, env.id, "all")).map((e) => describeEvent(deps, e)));
      return print({ environment: env.name, events },
        events.length === 0 ? `No events in "${env.name}".`
          : events.map((e) => `${e.eventId.padEnd(24)} ${e.status.padEnd(9)} ${e.startsAt} → ${e.endsAt}  ${e.participants} participant${e.participants === 1 ? "" : "s"}`).join("\n"));
    }
    case "members create": {
      if (!flags.email || !flags.role) throw new UsageError("members create --studio NAME --email EMAIL --role owner|admin|support|viewer");
      if (!ROLES.includes(flags.role as MemberRole)) throw new UsageError(`--role is one of ${ROLES.join(", ")}`);
      const ws = await findWorkspaceOrFail(store, flags.studio ?? workspace);
      const password = flags["password-stdin"] ? await readPassword() : undefined;
      const credential = await newCredential(deps.settings, password); // hashed before the transaction opens
      const added = await store.transaction(async (tx) => {
        const result = await addMember(txDeps(tx), ws, { email: flags.email!, role: flags.role as MemberRole }, credential, new Date().toISOString());
        await cliAudit(tx, { workspaceId: ws.id, action: "members create", resource: `members/${result.membership.id}`, after: { email: result.membership.email, role: result.membership.role } });
        return result;
      });
      const { id, email, role } = added.membership;
      return print({ memberId: id, email, role, studio: ws.name, oneTimePassword: added.password }, [
        `${email} is now ${/^[aeiou]/.test(role) ? "an" : "a"} ${role} of studio "${ws.name}" (${id}).`,
        added.password ? `One-time password (shown once; sign in at /admin, POST /admin/v1/session):\n  ${added.password}` : "They sign in with the password they already have.",
      ].join("\n"));
    }
    case "members list": {
      const ws = await findWorkspaceOrFail(store, flags.studio ?? workspace);
      const members = await store.listMemberships(ws.id);
      if (members.length === 0) return print(members, `No members in studio "${ws.name}". Add the first owner: persistly members create --studio ${ws.name} --email EMAIL --role owner`);
      return print(members, members.map((m) => `${m.id}\t${m.role}\t${m.email}`).join("\n"));
    }
    case "accounts erase": {
      if (!rest[0]) throw new UsageError("accounts erase ACCOUNT_ID");
      const erasedAt = await deps.store.transaction(async (tx) => {
        const at = await eraseAccount(txDeps(tx), rest[0]);
        const account = at ? await tx.getAccount(rest[0]) : null;
        const env = account ? await tx.getEnvironment(account.environmentId) : null;
        if (env) await cliAudit(tx, { workspaceId: env.workspaceId, environmentId: env.id, action: "accounts erase", resource: `accounts/${rest[0]}/erase` });
        return at;
      });
      if (!erasedAt) throw new Error(`no live account "${rest[0]}"`);
      return print({ accountId: rest[0], erasedAt }, `Erased ${rest[0]}.`);
    }
    case "import": {
      const file = rest[0];
      if (!file) throw new UsageError("import --env NAME FILE.ndjson");
      existingFile(file);
      const environment = await findEnvironmentOrFail(store, needEnv(), workspace);
      const ws = await findWorkspaceOrFail(store, workspace);
      const batchSize = flags.batch === undefined ? undefined : Number(flags.batch);
      if (batchSize !== undefined && !(Number.isInteger(batchSize) && batchSize >= 1)) throw new UsageError("--batch must be a positive integer");
      const summary = await importFile(deps, { environment, workspace: ws }, file, {
        batchSize, progress: !flags.json && process.stderr.isTTY, report: (line) => process.stderr.write(`${line}\n`),
      });
      await store.transaction((tx) => cliAudit(tx, {
        workspaceId: ws.id, environmentId: environment.id, action: "import", resource: "accounts/import",
        after: { file: basename(file), created: summary.created, existing: summary.existing, failed: summary.failed, skipped: summary.skipped },
      }));
      print(summary, `Imported ${file}: ${summary.created} created, ${summary.existing} already there, ${summary.failed} failed, ${summary.skipped} lines skipped.`);
      if (summary.failed + summary.skipped > 0) process.exitCode = 1;
      return;
    }
    case "prune": {
      const { versions, idempotencyRecords } = await pruneExpired(deps);
      return print({ versions, idempotencyRecords }, `Pruned ${versions} slot versions and ${idempotencyRecords} idempotency records.`);
    }
  }
}

const describeOrigins = (env: string, origins: string[]) => origins.length
  ? `Browser origins allowed for "${env}" (changes apply within 5 s):\n${origins.map((o) => `  ${o}`).join("\n")}`
  : `No browser origins are allowed for "${env}": only same-origin pages and non-browser clients can call it.`;

/** An audit entry for a change made here: the actor is the CLI and the OS user who ran it. */
function cliAudit(store: TxStore, entry: { workspaceId: string; environmentId?: string; action: string; resource: string; before?: unknown; after?: unknown }) {
  return store.appendAudit({
    workspaceId: entry.workspaceId, environmentId: entry.environmentId ?? null, at: new Date().toISOString(),
    actor: { kind: "cli", id: "cli", label: userInfo().username }, action: entry.action, resource: entry.resource,
    before: entry.before ?? null, after: entry.after ?? null, reason: null, requestId: null,
  });
}

/** The password from stdin (one line, as `--password-stdin` promises); never echoed, never in argv. */
async function readPassword() {
  let text = "";
  for await (const chunk of process.stdin) text += chunk;
  const password = text.replace(/\r?\n$/, "");
  if (!password) throw new UsageError("--password-stdin: stdin was empty");
  return password;
}

/** The path, if a file is there; a UsageError naming it otherwise. */
function existingFile(path: string) {
  if (!existsSync(path)) throw new UsageError(`no such file: ${path}`);
  return path;
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

/** A spec from a file or a URL. */
async function readSpec(where: string): Promise<any> {
  if (/^https?:\/\//.test(where)) {
    const res = await fetch(where);
    if (!res.ok) throw new Error(`${where} answered ${res.status}`);
    return res.json();
  }
  try {
    return JSON.parse(readFileSync(existingFile(where), "utf8"));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new Error(`${where} is not JSON: ${(error as Error).message}`);
  }
}

/** `persistly contract diff OLD NEW`: the changes, classified; exit 1 when anything breaks a client generated from OLD. */
async function contractDiff([from, to]: string[]) {
  if (!from || !to) throw new UsageError("contract diff OLD.json NEW.json (files or URLs)");
  const format = flags.json ? "json" : flags.format ?? "text";
  if (!["text", "markdown", "json"].includes(format)) throw new UsageError("--format is text, markdown or json");
  const [before, after] = [await readSpec(from), await readSpec(to)];
  const result = diffSpecs(before, after);
  const names = [before.info?.version ?? from, after.info?.version ?? to].map(String);
  process.stdout.write(`${format === "json" ? JSON.stringify(result, null, 2) : format === "markdown" ? markdown(result, names[0], names[1]) : text(result, names[0], names[1])}\n`);
  if (result.changes.some((c) => c.kind === "breaking")) process.exitCode = 1;
}

/**
 * `persistly contract deprecations --base-url URL --uses FILE`: reads the specs the deployment serves and
 * checks every operation the studio uses; exit 1 when one is deprecated (with its Sunset, successor and
 * reason) or no longer there, unless --warn-only.
 */
async function contractDeprecations() {
  if (!flags["base-url"] || !flags.uses) throw new UsageError("contract deprecations --base-url URL --uses FILE");
  const base = flags["base-url"].replace(/\/+$/, "");
  const uses = readFileSync(existingFile(flags.uses), "utf8").split("\n").map((l) => l.replace(/#.*/, "").trim()).filter(Boolean);
  const specs: any[] = [];
  for (const name of ["sdk", "server"]) {
    const res = await fetch(`${base}/openapi.${name}.json`).catch((error) => { throw new Error(`${base} cannot be reached: ${(error as Error).message}`); });
    if (res.ok) specs.push(await res.json());
  }
  if (specs.length === 0) throw new Error(`${base} serves no spec at /openapi.sdk.json or /openapi.server.json`);
  const findings = uses.map((use) => ({ use, ...findOperation(specs, use) }));
  const deprecated = findings.filter((f) => f.op?.deprecated);
  const missing = findings.filter((f) => !f.op);
  const lines = findings.map((f) => !f.op ? `✗ ${f.use}: not in the served specs (removed, or misspelled)`
    : f.op.deprecated ? `✗ ${f.use} (${f.method} ${f.path}) is deprecated: Sunset ${f.op["x-sunset"] ?? "not set"}, successor ${f.op["x-successor"] ?? "none"}${f.op["x-deprecation-reason"] ? `; ${f.op["x-deprecation-reason"]}` : ""}`
    : `✓ ${f.use}`);
  print({ checked: findings.length, deprecated: deprecated.map((f) => ({ use: f.use, sunset: f.op["x-sunset"] ?? null, successor: f.op["x-successor"] ?? null, reason: f.op["x-deprecation-reason"] ?? null })), missing: missing.map((f) => f.use) },
    [...lines, `${findings.length} operations checked against ${base}: ${deprecated.length} deprecated, ${missing.length} missing.`].join("\n"));
  if ((deprecated.length || missing.length) && !flags["warn-only"]) process.exitCode = 1;
}

/**
 * `persistly contract verify --base-url URL --runtime-key K`: the docs' exact examples against a
 * deployment; exit 0 when every exchange run conforms, 1 when one does not.
 */
async function contractVerify() {
  const runtimeKey = flags["runtime-key"] ?? process.env.PERSISTLY_RUNTIME_KEY;
  const serverKey = flags["server-key"] ?? process.env.PERSISTLY_SERVER_KEY;
  if (!flags["base-url"] || !runtimeKey) throw new UsageError("contract verify --base-url URL --runtime-key KEY (or PERSISTLY_RUNTIME_KEY)");
  const base = parseBaseUrl(flags["base-url"]);
  const maxWait = flags["max-wait"] === undefined ? 60 : Number(flags["max-wait"]);
  if (!Number.isInteger(maxWait) || maxWait < 0) throw new UsageError("--max-wait is a whole number of seconds");
  const only = (flags.only ?? []).flatMap((o) => o.split(",")).map((o) => o.trim()).filter(Boolean);
  const known = loadExchanges();
  const unknown = only.filter((o) => !known.some((e) => chosenBy(e, o)));
  if (unknown.length) throw new UsageError(`--only ${unknown.join(", ")}: no documented exchange has that operationId or tag`);
  const served = await fetch(`${base}/openapi.sdk.json`).then((r) => (r.ok ? (r.json() as Promise<{ info?: { version?: string } }>) : undefined), (error) => {
    throw new Error(`${base} cannot be reached: ${(error as Error).cause ?? (error as Error).message}`);
  });
  const ours = (loadSdkSpec() as unknown as { info: { version: string } }).info.version;
  if (!flags.json) {
    process.stdout.write(`Verifying ${base} (serves spec ${served?.info?.version ?? "unknown"}) against the examples of spec ${ours}\n`);
  }
  const results = await verify({
    baseUrl: base, runtimeKey, serverKey, only, allowDestructive: flags["allow-destructive"], maxRetryAfterSeconds: maxWait,
    onResult: flags.json ? undefined : (r) => process.stdout.write(`${resultLine(r)}\n`),
  });
  if (flags.junit) writeFileSync(flags.junit, junit(results, base));
  print({ target: base, servedVersion: served?.info?.version ?? null, specVersion: ours, results }, summary(results, base));
  if (results.some((r) => r.outcome === "failed")) process.exitCode = 1;
}

function parseBaseUrl(value: string): string {
  try {
    const url = new URL(value);
    if (!/^https?:$/.test(url.protocol)) throw new Error();
    return url.href.replace(/\/+$/, "");
  } catch {
    throw new UsageError(`--base-url ${value}: not an http(s) URL`);
  }
}

/** An operation of the specs by operationId, or by `METHOD /path`. */
function findOperation(specs: any[], use: string): { op?: any; method?: string; path?: string } {
  const [word, route] = use.split(/\s+/);
  for (const spec of specs) {
    for (const [path, item] of Object.entries<any>(spec.paths ?? {})) {
      for (const [method, op] of Object.entries<any>(item)) {
        if (typeof op !== "object" || !op?.operationId) continue;
        if (op.operationId === use || (route && method === word.toLowerCase() && path === route)) return { op, method: method.toUpperCase(), path };
      }
    }
  }
  return {};
}

async function main() {
  const { words } = invocation;
  if (!invocation.help && !invocation.command && words.length > 0) {
    throw new UsageError(`unknown command "${words.slice(0, 2).join(" ")}"; see ${isGroup(words[0]) ? `persistly ${words[0]}` : "persistly help"}`);
  }
  if (invocation.help || !invocation.command) {
    if (words.length === 0) return void process.stdout.write(USAGE + "\n");
    const help = helpFor(invocation.command ? invocation.command.name.split(" ") : words);
    if (!help) throw new UsageError(`unknown command "${words.join(" ")}"; see persistly help`);
    return void process.stdout.write(help + "\n");
  }
  const { command } = invocation;
  if (command.name === "serve") {
    // Cluster workers run this command again; the setting reaches them through the environment.
    if (flags.workers !== undefined) process.env.PERSISTLY_WORKERS = flags.workers;
    return void (await import("../main.js"));
  }
  if (command.name === "copy") return copy();
  if (command.name === "contract diff") return contractDiff(invocation.args);
  if (command.name === "contract deprecations") return contractDeprecations();
  if (command.name === "contract verify") return contractVerify();
  const config = loadConfig();
  if (command.name === "doctor") return doctor(config, { json: Boolean(flags.json), workspace: flags.workspace ?? DEFAULT_WORKSPACE });
  if (command.needsDatabase) assertDatabaseExists(config);
  const store = await openStore({ database: config.database, synchronous: config.synchronous, poolSize: config.poolSize });
  // With Redis, what a command changes reaches the servers too (an erased account's streams close).
  const shared = config.redisUrl ? await connectShared(config.redisUrl) : undefined;
  const runtime = await compose({ store, shared });
  try {
    await run(runtime, invocation);
  } finally {
    await runtime.stop();
    await store.close();
    await shared?.close();
  }
}

/** Commands other than init, migrate and copy work on a database that exists; they never create one. */
function assertDatabaseExists(config: Config) {
  if (config.database === config.dbPath && !existsSync(config.dbPath)) {
    throw new Error(`no database at ${config.dbPath}; create it with persistly init (or point PERSISTLY_DB at yours)`);
  }
}

main().catch(fail);

/** One line on stderr (JSON with --json), exit 2 for bad usage or settings, else 1. */
function fail(error: unknown) {
  const json = process.argv.includes("--json");
  const code = error instanceof UsageError ? "usage" : error instanceof ConfigError ? "config" : error instanceof ApiError ? error.code : "failed";
  const message = error instanceof ApiError ? `${error.code}: ${error.message}` : (error as Error).message;
  process.stderr.write(json ? `${JSON.stringify({ error: { code, message } })}\n` : `persistly: ${message}\n`);
  process.exitCode = error instanceof UsageError || error instanceof ConfigError ? 2 : 1;
}

import { describe, expect, it } from "vitest";
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { listenLocal, sdk, startServer } from "../support/helpers.js";
import { openStore } from "../../server/store/index.js";

function persistly(db: string, ...args: string[]) {
  return execFileSync(process.execPath, ["scripts/persistly.mjs", ...args], { env: { ...process.env, PERSISTLY_DB: db }, encoding: "utf8" });
}

describe("persistly CLI", () => {
  it("initialises a database and issues keys that the server accepts", () => {
    const dir = mkdtempSync(join(tmpdir(), "persistly-cli-"));
    const db = join(dir, "cli.db");
    const init = JSON.parse(persistly(db, "init", "--json"));
    expect(init.runtimeKey).toMatch(/^pst_rt_/);
    expect(JSON.parse(persistly(db, "init", "--json"))).toEqual({ environment: null });
    // A second studio has a command of its own; init never pretends to make one.
    const refused = spawnSync(process.execPath, ["scripts/persistly.mjs", "init", "--workspace", "other"], { env: { ...process.env, PERSISTLY_DB: db }, encoding: "utf8" });
    expect([refused.status, refused.stderr]).toEqual([2, expect.stringContaining("persistly studios create NAME")]);
    expect(JSON.parse(persistly(db, "studios", "create", "other", "--json"))).toMatchObject({ name: "other", plan: "free" });
    expect(JSON.parse(persistly(db, "env", "create", "production", "--workspace", "other", "--json"))).toMatchObject({ name: "production" });
    expect(spawnSync(process.execPath, ["scripts/persistly.mjs", "studios", "create", "other"], { env: { ...process.env, PERSISTLY_DB: db }, encoding: "utf8" }).stderr).toMatch(/studio "other" already exists/);
    const created = JSON.parse(persistly(db, "keys", "create", "--env", "development", "--kind", "runtime", "--json"));
    expect(created).toMatchObject({ kind: "runtime", environment: "development", key: expect.stringMatching(/^pst_rt_/) });
    return (async () => {
      const server = await startServer({ store: await openStore({ database: db }) });
      const res = await sdk(server, created.key).post("/sdk/v1/accounts", {});
      expect(res.status).toBe(201);
      await server.store.close();
      persistly(db, "keys", "revoke", created.id);
      const after = await startServer({ store: await openStore({ database: db }) });
      expect((await sdk(after, created.key).post("/sdk/v1/accounts", {})).status).toBe(401);
      await after.store.close();
    })();
  }, 30_000);

  it("switches transfer codes, publishes configs, sets plans, and explains bad usage", async () => {
    const dir = mkdtempSync(join(tmpdir(), "persistly-cli-"));
    const db = join(dir, "cli.db");
    const { runtimeKey } = JSON.parse(persistly(db, "init", "--json"));
    persistly(db, "transfer-codes", "disable", "--env", "development");
    writeFileSync(join(dir, "config.json"), JSON.stringify({ maxLevel: 50 }));
    expect(JSON.parse(persistly(db, "config", "publish", "--env", "development", join(dir, "config.json"), "--json"))).toMatchObject({ version: 1 });
    persistly(db, "plan", "set", "indie");
    const server = await startServer({ store: await openStore({ database: db }) });
    const res = await sdk(server, runtimeKey).get("/sdk/v1/runtime-config");
    expect(res.body.syncPolicy).toMatchObject({ transferCodesEnabled: false, maxDataBytes: 524288 });
    expect(res.body.gameConfig).toMatchObject({ version: 1, config: { maxLevel: 50 } });
    await server.store.close();
    expect(() => persistly(db, "plan", "set", "platinum")).toThrow(/plan set free\|indie\|studio\|enterprise/);
  }, 30_000);
});

describe("persistly import", () => {
  function prepare(lines: string[]) {
    const dir = mkdtempSync(join(tmpdir(), "persistly-import-"));
    const db = join(dir, "cli.db");
    const file = join(dir, "accounts.ndjson");
    writeFileSync(file, lines.join("\n") + "\n");
    persistly(db, "init");
    return { db, file };
  }

  function runImport(db: string, file: string, ...extra: string[]) {
    const result = spawnSync(process.execPath, ["scripts/persistly.mjs", "import", file, "--env", "development", "--json", ...extra], {
      env: { ...process.env, PERSISTLY_DB: db }, encoding: "utf8",
    });
    return { status: result.status, summary: JSON.parse(result.stdout), stderr: result.stderr };
  }

  it("imports line by line, reporting malformed lines by number and going on", () => {
    const { db, file } = prepare([
      JSON.stringify({ sourceId: "s-1", playerRef: "p-1", slots: [{ slotId: "main", data: { gold: 1 } }] }),
      "{not json",
      JSON.stringify({ sourceId: "s-2" }),
      JSON.stringify({ sourceId: "s-3", nickname: "unknown field" }),
      JSON.stringify({ sourceId: "s-4", slots: [{ slotId: "a", data: 1 }, { slotId: "a", data: 2 }] }),
      JSON.stringify({ sourceId: "s-1" }),
    ]);
    const { status, summary, stderr } = runImport(db, file, "--batch", "2");
    expect(status, "lines failed, so the import exits non-zero").toBe(1);
    expect(summary).toMatchObject({ lines: 6, created: 2, existing: 1, failed: 1, skipped: 2 });
    expect(stderr).toMatch(/line 2: not valid JSON/);
    expect(stderr).toMatch(/line 4: .*unknown property "nickname"/);
    expect(stderr).toMatch(/line 5: invalid_request/);
  }, 30_000);

  it("resumes after the last checkpointed line", async () => {
    const { db, file } = prepare([1, 2, 3, 4].map((i) => JSON.stringify({ sourceId: `s-${i}`, playerRef: `p-${i}` })));
    writeFileSync(`${file}.checkpoint.json`, JSON.stringify({ size: statSync(file).size, linesDone: 2 }));
    const { summary } = runImport(db, file);
    expect(summary).toMatchObject({ created: 2, resumedAfterLine: 2 });
    const store = await openStore({ database: db });
    const [env] = await store.listEnvironments((await store.transaction((tx) => tx.ensureWorkspace("default", ""))).id);
    expect(await store.findAccountsByPlayerRef(env.id, "p-1", 10, null)).toEqual([]);
    expect(await store.findAccountsByPlayerRef(env.id, "p-3", 10, null)).toHaveLength(1);
    await store.close();
    expect(existsSync(`${file}.checkpoint.json`)).toBe(false);
  }, 30_000);
});

describe("persistly members", () => {
  it("bootstraps the first owner with a one-time password that signs in, takes one from stdin, and audits both as the CLI", async () => {
    const dir = mkdtempSync(join(tmpdir(), "persistly-cli-"));
    const db = join(dir, "cli.db");
    persistly(db, "init");
    const owner = JSON.parse(persistly(db, "members", "create", "--studio", "default", "--email", "Owner@Studio.example", "--role", "owner", "--json"));
    expect(owner).toMatchObject({ email: "owner@studio.example", role: "owner", oneTimePassword: expect.stringMatching(/^[A-Za-z0-9_-]{20}$/) });
    const second = spawnSync(process.execPath, ["scripts/persistly.mjs", "members", "create", "--email", "ops@studio.example", "--role", "admin", "--password-stdin", "--json"], {
      env: { ...process.env, PERSISTLY_DB: db }, input: "a-long-enough-password\n", encoding: "utf8",
    });
    expect(second.status, second.stderr).toBe(0);
    expect(JSON.parse(second.stdout).oneTimePassword).toBeNull();
    const bad = spawnSync(process.execPath, ["scripts/persistly.mjs", "members", "create", "--email", "x@studio.example", "--role", "boss"], { env: { ...process.env, PERSISTLY_DB: db }, encoding: "utf8" });
    expect([bad.status, bad.stderr]).toEqual([2, expect.stringMatching(/--role is one of owner, admin, support, viewer/)]);

    const server = await startServer({ store: await openStore({ database: db }) });
    for (const [email, password] of [["owner@studio.example", owner.oneTimePassword], ["ops@studio.example", "a-long-enough-password"]]) {
      expect((await server.http.post("/admin/v1/session").send({ email, password })).status, email).toBe(200);
    }
    const studio = (await server.store.listWorkspaces())[0];
    const entries = await server.store.listAudit({ workspaceId: studio.id, limit: 10 });
    expect(entries.map((e) => [e.action, e.actor.kind, e.actor.id])).toEqual([["members create", "cli", "cli"], ["members create", "cli", "cli"]]);
    expect(JSON.stringify(entries)).not.toMatch(new RegExp(owner.oneTimePassword));
    await server.store.close();
  }, 30_000);
});

describe("persistly catalog", () => {
  it("publishes a catalog file that game clients then read, and refuses a malformed or inconsistent one with one line", async () => {
    const dir = mkdtempSync(join(tmpdir(), "persistly-cli-"));
    const db = join(dir, "cli.db");
    const { runtimeKey } = JSON.parse(persistly(db, "init", "--json"));
    const catalog = { currencies: [{ currencyId: "gold", initial: 100, max: 1000 }], items: [], offers: [{ offerId: "pack", price: { gold: 10 }, contents: { currencies: { gold: 1 } }, purchasable: "client" }] };
    writeFileSync(join(dir, "catalog.json"), JSON.stringify(catalog));
    expect(JSON.parse(persistly(db, "catalog", "publish", "--env", "development", join(dir, "catalog.json"), "--json"))).toMatchObject({ version: 1 });
    const run = (file: string) => spawnSync(process.execPath, ["scripts/persistly.mjs", "catalog", "publish", "--env", "development", file], { env: { ...process.env, PERSISTLY_DB: db }, encoding: "utf8" });
    writeFileSync(join(dir, "shape.json"), JSON.stringify({ currencies: [{ currencyId: "Gold!" }], items: [], offers: [] }));
    const shape = run(join(dir, "shape.json"));
    expect([shape.status, shape.stderr]).toEqual([1, expect.stringMatching(/^persistly: .*shape\.json is not a catalog: \/currencies\/0/)]);
    writeFileSync(join(dir, "refs.json"), JSON.stringify({ ...catalog, offers: [{ ...catalog.offers[0], price: { gems: 1 } }] }));
    const refs = run(join(dir, "refs.json"));
    expect([refs.status, refs.stderr.trim().split("\n").length, refs.stderr]).toEqual([1, 1, expect.stringMatching(/no currency "gems"/)]);
    const server = await startServer({ store: await openStore({ database: db }) });
    expect((await sdk(server, runtimeKey).get("/sdk/v1/catalog")).body).toEqual({ catalogVersion: 1, catalog });
    const [studio] = await server.store.listWorkspaces();
    expect((await server.store.listAudit({ workspaceId: studio.id, limit: 5 })).map((e) => e.action)).toEqual(["catalog publish"]);
    await server.store.close();
  }, 30_000);
});

describe("persistly leaderboards", () => {
  it("creates the boards of a file all together or none, lists them, and games read them", async () => {
    const dir = mkdtempSync(join(tmpdir(), "persistly-cli-"));
    const db = join(dir, "cli.db");
    const { runtimeKey } = JSON.parse(persistly(db, "init", "--json"));
    const run = (...args: string[]) => spawnSync(process.execPath, ["scripts/persistly.mjs", "leaderboards", ...args], { env: { ...process.env, PERSISTLY_DB: db }, encoding: "utf8" });
    writeFileSync(join(dir, "boards.json"), JSON.stringify([{ leaderboardId: "weekly", resetSchedule: "0 0 * * 1" }, { leaderboardId: "rating", authoritative: true }]));
    const created = run("create", "--env", "development", join(dir, "boards.json"));
    expect([created.status, created.stdout]).toEqual([0, expect.stringMatching(/Created leaderboard "weekly".*resets "0 0 \* \* 1" UTC[\s\S]*"rating".*authoritative/)]);
    writeFileSync(join(dir, "bad.json"), JSON.stringify([{ leaderboardId: "daily", resetSchedule: "0 0 * *" }]));
    const bad = run("create", "--env", "development", join(dir, "bad.json"));
    expect([bad.status, bad.stderr]).toEqual([1, expect.stringMatching(/resetSchedule "0 0 \* \*" has 4 fields/)]);
    writeFileSync(join(dir, "clash.json"), JSON.stringify([{ leaderboardId: "daily" }, { leaderboardId: "weekly" }]));
    expect(run("create", "--env", "development", join(dir, "clash.json")).stderr).toMatch(/already has a leaderboard "weekly"/);
    const listed = JSON.parse(run("list", "--env", "development", "--json").stdout);
    expect(listed.leaderboards.map((b: { leaderboardId: string }) => b.leaderboardId)).toEqual(["rating", "weekly"]);
    const server = await startServer({ store: await openStore({ database: db }) });
    expect((await sdk(server, runtimeKey).get("/sdk/v1/leaderboards")).body.leaderboards.map((b: { leaderboardId: string }) => b.leaderboardId)).toEqual(["rating", "weekly"]);
    await server.store.close();
  }, 30_000);
});

describe("persistly events", () => {
  it("creates the events of a file and lists them with their status", async () => {
    const dir = mkdtempSync(join(tmpdir(), "persistly-cli-"));
    const db = join(dir, "cli.db");
    const { runtimeKey } = JSON.parse(persistly(db, "init", "--json"));
    const run = (...args: string[]) => spawnSync(process.execPath, ["scripts/persistly.mjs", "events", ...args], { env: { ...process.env, PERSISTLY_DB: db }, encoding: "utf8" });
    const soon = new Date(Date.now() + 3600_000).toISOString();
    const later = new Date(Date.now() + 7200_000).toISOString();
    writeFileSync(join(dir, "events.json"), JSON.stringify({ eventId: "weekend-cup", name: "Weekend Cup", startsAt: soon, endsAt: later, maxParticipants: 100 }));
    const created = run("create", "--env", "development", join(dir, "events.json"));
    expect([created.status, created.stdout]).toEqual([0, expect.stringMatching(/Created event "weekend-cup".*free, 0 reward tiers/)]);
    writeFileSync(join(dir, "bad.json"), JSON.stringify({ eventId: "bad", name: "Bad", startsAt: later, endsAt: soon }));
    const bad = run("create", "--env", "development", join(dir, "bad.json"));
    expect([bad.status, bad.stderr]).toEqual([1, expect.stringMatching(/endsAt .* is not after startsAt/)]);
    expect(run("list", "--env", "development").stdout).toMatch(/weekend-cup\s+upcoming/);
    const server = await startServer({ store: await openStore({ database: db }) });
    expect((await sdk(server, runtimeKey).get("/sdk/v1/events?status=upcoming")).body.events.map((e: { eventId: string }) => e.eventId)).toEqual(["weekend-cup"]);
    await server.store.close();
  }, 30_000);
});

describe("persistly contract diff", () => {
  const base = JSON.parse(readFileSync("spec/openapi.sdk.json", "utf8"));
  const diff = (change: (spec: any) => void, ...extra: string[]) => {
    const dir = mkdtempSync(join(tmpdir(), "persistly-diff-"));
    const after = structuredClone(base);
    change(after);
    writeFileSync(join(dir, "old.json"), JSON.stringify(base));
    writeFileSync(join(dir, "new.json"), JSON.stringify(after));
    const run = spawnSync(process.execPath, ["scripts/persistly.mjs", "contract", "diff", join(dir, "old.json"), join(dir, "new.json"), ...extra], { encoding: "utf8" });
    return { status: run.status, out: run.stdout, result: extra.includes("--json") ? JSON.parse(run.stdout) : null };
  };
  const kinds = (result: { changes: Array<{ kind: string }> }) => [...new Set(result.changes.map((c) => c.kind))].sort();
  const broken = (result: { operations: Array<{ operation: string; compatible: boolean }> }) => result.operations.filter((o) => !o.compatible).map((o) => o.operation).sort();

  it("classifies a battery of edits as the gate does, with pointers and per-operation verdicts", () => {
    expect(diff(() => {}, "--json")).toMatchObject({ status: 0, result: { changes: [] } });
    const removed = diff((s) => {
      delete s.components.schemas.Slot.properties.updatedAt;
      s.components.schemas.Slot.required = s.components.schemas.Slot.required.filter((f: string) => f !== "updatedAt");
    }, "--json");
    expect([removed.status, kinds(removed.result)]).toEqual([1, expect.arrayContaining(["breaking"])]);
    expect(broken(removed.result)).toEqual(expect.arrayContaining(["getSlot", "syncSlot", "createAccount"]));
    expect(removed.result.changes[0].pointer).toMatch(/^#\/paths\/~1sdk~1v1~1/);
    const added = diff((s) => (s.components.schemas.Slot.properties.label = { type: "string" }), "--json");
    expect([added.status, kinds(added.result), broken(added.result)]).toEqual([0, expect.not.arrayContaining(["breaking"]), []]);
    const newCode = diff((s) => s.components.schemas.SyncSlotConflictError.anyOf.push({ $ref: "#/components/schemas/GoneError" }), "--json");
    expect([newCode.status, kinds(newCode.result)]).toEqual([0, ["additive"]]); // the gate's rule: a new error code is additive
    const reworded = diff((s) => (s.components.responses.Gone.description = "The account was erased, for good (`gone`)."), "--json");
    expect([reworded.status, kinds(reworded.result)]).toEqual([0, ["additive"]]); // prose is not contract
    const deprecated = diff((s) => (s.paths["/sdk/v1/runtime-config"].get.deprecated = true), "--json");
    expect([deprecated.status, kinds(deprecated.result)]).toEqual([0, ["deprecation"]]);
    expect(deprecated.result.operations.find((o: { operation: string }) => o.operation === "getRuntimeConfig")).toMatchObject({ compatible: true, deprecated: true });
    const renamed = diff((s) => {
      const body = s.components.schemas.CreateTransferCodeRequest.properties;
      body.ttlSeconds = body.expiresInSeconds;
      delete body.expiresInSeconds;
    }, "--json");
    expect([renamed.status, broken(renamed.result)]).toEqual([1, ["createTransferCode"]]);
    const enumCut = diff((s) => {
      const status = s.paths["/sdk/v1/accounts/{accountId}/grants"].get.parameters.find((p: { name: string }) => p.name === "status").schema;
      status.enum = status.enum.filter((v: string) => v !== "revoked");
    }, "--json");
    expect([enumCut.status, broken(enumCut.result)]).toEqual([1, ["listGrants"]]);
    // The next minor version after the spec's own, whatever that is.
    const current = String(JSON.parse(readFileSync("spec/openapi.sdk.json", "utf8")).info.version);
    const [major, minor] = current.split(".").map(Number);
    const next = `${major}.${minor + 1}.0`;
    const fragment = diff((s) => (s.info.version = next, s.paths["/sdk/v1/runtime-config"].get.deprecated = true), "--format", "markdown");
    expect(fragment.out.startsWith(`## API changes ${current} → ${next}\n\n### Deprecations (1)\n\n- \`getRuntimeConfig\`: `)).toBe(true);
    expect(fragment.out).toContain(`works against ${next}`);
  }, 60_000);
});

describe("persistly contract deprecations", () => {
  it("fails when an operation the studio uses is deprecated or gone on the deployment, and says when and what instead", async () => {
    const dir = mkdtempSync(join(tmpdir(), "persistly-deprecations-"));
    writeFileSync(join(dir, "uses.txt"), "# what our game calls\ncreateAccount\nGET /sdk/v1/runtime-config\nsyncSlot\n");
    const spec = JSON.parse(readFileSync("spec/openapi.sdk.json", "utf8"));
    Object.assign(spec.paths["/sdk/v1/runtime-config"].get, {
      deprecated: true, "x-deprecated-at": "2026-11-01", "x-sunset": "2027-06-30", "x-successor": "https://docs.example/sdk/v2/runtime-config", "x-deprecation-reason": "config moves to /sdk/v2",
    });
    // Asynchronously: the servers answering the command live in this very process.
    const run = (base: string, ...extra: string[]) => new Promise<{ status: number | null; stdout: string }>((resolve) => {
      const child = spawn(process.execPath, ["scripts/persistly.mjs", "contract", "deprecations", "--base-url", base, "--uses", join(dir, "uses.txt"), ...extra]);
      let stdout = "";
      child.stdout.on("data", (chunk) => (stdout += chunk));
      child.on("close", (status) => resolve({ status, stdout }));
    });
    const current = await listenLocal((await startServer()).app);
    const deprecating = await listenLocal((await startServer({ sdkSpec: spec })).app);
    try {
      const clean = await run(current.origin);
      expect([clean.status, clean.stdout]).toEqual([0, expect.stringMatching(/3 operations checked .*: 0 deprecated, 0 missing/)]);
      const flagged = await run(deprecating.origin);
      expect(flagged.status).toBe(1);
      expect(flagged.stdout).toMatch(/✗ GET \/sdk\/v1\/runtime-config .* deprecated: Sunset 2027-06-30, successor https:\/\/docs\.example\/sdk\/v2\/runtime-config; config moves to \/sdk\/v2/);
      expect((await run(deprecating.origin, "--warn-only")).status).toBe(0);
      writeFileSync(join(dir, "uses.txt"), "createAccount\nlistTournaments\n");
      const gone = await run(current.origin, "--json");
      expect([gone.status, JSON.parse(gone.stdout).missing]).toEqual([1, ["listTournaments"]]);
      expect(spawnSync(process.execPath, ["scripts/persistly.mjs", "contract", "deprecations", "--uses", join(dir, "uses.txt")], { encoding: "utf8" }).status).toBe(2);
    } finally {
      await current.close();
      await deprecating.close();
    }
  }, 60_000);
});

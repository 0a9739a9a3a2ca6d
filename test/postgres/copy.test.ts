// `persistly migrate` and `persistly copy` against a real PostgreSQL: an embedded database moves over
// whole (keys, sessions, history, storage), and a copy cut short resumes without duplicating anything.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { randomUUID } from "node:crypto";
import { DATA_V1, sdk, startServer, tempDbPath, TEST_POSTGRES_URL, trusted } from "../support/helpers.js";
import { addMember, newCredential } from "../../server/domain/members.js";
import { openStore } from "../../server/store/index.js";
import { latestMigration, migrations } from "../../server/store/migrations.js";
import { inTransaction } from "../../server/domain/context.js";

const run = promisify(execFile);
const persistly = (args: string[], env: Record<string, string> = {}) =>
  run(process.execPath, ["scripts/persistly.mjs", ...args], { env: { ...process.env, ...env } });

describe("persistly migrate and copy, into PostgreSQL", () => {
  const database = `persistly_copy_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  const url = Object.assign(new URL(TEST_POSTGRES_URL), { pathname: `/${database}` }).toString();
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    await client.connect();
    await client.query(sql);
    await client.end();
  };
  const query = async (sql: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(sql)).rows;
    } finally {
      await client.end();
    }
  };

  beforeAll(() => admin(`CREATE DATABASE ${database}`));
  afterAll(() => admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`), 60_000); // can take seconds while other test files load PostgreSQL

  it("migrates an empty PostgreSQL database to the newest schema", async () => {
    const { stdout } = await persistly(["migrate", "--json"], { PERSISTLY_DATABASE_URL: url });
    expect(JSON.parse(stdout).schemaVersion).toBe(latestMigration.version);
    expect((await query("SELECT version FROM schema_migrations ORDER BY version")).map((r) => r.version)).toEqual(migrations.map((m) => m.version));
  });

  it("copies an embedded database whole, and a second run changes nothing", async () => {
    const dbPath = tempDbPath();
    const source = await startServer({ dbPath });
    const player = await sdk(source).createAccount({ playerRef: "player-1", slot: { slotId: "main", data: DATA_V1 } });
    for (let v = 1; v <= 3; v++) {
      expect((await sdk(source).post(`/sdk/v1/accounts/${player.accountId}/slots/main/sync`, { baseVersion: v, data: { v } }, player.token)).status).toBe(200);
    }
    await trusted(source).post("/server/v1/game-config", { config: { maxLevel: 30 } }).expect(201);
    const [studio] = await source.store.listWorkspaces();
    await inTransaction(source.app.deps, async (tx) => addMember(tx, studio, { email: "owner@studio.example", role: "owner" }, await newCredential(source.app.deps.settings, "correct-horse-battery"), new Date().toISOString()));
    const sourceStorage = await source.store.storageBytes((await source.store.listWorkspaces())[0].id);
    await source.app.stop();
    await source.store.close();

    const { stdout } = await persistly(["copy", "--from", `sqlite:${dbPath}`, "--to", url, "--batch", "2", "--json"]);
    const copied = JSON.parse(stdout).tables as Array<{ table: string; rows: number }>;
    expect(copied.find((t) => t.table === "slot_versions")?.rows).toBe(4);

    // The same keys, session and history now answer from PostgreSQL.
    const store = await openStore({ database: url });
    const target = await startServer({ store });
    try {
      const key = { ...target, runtimeKey: source.runtimeKey, serverKey: source.serverKey };
      const slot = await sdk(key).get(`/sdk/v1/accounts/${player.accountId}/slots/main`, player.token);
      expect(slot.body).toMatchObject({ version: 4, data: { v: 3 } });
      const history = await trusted(key).get(`/server/v1/accounts/${player.accountId}/slots/main/versions`);
      expect(history.body.versions.map((v: { version: number }) => v.version)).toEqual([4, 3, 2, 1]);
      expect((await trusted(key).get("/server/v1/game-config")).body.config).toEqual({ maxLevel: 30 });
      expect(await store.storageBytes((await store.listWorkspaces())[0].id)).toBe(sourceStorage);
      // Operators and the audit log came along, and the log's sequence goes on after the copied entries.
      expect((await target.http.post("/admin/v1/session").send({ email: "owner@studio.example", password: "correct-horse-battery" })).status).toBe(200);
      await trusted(key).post("/server/v1/game-config", { config: { maxLevel: 40 } }).expect(201);
      const log = await store.listAudit({ workspaceId: studio.id, limit: 10 });
      expect(log.map((e) => [e.seq, e.action])).toEqual([[2, "publishGameConfig"], [1, "publishGameConfig"]]);

      const again = JSON.parse((await persistly(["copy", "--from", `sqlite:${dbPath}`, "--to", url, "--json"])).stdout).tables;
      expect(again).toEqual(copied.map((t) => ({ ...t, resumedFrom: t.rows })));
      expect(await store.storageBytes((await store.listWorkspaces())[0].id)).toBe(sourceStorage);
    } finally {
      await target.app.stop();
      await store.close();
    }
  });

  it("resumes a copy cut short, and refuses a target that holds other data", async () => {
    // Cut short: the last two history rows never arrived, and the checkpoint says so.
    await query("DELETE FROM slot_versions WHERE version >= 3");
    await query("UPDATE persistly_copy_progress SET rows_done = 2 WHERE table_name = 'slot_versions'");
    const source = (await query("SELECT source FROM persistly_copy_progress LIMIT 1"))[0].source;
    const { stdout } = await persistly(["copy", "--from", `sqlite:${source}`, "--to", url, "--json"]);
    expect(JSON.parse(stdout).tables.find((t: { table: string }) => t.table === "slot_versions")).toEqual({ table: "slot_versions", rows: 4, resumedFrom: 2 });
    expect((await query("SELECT COUNT(*) AS n FROM slot_versions"))[0].n).toBe("4");

    const other = tempDbPath();
    const empty = await startServer({ dbPath: other });
    await empty.store.close();
    await expect(persistly(["copy", "--from", `sqlite:${other}`, "--to", url])).rejects.toMatchObject({ stderr: expect.stringContaining("holds a copy from") });
  });
});

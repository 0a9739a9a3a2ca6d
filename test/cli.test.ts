import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sdk, startServer } from "./helpers.js";
import { openSqliteStore } from "../server/store/sqlite.js";

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
    const created = JSON.parse(persistly(db, "keys", "create", "--env", "development", "--kind", "runtime", "--json"));
    expect(created).toMatchObject({ kind: "runtime", environment: "development", key: expect.stringMatching(/^pst_rt_/) });
    return (async () => {
      const server = await startServer({ store: openSqliteStore({ path: db }) });
      const res = await sdk(server, created.key).post("/sdk/v1/accounts", {});
      expect(res.status).toBe(201);
      server.store.close();
      persistly(db, "keys", "revoke", created.id);
      const after = await startServer({ store: openSqliteStore({ path: db }) });
      expect((await sdk(after, created.key).post("/sdk/v1/accounts", {})).status).toBe(401);
      after.store.close();
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
    const server = await startServer({ store: openSqliteStore({ path: db }) });
    const res = await sdk(server, runtimeKey).get("/sdk/v1/runtime-config");
    expect(res.body.syncPolicy).toMatchObject({ transferCodesEnabled: false, maxDataBytes: 524288 });
    expect(res.body.gameConfig).toMatchObject({ version: 1, config: { maxLevel: 50 } });
    server.store.close();
    expect(() => persistly(db, "plan", "set", "platinum")).toThrow(/plan set free\|indie\|studio\|enterprise/);
  }, 30_000);
});

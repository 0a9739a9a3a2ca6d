import { describe, expect, it } from "vitest";
import { readFileSync, existsSync } from "node:fs";
import Database from "better-sqlite3";
import { openStore } from "../../server/store/index.js";
import { migrations } from "../../server/store/migrations.js";
import { sdk, startServer, tempDbPath as tempDb } from "../support/helpers.js";

describe("SQLite storage", () => {
  it("migrates a new file once, in WAL mode, and keeps acknowledged writes across a reopen", async () => {
    const path = tempDb();
    const server = await startServer({ dbPath: path });
    const client = sdk(server);
    const { accountId, token } = await client.createAccount();
    await client.post(`/sdk/v1/accounts/${accountId}/slots/main/sync`, { baseVersion: 1, data: { saved: true } }, token).expect(200);
    await server.store.close();

    const reopened = await openStore({ database: path });
    expect(await reopened.getSlot(accountId, "main")).toMatchObject({ version: 2, data: '{"saved":true}' });
    reopened.close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.prepare("SELECT version FROM schema_migrations ORDER BY version").all()).toEqual(migrations.map((m) => ({ version: m.version })));
    expect(db.prepare("SELECT version FROM slot_versions WHERE account_id = ? ORDER BY version").all(accountId)).toEqual([{ version: 1 }, { version: 2 }]);
    db.close();
  });

  it("stores keys, session tokens and transfer codes only as hashes", async () => {
    const path = tempDb();
    const server = await startServer({ dbPath: path });
    const client = sdk(server);
    const { accountId, token } = await client.createAccount();
    const code = (await client.post(`/sdk/v1/accounts/${accountId}/transfer-codes`, {}, token)).body.code as string;
    const secrets = [server.runtimeKey, server.serverKey, token, code, code.replaceAll("-", ""), code.replaceAll("-", "").slice(4)];
    await server.store.close();
    const bytes = [path, `${path}-wal`].filter(existsSync).map((f) => readFileSync(f).toString("latin1")).join("");
    expect(bytes).toContain(accountId);
    for (const secret of secrets) expect(bytes).not.toContain(secret);
  });
});

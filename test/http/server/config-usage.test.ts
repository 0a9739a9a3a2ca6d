import { beforeEach, describe, expect, it } from "vitest";
import { errorCode, sdk, startServer, trusted, type TestServer } from "../../support/helpers.js";

let server: TestServer;
let client: ReturnType<typeof sdk>;
let backend: ReturnType<typeof trusted>;
beforeEach(async () => {
  server = await startServer();
  client = sdk(server);
  backend = trusted(server);
});

describe("game config on the server surface", () => {
  it("publishes versions that runtime-config follows, lists them, and rolls back", async () => {
    expect(errorCode(await backend.get("/server/v1/game-config"))).toBe("not_found");
    const v1 = await backend.post("/server/v1/game-config", { config: { maxLevel: 30 } });
    expect(v1.status).toBe(201);
    expect(v1.body).toMatchObject({ version: 1, active: true, config: { maxLevel: 30 }, bytes: 15 });
    await backend.post("/server/v1/game-config", { config: { maxLevel: 40 } }).expect(201);
    expect((await client.get("/sdk/v1/runtime-config")).body.gameConfig).toMatchObject({ version: 2, config: { maxLevel: 40 } });

    const list = await backend.get("/server/v1/game-config/versions");
    expect(list.body.activeVersion).toBe(2);
    expect(list.body.versions.map((v: { version: number; active: boolean }) => [v.version, v.active])).toEqual([[2, true], [1, false]]);
    expect(list.body.versions[0]).not.toHaveProperty("config");

    const rolledBack = await backend.post("/server/v1/game-config/versions/1/activate", {});
    expect(rolledBack.body).toMatchObject({ version: 1, active: true, config: { maxLevel: 30 } });
    expect((await client.get("/sdk/v1/runtime-config")).body.gameConfig).toMatchObject({ version: 1, config: { maxLevel: 30 } });
    expect((await backend.get("/server/v1/game-config")).body.version).toBe(1);
  });

  it("refuses an unknown version, a config that is not an object, and one over 1 MB", async () => {
    expect((await backend.post("/server/v1/game-config/versions/7/activate", {})).status).toBe(404);
    expect((await backend.post("/server/v1/game-config", { config: [1, 2] })).status).toBe(400);
    const big = await backend.post("/server/v1/game-config", { config: { blob: "x".repeat(1024 * 1024) } });
    expect(big.status).toBe(413);
    expect(big.body.error.details).toMatchObject({ field: "config", limitBytes: 1048576 });
    expect((await backend.get("/server/v1/game-config/versions")).body.versions).toEqual([]);
  });
});

describe("getUsage", () => {
  it("reports runtime requests against the quota, storage, SDKs, and counts", async () => {
    const a = await client.createAccount();
    await client.post(`/sdk/v1/accounts/${a.accountId}/slots`, { slotId: "second", data: [1] }, a.token).set("X-Persistly-SDK", "@persistly/sdk/0.1.0").expect(201);
    await client.get("/sdk/v1/runtime-config").set("X-Persistly-SDK", "@persistly/sdk/0.1.0").expect(200);
    const res = await backend.get("/server/v1/usage").set("X-Persistly-SDK", "studio-backend/2.4.0");
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ month: "2026-11", plan: "free", runtimeRequests: { used: 3, quota: 100000 }, accounts: 1, slots: 2 });
    expect(res.body.storage).toEqual({ usedBytes: 73 + 30 + 3 + 2, limitBytes: 1073741824 });
    expect(res.body.sdks).toEqual(expect.arrayContaining([
      { surface: "sdk", sdk: "@persistly/sdk/0.1.0", requests: 2 },
      { surface: "sdk", sdk: "(none)", requests: 1 },
      { surface: "server", sdk: "studio-backend/2.4.0", requests: 1 },
    ]));
  });
});

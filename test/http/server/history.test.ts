import { beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_PLANS } from "../../../server/domain/plans.js";
import { pruneHistory } from "../../../server/domain/history.js";
import { issueKey } from "../../../server/domain/operator.js";
import { errorCode, sdk, startServer, trusted, type TestAccount, type TestServer } from "../../support/helpers.js";

let server: TestServer;
let client: ReturnType<typeof sdk>;
let backend: ReturnType<typeof trusted>;
let account: TestAccount;
const history = (query = "") => backend.get(`/server/v1/accounts/${account.accountId}/slots/main/versions${query}`);
const sync = (baseVersion: number, data: unknown) =>
  client.post(`/sdk/v1/accounts/${account.accountId}/slots/main/sync`, { baseVersion, data }, account.token);

beforeEach(async () => {
  server = await startServer();
  client = sdk(server);
  backend = trusted(server);
  account = await client.createAccount({ slot: { slotId: "main", data: { v: 1 } } });
  await sync(1, { v: 2 }).expect(200);
  await sync(2, { v: 3 }).expect(200);
});

describe("slot restore history", () => {
  it("lists versions newest first, with data on request", async () => {
    const res = await history();
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ slotId: "main", currentVersion: 3, restoreWindowHours: 24 });
    expect(res.body.versions.map((v: { version: number }) => v.version)).toEqual([3, 2, 1]);
    expect(res.body.versions[0]).not.toHaveProperty("data");
    expect((await history("?includeData=true")).body.versions.map((v: { data: unknown }) => v.data)).toEqual([{ v: 3 }, { v: 2 }, { v: 1 }]);
  });

  it("reads one version, and 404 for one that does not exist", async () => {
    // Another request first: path parameters must reach the handler typed even when the route is not the first one matched.
    await history();
    const res = await backend.get(`/server/v1/accounts/${account.accountId}/slots/main/versions/1`);
    expect(res.body).toMatchObject({ version: 1, data: { v: 1 } });
    expect((await backend.get(`/server/v1/accounts/${account.accountId}/slots/main/versions/9`)).status).toBe(404);
    expect((await backend.get(`/server/v1/accounts/${account.accountId}/slots/ghost/versions`)).status).toBe(404);
  });

  it("restores an old version as a new one, which game clients see as a normal write", async () => {
    const res = await backend.post(`/server/v1/accounts/${account.accountId}/slots/main/versions/1/restore`, {});
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ version: 4, data: { v: 1 } });
    expect((await client.get(`/sdk/v1/accounts/${account.accountId}/slots/main`, account.token)).body).toMatchObject({ version: 4, data: { v: 1 } });
    const stale = await sync(3, { v: "offline edit" });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details.cloud.version).toBe(4);
  });

  it("keeps only the window's versions, and pruning deletes the rest but never the current one", async () => {
    server.clock.advance(25 * 3600_000);
    const res = await history();
    expect(res.body.versions.map((v: { version: number }) => v.version)).toEqual([3]);
    expect(await pruneHistory(server.store, DEFAULT_PLANS, server.clock.now())).toBe(2);
    expect((await client.get(`/sdk/v1/accounts/${account.accountId}/slots/main`, account.token)).body.data).toEqual({ v: 3 });
    // A conflict from a pruned base has no base branch.
    expect((await sync(1, { late: true })).body.error.details.base).toBeNull();
  });
});

describe("storage limit", () => {
  it("refuses writes past the plan's storage with 402 storage_limit_exceeded, on both surfaces", async () => {
    const used = (await backend.get("/server/v1/usage")).body.storage.usedBytes;
    server = await startServer({ store: server.store, plans: { ...DEFAULT_PLANS, free: { ...DEFAULT_PLANS.free, storageBytes: used + 5 } } });
    client = sdk(server, await newKey("runtime"));
    const big = await client.post(`/sdk/v1/accounts/${account.accountId}/slots/main/sync`, { baseVersion: 3, data: "x".repeat(100) }, account.token);
    expect(big.status).toBe(402);
    expect(big.body.error).toMatchObject({ code: "storage_limit_exceeded", details: { usedBytes: used } });
    const restore = await trusted(server, await newKey("server")).post(`/server/v1/accounts/${account.accountId}/slots/main/versions/1/restore`, {});
    expect(errorCode(restore)).toBe("storage_limit_exceeded");
    expect((await client.post(`/sdk/v1/accounts/${account.accountId}/slots/main/sync`, { baseVersion: 3, data: 1 }, account.token)).status).toBe(200);
  });
});

/** The shared database's first start printed its keys to another server object: issue fresh ones. */
async function newKey(kind: "runtime" | "server") {
  const [env] = await server.store.listEnvironments((await server.store.transaction((tx) => tx.ensureWorkspace("default", ""))).id);
  return (await server.store.transaction((tx) => issueKey(tx, env, kind))).key;
}

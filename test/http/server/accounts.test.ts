import { beforeEach, describe, expect, it } from "vitest";
import { DATA_V1, errorCode, otherEnvironmentKey, sdk, startServer, trusted, type TestServer } from "../../support/helpers.js";

let server: TestServer;
let client: ReturnType<typeof sdk>;
let backend: ReturnType<typeof trusted>;
beforeEach(async () => {
  server = await startServer();
  client = sdk(server);
  backend = trusted(server);
});

describe("server surface credentials", () => {
  it("accepts only the environment's server key: a runtime key is 401 here, as a server key is on the SDK surface", async () => {
    expect((await backend.get("/server/v1/usage")).status).toBe(200);
    const runtime = await trusted(server, server.runtimeKey).get("/server/v1/usage");
    expect(runtime.status).toBe(401);
    expect(errorCode(runtime)).toBe("unauthorized");
    expect((await sdk(server, server.serverKey).get("/sdk/v1/runtime-config")).status).toBe(401);
    expect((await server.http.get("/server/v1/usage")).status).toBe(401);
  });

  it("counts against the key's server_api bucket", async () => {
    const res = await backend.get("/server/v1/usage");
    expect(res.headers["ratelimit-policy"]).toBe('"server_api";q=1000;w=60');
  });

  it("answers unknown server routes with 404", async () => {
    const res = await backend.get("/server/v1/nothing-here");
    expect(res.status).toBe(404);
    expect(errorCode(res)).toBe("not_found");
  });
});

describe("findAccounts", () => {
  it("finds accounts by exact playerRef, paginated, oldest id first", async () => {
    const made = [];
    for (let i = 0; i < 3; i++) made.push((await client.createAccount({ playerRef: "player-1" })).accountId);
    await client.createAccount({ playerRef: "player-10" });
    const first = await backend.get("/server/v1/accounts?playerRef=player-1&limit=2");
    expect(first.status).toBe(200);
    expect(first.body.accounts).toHaveLength(2);
    expect(first.body.nextCursor).toBe(first.body.accounts[1].accountId);
    const second = await backend.get(`/server/v1/accounts?playerRef=player-1&limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.accounts).toHaveLength(1);
    expect(second.body.nextCursor).toBeNull();
    const found = [...first.body.accounts, ...second.body.accounts].map((a: { accountId: string }) => a.accountId);
    expect(found).toEqual([...made].sort());
  });

  it("does not list erased accounts or other environments' accounts", async () => {
    const erased = await client.createAccount({ playerRef: "p" });
    await sdk(server, await otherEnvironmentKey(server)).createAccount({ playerRef: "p" });
    await backend.post(`/server/v1/accounts/${erased.accountId}/erase`, {}).expect(200);
    expect((await backend.get("/server/v1/accounts?playerRef=p")).body.accounts).toEqual([]);
  });

  it("requires playerRef", async () => {
    const res = await backend.get("/server/v1/accounts");
    expect(res.status).toBe(400);
    expect(res.body.error.details.issues[0].path).toBe("/query/playerRef");
  });
});

describe("getAccountDetail", () => {
  it("returns the account with every slot's data", async () => {
    const { accountId } = await client.createAccount({ playerRef: "p", slot: { slotId: "main", data: DATA_V1 } });
    const res = await backend.get(`/server/v1/accounts/${accountId}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ accountId, playerRef: "p", slots: [{ slotId: "main", version: 1, data: DATA_V1 }] });
  });

  it("answers 404 for an unknown account and for another environment's account", async () => {
    expect((await backend.get(`/server/v1/accounts/acc_${"a".repeat(26)}`)).status).toBe(404);
    const elsewhere = await sdk(server, await otherEnvironmentKey(server)).createAccount();
    const res = await backend.get(`/server/v1/accounts/${elsewhere.accountId}`);
    expect(res.status).toBe(404);
    expect(errorCode(res)).toBe("not_found");
  });
});

describe("eraseAccount", () => {
  it("erases the account's data; the SDK answers 410 gone from then on, and the id is never reused", async () => {
    const { accountId, token } = await client.createAccount();
    const code = (await client.post(`/sdk/v1/accounts/${accountId}/transfer-codes`, {}, token)).body.code;
    const usedBefore = (await backend.get("/server/v1/usage")).body.storage.usedBytes;
    expect(usedBefore).toBeGreaterThan(0);

    const res = await backend.post(`/server/v1/accounts/${accountId}/erase`, {});
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ accountId, erasedAt: expect.any(String) });

    expect(errorCode(await client.get(`/sdk/v1/accounts/${accountId}`, token))).toBe("gone");
    expect((await client.get(`/sdk/v1/accounts/${accountId}/slots/main`, token)).status).toBe(410);
    expect((await client.post(`/sdk/v1/accounts/${accountId}/slots/main/sync`, { baseVersion: 1, data: 1 }, token)).status).toBe(410);
    expect((await client.post("/sdk/v1/account-transfer-codes/consume", { code })).status).toBe(410);
    expect((await backend.get(`/server/v1/accounts/${accountId}`)).status).toBe(410);
    expect((await backend.post(`/server/v1/accounts/${accountId}/erase`, {})).status).toBe(410);
    expect((await backend.get("/server/v1/usage")).body.storage.usedBytes).toBe(0);
    expect(await server.store.listSlots(accountId)).toEqual([]);
  });

  it("replays an erase sent again with the same idempotency key", async () => {
    const { accountId } = await client.createAccount();
    const first = await backend.post(`/server/v1/accounts/${accountId}/erase`, { idempotencyKey: "erase-0123456789" });
    const again = await backend.post(`/server/v1/accounts/${accountId}/erase`, { idempotencyKey: "erase-0123456789" });
    expect(again.status).toBe(200);
    expect(again.headers["idempotent-replay"]).toBe("true");
    expect(again.body).toEqual(first.body);
  });
});

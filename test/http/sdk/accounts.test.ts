import { beforeEach, describe, expect, it } from "vitest";
import { DATA_V1, INFO_V1, errorCode, otherEnvironmentKey, sdk, startServer, type TestServer } from "../../support/helpers.js";

let server: TestServer;
let client: ReturnType<typeof sdk>;
beforeEach(async () => {
  server = await startServer();
  client = sdk(server);
});

describe("createAccount", () => {
  it("creates an account with its first slot and a session token", async () => {
    const res = await client.post("/sdk/v1/accounts", { playerRef: "player-8841", slot: { slotId: "main", data: DATA_V1, slotInfo: INFO_V1 } });
    expect(res.status).toBe(201);
    expect(res.body.accountId).toMatch(/^acc_[a-z2-7]{26}$/);
    expect(res.body.accountSessionToken).toMatch(/^pst_as_[A-Za-z0-9_-]{43}$/);
    expect(res.body.syncPolicy).toMatchObject({ conflictModel: "optimistic", maxDataBytes: 262144, maxSlotInfoBytes: 16384 });
    expect(res.body.account).toMatchObject({ accountId: res.body.accountId, playerRef: "player-8841" });
    expect(res.body.account.slots).toHaveLength(1);
    expect(res.body.slot).toMatchObject({
      slotId: "main", version: 1, data: DATA_V1, slotInfo: INFO_V1, dataBytes: 73, slotInfoBytes: 30,
      checksum: "b0b136b6f92c670b28fb15ea8a5a5b95510ccfc2985dc12e40bc3792213af483",
    });
    expect(res.headers["x-request-id"]).toMatch(/^req_/);
  });

  it("creates an account without slots", async () => {
    const res = await client.post("/sdk/v1/accounts", {});
    expect(res.status).toBe(201);
    expect(res.body.slot).toBeNull();
    expect(res.body.account).toMatchObject({ playerRef: null, slots: [] });
  });

  it("gives every account a distinct id and token", async () => {
    const [a, b] = await Promise.all([client.createAccount({}), client.createAccount({})]);
    expect(a.accountId).not.toBe(b.accountId);
    expect(a.token).not.toBe(b.token);
  });

  it.each([
    ["an unknown field", { nickname: "x" }, "/body/nickname"],
    ["a slot without data", { slot: { slotId: "main" } }, "/body/slot/data"],
    ["a bad slot id", { slot: { slotId: "no spaces", data: 1 } }, "/body/slot/slotId"],
    ["a non-object slotInfo", { slot: { slotId: "main", data: 1, slotInfo: [1] } }, "/body/slot/slotInfo"],
    ["an empty playerRef", { playerRef: "" }, "/body/playerRef"],
  ])("rejects %s with 400 invalid_request and creates nothing", async (_name, body, path) => {
    const res = await client.post("/sdk/v1/accounts", body);
    expect(res.status).toBe(400);
    expect(errorCode(res)).toBe("invalid_request");
    expect(res.body.error.details.issues.map((i: { path: string }) => i.path)).toContain(path);
    expect(await countAccounts()).toBe(0);
  });

  it("rejects data nested deeper than 64 levels", async () => {
    let deep: unknown = 1;
    for (let i = 0; i < 70; i++) deep = [deep];
    const res = await client.post("/sdk/v1/accounts", { slot: { slotId: "main", data: deep } });
    expect(res.status).toBe(400);
    expect(res.body.error.details).toMatchObject({ field: "data", reason: "too_deep" });
    expect(await countAccounts()).toBe(0);
  });

  it("rejects a body that is not an object", async () => {
    const res = await client.post("/sdk/v1/accounts", [1, 2]);
    expect(res.status).toBe(400);
    expect(errorCode(res)).toBe("invalid_request");
  });
});

describe("getAccount", () => {
  it("returns the account with slot summaries, without data", async () => {
    const { accountId, token } = await client.createAccount({ playerRef: "p-1", slot: { slotId: "main", data: DATA_V1, slotInfo: INFO_V1 } });
    await client.post(`/sdk/v1/accounts/${accountId}/slots`, { slotId: "autosave", data: { a: 1 } }, token).expect(201);
    const res = await client.get(`/sdk/v1/accounts/${accountId}`, token);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ accountId, playerRef: "p-1" });
    expect(res.body.slots.map((s: { slotId: string }) => s.slotId)).toEqual(["autosave", "main"]);
    for (const slot of res.body.slots) expect(slot).not.toHaveProperty("data");
    expect(res.body.slots[1]).toMatchObject({ slotId: "main", version: 1, slotInfo: INFO_V1, dataBytes: 73 });
  });

  it("refuses a session of another account with 403, exactly as for an account that does not exist", async () => {
    const a = await client.createAccount();
    const b = await client.createAccount();
    const foreign = await client.get(`/sdk/v1/accounts/${b.accountId}`, a.token);
    const missing = await client.get(`/sdk/v1/accounts/acc_${"a".repeat(26)}`, a.token);
    expect(foreign.status).toBe(403);
    expect(missing.status).toBe(403);
    expect(errorCode(foreign)).toBe("forbidden");
    expect({ ...foreign.body.error, requestId: "" }).toEqual({ ...missing.body.error, requestId: "" });
    expect(JSON.stringify(foreign.body)).not.toContain("slot");
  });

  it("refuses a missing or unknown session with 403", async () => {
    const { accountId } = await client.createAccount();
    expect((await client.get(`/sdk/v1/accounts/${accountId}`)).status).toBe(403);
    const unknown = await client.get(`/sdk/v1/accounts/${accountId}`, `pst_as_${"x".repeat(43)}`);
    expect(unknown.status).toBe(403);
    expect(errorCode(unknown)).toBe("forbidden");
  });

  it("refuses a session used with a runtime key of another environment", async () => {
    const { accountId, token } = await client.createAccount();
    const otherKey = await otherEnvironmentKey(server);
    const res = await sdk(server, otherKey).get(`/sdk/v1/accounts/${accountId}`, token);
    expect(res.status).toBe(403);
  });

  it("answers 410 gone to the holder of a session once the account is erased", async () => {
    const { accountId, token } = await client.createAccount();
    const other = await client.createAccount();
    expect(await server.store.transaction((tx) => tx.eraseAccount(accountId, new Date().toISOString()))).toBe(true);
    const res = await client.get(`/sdk/v1/accounts/${accountId}`, token);
    expect(res.status).toBe(410);
    expect(errorCode(res)).toBe("gone");
    // Another account's session learns nothing about the erased one.
    expect((await client.get(`/sdk/v1/accounts/${accountId}`, other.token)).status).toBe(403);
    expect(await server.store.listSlotSummaries(accountId)).toEqual([]);
  });

  it("answers a malformed account id with 403: the session does not authorize it", async () => {
    const { token } = await client.createAccount();
    const res = await client.get("/sdk/v1/accounts/not-an-id", token);
    expect(res.status).toBe(403);
    expect(errorCode(res)).toBe("forbidden");
  });
});

async function countAccounts() {
  return (await server.store.countAccounts(server.environmentId)).accounts;
}

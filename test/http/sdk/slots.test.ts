import { beforeEach, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { DATA_V1, INFO_V1, errorCode, sdk, startServer, type TestAccount, type TestServer } from "../../support/helpers.js";

let server: TestServer;
let client: ReturnType<typeof sdk>;
let account: TestAccount;
const slotPath = (slotId = "main", accountId = account.accountId) => `/sdk/v1/accounts/${accountId}/slots/${slotId}`;
const sync = (body: unknown, slotId = "main", token = account.token) => client.post(`${slotPath(slotId)}/sync`, body, token);

beforeEach(async () => {
  server = await startServer();
  client = sdk(server);
  account = await client.createAccount();
});

describe("createSlot", () => {
  it("creates a named slot at version 1", async () => {
    const res = await client.post(`/sdk/v1/accounts/${account.accountId}/slots`, { slotId: "autosave", data: [1, 2, 3] }, account.token);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ slotId: "autosave", version: 1, data: [1, 2, 3], slotInfo: {}, dataBytes: 7 });
  });

  it("answers 409 slot_exists for a slot id in use, and leaves the slot as it was", async () => {
    const res = await client.post(`/sdk/v1/accounts/${account.accountId}/slots`, { slotId: "main", data: { other: true } }, account.token);
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: "slot_exists", details: { slotId: "main", version: 1 } });
    expect((await client.get(slotPath(), account.token)).body.data).toEqual(DATA_V1);
  });

  it("caps the number of slots per account", async () => {
    server = await startServer({ settings: { maxSlotsPerAccount: 2 } });
    client = sdk(server);
    account = await client.createAccount();
    const create = (slotId: string) => client.post(`/sdk/v1/accounts/${account.accountId}/slots`, { slotId, data: 1 }, account.token);
    expect((await create("second")).status).toBe(201);
    const third = await create("third");
    expect(third.status).toBe(400);
    expect(third.body.error.details).toMatchObject({ reason: "slot_limit", limit: 2 });
  });

  it("refuses another account's session with 403 and creates nothing", async () => {
    const other = await client.createAccount({});
    const res = await client.post(`/sdk/v1/accounts/${account.accountId}/slots`, { slotId: "x", data: 1 }, other.token);
    expect(res.status).toBe(403);
    expect((await client.get(`/sdk/v1/accounts/${account.accountId}`, account.token)).body.slots).toHaveLength(1);
  });
});

describe("getSlot", () => {
  it("returns the full slot", async () => {
    const res = await client.get(slotPath(), account.token);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ slotId: "main", version: 1, data: DATA_V1, slotInfo: INFO_V1 });
  });

  it("answers 404 for a slot the account does not have", async () => {
    const res = await client.get(slotPath("profile-2"), account.token);
    expect(res.status).toBe(404);
    expect(res.body.error).toMatchObject({ code: "not_found", details: { slotId: "profile-2" } });
  });

  it("answers 403, not 404, for another account's slots", async () => {
    const other = await client.createAccount();
    expect((await client.get(slotPath("main", other.accountId), account.token)).status).toBe(403);
    expect((await client.get(slotPath("nope", other.accountId), account.token)).status).toBe(403);
  });

  it("rejects a malformed slot id with 400", async () => {
    const res = await client.get(slotPath("bad%20id"), account.token);
    expect(res.status).toBe(400);
    expect(res.body.error.details.issues[0].path).toBe("/params/slotId");
  });
});

describe("syncSlot", () => {
  const DATA_V2 = { hp: 87, gold: 1520 };

  it("accepts a write based on the current version and grows the version by one", async () => {
    const res = await sync({ baseVersion: 1, data: DATA_V2, slotInfo: { level: 3 } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ slotId: "main", version: 2, data: DATA_V2, slotInfo: { level: 3 } });
    expect(Date.parse(res.body.updatedAt)).toBeGreaterThanOrEqual(Date.parse(res.body.createdAt));
    expect((await client.get(slotPath(), account.token)).body.version).toBe(2);
  });

  it("keeps the current slotInfo when the write omits it", async () => {
    const res = await sync({ baseVersion: 1, data: DATA_V2 });
    expect(res.body.slotInfo).toEqual(INFO_V1);
  });

  it("does not create a version when the content is unchanged", async () => {
    const same = await sync({ baseVersion: 1, data: { ...DATA_V1 }, slotInfo: INFO_V1 });
    expect(same.status).toBe(200);
    expect(same.body.version).toBe(1);
  });

  it("treats a retried write whose answer was lost as already applied, not as a conflict", async () => {
    await sync({ baseVersion: 1, data: DATA_V2 }).expect(200);
    const retry = await sync({ baseVersion: 1, data: DATA_V2 });
    expect(retry.status).toBe(200);
    expect(retry.body.version).toBe(2);
  });

  it("answers a stale baseVersion with 409 conflict carrying local, cloud and base, and writes nothing", async () => {
    await sync({ baseVersion: 1, data: DATA_V2, slotInfo: { level: 3 } }).expect(200);
    const local = { baseVersion: 1, data: { hp: 1 }, slotInfo: { level: 9 } };
    const res = await sync(local);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe("conflict");
    const d = res.body.error.details;
    expect(d).toMatchObject({ slotId: "main", baseVersion: 1, currentVersion: 2 });
    expect(d.local).toEqual(local);
    expect(d.cloud).toMatchObject({ version: 2, data: DATA_V2, slotInfo: { level: 3 } });
    expect(d.base).toMatchObject({ version: 1, data: DATA_V1, slotInfo: INFO_V1 });
    expect((await client.get(slotPath(), account.token)).body.version).toBe(2);
  });

  it("recovers from a conflict by retrying with baseVersion = cloud.version", async () => {
    await sync({ baseVersion: 1, data: DATA_V2 }).expect(200);
    const conflict = await sync({ baseVersion: 1, data: { merged: false } });
    const retry = await sync({ baseVersion: conflict.body.error.details.cloud.version, data: { merged: true } });
    expect(retry.status).toBe(200);
    expect(retry.body.version).toBe(3);
  });

  it("sends a null base when the device never saw a cloud version (baseVersion 0)", async () => {
    const res = await sync({ baseVersion: 0, data: { fresh: true } });
    expect(res.status).toBe(409);
    expect(res.body.error.details.base).toBeNull();
    expect(res.body.error.details.local.slotInfo).toBeNull();
  });

  it("rejects a baseVersion ahead of the server with 400", async () => {
    const res = await sync({ baseVersion: 5, data: DATA_V2 });
    expect(res.status).toBe(400);
    expect(res.body.error.details).toMatchObject({ field: "baseVersion", reason: "ahead_of_server", currentVersion: 1 });
  });

  it("rejects a baseVersion ahead of the server even with force, and writes nothing", async () => {
    const res = await sync({ baseVersion: 5, data: DATA_V2, force: true });
    expect(res.status).toBe(400);
    expect((await client.get(slotPath(), account.token)).body.version).toBe(1);
  });

  it("overwrites a newer cloud version with force", async () => {
    await sync({ baseVersion: 1, data: DATA_V2 }).expect(200);
    const res = await sync({ baseVersion: 1, data: { keep: "this device" }, force: true });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ version: 3, data: { keep: "this device" } });
  });

  it("lets every forced sync win when they race, each writing its own version", async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, (_, n) => sync({ baseVersion: 1, data: { n }, force: true })));
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200));
    expect(answers.map((a) => a.body.version).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 2));
  });

  it("verifies a checksum of the canonical data", async () => {
    const canonical = '{"gold":1520,"hp":87}';
    const checksum = createHash("sha256").update(canonical).digest("hex");
    const ok = await sync({ baseVersion: 1, data: DATA_V2, checksum });
    expect(ok.status).toBe(200);
    expect(ok.body.checksum).toBe(checksum);
    const bad = await sync({ baseVersion: 2, data: { hp: 2 }, checksum });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details).toMatchObject({ field: "checksum", reason: "checksum_mismatch" });
    expect((await client.get(slotPath(), account.token)).body.version).toBe(2);
  });

  it("answers 404 for a slot that does not exist", async () => {
    const res = await sync({ baseVersion: 1, data: 1 }, "ghost");
    expect(res.status).toBe(404);
    expect(errorCode(res)).toBe("not_found");
  });

  it("refuses another account's session with 403 and writes nothing", async () => {
    const other = await client.createAccount();
    const res = await sync({ baseVersion: 1, data: { stolen: true } }, "main", other.token);
    expect(res.status).toBe(403);
    expect((await client.get(slotPath(), account.token)).body.data).toEqual(DATA_V1);
  });

  it.each([
    ["a missing baseVersion", { data: 1 }],
    ["a negative baseVersion", { baseVersion: -1, data: 1 }],
    ["a string baseVersion", { baseVersion: "1", data: 1 }],
    ["an unknown field", { baseVersion: 1, data: 1, merge: true }],
    ["a malformed checksum", { baseVersion: 1, data: 1, checksum: "abc" }],
  ])("rejects %s with 400 and writes nothing", async (_name, body) => {
    const res = await sync(body);
    expect(res.status).toBe(400);
    expect(errorCode(res)).toBe("invalid_request");
    expect((await client.get(slotPath(), account.token)).body.version).toBe(1);
  });

  it("serialises concurrent writes from one base: exactly one wins, the rest conflict", async () => {
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => sync({ baseVersion: 1, data: { writer: i } })));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(9);
    expect((await client.get(slotPath(), account.token)).body.version).toBe(2);
  });
});

describe("a slot's answer as production sends it (responses not validated: the stored JSON goes out as is)", () => {
  it("has the same bytes, type and length as the validated answer, for getSlot, syncSlot and createSlot", async () => {
    const unvalidated = await startServer({ validateResponses: false, store: server.store });
    const raw = sdk(unvalidated, server.runtimeKey);
    const data = { "é": ["ünïcødé", 1.5e21, -1e-7, true, null], nested: { z: 1, a: "\u2028" } };
    const calls = [
      (c: typeof raw) => c.post(`/sdk/v1/accounts/${account.accountId}/slots`, { slotId: "twin", data }, account.token),
      (c: typeof raw) => c.get(slotPath("twin"), account.token),
      (c: typeof raw) => c.post(`${slotPath("twin")}/sync`, { baseVersion: 1, data, force: true }, account.token),
    ];
    for (const call of calls) {
      const sent = await call(raw);
      expect(sent.status, sent.text).toBeLessThan(300);
      expect(sent.headers["content-type"]).toBe("application/json; charset=utf-8");
      expect(Number(sent.headers["content-length"])).toBe(Buffer.byteLength(sent.text));
      expect(sent.text).toBe(JSON.stringify(JSON.parse(sent.text))); // compact, as res.json writes it
      expect(sent.body.data).toEqual(data);
    }
    // The validated path answers the same document.
    const validated = await client.get(slotPath("twin"), account.token);
    expect(JSON.parse((await raw.get(slotPath("twin"), account.token)).text)).toEqual(validated.body);
  });
});

import { describe, expect, it } from "vitest";
import { openStore } from "../../server/store/index.js";
import { PLAN_NAMES, DEFAULT_PLANS } from "../../server/domain/plans.js";
import { errorCode, sdk, startServer, storeWith } from "../support/helpers.js";

/** A JSON string whose canonical encoding is exactly `bytes` long. */
const stringOfBytes = (bytes: number) => "x".repeat(bytes - 2);
/** A slotInfo object whose canonical encoding is exactly `bytes` long: {"s":"…"}. */
const slotInfoOfBytes = (bytes: number) => ({ s: "x".repeat(bytes - 8) });

describe("plan payload caps", () => {
  it.each(PLAN_NAMES)("on %s: data and slotInfo at the cap pass, one byte over is 413 naming the field and limit", async (plan) => {
    const server = await startServer();
    await server.store.setWorkspacePlan("default", plan);
    const client = sdk(server);
    const { maxDataBytes, maxSlotInfoBytes } = DEFAULT_PLANS[plan];
    const { accountId, token } = await client.createAccount({ slot: { slotId: "main", data: stringOfBytes(maxDataBytes), slotInfo: slotInfoOfBytes(maxSlotInfoBytes) } });

    const overData = await client.post(`/sdk/v1/accounts/${accountId}/slots/main/sync`, { baseVersion: 1, data: stringOfBytes(maxDataBytes + 1) }, token);
    expect(overData.status).toBe(413);
    expect(overData.body.error).toMatchObject({ code: "payload_too_large", details: { field: "data", limitBytes: maxDataBytes, actualBytes: maxDataBytes + 1 } });

    const overInfo = await client.post(`/sdk/v1/accounts/${accountId}/slots`, { slotId: "second", data: 1, slotInfo: slotInfoOfBytes(maxSlotInfoBytes + 1) }, token);
    expect(overInfo.status).toBe(413);
    expect(overInfo.body.error.details).toMatchObject({ field: "slotInfo", limitBytes: maxSlotInfoBytes });

    const overOnCreate = await client.post("/sdk/v1/accounts", { slot: { slotId: "main", data: stringOfBytes(maxDataBytes + 1) } });
    expect(overOnCreate.status).toBe(413);
    expect((await server.store.countAccounts(server.environmentId))).toEqual({ accounts: 1, slots: 1 });
    expect((await client.get(`/sdk/v1/accounts/${accountId}/slots/main`, token)).body.version).toBe(1);
  });

  it("counts multi-byte characters as their UTF-8 bytes", async () => {
    const server = await startServer();
    const client = sdk(server);
    const { accountId, token } = await client.createAccount();
    const res = await client.post(`/sdk/v1/accounts/${accountId}/slots/main/sync`, { baseVersion: 1, data: "é".repeat(131072) }, token);
    expect(res.status).toBe(413);
    expect(res.body.error.details.actualBytes).toBe(262146);
  });
});

describe("malformed requests", () => {
  it("answers malformed JSON with 400 invalid_request", async () => {
    const server = await startServer();
    const res = await server.http.post("/sdk/v1/accounts").set("Authorization", `Bearer ${server.runtimeKey}`).set("Content-Type", "application/json").send('{"playerRef":');
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: "invalid_request", details: { reason: "malformed_json" } });
  });

  it("answers a non-JSON content type with 415 unsupported_media_type", async () => {
    const server = await startServer();
    const res = await server.http.post("/sdk/v1/accounts").set("Authorization", `Bearer ${server.runtimeKey}`).set("Content-Type", "text/plain").send("hello");
    expect(res.status).toBe(415);
    expect(errorCode(res)).toBe("unsupported_media_type");
  });

  it("answers a body over the size cap with 413 before parsing it", async () => {
    const server = await startServer({ bodyLimitBytes: 2048 });
    const res = await sdk(server).post("/sdk/v1/accounts", { playerRef: "p", slot: { slotId: "main", data: "x".repeat(4096) } });
    expect(res.status).toBe(413);
    expect(res.body.error).toMatchObject({ code: "payload_too_large", details: { field: "body", limitBytes: 2048 } });
  });

  it("answers unknown routes with 404 and wrong methods with 405 and Allow", async () => {
    const server = await startServer();
    const unknown = await server.http.get("/nope");
    expect(unknown.status).toBe(404);
    expect(errorCode(unknown)).toBe("not_found");
    const unknownSdk = await server.http.get("/sdk/v1/nope").set("Authorization", `Bearer ${server.runtimeKey}`);
    expect(unknownSdk.status).toBe(404);
    const wrong = await server.http.delete("/sdk/v1/accounts").set("Authorization", `Bearer ${server.runtimeKey}`);
    expect(wrong.status).toBe(405);
    expect(wrong.headers.allow).toBe("POST");
    expect(errorCode(wrong)).toBe("method_not_allowed");
  });

  it("puts the request id in every error, echoing a sane incoming one", async () => {
    const server = await startServer();
    const echoed = await server.http.get("/nope").set("X-Request-Id", "trace-123");
    expect(echoed.headers["x-request-id"]).toBe("trace-123");
    expect(echoed.body.error.requestId).toBe("trace-123");
    const replaced = await server.http.get("/nope").set("X-Request-Id", "bad id with spaces");
    expect(replaced.headers["x-request-id"]).toMatch(/^req_[0-9a-f]{16}$/);
  });

  it("does not advertise the framework", async () => {
    const server = await startServer();
    expect((await server.http.get("/healthz")).headers["x-powered-by"]).toBeUndefined();
  });
});

describe("server failures", () => {
  it("answers a crash with 500 server_error and the request id, never a stack trace or SQL", async () => {
    const store = await openStore({ database: ":memory:" });
    const server = await startServer({ store: storeWith(store, { getSlot: async () => { throw new Error("SQLITE_IOERR: SELECT * FROM slots"); } }) });
    const client = sdk(server);
    const { accountId, token } = await client.createAccount();
    const res = await client.get(`/sdk/v1/accounts/${accountId}/slots/main`, token);
    expect(res.status).toBe(500);
    expect(res.body.error).toMatchObject({ code: "server_error", requestId: res.headers["x-request-id"] });
    expect(res.text).not.toMatch(/SQLITE|SELECT|at .*\.ts/);
  });

  it("turns a response that breaks the spec into a 500 instead of sending it", async () => {
    const store = await openStore({ database: ":memory:" });
    const server = await startServer({
      store: storeWith(store, { getSlot: async (a, s) => ({ ...(await store.getSlot(a, s))!, checksum: "not-a-sha256" }) }),
    });
    const client = sdk(server);
    const { accountId, token } = await client.createAccount();
    const res = await client.get(`/sdk/v1/accounts/${accountId}/slots/main`, token);
    expect(res.status).toBe(500);
    expect(errorCode(res)).toBe("server_error");
  });
});

describe("checkHealth", () => {
  it("is 200 with no credentials, and 503 unavailable once the database is gone", async () => {
    const server = await startServer();
    const ok = await server.http.get("/healthz");
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ status: "ok", version: expect.any(String) });
    await server.store.close();
    const down = await server.http.get("/healthz");
    expect(down.status).toBe(503);
    expect(errorCode(down)).toBe("unavailable");
  });
});

describe("body bounds", () => {
  it("refuses a body nested deeper than 80 levels before any validation runs", async () => {
    const server = await startServer();
    const deep = "[".repeat(10_000) + "]".repeat(10_000);
    const res = await server.http.post("/sdk/v1/accounts").set("Authorization", `Bearer ${server.runtimeKey}`).set("Content-Type", "application/json").send(`{"slot":{"slotId":"main","data":${deep}}}`);
    expect(res.status).toBe(400);
    expect(res.body.error.details).toMatchObject({ reason: "too_deep", maxDepth: 80 });
  });

  it("refuses strings with lone surrogates, which could not be stored faithfully", async () => {
    const server = await startServer();
    const res = await server.http.post("/sdk/v1/accounts").set("Authorization", `Bearer ${server.runtimeKey}`).set("Content-Type", "application/json").send('{"playerRef":"a\\ud800b"}');
    expect(res.status).toBe(400);
    expect(res.body.error.details).toMatchObject({ reason: "ill_formed_unicode" });
    expect((await server.store.countAccounts(server.environmentId)).accounts).toBe(0);
  });

  it("counts brackets inside strings as text", async () => {
    const server = await startServer();
    const res = await sdk(server).post("/sdk/v1/accounts", { slot: { slotId: "main", data: "[".repeat(500) } });
    expect(res.status).toBe(201);
  });
});

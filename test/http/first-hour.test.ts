// What a new integrator runs into in their first hour (#16): the runtime reference's `/api/v1` paths,
// credentials in the wrong header, the IETF Idempotency-Key header, and errors that say what to fix.
import { describe, expect, it } from "vitest";
import { errorCode, sdk, startServer } from "../support/helpers.js";

describe("/api/v1: the runtime reference's prefix, served by the same routes as /sdk/v1", () => {
  it("answers every kind of request as /sdk/v1 does, and a retry under the other prefix is the same request", async () => {
    const server = await startServer();
    const client = sdk(server);
    const key = { Authorization: `Bearer ${server.runtimeKey}` };
    expect((await server.http.get("/api/v1/runtime-config").set(key)).status).toBe(200);
    const created = await server.http.post("/api/v1/accounts").set(key).send({ playerRef: "p-1", idempotencyKey: "alias-key-000000001" });
    expect(created.status).toBe(201);
    const replayed = await server.http.post("/sdk/v1/accounts").set(key).send({ playerRef: "p-1", idempotencyKey: "alias-key-000000001" });
    expect(replayed.status).toBe(201);
    expect(replayed.headers["idempotent-replay"]).toBe("true");
    expect(replayed.body.accountId).toBe(created.body.accountId);
    const token = created.body.accountSessionToken;
    const viaSdk = await client.get(`/sdk/v1/accounts/${created.body.accountId}`, token);
    const viaApi = await server.http.get(`/api/v1/accounts/${created.body.accountId}`).set(key).set("X-Persistly-Account-Session", token);
    expect(viaApi.body).toEqual(viaSdk.body);
    const refused = await server.http.post("/api/v1/accounts").set(key).send({ playerRef: 5 });
    expect([refused.status, errorCode(refused)]).toEqual([400, "invalid_request"]);
    const wrongMethod = await server.http.delete("/api/v1/runtime-config").set(key);
    expect([wrongMethod.status, wrongMethod.headers.allow]).toEqual([405, "GET"]);
    expect((await server.http.get("/api/v1/healthz")).status).toBe(404);
    expect((await server.http.get("/api/v1/accounts/x/sessions")).status).toBe(404);
  });
});

describe("credentials in the wrong place get a hint naming the right header", () => {
  it.each([
    ["a session token as the runtime key", (s: string) => ({ Authorization: `Bearer ${s}` }), 401, "X-Persistly-Account-Session"],
    ["a runtime key without Bearer", (_s: string, k: string) => ({ Authorization: k }), 401, "Authorization: Bearer pst_rt_"],
    ["a session token with a Bearer prefix", (s: string, k: string) => ({ Authorization: `Bearer ${k}`, "X-Persistly-Account-Session": `Bearer ${s}` }), 403, 'without a "Bearer " prefix'],
    ["the runtime key as the session", (_s: string, k: string) => ({ Authorization: `Bearer ${k}`, "X-Persistly-Account-Session": k }), 403, "takes the account session token"],
  ])("%s", async (_name, headers, status, hint) => {
    const server = await startServer();
    const { accountId, token } = await sdk(server).createAccount();
    const res = await server.http.get(`/sdk/v1/accounts/${accountId}`).set(headers(token, server.runtimeKey) as Record<string, string>);
    expect(res.status).toBe(status);
    expect(res.body.error.message).toContain(hint);
  });
});

describe("the Bearer scheme", () => {
  it("is accepted in any case, as HTTP schemes are", async () => {
    const server = await startServer();
    for (const scheme of ["bearer", "BEARER"]) expect((await server.http.get("/sdk/v1/runtime-config").set("Authorization", `${scheme} ${server.runtimeKey}`)).status).toBe(200);
  });
});

describe("the IETF Idempotency-Key header", () => {
  it("is the same key as the body's idempotencyKey: either replays the other, and different values in both are 400", async () => {
    const server = await startServer();
    const { accountId, token } = await sdk(server).createAccount();
    const sync = (headers: Record<string, string>, body: object) => server.http.post(`/sdk/v1/accounts/${accountId}/slots/main/sync`)
      .set({ Authorization: `Bearer ${server.runtimeKey}`, "X-Persistly-Account-Session": token, ...headers }).send({ baseVersion: 1, data: { hp: 2 }, ...body });
    const first = await sync({ "Idempotency-Key": "header-key-00000001" }, {});
    expect([first.status, first.body.version]).toEqual([200, 2]);
    const again = await sync({}, { idempotencyKey: "header-key-00000001" });
    expect([again.status, again.headers["idempotent-replay"], again.body.version]).toEqual([200, "true", 2]);
    const both = await sync({ "Idempotency-Key": "header-key-00000002" }, { idempotencyKey: "header-key-00000003" });
    expect(both.status).toBe(400);
    expect(both.body.error.details).toMatchObject({ reason: "idempotency_key_mismatch" });
    const weak = await sync({ "Idempotency-Key": "short" }, {});
    expect([weak.status, errorCode(weak)]).toEqual([400, "invalid_request"]);
    expect((await sdk(server).get(`/sdk/v1/accounts/${accountId}/slots/main`, token)).body.version).toBe(2);
  });
});

describe("validation errors say what to fix", () => {
  it("a misspelt field is reported as unknown as well as the missing one it stands for", async () => {
    const server = await startServer();
    const { accountId, token } = await sdk(server).createAccount();
    const res = await sdk(server).post(`/sdk/v1/accounts/${accountId}/slots/main/sync`, { basVersion: 1, data: {} }, token);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain("basVersion");
    expect(res.body.error.message).toContain("baseVersion");
  });

  it("a 415 names the content type it got", async () => {
    const server = await startServer();
    const res = await server.http.post("/sdk/v1/accounts").set("Authorization", `Bearer ${server.runtimeKey}`).set("Content-Type", "text/plain").send("hi");
    expect(res.status).toBe(415);
    expect(res.body.error.message).toContain("text/plain");
  });
});

describe("the root of the API", () => {
  it("points to the docs: browsers are sent there, other clients read the links", async () => {
    const server = await startServer();
    const browser = await server.http.get("/").set("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
    expect([browser.status, browser.headers.location]).toEqual([302, "/docs"]);
    const client = await server.http.get("/");
    expect(client.status).toBe(200);
    expect(client.body).toMatchObject({ docs: "/docs", specs: { sdk: "/openapi.sdk.json" } });
    expect(client.headers.link).toContain('</docs>; rel="service-doc"');
  });
});

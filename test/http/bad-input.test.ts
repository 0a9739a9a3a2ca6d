import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { openStore } from "../../server/store/index.js";
import { PLAN_NAMES, DEFAULT_PLANS } from "../../server/domain/plans.js";
import { request as httpRequest } from "node:http";
import { gzipSync } from "node:zlib";
import { pino } from "pino";
import Database from "better-sqlite3";
import { bodyLimitFor } from "../../server/http/jsonBody.js";
import { WRITE_LOCK_WAIT_MS } from "../../server/store/transaction.js";
import { errorCode, listenLocal, sdk, startServer, storeWith, tempDbPath, trusted } from "../support/helpers.js";
import { reportAttack } from "../reliability/report.js";

/** A JSON string whose canonical encoding is exactly `bytes` long. */
const stringOfBytes = (bytes: number) => "x".repeat(bytes - 2);
/** A slotInfo object whose canonical encoding is exactly `bytes` long: {"s":"…"}. */
const slotInfoOfBytes = (bytes: number) => ({ s: "x".repeat(bytes - 8) });

describe("plan payload caps", () => {
  it.each(PLAN_NAMES)("on %s: data and slotInfo at the cap pass, one byte over is 413 naming the field and limit", async (plan) => {
    const server = await startServer();
    await server.store.transaction((tx) => tx.setWorkspacePlan("default", plan));
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

  it("answers a method a path does not declare with 405 and that path's own Allow, literal segments matching before parameters", async () => {
    const server = await startServer();
    let paths = 0;
    for (const name of ["sdk", "server", "admin"]) {
      const spec = JSON.parse(readFileSync(`spec/openapi.${name}.json`, "utf8"));
      for (const [path, item] of Object.entries<Record<string, unknown>>(spec.paths)) {
        const declared = Object.keys(item).filter((m) => ["get", "post", "put", "patch", "delete"].includes(m)).map((m) => m.toUpperCase());
        const url = path.replace(/\{[^}]+\}/g, "x1");
        for (const method of ["OPTIONS", ...["GET", "POST", "DELETE"].filter((m) => !declared.includes(m))]) {
          const res = await server.http[method.toLowerCase() as "options"](url);
          expect([method, path, res.status, res.headers.allow?.split(/,\s*/).sort()]).toEqual([method, path, 405, declared.sort()]);
        }
        paths++;
      }
    }
    expect(paths).toBeGreaterThan(90);
  });

  it("reads a query value with reserved characters left unencoded as the same value, as URL parsers do", async () => {
    const server = await startServer();
    const raw = await trusted(server).get("/server/v1/accounts?playerRef=steam:76561198@eu,1");
    const encoded = await trusted(server).get(`/server/v1/accounts?playerRef=${encodeURIComponent("steam:76561198@eu,1")}`);
    expect([raw.status, raw.body]).toEqual([200, encoded.body]);
  });

  it("refuses an unknown query parameter with 400, except on /healthz, whose contract ignores them (a monitor's cache-buster)", async () => {
    const server = await startServer();
    expect((await server.http.get("/healthz?nocache=1712345")).status).toBe(200);
    const unknown = await server.http.get("/sdk/v1/runtime-config?nocache=1").set("Authorization", `Bearer ${server.runtimeKey}`);
    expect(unknown.status).toBe(400);
    expect(errorCode(unknown)).toBe("invalid_request");
  });

  it("puts the server's own request id in every error, never one the client chose", async () => {
    const server = await startServer();
    const chosen = await server.http.get("/nope").set("X-Request-Id", "trace-123");
    expect(chosen.headers["x-request-id"]).toMatch(/^req_[0-9a-f]{16}$/);
    expect(chosen.body.error.requestId).toBe(chosen.headers["x-request-id"]);
    const other = await server.http.get("/nope").set("X-Request-Id", "trace-123");
    expect(other.headers["x-request-id"]).not.toBe(chosen.headers["x-request-id"]);
  });

  it("does not advertise the framework", async () => {
    const server = await startServer();
    expect((await server.http.get("/healthz")).headers["x-powered-by"]).toBeUndefined();
  });
});

describe("server failures", () => {
  it("answers a crash with 500 server_error and the request id, never a stack trace or SQL", async () => {
    const store = await openStore({ database: ":memory:" });
    // getSlot reads the slot with the session (findSessionWithSlot).
    const server = await startServer({ store: storeWith(store, { findSessionWithSlot: async () => { throw new Error("SQLITE_IOERR: SELECT * FROM slots"); } }) });
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
      store: storeWith(store, {
        findSessionWithSlot: async (token, slotId) => {
          const found = (await store.findSessionWithSlot(token, slotId))!;
          return { ...found, slot: { ...found.slot!, checksum: "not-a-sha256" } };
        },
      }),
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

/** A server whose error-level log lines are kept, and a raw request to it (no client library between). */
async function rawServer(options: Parameters<typeof startServer>[0] = {}) {
  const errors: string[] = [];
  const logger = pino({ level: "error" }, { write: (line: string) => void errors.push(line) });
  const server = await startServer({ ...options, logger });
  const local = await listenLocal(server.app);
  const send = (method: string, path: string, headers: Record<string, string>, body?: Buffer | string) =>
    new Promise<{ status: number; body: any }>((resolve, reject) => {
      const req = httpRequest(`${local.origin}${path}`, { method, headers }, (res) => {
        let text = "";
        res.on("data", (chunk) => (text += chunk)).on("end", () => resolve({ status: res.statusCode!, body: text ? JSON.parse(text) : null }));
      });
      req.on("error", reject);
      req.end(body);
    });
  return { server, errors, send, close: local.close };
}

describe("malformed input the HTTP layer sees first: a 4xx envelope, no error log, nothing written", () => {
  it.each([
    ["a JSON POST with no body at all reads as {} (as Content-Length: 0 does)", "POST", "/sdk/v1/accounts", {}, undefined, 201, undefined],
    ["a path with a bad percent-escape", "GET", "/sdk/v1/accounts/%ZZ", {}, undefined, 400, "malformed_path"],
    ["a gzip body that does not inflate", "POST", "/sdk/v1/accounts", { "Content-Encoding": "gzip" }, "not gzip", 400, "undecodable_body"],
    ["a deflate body that does not inflate", "POST", "/sdk/v1/accounts", { "Content-Encoding": "deflate" }, "not deflate", 400, "undecodable_body"],
    ["a br body that does not decode", "POST", "/sdk/v1/accounts", { "Content-Encoding": "br" }, "not brotli", 400, "undecodable_body"],
    ["invalid UTF-8, which would be stored as U+FFFD", "POST", "/sdk/v1/accounts", {}, Buffer.from([0x7b, 0x22, 0x70, 0x6c, 0x61, 0x79, 0x65, 0x72, 0x52, 0x65, 0x66, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]), 400, "invalid_utf8"],
  ])("%s", async (_name, method, path, headers, body, status, reason) => {
    const { server, errors, send, close } = await rawServer();
    try {
      const auth = { Authorization: `Bearer ${server.runtimeKey}`, "Content-Type": "application/json", ...headers };
      const res = await send(method as string, path as string, auth, body as Buffer | string | undefined);
      expect(res.status).toBe(status);
      if (reason) {
        expect(res.body.error).toMatchObject({ code: "invalid_request", details: { reason } });
        expect((await server.store.countAccounts(server.environmentId)).accounts).toBe(0);
      }
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it.each([
    ["/sdk/v1/runtime-config?gameConfigVersion=1e400", "/query/gameConfigVersion"],
    ["/server/v1/accounts?playerRef=p&limit=1e400", "/query/limit"],
    ["/server/v1/accounts/acc_aaaaaaaaaaaaaaaaaaaaaaaaaa/slots/main/versions/1e400", "/path/version"],
  ])("refuses a number too large to be finite (%s) with 400 naming it, not a crash", async (path, field) => {
    const { server, errors, send, close } = await rawServer();
    try {
      const key = path.startsWith("/server") ? server.serverKey : server.runtimeKey;
      const res = await send("GET", path, { Authorization: `Bearer ${key}` }, undefined);
      expect([res.status, res.body.error.details.issues?.[0]?.path]).toEqual([400, field]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it.each(["utf-16le", "utf-16", "iso-8859-1", "utf-32"])("refuses charset=%s with 415: bodies are UTF-8", async (charset) => {
    const { server, send, close } = await rawServer();
    try {
      const res = await send("POST", "/sdk/v1/accounts", { Authorization: `Bearer ${server.runtimeKey}`, "Content-Type": `application/json; charset=${charset}` }, Buffer.from("{}", charset === "utf-16le" ? "utf16le" : "latin1"));
      expect(res.status).toBe(415);
      expect(res.body.error.code).toBe("unsupported_media_type");
    } finally {
      await close();
    }
  });
});

describe("work bounded by the plan before it is done", () => {
  it.each([
    ["a 3.8 MB array, gzipped to a few KB", JSON.stringify({ slotId: "s", data: Array(1_900_000).fill(0) }), true],
    ["300,000 keys", JSON.stringify({ slotId: "s", data: Object.fromEntries(Array.from({ length: 300_000 }, (_, i) => [`k${i}`, 1])) }), false],
  ])("refuses %s with 413 at the plan's body cap, before parsing it", async (_name, body, gzip) => {
    const { server, send, close } = await rawServer();
    try {
      const { accountId, token } = await sdk(server).createAccount();
      const headers = { Authorization: `Bearer ${server.runtimeKey}`, "X-Persistly-Account-Session": token, "Content-Type": "application/json", ...(gzip ? { "Content-Encoding": "gzip" } : {}) };
      const res = await send("POST", `/sdk/v1/accounts/${accountId}/slots`, headers, gzip ? gzipSync(body as string) : (body as string));
      expect(res.status, JSON.stringify(res.body)).toBe(413);
      expect(res.body.error.details).toMatchObject({ field: "body", limitBytes: bodyLimitFor(DEFAULT_PLANS.free) });
    } finally {
      await close();
    }
  });

  it("measures data against the plan's cap before canonicalising it", async () => {
    const server = await startServer({ bodyLimitBytes: 64 * 1024 * 1024 });
    await server.store.transaction((tx) => tx.setWorkspacePlan("default", "enterprise"));
    const client = sdk(server);
    const { accountId, token } = await client.createAccount();
    const res = await client.post(`/sdk/v1/accounts/${accountId}/slots`, { slotId: "s", data: Array(1_100_000).fill(0) }, token);
    expect(res.status).toBe(413);
    expect(res.body.error.details).toMatchObject({ field: "data", limitBytes: DEFAULT_PLANS.enterprise.maxDataBytes, actualBytes: 2_200_001 });
  });
});

describe("another process holding SQLite's write lock", () => {
  const sqliteOnly = process.env.PERSISTLY_TEST_STORE === "postgres";
  it.skipIf(sqliteOnly)("never blocks the event loop: health answers at once, writes wait off the loop, then 503 with Retry-After; nothing is written", async () => {
    const dbPath = tempDbPath();
    const server = await startServer({ dbPath });
    const client = sdk(server);
    await client.createAccount();
    const other = new Database(dbPath);
    other.exec("BEGIN IMMEDIATE");
    try {
      const started = Date.now();
      const write = client.post("/sdk/v1/accounts", {}).then((res) => ({ res, ms: Date.now() - started }));
      await new Promise((r) => setTimeout(r, 200));
      const healthStarted = Date.now();
      const health = await server.http.get("/healthz");
      const healthMs = Date.now() - healthStarted;
      const { res, ms } = await write;
      reportAttack("SQLite write lock held by another process", 2, Number(health.status !== 200 || healthMs >= 500) + Number(res.status !== 503));
      expect(health.status).toBe(200);
      expect(healthMs).toBeLessThan(500);
      expect(res.status).toBe(503);
      expect(res.body.error).toMatchObject({ code: "unavailable", details: { reason: "store_busy" } });
      expect(res.headers["retry-after"]).toBe("1");
      expect(ms).toBeGreaterThanOrEqual(WRITE_LOCK_WAIT_MS);
    } finally {
      other.exec("ROLLBACK");
      other.close();
    }
    expect((await server.store.countAccounts(server.environmentId)).accounts).toBe(1);
    expect((await client.post("/sdk/v1/accounts", {})).status).toBe(201);
  });

  it.skipIf(sqliteOnly)("waits out a short hold and then writes", async () => {
    const dbPath = tempDbPath();
    const server = await startServer({ dbPath });
    const other = new Database(dbPath);
    other.exec("BEGIN IMMEDIATE");
    setTimeout(() => other.exec("COMMIT"), 300);
    expect((await sdk(server).post("/sdk/v1/accounts", {})).status).toBe(201);
    other.close();
  });
});

describe("strings and date-times no engine can store (#34 item 8)", () => {
  it("refuses U+0000 anywhere — a body's string, deep in save data, a query or a path — with 400, and writes nothing", async () => {
    const server = await startServer();
    const player = await sdk(server).createAccount({ playerRef: "p-1" });
    const named = await sdk(server).post("/sdk/v1/accounts", { playerRef: "p\u0000" });
    expect([named.status, named.body.error.details]).toEqual([400, { field: "body", reason: "nul_character" }]);
    const deep = await sdk(server).post(`/sdk/v1/accounts/${player.accountId}/slots/main/sync`, { baseVersion: 0, data: { a: [{ b: "x\u0000y" }] } }, player.token);
    expect([deep.status, deep.body.error.details.reason]).toEqual([400, "nul_character"]);
    const queried = await server.http.get("/server/v1/accounts?playerRef=p%00").set("Authorization", `Bearer ${server.serverKey}`);
    expect([queried.status, queried.body.error.details.issues]).toEqual([400, [{ path: "/query/playerRef", message: "cannot contain U+0000 (%00)" }]]);
    const slot = await sdk(server).get(`/sdk/v1/accounts/${player.accountId}/slots/ma%00in`, player.token);
    expect(slot.status).toBe(400);
    reportAttack("U+0000 in strings the engines cannot store", 4, [named, deep, queried, slot].filter((r) => r.status >= 500).length);
    const listed = await server.http.get("/server/v1/accounts?playerRef=p").set("Authorization", `Bearer ${server.serverKey}`);
    expect(listed.body.accounts).toEqual([]); // nothing was written for "p\u0000" either
  });

  it("refuses a leap second (23:59:60), which no engine's clock can hold, as not a date-time", async () => {
    const server = await startServer();
    const player = await sdk(server).createAccount();
    const grant = await server.http.post("/server/v1/grants").set("Authorization", `Bearer ${server.serverKey}`)
      .send({ accountId: player.accountId, rewards: { currencies: { gold: 1 } }, reason: "test", expiresAt: "2026-12-31T23:59:60Z", idempotencyKey: "leap-second-grant-1" });
    expect([grant.status, errorCode(grant)]).toEqual([400, "invalid_request"]);
    expect(JSON.stringify(grant.body.error.details)).toContain("expiresAt");
  });
});

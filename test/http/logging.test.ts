import { describe, expect, it } from "vitest";
import { Writable } from "node:stream";
import { pino } from "pino";
import { sdk, startServer, storeWith } from "../support/helpers.js";

function capture() {
  const lines: any[] = [];
  const stream = new Writable({ write(chunk, _enc, done) { lines.push(JSON.parse(String(chunk))); done(); } });
  return { logger: pino({ level: "info" }, stream), lines };
}

describe("access log", () => {
  it("writes one structured line per request with id, operation, status, latency and SDK, and no secrets", async () => {
    const { logger, lines } = capture();
    const server = await startServer({ logger });
    const client = sdk(server);
    const created = await client.post("/sdk/v1/accounts", { slot: { slotId: "main", data: { secretSave: "hunter2" } } }).set("X-Persistly-SDK", "@persistly/sdk/0.1.0").set("X-Request-Id", "client-trace-7");
    const { accountId, accountSessionToken } = created.body;
    const code = (await client.post(`/sdk/v1/accounts/${accountId}/transfer-codes`, {}, accountSessionToken)).body.code;
    await new Promise((r) => setImmediate(r));

    const line = lines.find((l) => l.operationId === "createAccount");
    expect(line).toMatchObject({
      requestId: created.headers["x-request-id"], clientRequestId: "client-trace-7", operationId: "createAccount", sdk: "@persistly/sdk/0.1.0",
      req: { method: "POST", path: "/sdk/v1/accounts" }, res: { status: 201 },
    });
    expect(line.responseTime).toEqual(expect.any(Number));
    const all = JSON.stringify(lines);
    for (const secret of [server.runtimeKey, accountSessionToken, code, "hunter2"]) expect(all).not.toContain(secret);
  });

  it("names the error code of a refused request", async () => {
    const { logger, lines } = capture();
    const server = await startServer({ logger });
    const res = await sdk(server).post("/sdk/v1/accounts", { playerRef: 7 });
    expect(res.status).toBe(400);
    await new Promise((r) => setImmediate(r));
    expect(lines.find((l) => l.requestId === res.headers["x-request-id"] && l.msg === "request completed")).toMatchObject({ res: { status: 400, code: "invalid_request" } });
  });

  it("logs a crash at error level with its request id", async () => {
    const { logger, lines } = capture();
    const server = await startServer({ logger });
    const store = server.store;
    const crashing = await startServer({ logger, store: storeWith(store, { activeCatalogVersion: async () => { throw new Error("boom"); } }) });
    const res = await sdk(crashing, server.runtimeKey).get("/sdk/v1/catalog");
    expect(res.status).toBe(500);
    await new Promise((r) => setImmediate(r));
    const errors = lines.filter((l) => l.level === 50);
    expect(errors.some((l) => l.requestId === res.headers["x-request-id"] && l.err?.message === "boom")).toBe(true);
  });
});

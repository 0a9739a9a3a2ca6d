// CORS on the SDK surface (x-persistly-cors in the spec): preflights for origins an environment allows,
// the response readable only by origins the key's own environment allows, never on /server/v1 — first
// at the HTTP level, then from real pages on other origins in headless Chromium.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer, type Server } from "node:http";
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";
import { listenLocal, otherEnvironmentKey, startServer, type TestServer } from "../support/helpers.js";
import { loadSdkSpec } from "../../server/app.js";
import { needService } from "../support/services.js";

const GAME = "https://game.example";
const preflight = (server: TestServer, path: string, origin: string, headers = "authorization,content-type,x-persistly-account-session,x-persistly-sdk,idempotency-key") =>
  server.http.options(path).set({ Origin: origin, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": headers });

describe("CORS at the HTTP level", () => {
  it("answers a preflight for an allowed origin with the declared headers, and none for another origin or /server/v1", async () => {
    const server = await startServer();
    await server.store.transaction((tx) => tx.setAllowedOrigins(server.environmentId, [GAME]));
    const declared = (loadSdkSpec() as any)["x-persistly-cors"];
    for (const path of ["/sdk/v1/accounts", "/api/v1/accounts/acc_x/slots/main/sync"]) {
      const ok = await preflight(server, path, GAME);
      expect(ok.status).toBe(204);
      expect(ok.headers["access-control-allow-origin"]).toBe(GAME);
      expect(ok.headers["access-control-allow-headers"]).toBe(declared.allowedHeaders.join(","));
      expect(ok.headers["access-control-max-age"]).toBe(String(declared.maxAgeSeconds));
    }
    const stranger = await preflight(server, "/sdk/v1/accounts", "https://evil.example");
    expect(stranger.headers["access-control-allow-origin"]).toBeUndefined();
    const trusted = await preflight(server, "/server/v1/accounts/acc_x/sessions", GAME);
    expect(trusted.headers["access-control-allow-origin"]).toBeUndefined();
    expect(trusted.status).toBe(405);
    const bare = await server.http.options("/sdk/v1/accounts");
    expect(bare.status).toBe(405);
  });

  it("lets a response be read only by origins the key's own environment allows", async () => {
    const server = await startServer();
    const production = await otherEnvironmentKey(server);
    await server.store.transaction((tx) => tx.setAllowedOrigins(server.environmentId, [GAME]));
    const mine = await server.http.get("/sdk/v1/runtime-config").set({ Origin: GAME, Authorization: `Bearer ${server.runtimeKey}` });
    expect(mine.headers["access-control-allow-origin"]).toBe(GAME);
    expect(mine.headers["access-control-expose-headers"]).toContain("X-Request-Id");
    const theirs = await server.http.get("/sdk/v1/runtime-config").set({ Origin: GAME, Authorization: `Bearer ${production}` });
    expect(theirs.status).toBe(200);
    expect(theirs.headers["access-control-allow-origin"]).toBeUndefined();
    const noKey = await server.http.get("/sdk/v1/runtime-config").set({ Origin: GAME });
    expect([noKey.status, noKey.headers["access-control-allow-origin"]], "an error before the key is known stays readable").toEqual([401, GAME]);
  });

  it("allows any origin with *, and notices a change within seconds", async () => {
    const server = await startServer();
    expect((await preflight(server, "/sdk/v1/accounts", "http://localhost:5173")).headers["access-control-allow-origin"]).toBeUndefined();
    await server.store.transaction((tx) => tx.setAllowedOrigins(server.environmentId, ["*"]));
    await expect.poll(async () => (await preflight(server, "/sdk/v1/accounts", "http://localhost:5173")).headers["access-control-allow-origin"], { timeout: 8000, interval: 500 })
      .toBe("http://localhost:5173");
  }, 15_000);
});

const CHROMIUM = process.env.PERSISTLY_CHROMIUM ?? "/usr/bin/chromium";
const haveChromium = needService(existsSync(CHROMIUM), `Chromium at ${CHROMIUM} (or set PERSISTLY_CHROMIUM)`);

/** A page server on its own port: another origin than the API's. */
async function pageOrigin(): Promise<{ origin: string; server: Server }> {
  const server = createServer((_req, res) => res.writeHead(200, { "Content-Type": "text/html" }).end("<!doctype html><title>game</title>"));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { origin: `http://127.0.0.1:${(server.address() as { port: number }).port}`, server };
}

describe.skipIf(!haveChromium)("CORS from pages on other origins, in headless Chromium", () => {
  let api: TestServer;
  let http: Awaited<ReturnType<typeof listenLocal>>;
  let browser: Browser;
  let game: Awaited<ReturnType<typeof pageOrigin>>;
  let stranger: Awaited<ReturnType<typeof pageOrigin>>;

  beforeAll(async () => {
    api = await startServer();
    http = await listenLocal(api.app);
    [game, stranger] = await Promise.all([pageOrigin(), pageOrigin()]);
    await api.store.transaction((tx) => tx.setAllowedOrigins(api.environmentId, [game.origin]));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    game?.server.close();
    stranger?.server.close();
    await http?.close();
    await api?.app.stop();
  });

  /** Runs the README flow with fetch in a page of `origin`: create, load with the session, sync with an Idempotency-Key. */
  const flow = async (origin: string, target: { base: string; runtimeKey: string; serverKey: string }) => {
    const page = await browser.newPage();
    await page.goto(origin);
    return page.evaluate(async ({ base, runtimeKey, serverKey }) => {
      const attempt = async (run: () => Promise<unknown>) => run().catch((error: Error) => `blocked: ${error.name}`);
      const key = { Authorization: `Bearer ${runtimeKey}`, "X-Persistly-SDK": "@persistly/client/test" };
      const created = await attempt(async () => {
        const res = await fetch(`${base}/api/v1/accounts`, { method: "POST", headers: { ...key, "Content-Type": "application/json" }, body: JSON.stringify({ slot: { slotId: "main", data: { hp: 1 } } }) });
        return { status: res.status, requestId: res.headers.get("X-Request-Id"), body: await res.json() };
      });
      if (typeof created === "string") return { created };
      const { accountId, accountSessionToken } = (created as { body: { accountId: string; accountSessionToken: string } }).body;
      const session = { ...key, "X-Persistly-Account-Session": accountSessionToken };
      const loaded = await attempt(async () => (await fetch(`${base}/sdk/v1/accounts/${accountId}/slots/main`, { headers: session })).status);
      const synced = await attempt(async () => {
        const res = await fetch(`${base}/sdk/v1/accounts/${accountId}/slots/main/sync`, {
          method: "POST", headers: { ...session, "Content-Type": "application/json", "Idempotency-Key": crypto.randomUUID() }, body: JSON.stringify({ baseVersion: 1, data: { hp: 2 } }),
        });
        return { status: res.status, version: ((await res.json()) as { version: number }).version };
      });
      const trusted = await attempt(async () => (await fetch(`${base}/server/v1/accounts/${accountId}/sessions`, { method: "POST", headers: { Authorization: `Bearer ${serverKey}`, "Content-Type": "application/json" }, body: "{}" })).status);
      return { created: { status: (created as { status: number }).status, requestId: (created as { requestId: string }).requestId }, loaded, synced, trusted };
    }, target);
  };

  it("a page on an allowed origin runs the flow, with the session and idempotency headers, and reads exposed headers", async () => {
    const result = await flow(game.origin, { base: http.origin, runtimeKey: api.runtimeKey, serverKey: api.serverKey });
    expect(result).toEqual({
      created: { status: 201, requestId: expect.stringMatching(/^req_/) }, loaded: 200, synced: { status: 200, version: 2 },
      trusted: "blocked: TypeError",
    });
  }, 30_000);

  it("a page on another origin is refused by the browser", async () => {
    const result = await flow(stranger.origin, { base: http.origin, runtimeKey: api.runtimeKey, serverKey: api.serverKey });
    expect(result).toEqual({ created: "blocked: TypeError" });
  }, 30_000);
});

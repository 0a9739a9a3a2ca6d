import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { startServer } from "../support/helpers.js";
import { createApp, loadAdminSpec, loadSdkSpec } from "../../server/app.js";
import { openStore } from "../../server/store/index.js";
import { specOperations } from "../../server/http/spec.js";
import { sdkHandlers } from "../../server/handlers/sdk/index.js";
import { inSequence } from "../../server/http/mount.js";
import express, { type RequestHandler } from "express";
import request from "supertest";

const store = () => openStore({ database: ":memory:" });

describe("the server is mounted from the spec", () => {
  it("serves exactly the spec's operations, each with a handler", () => {
    const ids = specOperations(loadSdkSpec()).map((o) => o.operationId).sort();
    const handlers = Object.keys(sdkHandlers).sort();
    expect(ids).toEqual(handlers);
    expect(ids).toEqual(["checkHealth", "claimGrant", "consumeItem", "consumeTransferCode", "createAccount", "createLobby", "createSlot", "createTransferCode", "enterEvent", "getAccount", "getCatalog", "getEvent", "getInventory", "getLeaderboardStanding", "getLobby", "getMatchAssignment", "getRuntimeConfig", "getSlot", "getWallet", "heartbeatLobby", "joinLobby", "joinLobbyByCode", "leaveLobby", "listEvents", "listGrants", "listLeaderboardRecords", "listLeaderboards", "listLobbies", "listWalletLedger", "purchaseOffer", "quickJoinLobby", "startLobby", "streamAccountEvents", "streamLeaderboard", "submitEventScore", "submitScore", "syncSlot", "updateLobby", "updateProfile"]);
  });

  it("refuses to start when an operation has no handler", async () => {
    const spec = loadSdkSpec() as any;
    spec.paths["/sdk/v1/tournaments"] = { get: { ...spec.paths["/sdk/v1/runtime-config"].get, operationId: "listTournaments", parameters: [] } };
    await expect(createApp({ store: await store(), sdkSpec: spec })).rejects.toThrow(/operation listTournaments has no handler/);
  });

  it("refuses to start when a handler has no operation", async () => {
    const spec = loadSdkSpec() as any;
    delete spec.paths["/sdk/v1/runtime-config"];
    await expect(createApp({ store: await store(), sdkSpec: spec })).rejects.toThrow(/handler getRuntimeConfig has no operation/);
  });

  it("refuses to start on a spec that is not valid OpenAPI, instead of failing on the first request", async () => {
    const spec = loadSdkSpec() as any;
    delete spec.paths["/healthz"].get.responses["200"].description;
    await expect(createApp({ store: await store(), sdkSpec: spec })).rejects.toThrow(/openapi.sdk.json is not a valid OpenAPI document: \/paths\/~1healthz\/get\/responses\/200 must have required property 'description'/);
  });

  it("refuses to start on a spec with a broken $ref", async () => {
    const spec = loadSdkSpec() as any;
    spec.paths["/healthz"].get.responses["500"] = { $ref: "#/components/responses/NoSuchResponse" };
    await expect(createApp({ store: await store(), sdkSpec: spec })).rejects.toThrow(/cannot be loaded/);
  });

  it("refuses to start on a role that is not one, or one an operation cannot check", async () => {
    const declare = async (role: string, change: (op: any) => void = () => {}) => {
      const spec = loadAdminSpec() as any;
      const op = spec.paths["/admin/v1/studios/{studioId}/games"].post;
      op["x-persistly-role"] = role;
      change(op);
      return createApp({ store: await store(), adminSpec: spec });
    };
    await expect(declare("superuser")).rejects.toThrow(/createGame: x-persistly-role "superuser" is not one of owner, admin, support, viewer/);
    await expect(declare("admin", (op) => (op.security = [{}]))).rejects.toThrow(/createGame: x-persistly-role without memberSession security/);
  });

  it("refuses to start when a security scheme has no check", async () => {
    const spec = loadSdkSpec() as any;
    spec.components.securitySchemes.apiToken = { type: "apiKey", in: "header", name: "X-Token" };
    await expect(createApp({ store: await store(), sdkSpec: spec })).rejects.toThrow(/no check for security schemes apiToken/);
  });
});

describe("an operation's stages run as one route handler", () => {
  const appWith = (...stages: RequestHandler[]) => {
    const app = express();
    app.get("/op", inSequence(stages));
    app.all("/op", (req, res) => void res.status(405).json({ refused: req.method }));
    app.use(((error, _req, res, _next) => void res.status(500).json({ error: String(error?.message ?? error) })) as express.ErrorRequestHandler);
    return app;
  };
  const seen: string[] = [];
  const stage = (name: string): RequestHandler => (_req, _res, next) => void (seen.push(name), next());

  it("in order, as Express would run them", async () => {
    seen.length = 0;
    const res = await request(appWith(stage("a"), stage("b"), (_req, res) => void res.json({ seen }))).get("/op");
    expect(res.body).toEqual({ seen: ["a", "b"] });
  });

  it("an error passed on, thrown or rejected skips the stages after it", async () => {
    const failures: RequestHandler[] = [
      (_req, _res, next) => next(new Error("passed on")),
      () => { throw new Error("thrown"); },
      async () => { throw new Error("rejected"); },
    ];
    for (const failure of failures) {
      seen.length = 0;
      const res = await request(appWith(stage("a"), failure, stage("after"), (_req, res) => void res.json({}))).get("/op");
      expect(res.status).toBe(500);
      expect(res.body.error).toMatch(/passed on|thrown|rejected/);
      expect(seen).toEqual(["a"]);
    }
  });

  it("a HEAD request falls through to the next route (the API's 405), never into the operation", async () => {
    seen.length = 0;
    const res = await request(appWith(stage("a"), (_req, res) => void res.json({}))).head("/op");
    expect(res.status).toBe(405);
    expect(seen).toEqual([]);
  });

  it("the API answers HEAD on a GET operation with 405 and its Allow", async () => {
    const server = await startServer();
    const res = await server.http.head("/sdk/v1/runtime-config").set("Authorization", `Bearer ${server.runtimeKey}`);
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe("GET");
  });
});

describe("deprecation signals come from the spec", () => {
  async function deprecatedRuntimeConfig(extensions: Record<string, unknown>) {
    const spec = loadSdkSpec() as any;
    Object.assign(spec.paths["/sdk/v1/runtime-config"].get, { deprecated: true, "x-deprecated-at": "2026-11-01", ...extensions });
    return startServer({ sdkSpec: spec });
  }

  it("sends Deprecation, Sunset, Link and the reason on every response of a deprecated operation only", async () => {
    const server = await deprecatedRuntimeConfig({
      "x-sunset": "2027-01-01", "x-successor": "/sdk/v2/runtime-config", "x-deprecation-reason": "replaced by /sdk/v2/runtime-config",
    });
    const ok = await server.http.get("/sdk/v1/runtime-config").set("Authorization", `Bearer ${server.runtimeKey}`);
    expect(ok.status).toBe(200);
    expect(ok.headers).toMatchObject({
      deprecation: `@${Date.UTC(2026, 10, 1) / 1000}`, // RFC 9745
      sunset: "Fri, 01 Jan 2027 00:00:00 GMT",
      link: '</sdk/v2/runtime-config>; rel="successor-version"',
      "x-persistly-deprecation-reason": "replaced by /sdk/v2/runtime-config",
    });
    const refused = await server.http.get("/sdk/v1/runtime-config");
    expect(refused.status).toBe(401);
    expect(refused.headers.deprecation).toBe("@1793491200");
    const other = await server.http.post("/sdk/v1/accounts").set("Authorization", `Bearer ${server.runtimeKey}`).send({});
    expect(other.headers.deprecation).toBeUndefined();
  });

  it("sends only Deprecation when no sunset, successor or reason is given", async () => {
    const server = await deprecatedRuntimeConfig({});
    const res = await server.http.get("/sdk/v1/runtime-config").set("Authorization", `Bearer ${server.runtimeKey}`);
    expect(res.headers.deprecation).toBe("@1793491200");
    expect(res.headers.sunset).toBeUndefined();
    expect(res.headers.link).toBeUndefined();
  });

  it("refuses to start on an x-sunset that is not a date, or without the date it was deprecated", async () => {
    await expect(deprecatedRuntimeConfig({ "x-sunset": "soon" })).rejects.toThrow(/getRuntimeConfig: x-sunset "soon" is not a date/);
    await expect(deprecatedRuntimeConfig({ "x-deprecated-at": undefined })).rejects.toThrow(/getRuntimeConfig: deprecated: true needs x-deprecated-at/);
  });

  it("fills the successor's path parameters from the request", async () => {
    const spec = loadSdkSpec() as any;
    Object.assign(spec.paths["/sdk/v1/accounts/{accountId}"].get, { deprecated: true, "x-deprecated-at": "2026-11-01", "x-successor": "/sdk/v2/accounts/{accountId}" });
    const server = await startServer({ sdkSpec: spec });
    const res = await server.http.get("/sdk/v1/accounts/acc_aaaaaaaaaaaaaaaaaaaaaaaaaa").set("Authorization", `Bearer ${server.runtimeKey}`);
    expect(res.headers.link).toBe('</sdk/v2/accounts/acc_aaaaaaaaaaaaaaaaaaaaaaaaaa>; rel="successor-version"');
  });

  it("is not written into any route's code", () => {
    const sources = readdirSync("server/handlers", { recursive: true }).filter((f) => String(f).endsWith(".ts")).map((f) => readFileSync(join("server/handlers", String(f)), "utf8")).join("\n");
    expect(sources).not.toMatch(/deprecat|Sunset/i);
  });
});

describe("paths and bodies, exactly as the spec says (#34 item 10)", () => {
  it("routes paths case-sensitively and without a trailing slash, reads an absent optional body as {}, and refuses HEAD", async () => {
    const server = await startServer();
    const key = { Authorization: `Bearer ${server.runtimeKey}` };
    expect((await server.http.get("/SDK/v1/leaderboards").set(key)).status).toBe(404);
    expect((await server.http.get("/sdk/v1/leaderboards/").set(key)).status).toBe(404);
    expect((await server.http.get("/sdk/v1/leaderboards").set(key)).status).toBe(200);
    // createAccount's body is optional (every property is): no body at all makes an account.
    expect((await server.http.post("/sdk/v1/accounts").set(key)).status).toBe(201);
    // createLobby's is required: an absent body is refused, for its missing media type or for what it lacks.
    const player = (await server.http.post("/sdk/v1/accounts").set(key)).body;
    const lobbies = `/sdk/v1/accounts/${player.accountId}/lobbies`;
    const session = { ...key, "X-Persistly-Account-Session": player.accountSessionToken };
    expect((await server.http.post(lobbies).set(session)).status).toBe(415);
    expect((await server.http.post(lobbies).set(session).set("Content-Type", "application/json")).status).toBe(400);
    const head = await server.http.head("/sdk/v1/leaderboards").set(key);
    expect([head.status, head.headers.allow]).toEqual([405, "GET"]);
  });
});

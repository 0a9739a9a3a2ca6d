// Nobody gets in: object-level authorization across every account-scoped operation, response
// hygiene, and transfer-code brute force.
import { beforeAll, describe, expect, it } from "vitest";
import { issueKey } from "../../server/domain/operator.js";
import { errorCode, sdk, startServer, trusted, type TestAccount, type TestServer } from "../support/helpers.js";
import { CODE_ALPHABET } from "../../server/domain/transferCodes.js";
import { specOperations } from "../../server/http/spec.js";
import { loadSdkSpec } from "../../server/app.js";

let server: TestServer;
let victim: TestAccount;
let attacker: TestAccount;
let revoked: TestAccount;
let otherEnvKey: string;

beforeAll(async () => {
  server = await startServer();
  const client = sdk(server);
  victim = await client.createAccount();
  attacker = await client.createAccount();
  revoked = await client.createAccount();
  await trusted(server).post(`/server/v1/accounts/${revoked.accountId}/sessions/revoke-all`, {}).expect(200);
  const workspace = await server.store.transaction((tx) => tx.ensureWorkspace("default", ""));
  const other = await server.store.transaction((tx) => tx.createEnvironment(workspace.id, "production", new Date().toISOString()));
  otherEnvKey = (await server.store.transaction((tx) => issueKey(tx, other, "runtime"))).key;
});

/**
 * Every operation the SDK spec secures with an account session, aimed at the victim's account — read
 * from the spec, so a new account-scoped operation is covered the day it is declared. Credentials are
 * checked before the body is read, so an empty body reaches the same refusal a valid one would.
 */
const victimRoutes = () =>
  specOperations(loadSdkSpec())
    .filter((op) => op.security.some((requirement) => "accountSession" in requirement))
    .map((op) => [
      op.operationId, op.method as "get" | "post",
      op.path.replace("{accountId}", victim.accountId).replace(/\{[^}]+\}/g, "main"),
      op.method === "get" ? undefined : {},
    ] as const);

it("covers every account-scoped operation of the spec", () => {
  expect(victimRoutes().map(([id]) => id)).toEqual(expect.arrayContaining(["getAccount", "createSlot", "getSlot", "syncSlot", "createTransferCode", "streamAccountEvents"]));
});

describe("object-level authorization", () => {
  const attempts = [
    ["another account's session", () => ({ key: server.runtimeKey, token: attacker.token }), 403],
    ["a revoked session", () => ({ key: server.runtimeKey, token: revoked.token }), 403],
    ["no session", () => ({ key: server.runtimeKey, token: undefined }), 403],
    ["a forged session", () => ({ key: server.runtimeKey, token: `pst_as_${"A".repeat(43)}` }), 403],
    ["the victim's session with another environment's key", () => ({ key: otherEnvKey, token: victim.token }), 403],
    ["the victim's session with the server key", () => ({ key: server.serverKey, token: victim.token }), 401],
  ] as const;

  for (const [who, credentials, status] of attempts) {
    it(`refuses ${who} on every account-scoped operation, with no data in the answer`, async () => {
      for (const [operation, method, path, body] of victimRoutes()) {
        const { key, token } = credentials();
        const client = sdk(server, key);
        const res = method === "get" ? await client.get(path, token) : await client.post(path, body, token);
        expect(res.status, `${operation} with ${who}`).toBe(status);
        expect(JSON.stringify(res.body)).not.toMatch(/"slots"|"data"|"code":"[2-9A-Z]{4}-/);
      }
      const slot = await sdk(server).get(`/sdk/v1/accounts/${victim.accountId}/slots/main`, victim.token);
      expect(slot.body).toMatchObject({ version: 1 });
      expect((await sdk(server).get(`/sdk/v1/accounts/${victim.accountId}`, victim.token)).body.slots).toHaveLength(1);
    });
  }

  it("refuses a runtime key on every server operation", async () => {
    const routes = [
      ["get", "/server/v1/accounts?playerRef=x"], ["get", `/server/v1/accounts/${victim.accountId}`],
      ["post", `/server/v1/accounts/${victim.accountId}/erase`], ["get", `/server/v1/accounts/${victim.accountId}/export`],
      ["post", `/server/v1/accounts/${victim.accountId}/sessions`], ["get", `/server/v1/accounts/${victim.accountId}/sessions`],
      ["get", `/server/v1/accounts/${victim.accountId}/slots/main/versions`], ["get", "/server/v1/usage"],
      ["post", "/server/v1/game-config"], ["post", "/server/v1/accounts/import"],
    ] as const;
    const asRuntime = trusted(server, server.runtimeKey);
    for (const [method, path] of routes) {
      const res = method === "get" ? await asRuntime.get(path) : await asRuntime.post(path, {});
      expect(res.status, path).toBe(401);
    }
    expect((await sdk(server).get(`/sdk/v1/accounts/${victim.accountId}`, victim.token)).status).toBe(200);
  });

  it("refuses an expired transfer code without revealing the account", async () => {
    const code = (await sdk(server).post(`/sdk/v1/accounts/${victim.accountId}/transfer-codes`, { expiresInSeconds: 60 }, victim.token)).body.code;
    server.clock.advance(61_000);
    const res = await sdk(server).post("/sdk/v1/account-transfer-codes/consume", { code });
    expect(errorCode(res)).toBe("transfer_code_expired");
    expect(JSON.stringify(res.body)).not.toContain(victim.accountId);
  });
});

describe("response hygiene", () => {
  it("sends API security headers and no framework banner, on success and on error", async () => {
    for (const res of [await server.http.get("/healthz"), await server.http.get("/nope"), await sdk(server).post("/sdk/v1/accounts", { bad: 1 })]) {
      expect(res.headers["x-powered-by"]).toBeUndefined();
      expect(res.headers["x-content-type-options"]).toBe("nosniff");
      expect(res.headers["content-security-policy"]).toContain("default-src 'none'");
      expect(res.headers["cache-control"]).toBe("no-store");
      expect(res.headers["x-frame-options"]).toBe("SAMEORIGIN");
    }
  });
});

describe("transfer-code brute force", () => {
  it("codes carry 60 bits over an unambiguous alphabet", () => {
    expect(CODE_ALPHABET).toHaveLength(32);
    expect(CODE_ALPHABET).not.toMatch(/[01IO]/);
    expect(12 * Math.log2(CODE_ALPHABET.length)).toBe(60);
  });

  it("guessing a live code's verifier fails: the code burns long before a guess could land", async () => {
    const s = await startServer({ settings: { transferCodeConsumePerAddressPerMinute: 1000, transferCodeConsumePerKeyPerMinute: 1000 } });
    const client = sdk(s);
    const owner = await client.createAccount();
    const code: string = (await client.post(`/sdk/v1/accounts/${owner.accountId}/transfer-codes`, {}, owner.token)).body.code;
    const locator = code.slice(0, 4);
    let sessions = 0;
    const answers = new Map<string, number>();
    for (let i = 0; i < 40; i++) {
      const guess = `${locator}-${Array.from({ length: 8 }, (_, j) => CODE_ALPHABET[(i * 7 + j * 3) % 32]).join("").replace(/(.{4})/, "$1-")}`;
      if (guess === code) continue;
      const res = await client.post("/sdk/v1/account-transfer-codes/consume", { code: guess });
      if (res.status === 200) sessions++;
      answers.set(errorCode(res), (answers.get(errorCode(res)) ?? 0) + 1);
    }
    expect(sessions).toBe(0);
    // The 5th wrong guess burns the code; later guesses learn nothing (and are not counted).
    expect(answers.get("transfer_code_rate_limited")).toBe(1);
    expect(answers.get("transfer_code_invalid")).toBe(39);
    expect((await s.store.findTransferCode(s.environmentId, locator))?.failedAttempts).toBe(5);
    // Even the right code is refused once the code is burned.
    expect(errorCode(await client.post("/sdk/v1/account-transfer-codes/consume", { code }))).toBe("transfer_code_rate_limited");
  });
});

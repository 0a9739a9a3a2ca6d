import { MAX_SDK_LABELS_PER_DAY } from "../../server/http/usageMeter.js";
import { describe, expect, it } from "vitest";
import { DEFAULT_PLANS, type PlanLimits, type PlanName } from "../../server/domain/plans.js";
import { openStore } from "../../server/store/index.js";
import { request as httpRequest } from "node:http";
import { errorCode, listenLocal, sdk, startServer, tempDbPath } from "../support/helpers.js";
import { reportAttack } from "../reliability/report.js";

/** The default plans with the free plan's limits replaced. */
function plansWith(free: Partial<Omit<PlanLimits, "perMinute">> & { perMinute?: Partial<PlanLimits["perMinute"]> }): Record<PlanName, PlanLimits> {
  return { ...DEFAULT_PLANS, free: { ...DEFAULT_PLANS.free, ...free, perMinute: { ...DEFAULT_PLANS.free.perMinute, ...free.perMinute } } };
}

describe("rate limits", () => {
  it("puts the bucket's state on every response, in both header styles", async () => {
    const server = await startServer();
    const client = sdk(server);
    const first = await client.get("/sdk/v1/runtime-config");
    expect(first.headers).toMatchObject({
      "ratelimit-limit": "600", "ratelimit-remaining": "599", "ratelimit-policy": '"sdk_read";q=600;w=60',
    });
    expect(first.headers["ratelimit"]).toMatch(/^"sdk_read";r=599;t=(59|60)$/);
    expect(Number(first.headers["ratelimit-reset"])).toBeGreaterThan(0);
    expect((await client.get("/sdk/v1/runtime-config")).headers["ratelimit-remaining"]).toBe("598");
    const write = await client.post("/sdk/v1/accounts", {});
    expect(write.headers).toMatchObject({ "ratelimit-limit": "120", "ratelimit-remaining": "119", "ratelimit-policy": '"sdk_write";q=120;w=60' });
    // Errors after the key check carry them too.
    const invalid = await client.post("/sdk/v1/accounts", { bogus: 1 });
    expect(invalid.status).toBe(400);
    expect(invalid.headers["ratelimit-remaining"]).toBe("118");
  });

  it("answers 429 rate_limited with Retry-After once a bucket is empty, and does nothing", async () => {
    const server = await startServer({ plans: plansWith({ perMinute: { sdk_write: 3 } }) });
    const client = sdk(server);
    for (let i = 0; i < 3; i++) await client.post("/sdk/v1/accounts", {}).expect(201);
    const res = await client.post("/sdk/v1/accounts", {});
    expect(res.status).toBe(429);
    expect(res.body.error).toMatchObject({ code: "rate_limited", details: { bucket: "sdk_write" } });
    expect(Number(res.headers["retry-after"])).toBeGreaterThan(0);
    expect(res.headers["ratelimit-remaining"]).toBe("0");
    expect((await server.store.countAccounts(server.environmentId)).accounts).toBe(3);
    // Reads have their own bucket.
    expect((await client.get("/sdk/v1/runtime-config")).status).toBe(200);
  });

  it("keeps a bucket per key", async () => {
    const server = await startServer({ plans: plansWith({ perMinute: { sdk_read: 1 } }) });
    await sdk(server).get("/sdk/v1/runtime-config").expect(200);
    expect((await sdk(server).get("/sdk/v1/runtime-config")).status).toBe(429);
    const workspace = await server.store.transaction((tx) => tx.ensureWorkspace("default", ""));
    const [env] = await server.store.listEnvironments(workspace.id);
    const { issueKey } = await import("../../server/domain/operator.js");
    const second = (await server.store.transaction((tx) => issueKey(tx, env, "runtime"))).key;
    expect((await sdk(server, second).get("/sdk/v1/runtime-config")).status).toBe(200);
  });

  it("sizes buckets by the workspace's plan", async () => {
    const server = await startServer();
    await server.store.transaction((tx) => tx.setWorkspacePlan("default", "indie"));
    const res = await sdk(server).get("/sdk/v1/runtime-config");
    expect(res.headers["ratelimit-limit"]).toBe("6000");
  });

  it("limits transfer-code redemption per client address on top of the key's bucket", async () => {
    const server = await startServer({ settings: { transferCodeConsumePerAddressPerMinute: 2 } });
    const client = sdk(server);
    const consume = () => client.post("/sdk/v1/account-transfer-codes/consume", { code: "ZZZZ-ZZZZ-ZZZZ" });
    expect(errorCode(await consume())).toBe("transfer_code_invalid");
    expect(errorCode(await consume())).toBe("transfer_code_invalid");
    const limited = await consume();
    expect(limited.status).toBe(429);
    expect(limited.body.error).toMatchObject({ code: "rate_limited", details: { bucket: "transfer_code_consume" } });
    expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0);
  });

  it("limits transfer-code redemption per key", async () => {
    const server = await startServer({ settings: { transferCodeConsumePerKeyPerMinute: 1 } });
    const client = sdk(server);
    await client.post("/sdk/v1/account-transfer-codes/consume", { code: "ZZZZ-ZZZZ-ZZZZ" }).expect(400);
    expect((await client.post("/sdk/v1/account-transfer-codes/consume", { code: "ZZZZ-ZZZZ-ZZZZ" })).status).toBe(429);
  });
});

describe("transfer-code redemption under attack from one address", () => {
  it("does not let one address's refused attempts spend the key's budget and lock the right code out for others", async () => {
    const server = await startServer({ settings: { transferCodeConsumePerAddressPerMinute: 3, transferCodeConsumePerKeyPerMinute: 5 } });
    const account = await sdk(server).createAccount();
    const { code } = (await sdk(server).post(`/sdk/v1/accounts/${account.accountId}/transfer-codes`, {}, account.token)).body;
    const local = await listenLocal(server.app);
    const consumeFrom = (address: string, typed: string) =>
      new Promise<number>((resolve, reject) => {
        const body = JSON.stringify({ code: typed });
        const req = httpRequest(`${local.origin}/sdk/v1/account-transfer-codes/consume`, {
          method: "POST", localAddress: address,
          headers: { Authorization: `Bearer ${server.runtimeKey}`, "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body) },
        }, (res) => res.resume().on("end", () => resolve(res.statusCode!)));
        req.on("error", reject);
        req.end(body);
      });
    try {
      const attacker = [];
      for (let i = 0; i < 61; i++) attacker.push(await consumeFrom("127.0.0.2", "ZZZZ-ZZZZ-ZZZZ"));
      expect(attacker.filter((s) => s === 429).length).toBe(58);
      expect(await consumeFrom("127.0.0.3", code)).toBe(200);
    } finally {
      await local.close();
    }
  });
});

describe("monthly quota", () => {
  it("refuses runtime requests past the plan's monthly quota with 402, across restarts, until the month turns", async () => {
    const path = tempDbPath();
    const plans = plansWith({ monthlyRuntimeRequests: 3 });
    const server = await startServer({ dbPath: path, plans });
    const client = sdk(server);
    for (let i = 0; i < 3; i++) await client.get("/sdk/v1/runtime-config").expect(200);
    const refused = await client.get("/sdk/v1/runtime-config");
    expect(refused.status).toBe(402);
    expect(refused.body.error).toMatchObject({ code: "monthly_quota_exceeded", details: { quota: 3, month: "2026-11" } });
    await server.app.stop();
    await server.store.close();

    const restarted = await startServer({ store: await openStore({ database: path }), plans });
    expect((await sdk(restarted, server.runtimeKey).get("/sdk/v1/runtime-config")).status).toBe(402);
    restarted.clock.advance(8 * 24 * 3600_000); // 2026-12-01
    expect((await sdk(restarted, server.runtimeKey).get("/sdk/v1/runtime-config")).status).toBe(200);
  });

  it("does not meter the unlimited plan", async () => {
    const server = await startServer({ plans: { ...DEFAULT_PLANS, enterprise: { ...DEFAULT_PLANS.enterprise, monthlyRuntimeRequests: null } } });
    await server.store.transaction((tx) => tx.setWorkspacePlan("default", "enterprise"));
    for (let i = 0; i < 3; i++) await sdk(server).get("/sdk/v1/runtime-config").expect(200);
  });
});

describe("client identification", () => {
  it("records X-Persistly-SDK per environment and day, keeping malformed and missing values as such", async () => {
    const server = await startServer();
    const client = sdk(server);
    await client.get("/sdk/v1/runtime-config").set("X-Persistly-SDK", "@persistly/sdk/0.1.0").expect(200);
    await client.get("/sdk/v1/runtime-config").set("X-Persistly-SDK", "@persistly/sdk/0.1.0").expect(200);
    await client.get("/sdk/v1/runtime-config").set("X-Persistly-SDK", "unity-wrapper/2.3.1").expect(200);
    const odd = await client.get("/sdk/v1/runtime-config").set("X-Persistly-SDK", "no version here!");
    expect(odd.status).toBe(200);
    await client.get("/sdk/v1/runtime-config").expect(200);
    await server.app.deps.usage.flush();
    expect(await server.store.usageBySdk(server.environmentId, "2026-11-23", "2026-11-23")).toEqual([
      { surface: "sdk", sdk: "@persistly/sdk/0.1.0", requests: 2 },
      { surface: "sdk", sdk: "(malformed)", requests: 1 },
      { surface: "sdk", sdk: "(none)", requests: 1 },
      { surface: "sdk", sdk: "unity-wrapper/2.3.1", requests: 1 },
    ]);
  });

  it("records at most 50 distinct SDK labels a day per environment, counting the rest as (other)", async () => {
    const server = await startServer();
    const client = sdk(server);
    for (let i = 0; i < 60; i++) await client.get("/sdk/v1/runtime-config").set("X-Persistly-SDK", `made-up/${i}.0.0`).expect(200);
    await client.get("/sdk/v1/runtime-config").set("X-Persistly-SDK", "made-up/3.0.0").expect(200); // one seen already
    await server.app.deps.usage.flush();
    const rows = await server.store.usageBySdk(server.environmentId, "2026-11-23", "2026-11-23");
    expect(rows).toHaveLength(MAX_SDK_LABELS_PER_DAY + 1);
    expect(rows.find((r) => r.sdk === "(other)")?.requests).toBe(60 - MAX_SDK_LABELS_PER_DAY);
    expect(rows.find((r) => r.sdk === "made-up/3.0.0")?.requests).toBe(2);
  });
});

describe("codes a player types, guessed at from several addresses (#34 item 6)", () => {
  /** POSTs from a loopback address of our choosing, so that each address has budgets of its own. */
  function from(origin: string, server: Awaited<ReturnType<typeof startServer>>) {
    return (address: string, path: string, body: object, session?: string) =>
      new Promise<number>((resolve, reject) => {
        const text = JSON.stringify(body);
        const req = httpRequest(`${origin}${path}`, {
          method: "POST", localAddress: address,
          headers: {
            Authorization: `Bearer ${server.runtimeKey}`, "Content-Type": "application/json", "Content-Length": Buffer.byteLength(text),
            ...(session ? { "X-Persistly-Account-Session": session } : {}),
          },
        }, (res) => res.resume().on("end", () => resolve(res.statusCode!)));
        req.on("error", reject);
        req.end(text);
      });
  }

  it("limit the guessers once the game's wrong guesses are spent, and never the right code from anyone else", async () => {
    const server = await startServer({ settings: { transferCodeConsumePerAddressPerMinute: 10, transferCodeConsumePerKeyPerMinute: 6 } });
    const account = await sdk(server).createAccount();
    const { code } = (await sdk(server).post(`/sdk/v1/accounts/${account.accountId}/transfer-codes`, {}, account.token)).body;
    const host = await sdk(server).createAccount();
    const lobby = (await sdk(server).post(`/sdk/v1/accounts/${host.accountId}/lobbies`, { maxPlayers: 4, visibility: "private", mode: "duel" }, host.token)).body;
    const local = await listenLocal(server.app);
    const post = from(local.origin, server);
    try {
      // Three addresses guess wrong three times each, in parallel: nine wrong guesses against a game budget of six.
      const guesses = await Promise.all(["127.0.0.2", "127.0.0.3", "127.0.0.4"].flatMap((address) => Array.from({ length: 3 }, () => [
        post(address, "/sdk/v1/account-transfer-codes/consume", { code: "ZZZZ-ZZZZ-ZZZZ" }),
        post(address, `/sdk/v1/accounts/${host.accountId}/lobbies/join-by-code`, { code: "ZZZZZZ" }, host.token),
      ]).flat()));
      expect(guesses.every((s) => s === 400 || s === 404 || s === 429)).toBe(true);
      // The guessers are refused now; a player typing the right code from another address is not.
      expect(await post("127.0.0.2", "/sdk/v1/account-transfer-codes/consume", { code: "ZZZZ-ZZZZ-ZZZZ" })).toBe(429);
      const joiner = await sdk(server).createAccount();
      expect(await post("127.0.0.3", `/sdk/v1/accounts/${joiner.accountId}/lobbies/join-by-code`, { code: "ZZZZZZ" }, joiner.token)).toBe(429);
      const rightCodes = [
        await post("127.0.0.9", `/sdk/v1/accounts/${joiner.accountId}/lobbies/join-by-code`, { code: lobby.joinCode }, joiner.token),
        await post("127.0.0.9", "/sdk/v1/account-transfer-codes/consume", { code }),
      ];
      reportAttack("wrong code guesses locking out the right code", guesses.length, rightCodes.filter((s) => s !== 200).length);
      expect(rightCodes).toEqual([200, 200]);
    } finally {
      await local.close();
    }
  });

  it("spend nothing when typed right: fifteen players behind one address join by code within a minute", async () => {
    const server = await startServer({ settings: { transferCodeConsumePerAddressPerMinute: 10 } });
    for (let i = 0; i < 15; i++) {
      const host = await sdk(server).createAccount();
      const { joinCode } = (await sdk(server).post(`/sdk/v1/accounts/${host.accountId}/lobbies`, { maxPlayers: 2, visibility: "private", mode: "duel" }, host.token)).body;
      const guest = await sdk(server).createAccount();
      const joined = await sdk(server).post(`/sdk/v1/accounts/${guest.accountId}/lobbies/join-by-code`, { code: joinCode }, guest.token);
      expect(joined.status, `player ${i}`).toBe(200);
    }
  });
});

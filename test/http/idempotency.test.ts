import { beforeEach, describe, expect, it } from "vitest";
import { readFileSync, existsSync } from "node:fs";
import { openStore } from "../../server/store/index.js";
import { DATA_V1, errorCode, otherEnvironmentKey, sdk, startServer, storeWith, tempDbPath, trusted, type TestServer } from "../support/helpers.js";

let server: TestServer;
let client: ReturnType<typeof sdk>;
beforeEach(async () => {
  server = await startServer();
  client = sdk(server);
});

const accounts = async (s = server) => (await s.store.countAccounts(s.environmentId)).accounts;
const create = (body: object, c = client) => c.post("/sdk/v1/accounts", body);
const KEY = "idem-0123456789abcdef";

describe("idempotency keys", () => {
  it("replays the stored response, byte for byte, with Idempotent-Replay and no second effect", async () => {
    const first = await create({ playerRef: "p", idempotencyKey: KEY });
    const again = await create({ playerRef: "p", idempotencyKey: KEY });
    expect(first.status).toBe(201);
    expect(first.headers["idempotent-replay"]).toBeUndefined();
    expect(again.status).toBe(201);
    expect(again.headers["idempotent-replay"]).toBe("true");
    expect(again.text).toBe(first.text);
    expect(await accounts()).toBe(1);
    // The replayed session token is the real one.
    expect((await client.get(`/sdk/v1/accounts/${again.body.accountId}`, again.body.accountSessionToken)).status).toBe(200);
  });

  it("answers the same key with a different body with 409 idempotency_conflict", async () => {
    await create({ playerRef: "p", idempotencyKey: KEY }).expect(201);
    const res = await create({ playerRef: "q", idempotencyKey: KEY });
    expect(res.status).toBe(409);
    expect(errorCode(res)).toBe("idempotency_conflict");
    expect(await accounts()).toBe(1);
  });

  it("refuses a key reused for a request to another route with 409 idempotency_conflict", async () => {
    const { accountId, token } = await client.createAccount();
    await client.post(`/sdk/v1/accounts/${accountId}/transfer-codes`, { idempotencyKey: KEY }, token).expect(201);
    const res = await client.post(`/sdk/v1/accounts/${accountId}/slots`, { slotId: "b", data: 1, idempotencyKey: KEY }, token);
    expect(res.status).toBe(409);
    expect(errorCode(res)).toBe("idempotency_conflict");
  });

  it("gives 20 concurrent requests with one key exactly one effect", async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => create({ idempotencyKey: KEY })));
    const created = results.filter((r) => r.status === 201);
    const busy = results.filter((r) => r.status === 409);
    expect(created.length + busy.length).toBe(20);
    expect(created.length).toBeGreaterThanOrEqual(1);
    expect(new Set(created.map((r) => r.body.accountId)).size).toBe(1);
    for (const r of busy) expect(errorCode(r)).toBe("idempotency_in_progress");
    expect(await accounts()).toBe(1);
  });

  it("keeps a key for 24 hours, then treats it as new", async () => {
    await create({ idempotencyKey: KEY }).expect(201);
    server.clock.advance(24 * 3600_000 - 1000);
    expect((await create({ idempotencyKey: KEY })).headers["idempotent-replay"]).toBe("true");
    server.clock.advance(2000);
    const fresh = await create({ idempotencyKey: KEY });
    expect(fresh.headers["idempotent-replay"]).toBeUndefined();
    expect(await accounts()).toBe(2);
    expect(await server.store.transaction((tx) => tx.pruneIdempotencyRecords(server.clock.now().toISOString()))).toBe(0);
    server.clock.advance(24 * 3600_000 + 1000);
    expect(await server.store.transaction((tx) => tx.pruneIdempotencyRecords(server.clock.now().toISOString()))).toBe(1);
  });

  it("scopes keys to the environment: the same key elsewhere is a different request", async () => {
    const other = sdk(server, await otherEnvironmentKey(server));
    const a = await create({ idempotencyKey: KEY });
    const b = await create({ idempotencyKey: KEY }, other);
    expect(b.status).toBe(201);
    expect(b.headers["idempotent-replay"]).toBeUndefined();
    expect(b.body.accountId).not.toBe(a.body.accountId);
  });

  it("scopes keys to the account on session routes", async () => {
    const a = await client.createAccount();
    const b = await client.createAccount();
    const body = { baseVersion: 1, data: { same: true }, idempotencyKey: KEY };
    const ra = await client.post(`/sdk/v1/accounts/${a.accountId}/slots/main/sync`, body, a.token);
    const rb = await client.post(`/sdk/v1/accounts/${b.accountId}/slots/main/sync`, body, b.token);
    expect(ra.status).toBe(200);
    expect(rb.status).toBe(200);
    expect(rb.headers["idempotent-replay"]).toBeUndefined();
  });

  it("replays a created slot instead of answering slot_exists", async () => {
    const { accountId, token } = await client.createAccount();
    const body = { slotId: "autosave", data: 1, idempotencyKey: KEY };
    await client.post(`/sdk/v1/accounts/${accountId}/slots`, body, token).expect(201);
    const again = await client.post(`/sdk/v1/accounts/${accountId}/slots`, body, token);
    expect(again.status).toBe(201);
    expect(again.headers["idempotent-replay"]).toBe("true");
  });

  it("replays a redeemed transfer code with the same session instead of transfer_code_consumed", async () => {
    const { accountId, token } = await client.createAccount();
    const { code } = (await client.post(`/sdk/v1/accounts/${accountId}/transfer-codes`, {}, token)).body;
    const first = await client.post("/sdk/v1/account-transfer-codes/consume", { code, idempotencyKey: KEY });
    const again = await client.post("/sdk/v1/account-transfer-codes/consume", { code, idempotencyKey: KEY });
    expect(again.status).toBe(200);
    expect(again.body.accountSessionToken).toBe(first.body.accountSessionToken);
  });

  it("keys a request whose optional body is left out (the header form): an absent body is the same request as {}", async () => {
    const { accountId, token } = await client.createAccount();
    const bare = () => server.http.post(`/sdk/v1/accounts/${accountId}/transfer-codes`)
      .set("Authorization", `Bearer ${server.runtimeKey}`).set("X-Persistly-Account-Session", token).set("Idempotency-Key", KEY);
    const first = await bare();
    expect(first.status).toBe(201);
    const again = await bare();
    expect([again.status, again.headers["idempotent-replay"], again.body.code]).toEqual([201, "true", first.body.code]);
    const withEmpty = await client.post(`/sdk/v1/accounts/${accountId}/transfer-codes`, {}, token).set("Idempotency-Key", KEY);
    expect([withEmpty.status, withEmpty.headers["idempotent-replay"]]).toEqual([201, "true"]);
  });

  it("stores nothing for a request that fails validation or the domain's rules", async () => {
    expect((await create({ idempotencyKey: KEY, unknown: 1 })).status).toBe(400);
    expect((await create({ idempotencyKey: KEY, slot: { slotId: "main", data: "x".repeat(300_000) } })).status).toBe(413);
    const ok = await create({ idempotencyKey: KEY });
    expect(ok.status).toBe(201);
    expect(ok.headers["idempotent-replay"]).toBeUndefined();
  });

  it("refuses keys weaker than the spec declares (16+ characters of A-Z a-z 0-9 _ -) with 400, creating nothing", async () => {
    for (const weak of ["short", "00000001", "123456789012345", "has spaces in it", "key:with:colons:1234", "ключ-0123456789abcdef"]) {
      const res = await create({ idempotencyKey: weak });
      expect(res.status, weak).toBe(400);
      expect(errorCode(res)).toBe("invalid_request");
      expect(JSON.stringify(res.body.error), weak).toContain("idempotencyKey");
    }
    expect(await accounts()).toBe(0);
    for (const strong of ["0123456789abcdef", "3f9c1e0a-7b2d-4c8e-9a1f-5d6b7c8e9f0a", "Zm9vYmFyYmF6cXV4_-12"]) {
      expect((await create({ idempotencyKey: strong })).status, strong).toBe(201);
    }
  });

  it("keeps the server surface's keys per account: one key on two accounts is two requests", async () => {
    const backend = trusted(server);
    const [a, b] = [await client.createAccount(), await client.createAccount()];
    const onA = await backend.post(`/server/v1/accounts/${a.accountId}/sessions`, { idempotencyKey: KEY });
    const onB = await backend.post(`/server/v1/accounts/${b.accountId}/sessions`, { idempotencyKey: KEY });
    expect([onA.status, onB.status]).toEqual([201, 201]);
    expect(onB.headers["idempotent-replay"]).toBeUndefined();
    expect(onB.body.accountId).toBe(b.accountId);
    const againOnA = await backend.post(`/server/v1/accounts/${a.accountId}/sessions`, { idempotencyKey: KEY });
    expect(againOnA.headers["idempotent-replay"]).toBe("true");
    expect(againOnA.body.accountSessionToken).toBe(onA.body.accountSessionToken);
  });

  it("writes the record in the effect's transaction: if the record cannot be written, the effect is undone", async () => {
    const store = await openStore({ database: tempDbPath() });
    const failing = await startServer({ store: storeWith(store, { saveIdempotencyRecord: async () => { throw new Error("disk full"); } }) });
    const res = await sdk(failing).post("/sdk/v1/accounts", { slot: { slotId: "main", data: DATA_V1 }, idempotencyKey: KEY });
    expect(res.status).toBe(500);
    expect(await accounts(failing)).toBe(0);
  });

  it("rolls its effect back and replays the winner when another process saved the same key meanwhile", async () => {
    const first = await create({ playerRef: "p", idempotencyKey: KEY }).expect(201);
    // The race as a second process sees it when no lock is shared: both lookups ran before the winner committed.
    let blind = 2;
    const racing = storeWith(server.store, { findIdempotencyRecord: (hash: Buffer, now: string) => (blind-- > 0 ? Promise.resolve(null) : server.store.findIdempotencyRecord(hash, now)) });
    const other = await startServer({ store: racing });
    const res = await sdk({ ...other, runtimeKey: server.runtimeKey }).post("/sdk/v1/accounts", { playerRef: "p", idempotencyKey: KEY });
    expect(res.status).toBe(201);
    expect(res.headers["idempotent-replay"]).toBe("true");
    expect(res.body.accountId).toBe(first.body.accountId);
    expect(await accounts()).toBe(1);
  });

  it("keeps replayable responses encrypted at rest: the session token is not in the database file", async () => {
    const path = tempDbPath();
    const s = await startServer({ dbPath: path });
    const res = await sdk(s).post("/sdk/v1/accounts", { idempotencyKey: KEY });
    await s.store.close();
    const bytes = [path, `${path}-wal`].filter(existsSync).map((f) => readFileSync(f).toString("latin1")).join("");
    expect(bytes).toContain(res.body.accountId);
    expect(bytes).not.toContain(res.body.accountSessionToken);
    expect(bytes).not.toContain(KEY);
  });
});

describe("published example keys (#34 item 11)", () => {
  /** Every request body example of the specs that carries an idempotency key, with its operation. */
  function examplesWithKeys(spec: any) {
    const found: Array<{ operationId: string; method: string; path: string; body: any }> = [];
    for (const [path, item] of Object.entries<any>(spec.paths)) {
      for (const [method, op] of Object.entries<any>(item)) {
        for (const example of Object.values<any>(op?.requestBody?.content?.["application/json"]?.examples ?? {})) {
          const value = example.$ref ? spec.components.examples[example.$ref.split("/").pop()].value : example.value;
          if (value?.idempotencyKey) found.push({ operationId: op.operationId, method, path, body: value });
        }
      }
    }
    return found;
  }

  it("never replay one caller's answer to another: two callers sending the spec's createAccount example are both refused, and nothing is made", async () => {
    const spec = JSON.parse(readFileSync("spec/openapi.sdk.json", "utf8"));
    const example = examplesWithKeys(spec).find((e) => e.operationId === "createAccount")!;
    const other = sdk(server);
    const answers = [await create(example.body), await create(example.body, other)];
    for (const answer of answers) {
      expect([answer.status, answer.body.error?.details]).toEqual([400, { field: "idempotencyKey", reason: "published_example_key" }]);
      expect(answer.headers["idempotent-replay"]).toBeUndefined();
      expect(JSON.stringify(answer.body)).not.toContain("pst_as_");
    }
    expect(await accounts()).toBe(0);
    // The header form, and the docs pages' keys, likewise.
    expect((await client.post("/sdk/v1/accounts", { playerRef: "p" }).set("Idempotency-Key", example.body.idempotencyKey)).body.error.details.reason).toBe("published_example_key");
    expect((await create({ playerRef: "p", idempotencyKey: "docs-example-0001-000000000000" })).body.error.details.reason).toBe("published_example_key");
  });

  it("refuse every example key the three specs publish, on both key surfaces", async () => {
    const account = await client.createAccount();
    let tried = 0;
    for (const name of ["sdk", "server"]) {
      const spec = JSON.parse(readFileSync(`spec/openapi.${name}.json`, "utf8"));
      for (const example of examplesWithKeys(spec)) {
        const path = example.path.replace("{accountId}", account.accountId).replace(/\{[^}]+\}/g, "x");
        const call = name === "sdk" ? client.post(path, example.body, account.token) : trusted(server).post(path, example.body);
        const answer = await call;
        // Refused, whatever else the example would have needed (a board, a catalog): never a replay, never a 2xx.
        expect(answer.status, `${example.operationId} ${answer.text.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
        expect(answer.headers["idempotent-replay"]).toBeUndefined();
        tried++;
      }
    }
    expect(tried).toBeGreaterThan(10);
  });
});

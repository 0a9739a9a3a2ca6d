import { beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_PLANS } from "../../../server/domain/plans.js";
import { loadServerSpec } from "../../../server/app.js";
import { errorCode, sdk, startServer, trusted, type TestServer } from "../../support/helpers.js";

let server: TestServer;
let backend: ReturnType<typeof trusted>;
beforeEach(async () => {
  server = await startServer();
  backend = trusted(server);
});

const importBatch = (accounts: unknown[], extra: object = {}) => backend.post("/server/v1/accounts/import", { accounts, ...extra });

describe("importAccounts", () => {
  it("imports item by item: a bad item writes nothing and is reported, the others go through", async () => {
    const res = await importBatch([
      { sourceId: "legacy-1", playerRef: "p-1", slots: [{ slotId: "main", data: { gold: 5 } }, { slotId: "alt", data: 2, slotInfo: { n: 1 } }] },
      { sourceId: "legacy-2", slots: [{ slotId: "main", data: "x".repeat(300_000) }] },
      { sourceId: "legacy-3", slots: [{ slotId: "a", data: 1 }, { slotId: "a", data: 2 }] },
      { playerRef: "p-4" },
    ]);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ created: 2, existing: 0, failed: 2 });
    expect(res.body.results.map((r: { status: string }) => r.status)).toEqual(["created", "failed", "failed", "created"]);
    expect(res.body.results[1].error).toMatchObject({ code: "payload_too_large", details: { field: "data" } });
    expect(res.body.results[2].error).toMatchObject({ code: "invalid_request", details: { reason: "duplicate_slot_id" } });
    const detail = await backend.get(`/server/v1/accounts/${res.body.results[0].accountId}`);
    expect(detail.body.slots.map((s: { slotId: string; version: number }) => [s.slotId, s.version])).toEqual([["alt", 1], ["main", 1]]);
    expect((await server.store.countAccounts(server.environmentId)).accounts).toBe(2);
  });

  it("answers an item imported before with exists, so a batch can be re-sent", async () => {
    const first = await importBatch([{ sourceId: "legacy-1", slots: [{ slotId: "main", data: 1 }] }]);
    const again = await importBatch([{ sourceId: "legacy-1", slots: [{ slotId: "main", data: 1 }] }, { sourceId: "legacy-1" }]);
    expect(again.body).toMatchObject({ created: 0, existing: 2 });
    expect(again.body.results[0].accountId).toBe(first.body.results[0].accountId);
    expect((await server.store.countAccounts(server.environmentId)).accounts).toBe(1);
  });

  it("refuses more than 100 accounts with 413 and imports none", async () => {
    const res = await importBatch(Array.from({ length: 101 }, (_, i) => ({ sourceId: `s-${i}` })));
    expect(res.status).toBe(413);
    expect(res.body.error).toMatchObject({ code: "payload_too_large", details: { field: "accounts", limitItems: 100, actualItems: 101 } });
    expect((await server.store.countAccounts(server.environmentId)).accounts).toBe(0);
  });

  it("reports items that no longer fit the plan's storage", async () => {
    server = await startServer({ plans: { ...DEFAULT_PLANS, free: { ...DEFAULT_PLANS.free, storageBytes: 40 } } });
    const res = await trusted(server).post("/server/v1/accounts/import", {
      accounts: [{ slots: [{ slotId: "main", data: "x".repeat(20) }] }, { slots: [{ slotId: "main", data: "y".repeat(20) }] }],
    });
    expect(res.body.results.map((r: { status: string }) => r.status)).toEqual(["created", "failed"]);
    expect(res.body.results[1].error.code).toBe("storage_limit_exceeded");
  });

  it("answers the spec's batch example with its paired responses, first on a fresh database and then re-sent", async () => {
    const media = (loadServerSpec() as any).paths["/server/v1/accounts/import"].post;
    // The example's own idempotency key is published, and so refused: the same batch under a key of this test's.
    const request = { ...media.requestBody.content["application/json"].examples.batch.value, idempotencyKey: "import-batch-test-0001" };
    const responses = media.responses["200"].content["application/json"].examples;
    const withoutIds = (body: any) => ({ ...body, results: body.results.map(({ accountId: _, ...r }: any) => r) });
    const first = await backend.post("/server/v1/accounts/import", request);
    expect(withoutIds(first.body)).toEqual(withoutIds(responses.batch.value));
    const { idempotencyKey: _, ...resent } = request;
    expect(withoutIds((await backend.post("/server/v1/accounts/import", resent)).body)).toEqual(withoutIds(responses.resent.value));
  });

  it("validates the batch's shape", async () => {
    expect((await importBatch([])).status).toBe(400);
    expect(errorCode(await importBatch([{ sourceId: "x", nickname: "?" }]))).toBe("invalid_request");
  });
});

describe("exportAccount", () => {
  it("exports the account, every slot with data, its restore history and its sessions", async () => {
    const client = sdk(server);
    const { accountId, token } = await client.createAccount({ playerRef: "p", slot: { slotId: "main", data: { v: 1 } } });
    await client.post(`/sdk/v1/accounts/${accountId}/slots/main/sync`, { baseVersion: 1, data: { v: 2 } }, token).expect(200);
    const res = await backend.get(`/server/v1/accounts/${accountId}/export`);
    expect(res.status).toBe(200);
    expect(res.body.account).toMatchObject({ accountId, playerRef: "p", slots: [{ slotId: "main", version: 2, data: { v: 2 } }] });
    expect(res.body.history[0].versions.map((v: { version: number; data: unknown }) => [v.version, v.data])).toEqual([[2, { v: 2 }], [1, { v: 1 }]]);
    expect(res.body.sessions).toHaveLength(1);
    expect(JSON.stringify(res.body)).not.toContain(token);
  });
});

import { beforeEach, describe, expect, it } from "vitest";
import { publishGameConfig } from "../../../server/domain/gameConfig.js";
import { errorCode, sdk, startServer, type TestServer } from "../../support/helpers.js";
import { inTransaction } from "../../../server/domain/context.js";

let server: TestServer;
let client: ReturnType<typeof sdk>;
beforeEach(async () => {
  server = await startServer();
  client = sdk(server);
});

async function publish(config: unknown) {
  const [environment] = await server.store.listEnvironments((await server.store.transaction((tx) => tx.ensureWorkspace("default", ""))).id);
  return inTransaction(server.app.deps, async (tx) => publishGameConfig(tx, environment, config));
}

describe("getRuntimeConfig", () => {
  it("returns the sync policy and a null game config before any is published", async () => {
    const res = await client.get("/sdk/v1/runtime-config");
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      syncPolicy: {
        conflictModel: "optimistic", maxDataBytes: 262144, maxSlotInfoBytes: 16384, maxSlotsPerAccount: 64,
        checksumAlgorithm: "sha256", canonicalization: "RFC8785", recommendedSyncIntervalSeconds: 30,
        transferCodesEnabled: true, transferCodeMaxTtlSeconds: 900,
      },
      gameConfig: null,
    });
  });

  it("includes the active config, and omits it when the caller already has that version", async () => {
    await publish({ maxLevel: 30 });
    await publish({ maxLevel: 40, banner: "winter" });
    const fresh = await client.get("/sdk/v1/runtime-config");
    expect(fresh.body.gameConfig).toMatchObject({ version: 2, config: { maxLevel: 40, banner: "winter" } });
    const stale = await client.get("/sdk/v1/runtime-config?gameConfigVersion=1");
    expect(stale.body.gameConfig.config).toEqual({ maxLevel: 40, banner: "winter" });
    const current = await client.get("/sdk/v1/runtime-config?gameConfigVersion=2");
    expect(current.status).toBe(200);
    expect(current.body.gameConfig).toEqual({ version: 2, publishedAt: fresh.body.gameConfig.publishedAt });
  });

  it("reflects the workspace's plan and the environment's switches", async () => {
    await server.store.transaction((tx) => tx.setWorkspacePlan("default", "studio"));
    await server.store.transaction((tx) => tx.setTransferCodesEnabled(server.environmentId, false));
    const { syncPolicy } = (await client.get("/sdk/v1/runtime-config")).body;
    expect(syncPolicy).toMatchObject({ maxDataBytes: 1048576, maxSlotInfoBytes: 65536, transferCodesEnabled: false });
  });

  it.each([["a non-integer", "abc"], ["a negative", "-1"]])("rejects %s gameConfigVersion with 400", async (_n, value) => {
    const res = await client.get(`/sdk/v1/runtime-config?gameConfigVersion=${value}`);
    expect(res.status).toBe(400);
    expect(res.body.error.details.issues[0].path).toBe("/query/gameConfigVersion");
  });

  it("rejects unknown query parameters with 400", async () => {
    const res = await client.get("/sdk/v1/runtime-config?debug=1");
    expect(res.status).toBe(400);
    expect(errorCode(res)).toBe("invalid_request");
  });
});

describe("publishing a game config", () => {
  it("refuses a config that is not an object, or over the size cap", async () => {
    await expect(publish([1])).rejects.toMatchObject({ code: "invalid_request" });
    await expect(publish({ blob: "x".repeat(1024 * 1024) })).rejects.toMatchObject({ code: "payload_too_large" });
    expect((await client.get("/sdk/v1/runtime-config")).body.gameConfig).toBeNull();
  });
});

// Concurrency: many writers on one slot, many redeemers of one code, many creators with one key.
import { describe, expect, it } from "vitest";
import { DEFAULT_PLANS, type PlanLimits, type PlanName } from "../../server/domain/plans.js";
import { errorCode, sdk, startServer } from "../support/helpers.js";
import { report } from "./report.js";

const roomy: Record<PlanName, PlanLimits> = { ...DEFAULT_PLANS, free: { ...DEFAULT_PLANS.free, perMinute: { sdk_read: 10_000, sdk_write: 10_000, server_api: 10_000 } } };

describe("concurrency", () => {
  it("50 parallel syncs from one baseVersion: exactly one 200, the rest 409 with the winner as cloud", async () => {
    const server = await startServer({ plans: roomy });
    const client = sdk(server);
    const { accountId, token } = await client.createAccount({ slot: { slotId: "main", data: { v: 0 } } });
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => client.post(`/sdk/v1/accounts/${accountId}/slots/main/sync`, { baseVersion: 1, data: { writer: i } }, token)),
    );
    const winners = results.filter((r) => r.status === 200);
    const losers = results.filter((r) => r.status === 409);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(49);
    for (const loser of losers) {
      const d = loser.body.error.details;
      expect(d.cloud).toMatchObject({ version: 2, data: winners[0].body.data });
      expect(d.base).toMatchObject({ version: 1, data: { v: 0 } });
      expect(d.local.data).not.toEqual(winners[0].body.data);
    }
    report("concurrency", { requests: 50, acknowledgedWrites: 1, serverErrors: results.filter((r) => r.status >= 500).length });
  });

  it("parallel redemptions of one transfer code give exactly one session", async () => {
    const server = await startServer({ plans: roomy, settings: { transferCodeConsumePerAddressPerMinute: 1000, transferCodeConsumePerKeyPerMinute: 1000 } });
    const client = sdk(server);
    const { accountId, token } = await client.createAccount();
    const { code } = (await client.post(`/sdk/v1/accounts/${accountId}/transfer-codes`, {}, token)).body;
    const results = await Promise.all(Array.from({ length: 30 }, () => client.post("/sdk/v1/account-transfer-codes/consume", { code })));
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => errorCode(r) === "transfer_code_consumed")).toHaveLength(29);
    const sessions = (await server.store.listSessions(accountId)).length;
    expect(sessions).toBe(2);
    report("concurrency", { requests: 30, serverErrors: results.filter((r) => r.status >= 500).length });
  });

  it("parallel account creation with one idempotency key makes one account", async () => {
    const server = await startServer({ plans: roomy });
    const client = sdk(server);
    const results = await Promise.all(Array.from({ length: 30 }, () => client.post("/sdk/v1/accounts", { idempotencyKey: "one-key-for-all-of-them" })));
    expect(new Set(results.filter((r) => r.status === 201).map((r) => r.body.accountId)).size).toBe(1);
    expect(results.every((r) => r.status === 201 || errorCode(r) === "idempotency_in_progress")).toBe(true);
    expect((await server.store.countAccounts(server.environmentId)).accounts).toBe(1);
    report("concurrency", { requests: 30, serverErrors: results.filter((r) => r.status >= 500).length });
  });
});
